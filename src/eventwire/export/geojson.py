"""Events as a GeoJSON FeatureCollection (RFC 7946): opens in QGIS and kepler.gl.

Coordinates are [longitude, latitude] in WGS 84; properties are flat scalars (nested values
would turn into strings in most GIS tools anyway). Events without a location get a null
geometry, which RFC 7946 allows, so that no event silently disappears.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from eventwire.store.query import EventRecord

_PROPERTIES = (
    "id",
    "event_date",
    "eventwire_type",
    "acled_type",
    "acled_sub_type",
    "plover_type",
    "location_name",
    "country",
    "admin1",
    "geo_precision",
    "actor1",
    "actor2",
    "killed",
    "injured",
    "claim_status",
    "claimed_by",
    "source_count",
    "confidence",
    "evidence_text",
    "article_url",
    "article_title",
    "article_source",
    "article_published",
)


def feature(r: EventRecord) -> dict[str, Any]:
    geometry = (
        {"type": "Point", "coordinates": [r.lon, r.lat]}
        if r.lat is not None and r.lon is not None
        else None
    )
    properties = {name: getattr(r, name) for name in _PROPERTIES}
    return {"type": "Feature", "id": r.id, "geometry": geometry, "properties": properties}


def write_geojson(records: Iterable[EventRecord], out: IO[str]) -> int:
    """Stream the collection feature by feature, so that memory stays flat."""
    out.write('{"type": "FeatureCollection", "features": [')
    count = 0
    for record in records:
        out.write(("\n" if count == 0 else ",\n") + json.dumps(feature(record), ensure_ascii=False))
        count += 1
    out.write("\n]}\n")
    return count
