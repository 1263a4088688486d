"""Durations ("three days", "the past two months"), sets ("every week"), points counted back
("two years ago", "a year earlier") and vague references ("now", "recently", "soon")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.resolve.time.calendar import iso_week, shift_months
from eventwire.resolve.time.found import Context, Found, dated, unresolved
from eventwire.resolve.time.lexicon import (
    CLOCK_UNITS,
    MONTH_RE,
    NUMBER_RE,
    SEASONS,
    UNIT_RE,
    UNITS,
    WEEKDAY_RE,
    WEEKDAYS,
    month_number,
    parse_number,
)
from eventwire.resolve.time.rules import Rule, rule

_HEDGE = (
    r"(?:(?:about|around|approximately|roughly|some|nearly|almost|more than|less than|"
    r"over(?!\s+(?:the|its|their|his|her)\b)|"
    r"under|at least|at most|up to|no more than|no less than|just|only|barely|fewer than|"
    r"the past|the last|the next|the first|the final|the previous|the coming|the following|"
    r"the|past|last|next|first|another|these|those|its|their|his|her|our)\s+)*"
)


def _unit_key(word: str) -> str:
    word = word.lower()
    for key in UNITS:
        if word.startswith(key[:6]):
            return key
    return "millennium"


def _period(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT16H, P10Y, PXM."""
    code = UNITS[unit]
    clock = "T" if unit in CLOCK_UNITS else ""
    if amount is None:
        return f"P{clock}X{code.lstrip('0123456789') or code}"
    if code[:-1].isdigit():
        amount, code = amount * int(code[:-1]), code[-1]
    if amount != int(amount) and (clock + code) in _SMALLER:
        # TIMEX3 values carry no fractions: "2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S
        smaller, per = _SMALLER[clock + code]
        whole = f"{int(amount)}{code}" if int(amount) else ""
        return f"P{clock}{whole}{round((amount % 1) * per)}{smaller}"
    if amount != int(amount):
        return f"P{clock}{amount:g}{code}"
    return f"P{clock}{int(amount)}{code}"


# The next smaller unit, and how many of it one unit holds (for "1 1/2 years"); a day's
# hours would need a "T" and weeks mix with no other unit, so those keep their decimals.
_SMALLER = {"Y": ("M", 12), "TH": ("M", 60), "TM": ("S", 60)}


@rule(
    "duration",
    rf"(?i:\b{_HEDGE}(?P<n>{NUMBER_RE})(?:[- ]|\s+(?:more|additional|straight|full)\s+)"
    rf"(?P<unit>{UNIT_RE})s?(?P<long>-long)?\b(?P<half>\s+and\s+a\s+half\b)?)(?![- ]old)",
    keys=("unit",),
    reach=(42, 24),
)
def duration(match: re.Match[str], ctx: Context) -> Found | None:
    unit = _unit_key(match["unit"])
    word = match["n"].lower()
    if word in ("a", "an", "some") and match["unit"].lower().endswith("s"):
        return None
    if word in ("a", "an") and unit == "second":
        return None  # "a second time": the ordinal
    if unit == "quarter" and match[0][match.start("unit") - match.start() - 1] == "-":
        return None  # "three-quarters": a fraction
    if word.isdigit() and len(word) == 4:
        return None  # "the 1988 second quarter": a year
    # "$5 a year" is a rate; "a year" alone is a duration
    if (
        word in ("an", "a")
        and match.start("n") == match.start()
        and unit == "year"
        and re.search(
            r"\d\s*(?:million|billion|percent|%)?\s*$",
            ctx.text[max(0, match.start() - 20) : match.start()],
        )
    ):
        return Found("SET", "P1Y", "rate")
    amount = parse_number(word)
    if amount is not None and match["half"]:
        amount += 0.5
    return Found("DURATION", _period(amount, unit), "duration")


@rule(
    "vague duration",
    rf"(?i:\b(?:the\s+)?(?:(?:past|last|next|coming|recent|following|previous)\s+)"
    rf"(?:(?:few|several|many|couple of)\s+)?(?P<unit>{UNIT_RE})s\b)"
    rf"|(?i:(?<=\bfor )(?:(?:many|several|a few|some)\s+)?(?P<unit2>{UNIT_RE})s\b)"
    rf"|(?i:\b(?P<unit3>decade|centur(?:y|ie)|year|month|week|day|hour)s[- ]long\b)"
    # "the past decade": a stretch of ten years back from publication
    rf"|(?i:\b(?:the\s+)?(?:past|last|previous)\s+(?P<unit4>decade|century)\b)",
    keys=("unit",),
    reach=(36, 10),
)
def vague_duration(match: re.Match[str], ctx: Context) -> Found | None:
    if match["unit4"]:
        return Found("DURATION", _period(1, _unit_key(match["unit4"])), "the past decade")
    word = match["unit"] or match["unit2"] or match["unit3"]
    unit = _unit_key(word)
    text = match[0].lower()
    if "recent" in text:
        return _recent(unit, ctx, match)
    return Found("DURATION", _period(None, unit), "vague duration")


