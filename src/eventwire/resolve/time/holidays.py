"""Named days ("Thanksgiving", "Christmas Eve", "Election Day") and their dates."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from eventwire.resolve.time.found import Context, Found, dated
from eventwire.resolve.time.rules import rule


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth given weekday of a month (nth = -1: the last)."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday_shift) // 451
    month, day = divmod(h + weekday_shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "easter": _easter,
    "easter sunday": _easter,
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "independence day": lambda y: date(y, 7, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "halloween": lambda y: date(y, 10, 31),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "veterans day": lambda y: date(y, 11, 11),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "christmas": lambda y: date(y, 12, 25),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas eve": lambda y: date(y, 12, 24),
}


@rule(
    "holiday",
    r"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+)?(?P<name>New Year's (?:Day|Eve)|Valentine's Day"
    r"|Easter(?: Sunday)?|Memorial Day|Independence Day|Labor Day|Halloween|Election Day"
    r"|Veterans Day|Thanksgiving(?: Day)?|Christmas(?: Day| Eve)?)\b",
    keys=("holiday",),
    reach=(8, 25),
)
def holiday(match: re.Match[str], ctx: Context) -> Found | None:
    when = HOLIDAYS[match["name"].lower()]
    if ctx.anchor is None:
        return None
    rel = (match["rel"] or "").lower()
    direction = {"last": -1, "next": 1}.get(rel) or ctx.direction(match.start(), match.end())
    this_year = when(ctx.anchor.year)
    if direction < 0 and this_year > ctx.anchor:
        return dated(when(ctx.anchor.year - 1).isoformat(), "holiday, last")
    if direction > 0 and this_year < ctx.anchor:
        return dated(when(ctx.anchor.year + 1).isoformat(), "holiday, next")
    return dated(this_year.isoformat(), "holiday")
