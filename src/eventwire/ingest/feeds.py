"""RSS 2.0, RSS 1.0 (RDF) and Atom feed files: one Article per item or entry.

An item's title and its fullest body (content:encoded or Atom content over description or
summary) become the text, with the markup feeds carry inside those fields stripped; its link
is the URL and its pubDate/published/updated the publication date. A file that is not XML, or
is XML but no feed, is one RejectedInput naming the file; an empty item is one naming the item.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from eventwire.errors import InputError
from eventwire.ingest import article_from_text
from eventwire.model import Article, RejectedInput

_FEED_ROOTS = {"rss", "feed", "RDF"}
_BODY_FIELDS = ("encoded", "content", "description", "summary")
_DATE_FIELDS = ("pubDate", "published", "date", "updated", "issued", "modified")
# Tags after which text continues on a new line when markup inside a feed field is stripped.
_BLOCK_TAGS = {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr"}


def looks_like_feed(head: bytes) -> bool:
    """Whether the start of a file looks like an RSS or Atom document."""
    sample = head[:2048].lstrip().lower()
    if not sample.startswith(b"<"):
        return False
    return b"<rss" in sample or b"<feed" in sample or b"<rdf:rdf" in sample


def read_feed(
    data: bytes, input_name: str, published: date | None = None
) -> Iterator[Article | RejectedInput]:
    """Yield one Article per item of the feed in `data` (RejectedInputs for bad ones)."""
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield RejectedInput(input_name, f"is not a valid XML feed ({exc})")
        return
    if _local(root.tag) not in _FEED_ROOTS:
        yield RejectedInput(
            input_name, f"is XML but not an RSS or Atom feed (root element <{_local(root.tag)}>)"
        )
        return
    outlet = _feed_title(root)
    number = 0
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        number += 1
        where = f"{input_name} item {number}"
        try:
            yield _item_article(element, where, input_name, outlet, published)
        except InputError as exc:
            yield RejectedInput(where, exc.reason, _child_text(element, "guid", "id"))


def _item_article(
    item: ET.Element, where: str, input_name: str, outlet: str | None, published: date | None
) -> Article:
    title = _plain(_child_text(item, "title") or "")
    bodies = [_plain(_child_text(item, name) or "") for name in _BODY_FIELDS]
    body = max(bodies, key=len)
    # The headline often states the event most plainly, so it opens the text.
    if title and not body.startswith(title):
        text = f"{title}\n\n{body}" if body else title
    else:
        text = body
    if not text.strip():
        raise InputError(where, "has no title or text")
    when = published or _item_date(item)
    article = article_from_text(text, when, where)
    link = _link(item)
    ident = _child_text(item, "guid", "id") or link
    return replace(
        article,
        id=ident or article.id,
        title=title or None,
        url=link,
        source=outlet,
        meta={"input": where, "feed": input_name},
    )


def _feed_title(root: ET.Element) -> str | None:
    for child in root:
        if _local(child.tag) == "channel":
            return _child_text(child, "title")
        if _local(child.tag) == "title":
            return (child.text or "").strip() or None
    return None


def _link(item: ET.Element) -> str | None:
    fallback = None
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href is None:  # RSS: the URL is the element's text
            return (child.text or "").strip() or None
        if child.get("rel", "alternate") == "alternate":
            return href.strip()
        fallback = fallback or href.strip()
    return fallback


def _item_date(item: ET.Element) -> date | None:
    for name in _DATE_FIELDS:
        raw = _child_text(item, name)
        if not raw:
            continue
        parsed = _parse_date(raw)
        if parsed is not None:
            return parsed
    return None


def _parse_date(raw: str) -> date | None:
    try:
        day = date.fromisoformat(raw[:10])  # Atom and Dublin Core: ISO 8601
    except ValueError:
        try:
            day = parsedate_to_datetime(raw).date()  # RSS 2.0: RFC 822
        except (TypeError, ValueError, IndexError):
            return None
    return day if 1800 <= day.year <= 2200 else None


def _child_text(element: ET.Element, *names: str) -> str | None:
    for name in names:
        for child in element:
            if _local(child.tag) == name:
                text = "".join(child.itertext()).strip()
                if text:
                    return text
    return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _plain(value: str) -> str:
    """Feed fields often hold HTML: keep its text, one paragraph per block."""
    if "<" not in value:
        return " ".join(html.unescape(value).split())
    parser = _TextOnly()
    parser.feed(value)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)