_RECENT_DAYS = {"day": 7, "week": 28, "month": 180, "year": 5 * 365, "decade": 20 * 365}


def _recent(unit: str, ctx: Context, match: re.Match[str]) -> Found:
    # TimeBank writes "recent weeks" as a vague duration (PXW). The type stays DATE because
    # the stretch is anchored (it ends at publication) and event dating reads DATEs only.
    found = Found("DATE", _period(None, unit), "recent " + unit)
    if ctx.anchor:
        found.earliest = ctx.anchor - timedelta(days=_RECENT_DAYS.get(unit, 28))
        found.latest = ctx.anchor
    return found


@rule(
    "set",
    # "quarterly", "annually" mostly qualify money ("quarterly dividend"), not time: left out
    rf"\b(?P<adv>daily|weekly|monthly|yearly|hourly|nightly)\b"
    rf"(?!\s+(?:newspaper|magazine|paper|publication)s?\b)"
    rf"|(?i:\b(?P<q>every|each|per)\s+(?:(?P<other>other|single)\s+)?(?P<n>{NUMBER_RE}\s+)?)"
    rf"(?:(?P<unit>(?i:{UNIT_RE}|season|weekend|morning|evening|night))s?|(?P<wd>{WEEKDAY_RE})"
    rf"|(?P<m>{MONTH_RE})|(?P<season>(?i:spring|summer|fall|autumn|winter)))\b"
    rf"|(?i:\b(?:once|twice|thrice|\w+ times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT_RE}))\b",
    keys=("recurring",),
    reach=(18, 30),
)
def recurring(match: re.Match[str], ctx: Context) -> Found | None:
    adverb = (match["adv"] or "").lower()
    if adverb:
        unit = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month"}.get(adverb)
        unit = unit or {"hourly": "hour", "quarterly": "quarter"}.get(adverb, "year")
        return Found("SET", _period(1, unit), "recurring adverb")
    if match["wd"]:
        return Found("SET", f"XXXX-WXX-{WEEKDAYS[match['wd'].lower()] + 1}", "every weekday")
    if match["m"]:
        return Found("SET", f"XXXX-{month_number(match['m']):02d}", "every month name")
    if match["season"]:
        return Found("SET", f"XXXX-{SEASONS[match['season'].lower()]}", "every season")
    word = (match["unit"] or match["unit2"]).lower()
    if word in ("season", "seasons"):
        return Found("SET", "P3M", "every season")
    if word.rstrip("s") in ("morning", "evening", "night") and word != "nights":
        return Found("SET", f"XXXX-XX-XXT{word[:2].upper() if word != 'night' else 'NI'}", "every")
    if word.rstrip("s") == "weekend":
        return Found("SET", "XXXX-WXX-WE", "every weekend")
    amount = parse_number(match["n"]) if match["n"] else 1.0
    if match["other"] == "other":
        amount = 2.0
    return Found("SET", _period(amount, _unit_key(word)), "every")


@rule(
    "ago",
    rf"(?i:\b(?:(?:about|around|some|nearly|almost|more than|less than|over|just|only|"
    rf"at least)\s+)?"
    rf"(?P<n>{NUMBER_RE})[- ](?P<unit>{UNIT_RE})s?\s+(?P<dir>ago|earlier|later|before|after|"
    rf"from now|hence)\b)",
    keys=("count back",),
    reach=(50, 6),
)
def ago(match: re.Match[str], ctx: Context) -> Found | None:
    unit = _unit_key(match["unit"])
    amount = parse_number(match["n"])
    direction = match["dir"].lower()
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if (
        direction in ("before", "after")
        and ctx.text[match.end() : match.end() + 2].strip()[:1].isalnum()
    ):
        return None
    relative_to_text = direction in ("earlier", "later", "before", "after")
    if amount is None:
        if direction != "ago":
            return None
        found = Found("DATE", "PAST_REF", "vague count back")
        if ctx.anchor:
            days = {"day": 7, "week": 49, "month": 300, "year": 3650}.get(unit, 30)
            step = {"day": 1, "week": 7, "month": 30, "year": 365}.get(unit, 1)
            found.earliest, found.latest = (
                ctx.anchor - timedelta(days=days),
                ctx.anchor - timedelta(days=step),
            )
        return found
    found = _count_back(ctx.anchor, sign * amount, unit, f"{direction} from publication")
    if relative_to_text or unit in ("year", "quarter"):
        found.shift_from_reference = (int(sign * amount), unit)
        found.reference_quarter_only = not relative_to_text
    return found


