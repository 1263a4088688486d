"""Events as Parquet, when pyarrow is installed (it is optional: a clear error otherwise)."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.errors import UsageError
from eventwire.export.acled_csv import CSV_COLUMNS, acled_row
from eventwire.store.query import EventRecord


def write_parquet(records: Iterable[EventRecord], path: str) -> int:
    """Write the CSV export's columns to a Parquet file at `path`."""
    try:
        import pyarrow as pa  # type: ignore[import-untyped, import-not-found, unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-untyped, import-not-found, unused-ignore]
    except ImportError:
        raise UsageError(
            "--format parquet needs pyarrow, which is not installed "
            "(pip install pyarrow); use --format csv, jsonl or geojson instead"
        ) from None
    rows = [acled_row(r) for r in records]
    columns = {name: [_cell(row[name]) for row in rows] for name in CSV_COLUMNS}
    pq.write_table(pa.table(columns), path)
    return len(rows)


def _cell(value: object) -> object:
    # ACLED's blanks are empty strings; in Parquet they are nulls.
    return None if value == "" else value
