"""Event queries: filters to one parametrised SELECT, rows to EventRecords.

User values only ever travel as parameters; the SQL text is assembled from fixed fragments.
Filters are chosen so that the indexes on (country, date), (type, date), date and (lat, lon)
can serve them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from eventwire.errors import UsageError


@dataclass(frozen=True)
class EventFilter:
    """What `eventwire events` selects. Every field is optional; all given ones must hold."""

    since: date | None = None
    until: date | None = None
    type: str | None = None  # eventwire type, ACLED event type or ACLED sub-event type
    country: str | None = None  # ISO 3166-1 alpha-2 (alpha-3 and names: see export.countries)
    actor: str | None = None  # substring of an actor's or target's name or country
    status: str | None = None  # claim status
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north
    text: str | None = None  # substring of the evidence sentence
    include_superseded: bool = False
    limit: int | None = 500
    offset: int = 0


@dataclass(frozen=True)
class EventRecord:
    """One stored event with the article columns exports need."""

    id: str
    article_id: str
    report_id: str
    merged: int
    source_count: int
    eventwire_type: str
    acled_type: str | None
    acled_sub_type: str | None
    plover_type: str | None
    event_date: str | None
    date_value: str | None
    date_earliest: str | None
    date_latest: str | None
    date_precision: str | None
    date_text: str | None
    location_name: str | None
    location_kind: str | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geonameid: int | None
    geo_precision: int | None
    actor1: str | None
    actor1_country: str | None
    actor1_sector: str | None
    assoc_actors1: str | None
    actor2: str | None
    actor2_country: str | None
    actor2_sector: str | None
    assoc_actors2: str | None
    weapons: str | None
    killed: int | None
    killed_max: int | None
    injured: int | None
    injured_max: int | None
    claim_status: str
    claimed_by: str | None
    evidence_text: str
    confidence: float
    stored_at: str
    json: str
    article_url: str | None
    article_title: str | None
    article_source: str | None
    article_published: str | None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_ARTICLE_FIELDS = ("article_url", "article_title", "article_source", "article_published")
_EVENT_FIELDS = tuple(f.name for f in fields(EventRecord) if f.name not in _ARTICLE_FIELDS)
SELECT_EVENTS = (
    "SELECT "
    + ", ".join(f"e.{name}" for name in _EVENT_FIELDS)
    + ", a.url, a.title, a.source, a.published FROM events e JOIN articles a ON a.id = e.article_id"
)


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """`W,S,E,N` in degrees; west may exceed east for a box across the antimeridian."""
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise UsageError(f"--bbox {value!r}: expected four numbers W,S,E,N") from None
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
        raise UsageError(
            f"--bbox {value!r}: need -180 ≤ W, E ≤ 180 and -90 ≤ S ≤ N ≤ 90 (order W,S,E,N)"
        )
    return west, south, east, north


def build_query(spec: EventFilter, nulls_last: bool = False) -> tuple[str, list[Any]]:
    """The SELECT for `spec` (with `?` placeholders) and its parameters.

    `nulls_last` for databases that sort NULL highest (PostgreSQL).
    """
    where: list[str] = []
    params: list[Any] = []
    if not spec.include_superseded:
        where.append("e.superseded = 0")
    if spec.since is not None:
        where.append("e.event_date >= ?")
        params.append(spec.since.isoformat())
    if spec.until is not None:
        where.append("e.event_date <= ?")
        params.append(spec.until.isoformat())
    if spec.type:
        where.append("(e.eventwire_type = ? OR e.acled_sub_type = ? OR e.acled_type = ?)")
        params += [spec.type] * 3
    if spec.country:
        where.append("e.country = ?")
        params.append(spec.country.upper())
    if spec.actor:
        where.append("e.actor_search LIKE ? ESCAPE '!'")
        params.append(f"%{_escape_like(spec.actor.lower())}%")
    if spec.status:
        where.append("e.claim_status = ?")
        params.append(spec.status)
    if spec.bbox is not None:
        west, south, east, north = spec.bbox
        where.append("e.lat BETWEEN ? AND ?")
        params += [south, north]
        if west <= east:
            where.append("e.lon BETWEEN ? AND ?")
            params += [west, east]
        else:
            where.append("(e.lon >= ? OR e.lon <= ?)")
            params += [west, east]
    if spec.text:
        # Lower() on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        where.append("LOWER(e.evidence_text) LIKE ? ESCAPE '!'")
        params.append(f"%{_escape_like(spec.text.lower())}%")
    sql = SELECT_EVENTS
    if where:
        sql += " WHERE " + " AND ".join(where)
    # Newest first, undated events last (SQLite sorts NULL lowest already; PostgreSQL needs
    # saying so). `id` makes pages stable.
    sql += " ORDER BY e.event_date DESC" + (" NULLS LAST" if nulls_last else "") + ", e.id"
    if spec.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [spec.limit, spec.offset]
    return sql, params


def _escape_like(value: str) -> str:
    # A plain substring search: the user's % and _ are characters, not wildcards.
    return value.replace("!", "!!").replace("%", "!%").replace("_", "!_")
