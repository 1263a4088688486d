"""Rows of the store's tables from model types: one function per table, plain tuples out.

The column lists here and the DDL in `schema.py` must agree; `insert_sql` builds each
INSERT from the list so that the two can be checked against each other by the tests.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from eventwire.model import FORMAT, Actor, Article, Document, Event, content_id

Row = tuple[Any, ...]

ARTICLE_COLUMNS = (
    "id",
    "article_key",
    "version",
    "source_id",
    "url",
    "title",
    "source",
    "published",
    "published_method",
    "input",
    "text",
    "meta",
    "run_id",
    "stored_at",
)
DOCUMENT_COLUMNS = ("article_id", "format", "warnings", "json")
EVENT_COLUMNS = (
    "id",
    "article_id",
    "report_id",
    "merged",
    "source_count",
    "eventwire_type",
    "acled_type",
    "acled_sub_type",
    "plover_type",
    "event_date",
    "date_value",
    "date_earliest",
    "date_latest",
    "date_precision",
    "date_text",
    "location_name",
    "location_kind",
    "lat",
    "lon",
    "country",
    "admin1",
    "geonameid",
    "geo_precision",
    "actor1",
    "actor1_country",
    "actor1_sector",
    "assoc_actors1",
    "actor2",
    "actor2_country",
    "actor2_sector",
    "assoc_actors2",
    "actor_search",
    "weapons",
    "killed",
    "killed_max",
    "injured",
    "injured_max",
    "claim_status",
    "claimed_by",
    "evidence_text",
    "evidence_start",
    "evidence_end",
    "confidence",
    "stored_at",
    "json",
)
SOURCE_COLUMNS = (
    "article_id",
    "position",
    "event_id",
    "report_id",
    "date_value",
    "date_earliest",
    "date_latest",
    "location_name",
    "lat",
    "lon",
    "killed",
    "injured",
    "claim_status",
    "claimed_by",
    "evidence_text",
    "json",
)
PLACE_COLUMNS = (
    "article_id",
    "position",
    "start_offset",
    "end_offset",
    "mention",
    "name",
    "kind",
    "lat",
    "lon",
    "geonameid",
    "country_code",
    "admin1",
    "score",
    "method",
)
ATTRIBUTION_COLUMNS = (
    "article_id",
    "position",
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


def insert_sql(table: str, columns: Sequence[str], ignore_duplicates: bool = False) -> str:
    marks = ", ".join("?" for _ in columns)
    tail = " ON CONFLICT DO NOTHING" if ignore_duplicates else ""
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks}){tail}"


def article_hash(article: Article) -> str:
    """The content hash an article is stored under: its text and its given date.

    The same text under another URL (a wire story in ten papers) is the same content. A date
    the pipeline read from the dateline is not part of the input, so it is left out: the
    hash of a stored Document's article equals the hash of the article as it was read.
    """
    given = None if article.published_method == "dateline" else article.published
    return content_id("article", article.text, given)


def article_key(article: Article) -> str:
    """What makes two texts versions of one article: its URL, its corpus id, or its file."""
    if article.url:
        return f"url:{article.url}"
    input_name = article.meta.get("input")
    # Files get a content-hash id (see eventwire.ingest); their name is what stays the same.
    if isinstance(input_name, str) and article.id == content_id(article.text, article.published):
        return f"input:{input_name}"
    return f"id:{article.id}"


def stored_event_id(article_id: str, position: int) -> str:
    """The id of the event built from one report: stable across runs and databases."""
    return content_id("event", article_id, position)


def article_row(
    article: Article,
    article_id: str,
    key: str,
    version: int,
    run_id: int | None,
    stored_at: str,
) -> Row:
    input_name = article.meta.get("input")
    return (
        article_id,
        key,
        version,
        article.id,
        article.url,
        article.title,
        article.source,
        article.published.isoformat() if article.published else None,
        article.published_method,
        input_name if isinstance(input_name, str) else None,
        article.text,
        json.dumps(dict(article.meta), ensure_ascii=False, default=str),
        run_id,
        stored_at,
    )


def document_json(doc: Document) -> tuple[str, list[str]]:
    """The document as eventwire/1 JSON, and each of its events as JSON.

    Each event is encoded once and spliced into the document, since encoding is most of the
    cost of storing a document. The top-level "events" key is the last one holding a list
    (only "warnings", a list of strings, follows it), so the last `"events": []` is it.
    """
    payload = doc.to_dict()
    events = [json.dumps(e, ensure_ascii=False) for e in payload["events"]]
    payload["events"] = []
    head, _, tail = json.dumps(payload, ensure_ascii=False).rpartition('"events": []')
    return f'{head}"events": [{", ".join(events)}]{tail}', events


def document_row(doc: Document, article_id: str, as_json: str) -> Row:
    return (
        article_id,
        FORMAT,
        json.dumps(list(doc.warnings), ensure_ascii=False),
        as_json,
    )


def claimed_by(doc: Document, event: Event) -> str | None:
    """Who the article says makes the claim, or None when the article asserts it itself."""
    index = event.claim.attribution
    if index is None or not 0 <= index < len(doc.attributions):
        return None
    attribution = doc.attributions[index]
    speaker = attribution.speaker
    if speaker is not None:
        if speaker.organization and speaker.name and speaker.name != speaker.organization:
            return f"{speaker.name} ({speaker.organization})"
        return speaker.organization or speaker.name
    return attribution.source.text if attribution.source else None


def event_row(
    event: Event,
    event_id: str,
    article_id: str,
    claimant: str | None,
    stored_at: str,
    source_count: int = 1,
    merged: bool = False,
    event_json: str | None = None,
) -> Row:
    """The events row; `event_json` is `event.to_dict()` as JSON when the caller has it."""
    d = event.date
    place = event.location
    first, others = _split(event.actors)
    target, other_targets = _split(event.targets)
    names = [a.name for a in (*event.actors, *event.targets)]
    names += [a.country for a in (*event.actors, *event.targets) if a.country]
    f = event.fatalities
    weapons = "; ".join(dict.fromkeys(w.system or w.text for w in event.weapons)) or None
    return (
        event_id,
        article_id,
        event.id,
        1 if merged else 0,
        source_count,
        event.type.eventwire,
        event.type.acled,
        event.type.acled_sub,
        event.type.plover,
        _event_date(event),
        d.value,
        d.earliest.isoformat() if d.earliest else None,
        d.latest.isoformat() if d.latest else None,
        d.precision,
        d.text,
        place.name if place else None,
        place.kind if place else None,
        round(place.lat, 5) if place else None,
        round(place.lon, 5) if place else None,
        place.country_code if place else None,
        place.admin1 if place else None,
        place.geonameid if place else None,
        event.geo_precision,
        first.name if first else None,
        first.country if first else None,
        first.sector if first else None,
        "; ".join(a.name for a in others) or None,
        target.name if target else None,
        target.country if target else None,
        target.sector if target else None,
        "; ".join(a.name for a in other_targets) or None,
        # Lower-cased once here, so that --actor is a plain LIKE on both databases.
        " | ".join(names).lower(),
        weapons,
        f.killed,
        f.killed_max,
        f.injured,
        f.injured_max,
        event.claim.status,
        claimant,
        event.evidence.text,
        event.evidence.start,
        event.evidence.end,
        round(event.confidence, 3),
        stored_at,
        event_json or json.dumps(event.to_dict(), ensure_ascii=False),
    )


def source_row(
    event: Event,
    article_id: str,
    position: int,
    event_id: str,
    claimant: str | None,
    event_json: str,
) -> Row:
    d = event.date
    place = event.location
    return (
        article_id,
        position,
        event_id,
        event.id,
        d.value,
        d.earliest.isoformat() if d.earliest else None,
        d.latest.isoformat() if d.latest else None,
        place.name if place else None,
        round(place.lat, 5) if place else None,
        round(place.lon, 5) if place else None,
        event.fatalities.killed,
        event.fatalities.injured,
        event.claim.status,
        claimant,
        event.evidence.text,
        event_json,
    )


def place_rows(doc: Document, article_id: str) -> list[Row]:
    return [
        (
            article_id,
            i,
            p.span.start,
            p.span.end,
            p.span.text,
            p.name,
            p.kind,
            round(p.lat, 5),
            round(p.lon, 5),
            p.geonameid,
            p.country_code,
            p.admin1,
            round(p.score, 3),
            p.method,
        )
        for i, p in enumerate(doc.places)
    ]


def attribution_rows(doc: Document, article_id: str) -> list[Row]:
    rows: list[Row] = []
    for i, a in enumerate(doc.attributions):
        sp = a.speaker
        rows.append(
            (
                article_id,
                i,
                a.kind,
                a.source.text if a.source else None,
                a.cue.text,
                a.content.text,
                a.content.start,
                a.content.end,
                sp.name if sp else None,
                sp.role if sp else None,
                sp.organization if sp else None,
                sp.country if sp else None,
            )
        )
    return rows


def _event_date(event: Event) -> str | None:
    """One day to sort and filter by: the earliest day the event can have happened."""
    d = event.date
    day = d.earliest or d.latest
    if day is not None:
        return day.isoformat()
    value = d.value or ""
    # A full TIMEX3 day ("2023-06-09", "2023-06-09TNI") without bounds still names a day.
    if len(value) >= 10 and value[:4].isdigit() and value[5:7].isdigit() and value[8:10].isdigit():
        return value[:10]
    return None


def _split(actors: tuple[Actor, ...]) -> tuple[Actor | None, tuple[Actor, ...]]:
    return (actors[0], actors[1:]) if actors else (None, ())
