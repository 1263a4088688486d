"""Read-only event queries for the API: filtered pages, one event with its sources.

Filters are the store's own (`build_query`, the same as `eventwire events`); this module
adds what a paging web client needs on top of the same SELECT: keyset pagination (a cursor
after the last row, so page 200 costs what page 1 does) and a filter on the actors'
countries. The extra conditions are fixed SQL fragments with `?` parameters.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from typing import Any

from eventwire.errors import UsageError
from eventwire.store.connection import Connection
from eventwire.store.query import SELECT_EVENTS, EventFilter, EventRecord, build_query
from eventwire.store.rows import SOURCE_COLUMNS

# What the map needs of an event: enough to place, colour, size and label a marker.
MAP_FIELDS = (
    "id",
    "event_date",
    "eventwire_type",
    "acled_sub_type",
    "lat",
    "lon",
    "killed",
    "injured",
    "claim_status",
    "claimed_by",
    "country",
    "location_name",
    "actor1",
    "actor1_country",
    "actor2",
    "actor2_country",
    "source_count",
)


@dataclass(frozen=True)
class Cursor:
    """The sort key of the last row of a page: the next page starts after it."""

    event_date: str | None
    event_id: str

    def encode(self) -> str:
        raw = json.dumps([self.event_date, self.event_id], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")

    @classmethod
    def decode(cls, token: str) -> Cursor:
        try:
            raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            day, event_id = json.loads(raw)
        except (binascii.Error, ValueError, TypeError):
            raise UsageError(f"after={token!r} is not a cursor from a `next` link") from None
        if not isinstance(event_id, str) or not (day is None or isinstance(day, str)):
            raise UsageError(f"after={token!r} is not a cursor from a `next` link")
        return cls(day, event_id)


@dataclass(frozen=True)
class EventPage:
    records: list[EventRecord]
    next_cursor: Cursor | None


def event_page(
    connection: Connection,
    spec: EventFilter,
    limit: int,
    after: Cursor | None = None,
    actor_country: str | None = None,
) -> EventPage:
    """Up to `limit` events matching `spec`, newest first (undated last), after `after`."""
    nulls_last = connection.dialect.name != "sqlite"
    sql, params = build_query(replace(spec, limit=None, offset=0), nulls_last=nulls_last)
    actor: list[str] = []
    actor_params: list[Any] = []
    if actor_country:
        actor.append("(e.actor1_country = ? OR e.actor2_country = ?)")
        actor_params += [actor_country.upper()] * 2
    # The order is event_date DESC with undated events last, then id. After a dated cursor,
    # the dated rest is one range of the date index; undated events follow when it runs out.
    if after is None:
        found = connection.fetchall(
            _add_conditions(sql, actor) + " LIMIT ?", [*params, *actor_params, limit + 1]
        )
    elif after.event_date is None:
        found = _undated(connection, sql, params, actor, actor_params, after.event_id, limit + 1)
    else:
        dated = _add_conditions(
            sql, [*actor, "e.event_date <= ?", "(e.event_date < ? OR e.id > ?)"]
        )
        found = connection.fetchall(
            dated + " LIMIT ?",
            [*params, *actor_params, after.event_date, after.event_date, after.event_id, limit + 1],
        )
        if len(found) <= limit:
            found += _undated(
                connection, sql, params, actor, actor_params, "", limit + 1 - len(found)
            )
    records = [EventRecord(*row) for row in found[:limit]]
    last = records[-1] if records and len(found) > limit else None
    return EventPage(records, Cursor(last.event_date, last.id) if last else None)


def _undated(
    connection: Connection,
    sql: str,
    params: list[Any],
    actor: list[str],
    actor_params: list[Any],
    after_id: str,
    limit: int,
) -> list[tuple[Any, ...]]:
    undated = _add_conditions(sql, [*actor, "e.event_date IS NULL", "e.id > ?"])
    return connection.fetchall(undated + " LIMIT ?", [*params, *actor_params, after_id, limit])


def _add_conditions(sql: str, conditions: list[str]) -> str:
    """`sql` (build_query's `SELECT ... [WHERE ...] ORDER BY ...`) with more conditions."""
    if not conditions:
        return sql
    head, order_by, order = sql.rpartition(" ORDER BY ")
    if not order_by:
        raise AssertionError("build_query's SELECT has no ORDER BY")
    joiner = " AND " if " WHERE " in head else " WHERE "
    return head + joiner + " AND ".join(conditions) + order_by + order


def row_dict(record: EventRecord, fields: tuple[str, ...] | None = None) -> dict[str, Any]:
    """An event for a page of results: its columns without the bulky stored JSON."""
    if fields is not None:
        return {name: getattr(record, name) for name in fields}
    found = record.to_dict()
    del found["json"]
    return found


def find_event(connection: Connection, event_id: str) -> EventRecord | None:
    """One event by id, current or superseded."""
    row = connection.execute(SELECT_EVENTS + " WHERE e.id = ?", (event_id,)).fetchone()
    return EventRecord(*row) if row is not None else None


# The store's source-report columns; the event id is the one asked for, so it is left out.
_SOURCE_COLUMNS = tuple(name for name in SOURCE_COLUMNS if name != "event_id")
_ATTRIBUTION_COLUMNS = (
    "kind",
    "source_text",
    "cue_text",
    "content_text",
    "content_start",
    "content_end",
    "speaker_name",
    "speaker_role",
    "speaker_organization",
    "speaker_country",
)
# Fields whose values the sources of a merged event may disagree on.
_COMPARED = ("date_value", "location_name", "killed", "injured", "claim_status", "claimed_by")


def event_detail(connection: Connection, record: EventRecord) -> dict[str, Any]:
    """The record, every source report with who claims it and how, evidence, merge facts."""
    event = json.loads(record.json)
    sources = [_source(connection, row) for row in _source_rows(connection, record.id)]
    return {
        "record": row_dict(record),
        "event": event,
        "sources": sources,
        "evidence": [
            {"article_id": s["article_id"], "report_id": s["report_id"], **s["evidence"]}
            for s in sources
            if s["evidence"] is not None
        ],
        "merge": {
            "merged": bool(record.merged),
            "source_count": record.source_count,
            # The merge step's own words when it stored them; the store keeps none yet.
            "explanation": event.get("explanation"),
            "disagreements": _disagreements(sources),
        },
    }


def _source_rows(connection: Connection, event_id: str) -> list[tuple[Any, ...]]:
    columns = ", ".join(f"s.{name}" for name in _SOURCE_COLUMNS)
    return connection.fetchall(
        f"SELECT {columns}, a.title, a.url, a.source, a.published FROM event_sources s "
        "JOIN articles a ON a.id = s.article_id WHERE s.event_id = ? "
        "ORDER BY a.published, s.article_id, s.position",
        (event_id,),
    )


def _source(connection: Connection, row: tuple[Any, ...]) -> dict[str, Any]:
    values = dict(zip(_SOURCE_COLUMNS, row, strict=False))
    title, url, outlet, published = row[len(_SOURCE_COLUMNS) :]
    report = json.loads(values.pop("json"))
    claim = report.get("claim") or {}
    attribution = None
    if isinstance(claim.get("attribution"), int):
        found = connection.execute(
            f"SELECT {', '.join(_ATTRIBUTION_COLUMNS)} FROM attributions "
            "WHERE article_id = ? AND position = ?",
            (values["article_id"], claim["attribution"]),
        ).fetchone()
        if found is not None:
            attribution = dict(zip(_ATTRIBUTION_COLUMNS, found, strict=True))
    return {
        **values,
        "article": {"title": title, "url": url, "source": outlet, "published": published},
        "claim": {"status": claim.get("status"), "attribution": attribution},
        "evidence": report.get("evidence"),
        "report": report,
    }


def _disagreements(sources: list[dict[str, Any]]) -> dict[str, list[Any]]:
    """For each compared field on which the sources differ, the distinct values."""
    differing: dict[str, list[Any]] = {}
    for name in _COMPARED:
        seen: list[Any] = []
        for source in sources:
            if source[name] not in seen:
                seen.append(source[name])
        if len(seen) > 1:
            differing[name] = seen
    return differing
