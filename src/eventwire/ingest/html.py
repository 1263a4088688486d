"""Article text, title and date from an HTML page, via trafilatura."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.errors import InputError
from eventwire.ingest.dates import parse_published

# Below this many characters of main text, the page is a menu, a paywall or an error page.
MIN_ARTICLE_CHARS = 40


def extract_html(html: str, input_name: str) -> tuple[str, str | None, date | None, str | None]:
    """Return (text, title, published, url) of the article in `html`.

    Raises InputError when the page holds no article text.
    """
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    result: Any = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, favor_precision=True
    )
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        raise InputError(input_name, "no article text found in the HTML page")
    title = getattr(result, "title", None) or None
    url = getattr(result, "url", None) or None
    published: date | None = None
    raw_date = getattr(result, "date", None)
    if raw_date:
        try:
            published = parse_published(str(raw_date)[:10], input_name)
        except InputError:
            published = None  # a bad date in page metadata is not worth failing the article
    return text, title, published, url
