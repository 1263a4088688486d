"""Exports from stored events: ACLED's CSV columns, GeoJSON geometry, JSON Lines."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

from eventwire.export import ACLED_COLUMNS, CSV_COLUMNS, write_events
from eventwire.store import Store
from store.documents import make_document

ACLED_ORDER = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]


def _records(tmp_path: Path):  # type: ignore[no-untyped-def]
    docs = [
        make_document("Russian forces shelled Kherson on Friday, killing 3 civilians."),
        make_document(
            "Troops fought near Goma.",
            article_id="g",
            place="Goma",
            day=None,
            killed=None,
            claimed=False,
        ),
    ]
    with Store.open(str(tmp_path / "x.db")) as store:
        store.store_documents(docs)
        return store.events()


def test_csv_has_acled_columns_in_order_then_provenance(tmp_path: Path) -> None:
    out = io.StringIO()
    write_events(_records(tmp_path), "csv", out)
    header, *rows = list(csv.reader(io.StringIO(out.getvalue())))
    assert header[: len(ACLED_ORDER)] == ACLED_ORDER == list(ACLED_COLUMNS)
    assert header[len(ACLED_ORDER) :] == list(CSV_COLUMNS[len(ACLED_COLUMNS) :])
    first = dict(zip(header, rows[0], strict=True))
    assert first["event_id_cnty"].startswith("UKR")
    assert (first["event_date"], first["year"], first["time_precision"]) == (
        "2023-06-09",
        "2023",
        "1",
    )
    assert first["disorder_type"] == "Political violence"
    assert (first["inter1"], first["inter2"], first["interaction"]) == ("1", "7", "17")
    assert first["civilian_targeting"] == "Civilian targeting"
    assert (first["iso"], first["country"], first["region"]) == ("804", "Ukraine", "Europe")
    assert (first["fatalities"], first["claim_status"]) == ("3", "reported")
    assert first["claimed_by"].startswith("Oleksandr Prokudin")
    undated = dict(zip(header, rows[1], strict=True))
    assert undated["event_date"] == "" and undated["fatalities"] == "0"
    assert undated["region"] == "Middle Africa"


def test_geojson_is_lon_lat_with_flat_properties(tmp_path: Path) -> None:
    out = io.StringIO()
    assert write_events(_records(tmp_path), "geojson", out) == 2
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    kherson = collection["features"][0]
    assert kherson["geometry"] == {"type": "Point", "coordinates": [32.61458, 46.63695]}
    assert all(not isinstance(v, dict | list) for v in kherson["properties"].values())


def test_jsonl_carries_the_eventwire_event(tmp_path: Path) -> None:
    out = io.StringIO()
    write_events(_records(tmp_path), "jsonl", out)
    first = json.loads(out.getvalue().splitlines()[0])
    assert first["event"]["date"]["earliest"] == date(2023, 6, 9).isoformat()
    assert first["source_count"] == 1