def _count_back(anchor: date | None, amount: float, unit: str, method: str) -> Found:
    """The calendar unit `amount` units from `anchor`, at that unit's precision."""
    if unit in CLOCK_UNITS:
        if anchor is None:
            return unresolved("day", method, type_="TIME")
        return dated(anchor.isoformat(), method)
    precision = {"night": "day", "fortnight": "week", "centurie": "year", "century": "year"}
    precision_name = precision.get(
        unit, unit if unit in ("day", "week", "month", "year", "quarter") else "year"
    )
    if anchor is None:
        return unresolved(precision_name, method)
    whole = int(amount)
    if unit in ("day", "night"):
        return dated((anchor + timedelta(days=whole)).isoformat(), method)
    if unit in ("week", "fortnight"):
        return dated(
            iso_week(anchor + timedelta(weeks=whole * (2 if unit == "fortnight" else 1))), method
        )
    if unit == "month":
        year_, month = shift_months(anchor, whole)
        return dated(f"{year_}-{month:02d}", method)
    if unit == "quarter":
        year_, month = shift_months(anchor, 3 * whole)
        return dated(f"{year_}-Q{(month - 1) // 3 + 1}", method)
    years = whole * {"decade": 10, "century": 100, "centurie": 100}.get(unit, 1)
    return dated(str(anchor.year + years), method)


@rule(
    "year ago adjective",
    r"(?i:\b(?:the\s+)?(?P<dir>year|month|quarter)[- ](?:earlier|ago)(?P<what>\s+(?:quarter|period|"
    r"month|year|level|figure|results?)s?)?\b)",
    keys=("unit", "quarter"),
    reach=(12, 25),
)
def year_ago_adjective(match: re.Match[str], ctx: Context) -> Found | None:
    unit = match["dir"].lower()
    found = _count_back(ctx.anchor, -1, unit, "year-earlier")
    found.shift_from_reference = (-1, unit)
    return found


@rule(
    "reference",
    r"(?i:\b(?P<present>now|currently|at present|at the moment|nowadays|these days|presently)\b)"
    r"|\b(?P<past>[Rr]ecently|[Ll]ately|(?:[Ii]n )?[Tt]he past(?!\s+(?:\w+\s+)?"
    r"(?:\d|few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|day|week|month|"
    r"year|decade|centur|hour|minute|summer|winter|spring|fall|autumn|weekend|quarter)))\b"
    r"|\b(?P<future>[Tt]he (?:near |distant |foreseeable )?future|[Ff]uture(?= \w+s\b))\b"
    # "current" as an adjective of time ("current conditions"), not the noun or an account
    r"|\b(?P<current>[Cc]urrent)(?=\s+[a-z])(?!\s+(?:account|affairs|flows?|of)\b)",
    keys=("reference",),
    reach=(12, 40),
)
def reference(match: re.Match[str], ctx: Context) -> Found | None:
    if match["present"] or match["current"]:
        found = Found("DATE", "PRESENT_REF", "present")
        found.earliest = found.latest = ctx.anchor
        return found
    if match["past"]:
        text = match["past"].lower()
        found = Found("DATE", "PAST_REF", "past reference")
        if ctx.anchor and text in ("recently", "lately", "recent"):
            found.earliest, found.latest = ctx.anchor - timedelta(days=28), ctx.anchor
        elif ctx.anchor:
            found.latest = ctx.anchor
        return found
    found = Found("DATE", "FUTURE_REF", "future reference")
    found.earliest = ctx.anchor
    return found


@rule(
    "the year",
    r"\b(?P<throughout>throughout\s+)?[Tt]he\s+(?P<kind>full\s+|fiscal\s+|calendar\s+|whole\s+"
    r"|entire\s+)?year\b(?![-'])(?!\s+(?:\d|two thousand|nineteen))"
    r"(?P<after>\s+(?:ended|ending|to date|before|after|earlier|previous|later|or)\b)?",
    keys=("unit",),
    reach=(30, 16),
)
def the_year(match: re.Match[str], ctx: Context) -> Found | None:
    """ "the year": in "a high for the year", "by the end of the year" the year the report is
    written in; a stretch of a year when it runs to a stated end ("the year ended Sept. 30"),
    is whole, or is counted from another date ("the year before")."""
    kind = (match["kind"] or "").strip()
    found: Found
    if match["after"] or match["throughout"] or kind in ("whole", "entire"):
        found = Found("DURATION", "P1Y", "the year as a stretch")
    elif ctx.anchor is None:
        found = unresolved("year", "the year of publication")
    else:
        found = dated(str(ctx.anchor.year), "the year of publication")
    found.start = match.start("throughout") + len(match["throughout"] or "")
    year_word = match.end("kind") if match["kind"] else match.start() + match[0].find("year")
    found.end = year_word + len("year")
    return found


@rule(
    "year end",
    r"(?i:\b(?P<since>since\s+)?(?:the\s+)?year(?:[- ]end|'s\s+end)\b)",
    keys=("unit",),
    reach=(12, 10),
)
def year_end(match: re.Match[str], ctx: Context) -> Found | None:
    """ "by year-end": the end of the current year; "since year-end": of the last one."""
    if ctx.anchor is None:
        return unresolved("year", "year end")
    year = ctx.anchor.year - (1 if match["since"] else 0)
    found = dated(str(year), "year end", part="late")
    found.start = match.end("since") if match["since"] else match.start()
    return found


OTHER_RULES: tuple[Rule, ...] = (
    year_end,
    the_year,
    duration,
    vague_duration,
    recurring,
    ago,
    year_ago_adjective,
    reference,
)
