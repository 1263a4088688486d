"""Many inputs as one stream: files, folders walked lazily, feeds and gzip-compressed files.

`read_sources` yields Articles and RejectedInputs for a list of paths. Folders are walked
one directory at a time (a folder of 100,000 files costs one directory listing, not a list of
every path); inside folders only files with known suffixes are read. `name.gz` is read as
`name` would be; a truncated or damaged gzip ends in one RejectedInput after the items
already read from it. `SourceProgress` counts input bytes as they are consumed, for progress
bars with an ETA.
"""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal

from eventwire.errors import InputError
from eventwire.ingest import MAX_CHARS, STDIN, InputFormat, article_from_text, read_input
from eventwire.ingest.feeds import looks_like_feed, read_feed
from eventwire.ingest.html import extract_html
from eventwire.ingest.jsonl import read_jsonl_lines
from eventwire.ingest.text import decode_text
from eventwire.model import Article, RejectedInput

SourceFormat = Literal["auto", "text", "html", "jsonl", "feed"]

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
FEED_SUFFIXES = (".rss", ".atom", ".xml")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + FEED_SUFFIXES
# A feed file may hold many articles; one text or HTML file holds one.
_MAX_FEED_BYTES = 64 * 4 * MAX_CHARS
_MAX_ARTICLE_BYTES = 4 * MAX_CHARS + 4096
_DAMAGED_GZIP = (EOFError, gzip.BadGzipFile, zlib.error)
# Standard input is read by `eventwire.ingest`, which sniffs HTML but knows no feeds.
_STDIN_FORMATS: dict[SourceFormat, InputFormat] = {
    "auto": "auto",
    "text": "text",
    "html": "html",
    "jsonl": "jsonl",
    "feed": "auto",
}


@dataclass
class SourceProgress:
    """Bytes of input consumed so far, and the total when it was counted beforehand."""

    done_bytes: int = 0
    total_bytes: int | None = None
    files: int = 0


def count_input_bytes(paths: Iterable[str]) -> int:
    """The size of every file `read_sources` would read (one extra walk, no reading)."""
    total = 0
    for path in iter_files(paths):
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
    return total


def iter_files(paths: Iterable[str]) -> Iterator[str]:
    """The files named by `paths`, folders expanded recursively in name order, lazily."""
    for path in paths:
        if path != STDIN and os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def read_sources(
    paths: Iterable[str],
    input_format: SourceFormat = "auto",
    published: date | None = None,
    progress: SourceProgress | None = None,
) -> Iterator[Article | RejectedInput]:
    """Every article in `paths` (files, folders, `-`), in order."""
    tally = progress if progress is not None else SourceProgress()
    for path in iter_files(paths):
        tally.files += 1
        yield from read_source(path, input_format, published, tally)


def read_source(
    path: str,
    input_format: SourceFormat = "auto",
    published: date | None = None,
    progress: SourceProgress | None = None,
) -> Iterator[Article | RejectedInput]:
    """The articles in one file: feeds and .gz here, the rest via `eventwire.ingest`."""
    tally = progress if progress is not None else SourceProgress()
    if path == STDIN:
        yield from read_input(path, _STDIN_FORMATS[input_format], published)
        return
    inner = path[:-3] if path.lower().endswith(".gz") else path
    fmt = input_format if input_format != "auto" else _format_of(inner)
    compressed = inner != path
    if fmt == "jsonl":
        yield from _read_jsonl(path, compressed, published, tally)
        return
    if not compressed and fmt in ("text", "html"):
        yield from read_input(path, fmt, published)
        tally.done_bytes += _size(path)
        return
    data = _read_all(path, compressed, _MAX_FEED_BYTES if fmt == "feed" else None)
    tally.done_bytes += _size(path)
    if isinstance(data, RejectedInput):
        yield data
        return
    if fmt == "feed" or (fmt == "auto" and looks_like_feed(data)):
        yield from read_feed(data, path, published)
        return
    if len(data) > _MAX_ARTICLE_BYTES:
        yield RejectedInput(path, f"is too long for one article ({len(data):,} bytes)")
        return
    try:
        yield _text_article(data, path, fmt, published)
    except InputError as exc:
        yield RejectedInput(path, exc.reason)


def _text_article(data: bytes, path: str, fmt: str, published: date | None) -> Article:
    text = decode_text(data, path)
    head = text.lstrip()[:512].lower()
    is_html = fmt == "html" or (
        fmt == "auto" and (head.startswith(("<!doctype html", "<html")) or "<body" in head)
    )
    if not is_html:
        article = article_from_text(text, published, path)
        return replace(article, source=Path(path).name)
    body, title, page_date, url = extract_html(text, path)
    when = published or page_date
    article = article_from_text(body, when, path)
    method = "given" if published else ("html metadata" if page_date else None)
    return replace(article, title=title, url=url, source=Path(path).name, published_method=method)


def _read_jsonl(
    path: str, compressed: bool, published: date | None, tally: SourceProgress
) -> Iterator[Article | RejectedInput]:
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed below, after a lazy read
    except OSError as exc:
        yield RejectedInput(path, f"cannot be read ({exc.strerror})")
        return
    start = tally.done_bytes
    with raw:
        stream: Iterable[bytes] = gzip.GzipFile(fileobj=raw) if compressed else raw

        def lines() -> Iterator[str]:
            for number, line in enumerate(stream, start=1):
                # The position in the file on disk: compressed bytes for .gz.
                if number % 64 == 0:
                    tally.done_bytes = start + raw.tell()
                yield line.decode("utf-8")

        try:
            yield from read_jsonl_lines(lines(), path, published)
        except UnicodeDecodeError as exc:
            yield RejectedInput(path, f"is not valid UTF-8 (at byte {exc.start} of a line)")
        except _DAMAGED_GZIP as exc:
            yield RejectedInput(path, f"is a truncated or damaged gzip file ({_reason(exc)})")
        except OSError as exc:
            yield RejectedInput(path, f"cannot be read ({exc.strerror or exc})")
    tally.done_bytes = start + _size(path)


def _read_all(path: str, compressed: bool, limit: int | None) -> bytes | RejectedInput:
    cap = limit or _MAX_ARTICLE_BYTES
    try:
        if compressed:
            with gzip.open(path, "rb") as stream:
                data = stream.read(cap + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(cap + 1)
    except _DAMAGED_GZIP as exc:
        return RejectedInput(path, f"is a truncated or damaged gzip file ({_reason(exc)})")
    except OSError as exc:
        return RejectedInput(path, f"cannot be read ({exc.strerror or exc})")
    if len(data) > cap:
        return RejectedInput(path, f"is too large to read as one input (over {cap:,} bytes)")
    return data


def _walk(folder: str) -> Iterator[str]:
    """Files under `folder` with known suffixes, depth first, each directory sorted by name."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted((e for e in scan if not e.name.startswith(".")), key=_entry_name)
    except OSError:
        return
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(entry.path)
            elif entry.is_file() and _is_known(entry.name):
                yield entry.path
        except OSError:
            continue


def _entry_name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_known(name: str) -> bool:
    lower = name.lower()
    return lower.removesuffix(".gz").endswith(KNOWN_SUFFIXES)


def _format_of(path: str) -> SourceFormat:
    lower = path.lower()
    if lower.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    if lower.endswith(TEXT_SUFFIXES):
        return "text"
    if lower.endswith(FEED_SUFFIXES):
        return "feed"
    return "auto"


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _reason(exc: BaseException) -> str:
    text = str(exc)
    return text if text else "the file ends before its end-of-stream marker"
