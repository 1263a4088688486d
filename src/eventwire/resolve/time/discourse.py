"""Expressions anchored on the date the text last named rather than on publication: "that
year", "the following month", "earlier that day", "the next morning"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.resolve.time.calendar import iso_week, shift_months
from eventwire.resolve.time.found import Context, Found, dated, unresolved
from eventwire.resolve.time.rules import rule

_DAY_UNITS = ("day", "morning", "afternoon", "evening", "night")
_PRECISION = {"week": "week", "month": "month", "quarter": "quarter", "year": "year"}
# How far back (in characters) the date an expression refers to may lie.
_REACH = 1500
_YEAR = re.compile(r"^(\d{4})(?:$|-)")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)(?:$|-\d\d)")
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")


@rule(
    "that day",
    r"(?i:\b(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>day|week|month|quarter|year"
    r"|morning|afternoon|evening|night)"
    r"|\b(?:the\s+)?(?P<dir>following|previous|preceding|prior)\s+(?P<unit2>day|week|month"
    r"|quarter|year|morning|afternoon|evening|night)"
    r"|\bthe\s+next\s+(?P<unit3>day|morning|afternoon|evening|night))\b(?!-)",
    keys=("unit",),
    reach=(30, 12),
)
def that_day(match: re.Match[str], ctx: Context) -> Found | None:
    unit = (match["unit"] or match["unit2"] or match["unit3"]).lower()
    direction = (match["dir"] or "").lower()
    shift = 1 if direction == "following" or match["unit3"] else -1 if direction else 0
    found = unresolved(_PRECISION.get(unit, "day"), f"{unit} told earlier")
    found.from_previous_date = (shift, "day" if unit in _DAY_UNITS else unit)
    return found


def anchor_on_previous_dates(kept: list[Found]) -> list[Found]:
    """Give "that year"-style expressions the date the text named last before them; those
    with no date before them ("trades made that day") are dropped."""
    unanchored: set[int] = set()
    for index, item in enumerate(kept):
        if item.from_previous_date is None:
            continue
        shift, unit = item.from_previous_date
        value = None
        for back in range(index - 1, -1, -1):
            earlier = kept[back]
            if item.start - earlier.end > _REACH:
                break
            if back not in unanchored and earlier.type in ("DATE", "TIME"):
                value = _shifted(earlier.value, shift, unit)
                if value:
                    break
        if value is None:
            unanchored.add(index)
            continue
        anchored = dated(value, item.method + ", from the date told before")
        item.value, item.earliest, item.latest = value, anchored.earliest, anchored.latest
        item.precision, item.method = anchored.precision, anchored.method
    return [item for index, item in enumerate(kept) if index not in unanchored]


def _shifted(value: str, shift: int, unit: str) -> str | None:
    """`value` read at `unit` precision and moved `shift` units; None when it is coarser."""
    if unit == "year":
        year = _YEAR.match(value)
        return str(int(year[1]) + shift) if year else None
    if unit == "quarter":
        if quarter := _QUARTER.match(value):
            index = int(quarter[1]) * 4 + int(quarter[2]) - 1 + shift
        elif month := _MONTH.match(value):
            index = int(month[1]) * 4 + (int(month[2]) - 1) // 3 + shift
        else:
            return None
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "month":
        month = _MONTH.match(value)
        if not month:
            return None
        year_, month_ = shift_months(date(int(month[1]), int(month[2]), 1), shift)
        return f"{year_}-{month_:02d}"
    day = _DAY.match(value)
    if not day:
        return None
    try:
        moved = date.fromisoformat(day[1]) + timedelta(days=shift * (7 if unit == "week" else 1))
    except (ValueError, OverflowError):
        return None
    return iso_week(moved) if unit == "week" else moved.isoformat()
