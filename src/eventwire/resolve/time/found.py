"""What a rule hands back, and the per-article context rules read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.model import TimeType
from eventwire.resolve.time.calendar import bounds, part_of
from eventwire.resolve.time.context import Clauses

# The unspecified value of a relative expression, by precision, when there is no anchor.
UNSPECIFIED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "season": "XXXX-XX",
    "year": "XXXX",
    "decade": "XXXX",
}


@dataclass
class Found:
    """One tagged expression before it becomes a `model.Time`.

    `start`/`end` default to the regex match; a rule may trim them (e.g. a leading "on").
    """

    type: TimeType
    value: str
    method: str
    earliest: date | None = None
    latest: date | None = None
    precision: str | None = None
    start: int = -1
    end: int = -1
    # Anchored on the previous date in the text rather than on publication ("a year earlier").
    shift_from_reference: tuple[int, str] | None = None
    # Counted from publication ("a year ago"): a reference date only lends its quarter.
    reference_quarter_only: bool = False
    # Anchored on the date named just before ("the following year"): (shift, unit).
    from_previous_date: tuple[int, str] | None = None
    # A clock time with no day of its own: it takes the day the sentence names, if any.
    day_from_sentence: bool = False


@dataclass(frozen=True)
class Context:
    text: str
    anchor: date | None
    clauses: Clauses

    def direction(self, start: int, end: int) -> int:
        return self.clauses.direction(start, end)


def dated(
    value: str,
    method: str,
    part: str | None = None,
    type_: TimeType = "DATE",
) -> Found:
    """A DATE (or TIME) with bounds read off its value; `part` narrows to early/mid/late."""
    earliest, latest, precision = bounds(value)
    if part and earliest and latest:
        earliest, latest = part_of(earliest, latest, part)
    return Found(type_, value, method, earliest, latest, precision)


def unresolved(precision: str, method: str, suffix: str = "", type_: TimeType = "DATE") -> Found:
    return Found(
        type_, UNSPECIFIED[precision] + suffix, method + ", no anchor", precision=precision
    )
