"""Run every rule over the text, keep the longest non-overlapping matches, then anchor
"a year earlier"-style expressions on the date the text was last talking about."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from eventwire.model import Span, Time
from eventwire.resolve.time.absolute import ABSOLUTE_RULES
from eventwire.resolve.time.calendar import bounds
from eventwire.resolve.time.context import Clauses
from eventwire.resolve.time.discourse import anchor_on_previous_dates, that_day
from eventwire.resolve.time.found import Context, Found, dated
from eventwire.resolve.time.holidays import holiday
from eventwire.resolve.time.relative import RELATIVE_RULES
from eventwire.resolve.time.rules import Rule
from eventwire.resolve.time.spans_of_time import OTHER_RULES
from eventwire.resolve.time.spelled_years import spelled_year
from eventwire.resolve.time.triggers import key_positions, windows

RULES: tuple[Rule, ...] = (
    *ABSOLUTE_RULES,
    *RELATIVE_RULES,
    *OTHER_RULES,
    holiday,
    spelled_year,
    that_day,
)

# A reference date this far back (in characters) can still anchor "a year earlier".
_REFERENCE_REACH = 400
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR_VALUE = re.compile(r"^(\d{4})$")
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")


def tag_times(
    text: str, published: date | None, sentences: Sequence[Span] | None = None
) -> tuple[Time, ...]:
    """Every temporal expression in `text`, normalised against `published` where needed."""
    ctx = Context(text, published, Clauses(text, sentences))
    found: list[Found] = []
    keys = key_positions(text)
    for rule_ in RULES:
        positions = [p for family in rule_.keys for p in keys.get(family, ())]
        for match in _matches(rule_, text, positions):
            try:
                result = rule_.handler(match, ctx)
            except OverflowError:
                continue  # counted past the first or last representable day
            if result is None or not _representable(result.value):
                continue
            if result.start < 0:
                result.start = match.start()
            if result.end < 0:
                result.end = match.end()
            result.method = f"{rule_.name}: {result.method}"
            found.append(result)
    kept = _longest_first(found)
    kept = anchor_on_previous_dates(kept)
    _anchor_on_reference(kept)
    _clock_times_on_named_days(text, kept)
    return tuple(_to_time(text, f) for f in kept)


_YEAR_DIGITS = re.compile(r"-|\d+")


def _representable(value: str) -> bool:
    """False for a calendar value counted past year 1 or 9999 ("-2", "10000"): TIMEX3 years
    have four digits (a decade three, a century two)."""
    lead = _YEAR_DIGITS.match(value)
    return lead is None or 2 <= len(lead.group()) <= 4


def _matches(rule_: Rule, text: str, positions: list[tuple[int, int]]) -> list[re.Match[str]]:
    """The rule's matches inside the windows around its key words."""
    matches: list[re.Match[str]] = []
    last_end = -1
    for low, high in windows(positions, len(text), rule_.reach):
        for match in rule_.pattern.finditer(text, max(low, last_end), high):
            matches.append(match)
            last_end = match.end()
    return matches


def _longest_first(found: list[Found]) -> list[Found]:
    """Non-overlapping matches, longer ones winning; returned in text order."""
    taken: list[Found] = []
    for candidate in sorted(found, key=lambda f: (f.start - f.end, f.start)):
        if all(candidate.end <= t.start or t.end <= candidate.start for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda f: f.start)


def _anchor_on_reference(kept: list[Found]) -> None:
    """Shift "a year earlier", "the year-ago quarter" from the last date the text named.

    TimeML anchors such expressions on the reference time of the discourse; a quarter or a
    year named shortly before is that reference, and the result keeps its granularity.
    """
    for index, item in enumerate(kept):
        if item.shift_from_reference is None:
            continue
        amount, unit = item.shift_from_reference
        reference = _previous_reference(kept, index)
        if reference is None:
            continue
        if item.reference_quarter_only and not _QUARTER_VALUE.match(reference.value):
            continue
        shifted = _shift(reference.value, amount, unit)
        if shifted:
            replacement = dated(shifted, item.method + ", from reference date")
            item.value, item.earliest, item.latest = (
                replacement.value,
                replacement.earliest,
                replacement.latest,
            )
            item.precision, item.method = replacement.precision, replacement.method


# How far a clock time reaches for the day its sentence names: back, and forward (for
# "10:35 a.m. (0735 GMT) Friday").
_DAY_REACH = (150, 30)
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?][\"'`]*\s+[\"'`]*[A-Z]")


def _clock_times_on_named_days(text: str, kept: list[Found]) -> None:
    """ "flew Tuesday at 18:00 UTC": the clock time is on the day the sentence names, not on
    the publication day."""
    for index, item in enumerate(kept):
        if not item.day_from_sentence or not _DAY_VALUE.match(item.value[:10]):
            continue
        day = _day_in_sentence(text, kept, index)
        if day is not None:
            item.value = day.value + item.value[10:]
            item.earliest, item.latest = day.earliest, day.latest
            item.method += ", on the day its sentence names"


def _day_in_sentence(text: str, kept: list[Found], index: int) -> Found | None:
    here = kept[index]
    for earlier in reversed(kept[:index]):
        if here.start - earlier.end > _DAY_REACH[0]:
            break
        if _SENTENCE_END.search(text, earlier.end, here.start):
            break
        if earlier.type == "DATE" and _DAY_VALUE.match(earlier.value):
            return earlier
    for later in kept[index + 1 :]:
        if later.start - here.end > _DAY_REACH[1] or _SENTENCE_END.search(
            text, here.end, later.start
        ):
            break
        if later.type == "DATE" and _DAY_VALUE.match(later.value):
            return later
    return None


def _previous_reference(kept: list[Found], index: int) -> Found | None:
    """The date the text last named close by; else, in a report comparing quarters, the
    last quarter it named."""
    here = kept[index]
    for earlier in reversed(kept[:index]):
        if here.start - earlier.end > _REFERENCE_REACH:
            break
        day_shift = here.shift_from_reference is not None and here.shift_from_reference[1] == "day"
        if _is_reference(earlier) and (day_shift or not _DAY_VALUE.match(earlier.value)):
            return earlier
    for earlier in reversed(kept[:index]):
        if _is_reference(earlier) and _QUARTER_VALUE.match(earlier.value):
            return earlier
    return None


def _is_reference(found: Found) -> bool:
    return (
        found.type == "DATE"
        and found.shift_from_reference is None
        and bool(
            _QUARTER_VALUE.match(found.value)
            or _YEAR_VALUE.match(found.value)
            or _DAY_VALUE.match(found.value)
        )
    )


def _shift(value: str, amount: int, unit: str) -> str | None:
    if m := _QUARTER_VALUE.match(value):
        if unit == "year":
            return f"{int(m[1]) + amount}-Q{m[2]}"
        if unit == "quarter":
            index = int(m[1]) * 4 + int(m[2]) - 1 + amount
            return f"{index // 4}-Q{index % 4 + 1}"
        return None
    if m := _YEAR_VALUE.match(value):
        return str(int(m[1]) + amount) if unit == "year" else None
    if _DAY_VALUE.match(value) and unit in ("day", "year"):
        first, _, _ = bounds(value)
        if first is None:
            return None
        if unit == "day":
            return date.fromordinal(first.toordinal() + amount).isoformat()
        return str(first.year + amount)
    return None


def _to_time(text: str, found: Found) -> Time:
    return Time(
        span=Span.of(text, found.start, found.end),
        type=found.type,
        value=found.value,
        earliest=found.earliest,
        latest=found.latest,
        precision=found.precision,
        method=found.method,
    )
