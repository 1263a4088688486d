"""Cheap pre-scan: where in the text each family of rules could possibly match.

Running ~30 detailed patterns over a whole article is slow in Python's `re` (patterns that
open with alternatives are tried at every character). One pass of a simple word pattern
finds the key words instead, and each rule then runs only in small windows around the key
words it needs.
"""

from __future__ import annotations

import re

from eventwire.resolve.time.lexicon import MONTHS, WEEKDAYS

_KEY_WORDS: dict[str, tuple[str, ...]] = {
    "month": tuple(MONTHS),
    "weekday": tuple(WEEKDAYS),
    "quarter": ("quarter", "quarters", "q1", "q2", "q3", "q4", "period"),
    "half": ("half",),
    "count back": ("ago", "earlier", "later", "before", "after", "hence", "now"),
    "daypart": ("morning", "afternoon", "evening", "night"),
    "overnight": ("overnight",),
    "unit": tuple(
        [
            "second",
            "seconds",
            "minute",
            "minutes",
            "hour",
            "hours",
            "day",
            "days",
            "night",
            "nights",
            "week",
            "weeks",
            "fortnight",
            "fortnights",
            "month",
            "months",
            "quarter",
            "quarters",
            "year",
            "years",
            "decade",
            "decades",
            "century",
            "centuries",
            "millennium",
            "millennia",
            "weekend",
            "weekends",
            "season",
            "seasons",
            "spring",
            "summer",
            "fall",
            "autumn",
            "winter",
            "morning",
            "mornings",
            "afternoon",
            "afternoons",
            "evening",
            "evenings",
        ]
    ),
    "deictic": ("yesterday", "today", "tomorrow", "tonight"),
    "reference": tuple(
        [
            "now",
            "currently",
            "present",
            "moment",
            "nowadays",
            "days",
            "presently",
            "recently",
            "lately",
            "previously",
            "past",
            "recent",
            "soon",
            "future",
            "current",
        ]
    ),
    "recurring": tuple(
        [
            "daily",
            "weekly",
            "monthly",
            "annually",
            "yearly",
            "hourly",
            "nightly",
            "quarterly",
            "biannually",
            "every",
            "each",
            "per",
            "once",
            "twice",
            "thrice",
            "times",
        ]
    ),
    "holiday": (
        "year",
        "valentine",
        "easter",
        "memorial",
        "independence",
        "labor",
        "halloween",
        "election",
        "veterans",
        "thanksgiving",
        "christmas",
    ),
    "clock": ("noon", "midnight", "midday", "gmt", "utc", "hrs"),
    "spelled year": ("eighteen", "nineteen", "thousand"),
    "decade": (
        "twenties",
        "thirties",
        "forties",
        "fifties",
        "sixties",
        "seventies",
        "eighties",
        "nineties",
    ),
}
_FAMILY_OF: dict[str, set[str]] = {}
for _family, _words in _KEY_WORDS.items():
    for _word in _words:
        _FAMILY_OF.setdefault(_word, set()).add(_family)
_WORD = re.compile(r"[a-z]{3,}|q[1-4]|\d+")
_ANY_CASE_WORD = re.compile(r"[A-Za-z]{3,}|[Qq][1-4]|\d+")


def key_positions(text: str) -> dict[str, list[tuple[int, int]]]:
    """Spans of key words, by family ("digit4" for four-digit numbers, "digit" for others)."""
    lowered = text.lower()
    # Lower-casing can change the length of some non-ASCII strings; then match case-blind.
    pattern, source = (_WORD, lowered) if len(lowered) == len(text) else (_ANY_CASE_WORD, text)
    found: dict[str, list[tuple[int, int]]] = {}
    lookup = _FAMILY_OF.get
    for match in pattern.finditer(source):
        word = match.group()
        if word[0].isdigit():
            span = match.span()
            found.setdefault("digit4" if len(word) == 4 else "digit", []).append(span)
            family = _digit_family(source, span[1])
            if family:
                found.setdefault(family, []).append(span)
            continue
        families = lookup(word if source is lowered else word.lower())
        if families:
            for family in families:
                found.setdefault(family, []).append(match.span())
    return found


_CLOCK_SUFFIX = re.compile(r"\s?[ap]\.?m\b|[:.]\d\d|\s*(?:gmt|utc|hrs|hours|local)")
_NUMERIC_DATE = re.compile(r"[/.-]\d\d?[/.-]")


def _digit_family(source: str, end: int) -> str | None:
    """What the characters after a number make of it: "1990s" a decade, "10:35" or "9 a.m."
    a clock time, "24th" an ordinal, "25/05/2023" a numeric date."""
    after = source[end : end + 6]
    if after[:1] == "s" or after[:2] == "'s":
        return "decade"
    if after[:2] in ("st", "nd", "rd", "th"):
        return "ordinal"
    if _NUMERIC_DATE.match(after):
        return "numeric"
    if _CLOCK_SUFFIX.match(after.lower()):
        return "clock"
    return None


def windows(
    spans: list[tuple[int, int]], length: int, reach: tuple[int, int]
) -> list[tuple[int, int]]:
    """Merged [start, end) stretches reaching `reach` characters around key words."""
    merged: list[tuple[int, int]] = []
    before, after = reach
    for start, end in sorted(spans):
        low, high = max(0, start - before), min(length, end + after)
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    return merged
