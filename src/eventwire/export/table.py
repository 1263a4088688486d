"""Events as a fixed-width table for the terminal."""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from eventwire.store.query import EventRecord

_COLUMNS = (
    ("date", 10),
    ("type", 22),
    ("place", 18),
    ("cc", 2),
    ("actor", 20),
    ("killed", 6),
    ("status", 9),
    ("src", 3),
    ("id", 16),
)


def write_table(records: Iterable[EventRecord], out: IO[str]) -> int:
    out.write(_line(tuple(name for name, _ in _COLUMNS)) + "\n")
    out.write(_line(tuple("─" * width for _, width in _COLUMNS)) + "\n")
    count = 0
    for r in records:
        cells = (
            r.event_date or "-",
            r.acled_sub_type or r.eventwire_type,
            r.location_name or "-",
            r.country or "-",
            r.actor1 or "-",
            str(r.killed) if r.killed is not None else "-",
            r.claim_status,
            str(r.source_count),
            r.id,
        )
        out.write(_line(cells) + "\n")
        count += 1
    return count


def _line(cells: tuple[str, ...]) -> str:
    parts = []
    for text, (_, width) in zip(cells, _COLUMNS, strict=True):
        clipped = text if len(text) <= width else text[: width - 1] + "…"
        parts.append(clipped.ljust(width))
    return "  ".join(parts).rstrip()
