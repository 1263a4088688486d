"""Calendar arithmetic and the calendar days a TIMEX3 value covers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def shift_months(day: date, months: int) -> tuple[int, int]:
    """The (year, month) `months` months from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def last_completed_quarter(day: date) -> tuple[int, int]:
    quarter = quarter_of(day) - 1
    return (day.year, quarter) if quarter else (day.year - 1, 4)


def weekday_near(anchor: date, weekday: int, direction: int) -> date:
    """The given weekday nearest `anchor` in `direction` (-1 past, +1 future, 0 this week)."""
    delta = weekday - anchor.weekday()
    if direction < 0:
        return anchor + timedelta(days=delta - 7 if delta > 0 else delta)
    if direction > 0:
        return anchor + timedelta(days=delta + 7 if delta < 0 else delta)
    return anchor + timedelta(days=delta)


# A date without a year that falls this close to publication is taken at its nearest;
# further off, the tense of the clause decides.
_NEAR_DAYS = 120
# A bare month this many months after publication is the coming one even in a past-tense
# clause ("the accession is planned for early March, an official said"): news seldom
# reaches back eleven months with a month name alone.
_COMING_MONTHS = 2


def year_for(anchor: date, month: int, day: int | None, direction: int) -> int:
    """The year for a month (and day) written without one.

    A day is taken at its nearest occurrence when that lies within about four months of
    `anchor`. Otherwise, and for a bare month, the tense decides: the latest one not after
    `anchor` (past, -1), the first not before it (future, +1). Without a sign of tense a
    report tells of the past, so the past reading wins then too. A bare month means its
    whole span, so `anchor`'s own month is always this year's, and the next two months are
    the coming ones whatever the tense.
    """
    if day is None:
        ahead = (month - anchor.month) % 12
        if ahead == 0 or (ahead <= _COMING_MONTHS and direction <= 0):
            return anchor.year + (month < anchor.month)
    probe = min(day or 15, 28)
    dates = [(date(y, month, probe), y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    nearest = min(dates, key=lambda dy: abs((dy[0] - anchor).days))
    if day is not None and abs((nearest[0] - anchor).days) <= _NEAR_DAYS:
        return nearest[1]
    if direction <= 0:
        return max((d, y) for d, y in dates if d <= anchor)[1]
    return min((d, y) for d, y in dates if d >= anchor)[1]


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(?:-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d\d)$")


def bounds(value: str) -> tuple[date | None, date | None, str | None]:
    """First and last calendar day of a TIMEX3 date value, and its precision."""
    try:
        return _bounds(value)
    except ValueError:  # e.g. an impossible day number read from the text
        return None, None, None


def _bounds(value: str) -> tuple[date | None, date | None, str | None]:
    if m := _DAY.match(value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), last_day(year, month), "month"
    if m := _YEAR.match(value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m := _WEEK.match(value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if value.endswith("-WE"):
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    if m := _QUARTER.match(value):
        year, quarter = int(m[1]), int(m[2])
        return date(year, 3 * quarter - 2, 1), last_day(year, 3 * quarter), "quarter"
    if m := _HALF.match(value):
        year, half = int(m[1]), int(m[2])
        return date(year, 6 * half - 5, 1), last_day(year, 6 * half), "half"
    if m := _SEASON.match(value):
        year = int(m[1])
        first, last = SEASON_MONTHS[m[2]]
        end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
        return date(year, first, 1), last_day(end_year, end_month), "season"
    if m := _DECADE.match(value):
        start = int(m[1]) * 10
        return date(start, 1, 1), date(start + 9, 12, 31), "decade"
    if m := _CENTURY.match(value):
        start = int(m[1]) * 100
        return date(max(start, 1), 1, 1), date(start + 99, 12, 31), "century"
    return None, None, None


def part_of(first: date, last: date, part: str) -> tuple[date, date]:
    """The early/mid/late third of a stretch of days."""
    length = (last - first).days + 1
    third = max(length // 3, 1)
    if part == "early":
        return first, first + timedelta(days=third)
    if part == "late":
        return last - timedelta(days=third), last
    return first + timedelta(days=third - (length // 10)), last - timedelta(
        days=third - length // 10
    )
