"""An article's text with the spans eventwire found in it, for highlighting.

Spans come from the stored eventwire/1 document (the only place times are kept); each is
`{"kind", "start", "end", "text", "label", ...}` with offsets into the article text, so a
page can mark them without parsing anything.
"""

from __future__ import annotations

import json
from typing import Any

from eventwire.store.connection import Connection

_ARTICLE_COLUMNS = (
    "id",
    "article_key",
    "version",
    "superseded_by",
    "source_id",
    "url",
    "title",
    "source",
    "published",
    "published_method",
    "input",
    "text",
    "stored_at",
)


def article_detail(connection: Connection, article_id: str) -> dict[str, Any] | None:
    """The article, its document's warnings and spans, and its stored events' ids."""
    row = connection.execute(
        f"SELECT {', '.join(_ARTICLE_COLUMNS)} FROM articles WHERE id = ?", (article_id,)
    ).fetchone()
    if row is None:
        return None
    article = dict(zip(_ARTICLE_COLUMNS, row, strict=True))
    stored = connection.execute(
        "SELECT json FROM documents WHERE article_id = ?", (article_id,)
    ).fetchone()
    document: dict[str, Any] = json.loads(stored[0]) if stored is not None else {}
    event_ids = dict(
        connection.fetchall(
            "SELECT position, event_id FROM event_sources WHERE article_id = ?", (article_id,)
        )
    )
    return {
        "article": article,
        "warnings": document.get("warnings", []),
        "spans": document_spans(document, event_ids),
    }


def document_spans(document: dict[str, Any], event_ids: dict[int, str]) -> dict[str, Any]:
    """Places, times, attributions and events of an eventwire/1 document as spans."""
    places = [
        _span("place", p, label=p.get("name"), place_kind=p.get("kind"))
        for p in document.get("places", [])
    ]
    times = [
        _span("time", t, label=t.get("value"), time_type=t.get("type"))
        for t in document.get("times", [])
    ]
    attributions = []
    for index, a in enumerate(document.get("attributions", [])):
        speaker = a.get("speaker") or {}
        parts = {
            part: _span(f"attribution_{part}", a[part], label=speaker.get("name"))
            for part in ("source", "cue", "content")
            if a.get(part)
        }
        attributions.append(
            {"index": index, "kind": a.get("kind"), "speaker": a.get("speaker"), **parts}
        )
    events = []
    for position, e in enumerate(document.get("events", [])):
        kind = (e.get("type") or {}).get("eventwire")
        fields: dict[str, Any] = {"evidence": _span("evidence", e["evidence"], label=kind)}
        if e.get("trigger"):
            fields["trigger"] = _span("trigger", e["trigger"], label=kind)
        if e.get("location"):
            fields["location"] = _span("location", e["location"], label=e["location"].get("name"))
        events.append(
            {
                "position": position,
                "event_id": event_ids.get(position),
                "report_id": e.get("id"),
                "type": kind,
                "claim": e.get("claim"),
                **fields,
            }
        )
    return {"places": places, "times": times, "attributions": attributions, "events": events}


def _span(kind: str, span: dict[str, Any], label: Any = None, **extra: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "start": span["start"],
        "end": span["end"],
        "text": span.get("text"),
        "label": label,
        **extra,
    }
