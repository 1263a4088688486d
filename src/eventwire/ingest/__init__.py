"""Stage 1: read inputs (text, HTML, JSON Lines, standard input) into Articles.

Each input yields Articles, or RejectedInput records that name the input and the reason, so
that one bad article never stops a batch.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Literal

from eventwire.errors import InputError
from eventwire.ingest.dates import parse_published
from eventwire.ingest.html import extract_html
from eventwire.ingest.jsonl import article_from_record, read_jsonl_lines
from eventwire.ingest.text import MAX_CHARS, check_text, decode_text
from eventwire.model import Article, RejectedInput, content_id

InputFormat = Literal["auto", "text", "html", "jsonl"]
STDIN = "-"

__all__ = [
    "MAX_CHARS",
    "STDIN",
    "InputFormat",
    "article_from_record",
    "article_from_text",
    "check_text",
    "parse_published",
    "read_input",
]


def read_input(
    path: str, input_format: InputFormat = "auto", published: date | None = None
) -> Iterator[Article | RejectedInput]:
    """Yield the articles in one input path (`-` is standard input)."""
    name = "<stdin>" if path == STDIN else path
    fmt = input_format if input_format != "auto" else _guess_format(path)
    if fmt == "jsonl":
        yield from _read_jsonl(path, name, published)
        return
    try:
        data = _read_bytes(path, name)
        text = decode_text(data, name)
        if fmt == "html" or (fmt == "auto" and _looks_like_html(text)):
            body, title, page_date, url = extract_html(text, name)
            when = published or page_date
            method = "given" if published else ("html metadata" if page_date else None)
            yield _article(body, name, path, when, method, title=title, url=url)
        else:
            yield _article(text, name, path, published, "given" if published else None)
    except InputError as exc:
        yield RejectedInput(name, exc.reason)


def article_from_text(text: str, published: date | None = None, name: str = "<text>") -> Article:
    """An Article for text given directly (the Python API)."""
    check_text(text, name)
    return _article(text, name, None, published, "given" if published else None)


def _article(
    text: str,
    name: str,
    path: str | None,
    published: date | None,
    method: str | None,
    title: str | None = None,
    url: str | None = None,
) -> Article:
    # Content-hash ids: the same article gives the same id on every run.
    source = None if path in (None, STDIN) else Path(path).name
    return Article(
        id=content_id(text, published),
        text=text,
        title=title,
        url=url,
        source=source,
        published=published,
        published_method=method,
        meta={"input": name},
    )


def _read_jsonl(path: str, name: str, published: date | None) -> Iterator[Article | RejectedInput]:
    if path == STDIN:
        stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="strict")
        yield from _guarded_lines(stream, name, published)
        return
    try:
        handle = open(path, encoding="utf-8", errors="strict")  # noqa: SIM115 - closed below
    except OSError as exc:
        yield RejectedInput(name, f"cannot be read ({exc.strerror})")
        return
    with handle:
        yield from _guarded_lines(handle, name, published)


def _guarded_lines(
    stream: io.TextIOBase | io.TextIOWrapper, name: str, published: date | None
) -> Iterator[Article | RejectedInput]:
    """Read lines lazily; an undecodable line rejects the rest of the file, not the batch."""
    try:
        yield from read_jsonl_lines(stream, name, published)
    except UnicodeDecodeError as exc:
        yield RejectedInput(name, f"is not valid UTF-8 (at byte {exc.start} of a block)")


def _read_bytes(path: str, name: str) -> bytes:
    if path == STDIN:
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InputError(name, "is a directory, not a file")
    try:
        size = file.stat().st_size
        if size > 4 * MAX_CHARS + 4096:  # UTF-8 is at most 4 bytes a character
            raise InputError(
                name,
                f"is too long for one article ({size:,} bytes; the limit is {MAX_CHARS:,} "
                "characters): split it into articles, e.g. one per line of a JSON Lines file",
            )
        return file.read_bytes()
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror})") from None


def _guess_format(path: str) -> InputFormat:
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".txt", ".text", ".md"):
        return "text"
    return "auto"


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)
