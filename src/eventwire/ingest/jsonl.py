"""A JSON Lines corpus: one article a line, read as a stream."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.dates import parse_published
from eventwire.ingest.text import check_text
from eventwire.model import Article, RejectedInput

_KNOWN_KEYS = {"id", "text", "published", "title", "url", "source"}


def read_jsonl_lines(
    lines: Iterable[str], input_name: str, published: date | None = None
) -> Iterator[Article | RejectedInput]:
    """Yield one Article (or a RejectedInput naming the line) per non-blank line.

    `published`, when given, is used for lines that carry no date of their own.
    """
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{input_name} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield RejectedInput(where, f"is not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield article_from_record(record, where, published)
        except InputError as exc:
            line_id = record.get("id") if isinstance(record, dict) else None
            yield RejectedInput(where, exc.reason, str(line_id) if line_id is not None else None)


def article_from_record(record: Any, where: str, published: date | None = None) -> Article:
    """Validate one corpus record and turn it into an Article."""
    if not isinstance(record, dict):
        raise InputError(where, f"is a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, 'has no "text" string')
    check_text(text, where)
    raw_id = record.get("id")
    if raw_id is None:
        raise InputError(where, 'has no "id"')
    raw_published = record.get("published")
    if raw_published is None:
        when = published
    elif isinstance(raw_published, str):
        when = parse_published(raw_published[:10], where)
    else:
        raise InputError(where, f'"published" must be a YYYY-MM-DD string, not {raw_published!r}')
    return Article(
        id=str(raw_id),
        text=text,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
        published=when,
        published_method="given" if when else None,
        meta={k: v for k, v in record.items() if k not in _KNOWN_KEYS},
    )


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)
