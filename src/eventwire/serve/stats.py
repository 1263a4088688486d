"""Counts over the current (not superseded) events, for the page's filters and /api/stats.

One scan of the events table gives every count (a GROUP BY per column would scan it once
each); the result is cached until the database changes, which a fingerprint of two indexed
counts detects cheaply (a new run, a new source report), or for at most `MAX_AGE` seconds.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from typing import Any

from eventwire.store.connection import Connection

MAX_AGE = 60.0

_SCAN = (
    "SELECT eventwire_type, claim_status, country, actor1_country, actor2_country, "
    "COUNT(*), COUNT(lat), MIN(event_date), MAX(event_date) FROM events WHERE superseded = 0 "
    "GROUP BY eventwire_type, claim_status, country, actor1_country, actor2_country"
)
_FINGERPRINT = "SELECT (SELECT MAX(id) FROM runs), (SELECT COUNT(*) FROM event_sources)"


class StatsCache:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._at = 0.0
        self._value: dict[str, Any] = {}

    def get(self, connection: Connection) -> dict[str, Any]:
        key = tuple(connection.execute(_FINGERPRINT).fetchone())
        with self._lock:
            if key == self._key and time.monotonic() - self._at < MAX_AGE:
                return self._value
        value = database_stats(connection)
        with self._lock:
            self._key, self._at, self._value = key, time.monotonic(), value
        return value


def database_stats(connection: Connection) -> dict[str, Any]:
    types: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    actor_countries: Counter[str] = Counter()
    total = located = 0
    first: str | None = None
    last: str | None = None
    for kind, status, country, actor1, actor2, n, placed, low, high in connection.fetchall(_SCAN):
        total += n
        located += placed
        types[kind] += n
        statuses[status] += n
        if country:
            countries[country] += n
        # An event counts once per country among its actors.
        for code in {actor1, actor2} - {None}:
            actor_countries[code] += n
        if low is not None and (first is None or low < first):
            first = low
        if high is not None and (last is None or high > last):
            last = high
    return {
        "events": total,
        "located_events": located,
        "first_date": first,
        "last_date": last,
        "articles": int(
            connection.scalar("SELECT COUNT(*) FROM articles WHERE superseded_by IS NULL")
        ),
        "source_reports": int(connection.scalar("SELECT COUNT(*) FROM event_sources")),
        "types": _ranked(types),
        "claim_statuses": _ranked(statuses),
        "countries": _ranked(countries),
        "actor_countries": _ranked(actor_countries),
        "schema_version": int(connection.scalar("SELECT MAX(version) FROM schema_version")),
    }


def _ranked(counts: Counter[str]) -> dict[str, int]:
    """Most frequent first, ties by name: the order the page lists them in."""
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
