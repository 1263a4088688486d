"""The date in an article's dateline ("KYIV, June 10, 2023 (Reuters) -", "June 10, 2023 —")."""

from __future__ import annotations

import re
from datetime import date

from eventwire.resolve.time.lexicon import MONTH_RE, month_number

# Only the opening of the article: a date further in is news, not a dateline.
_OPENING = 200
_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z .'-]{{1,40}},\s*(?:[A-Z][A-Za-z .'-]{{1,30}},\s*)?)?"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?:(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d),?\s+(?P<y>\d{{4}})"
    rf"|(?P<d2>[0-3]?\d)\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<iso>\d{{4}}-\d\d-\d\d))\b"
)


def find_dateline_date(text: str) -> date | None:
    """The publication date a dateline states, or None (also when it gives no year)."""
    match = _DATELINE.match(text[:_OPENING])
    if not match:
        return None
    try:
        if match["iso"]:
            return date.fromisoformat(match["iso"])
        if match["m"]:
            return date(int(match["y"]), month_number(match["m"]), int(match["d"]))
        return date(int(match["y2"]), month_number(match["m2"]), int(match["d2"]))
    except ValueError:
        return None
