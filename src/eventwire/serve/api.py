"""The JSON API under /api: events, one event, one article, extraction, statistics."""

from __future__ import annotations

import json
import threading
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from eventwire.errors import EventwireError, UsageError
from eventwire.serve.article_queries import article_detail
from eventwire.serve.database import Database
from eventwire.serve.errors import ApiError
from eventwire.serve.event_queries import (
    MAP_FIELDS,
    Cursor,
    event_detail,
    event_page,
    find_event,
    row_dict,
)
from eventwire.serve.stats import StatsCache
from eventwire.store.query import EventFilter, parse_bbox

MAX_PAGE = 1000
DEFAULT_PAGE = 500

router = APIRouter(prefix="/api")


def _database(request: Request) -> Database:
    database: Database = request.app.state.database
    return database


def _day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ApiError(400, f"{name}={value!r}: expected a YYYY-MM-DD date") from None


@router.get("/events", summary="Events matching filters, newest first, one page at a time")
def list_events(
    request: Request,
    since: Annotated[str | None, Query(description="Events on or after YYYY-MM-DD.")] = None,
    until: Annotated[str | None, Query(description="Events on or before YYYY-MM-DD.")] = None,
    type: Annotated[
        str | None, Query(description="eventwire type, ACLED event type or sub-event type.")
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO 3166-1 alpha-2 code of the place.")
    ] = None,
    actor: Annotated[
        str | None, Query(description="Part of an actor's or target's name or country.")
    ] = None,
    actor_country: Annotated[
        str | None, Query(description="ISO alpha-3 code of either actor, exactly.")
    ] = None,
    status: Annotated[str | None, Query(description="Claim status, e.g. claimed.")] = None,
    bbox: Annotated[str | None, Query(description="W,S,E,N in degrees.")] = None,
    text: Annotated[str | None, Query(description="Part of the evidence sentence.")] = None,
    all_versions: Annotated[
        bool, Query(description="Include events of superseded articles.")
    ] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description="Page size.")] = DEFAULT_PAGE,
    after: Annotated[str | None, Query(description="Cursor from a `next` link.")] = None,
    fields: Annotated[
        Literal["full", "map"], Query(description="`map`: only what a map marker needs.")
    ] = "full",
) -> JSONResponse:
    """`{"ok": true, "rows": [...], "next": URL or null}`; `next` fetches the following page."""
    try:
        spec = EventFilter(
            since=_day(since, "since"),
            until=_day(until, "until"),
            type=type or None,
            country=country or None,
            actor=actor or None,
            status=status or None,
            bbox=parse_bbox(bbox) if bbox else None,
            text=text or None,
            include_superseded=all_versions,
        )
        cursor = Cursor.decode(after) if after else None
    except UsageError as exc:
        raise ApiError(400, str(exc).replace("--bbox", "bbox")) from None
    page = event_page(_database(request).connection(), spec, limit, cursor, actor_country or None)
    chosen = MAP_FIELDS if fields == "map" else None
    following = None
    if page.next_cursor is not None:
        url = request.url.include_query_params(after=page.next_cursor.encode())
        following = f"{url.path}?{url.query}"
    return JSONResponse(
        {
            "ok": True,
            "count": len(page.records),
            "rows": [row_dict(r, chosen) for r in page.records],
            "next": following,
        }
    )


@router.get("/events/{event_id}", summary="One event: record, source reports, evidence, merge")
def get_event(request: Request, event_id: str) -> JSONResponse:
    connection = _database(request).connection()
    record = find_event(connection, event_id)
    if record is None:
        raise ApiError(404, f"no event {event_id!r}")
    return JSONResponse({"ok": True, **event_detail(connection, record)})


@router.get("/articles/{article_id}", summary="One article: text and the spans found in it")
def get_article(request: Request, article_id: str) -> JSONResponse:
    found = article_detail(_database(request).connection(), article_id)
    if found is None:
        raise ApiError(404, f"no article {article_id!r}")
    return JSONResponse({"ok": True, **found})


@router.get("/stats", summary="Counts by type, claim status, country and actor country")
def get_stats(request: Request) -> JSONResponse:
    cache: StatsCache = request.app.state.stats
    return JSONResponse({"ok": True, **cache.get(_database(request).connection())})


_EXTRACT_BODY = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["text"],
                "properties": {
                    "text": {"type": "string"},
                    "published": {"type": "string", "format": "date", "nullable": True},
                },
            }
        },
        "text/plain": {"schema": {"type": "string"}},
    },
}


@router.post(
    "/extract",
    summary="Extract events from a text (nothing is stored); body size-limited",
    openapi_extra={"requestBody": _EXTRACT_BODY},
)
async def extract(request: Request) -> JSONResponse:
    """A text (JSON `{"text", "published"}` or text/plain) in, its eventwire/1 document out."""
    limit: int = request.app.state.max_body
    body = await _read_limited(request, limit)
    text, published = _extract_input(body, request.headers.get("content-type", ""))
    extractor: Extractor = request.app.state.extractor
    try:
        document = await run_in_threadpool(extractor.extract, text, published)
    except EventwireError as exc:
        raise ApiError(400, str(exc)) from None
    return JSONResponse({"ok": True, "document": document})


async def _read_limited(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"request body over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    # Counted as it arrives: a chunked body without a length is cut off just the same.
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _extract_input(body: bytes, content_type: str) -> tuple[str, date | None]:
    try:
        raw = body.decode("utf-8")
    except UnicodeDecodeError:
        raise ApiError(400, "the body is not UTF-8") from None
    if not content_type.startswith("application/json"):
        return raw, None
    try:
        payload = json.loads(raw)
    except ValueError as exc:
        raise ApiError(400, f"the body is not JSON ({exc})") from None
    if not isinstance(payload, dict) or not isinstance(payload.get("text"), str):
        raise ApiError(400, 'expected {"text": "...", "published": "YYYY-MM-DD" or null}')
    published = payload.get("published")
    if published is not None and not isinstance(published, str):
        raise ApiError(400, "published: expected a YYYY-MM-DD date or null")
    return payload["text"], _day(published, "published")


class Extractor:
    """The pipeline, loaded on first use so that the server starts without the model."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pipeline: Any = None

    def extract(self, text: str, published: date | None) -> dict[str, Any]:
        # One document at a time: the pipeline keeps per-process state (timings, caches).
        with self._lock:
            if self._pipeline is None:
                from eventwire.pipeline import Pipeline

                self._pipeline = Pipeline()
            from eventwire.ingest import article_from_text

            document = self._pipeline.process(article_from_text(text, published, "<request>"))
        result: dict[str, Any] = document.to_dict()
        return result
