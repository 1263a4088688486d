"""Exports of stored events: ACLED-compatible CSV, GeoJSON, JSON Lines, a table, Parquet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Literal

from eventwire.export.acled_csv import ACLED_COLUMNS, CSV_COLUMNS, acled_row, write_csv
from eventwire.export.geojson import write_geojson
from eventwire.export.jsonl import write_jsonl
from eventwire.export.table import write_table
from eventwire.store.query import EventRecord

ExportFormat = Literal["table", "jsonl", "csv", "geojson", "parquet"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("table", "jsonl", "csv", "geojson", "parquet")

__all__ = [
    "ACLED_COLUMNS",
    "CSV_COLUMNS",
    "EXPORT_FORMATS",
    "ExportFormat",
    "acled_row",
    "write_events",
]


def write_events(records: Iterable[EventRecord], fmt: ExportFormat, out: IO[str]) -> int:
    """Write `records` to a text stream in `fmt` (not parquet: see export.parquet)."""
    writers = {
        "table": write_table,
        "jsonl": write_jsonl,
        "csv": write_csv,
        "geojson": write_geojson,
    }
    return writers[fmt](records, out)
