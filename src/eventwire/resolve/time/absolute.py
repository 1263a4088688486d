"""Calendar dates, months, years, decades, quarters and clock times written out in full."""

from __future__ import annotations

import re
from datetime import date

from eventwire.resolve.time.calendar import last_completed_quarter, quarter_of, year_for
from eventwire.resolve.time.found import Context, Found, dated, unresolved
from eventwire.resolve.time.lexicon import (
    MONTH_RE,
    ORDINALS,
    SEASONS,
    WEEKDAY_RE,
    month_number,
)
from eventwire.resolve.time.rules import Rule, rule

_WD = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+(?:the\s+)?)?"
_DAYNUM = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>1[6-9]\d\d|20\d\d)"
_PART = r"(?:(?P<part>[Ee]arly|[Mm]id|[Ll]ate|[Tt]he (?:beginning|start|middle|end) of)[- ]?\s*)"
_PART_WORD = {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}


def _part(match: re.Match[str]) -> str | None:
    word = (match.groupdict().get("part") or "").lower()
    if not word:
        return None
    return _PART_WORD.get(word.split()[-1] if word.startswith("the") else word, word)


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _full(match: re.Match[str], method: str) -> Found | None:
    value = _day_value(int(match["y"]), month_number(match["m"]), int(match["d"]))
    return dated(value, method) if value else None


@rule(
    "month day year",
    rf"\b{_WD}(?P<m>{MONTH_RE})\s+{_DAYNUM},?\s+{_YEAR}\b",
    keys=("month",),
    reach=(30, 25),
)
def month_day_year(match: re.Match[str], ctx: Context) -> Found | None:
    return _full(match, "full date")


@rule(
    "day month year",
    rf"\b{_WD}{_DAYNUM}\s+(?:of\s+)?(?P<m>{MONTH_RE}),?\s+{_YEAR}\b",
    keys=("month",),
    reach=(35, 15),
)
def day_month_year(match: re.Match[str], ctx: Context) -> Found | None:
    return _full(match, "full date")


@rule(
    "iso date",
    r"\b(?P<y>\d{4})-(?P<mo>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<h>\d\d):(?P<mi>\d\d))?\b",
    keys=("digit4",),
    reach=(2, 20),
)
def iso_date(match: re.Match[str], ctx: Context) -> Found | None:
    value = _day_value(int(match["y"]), int(match["mo"]), int(match["d"]))
    if not value:
        return None
    if match["h"]:
        return dated(f"{value}T{match['h']}:{match['mi']}", "iso date", type_="TIME")
    return dated(value, "iso date")


@rule(
    "numeric date",
    r"(?<![\d/.])(?P<a>[0-3]?\d)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)(?P<y>\d{4}|\d\d)(?![\d/.]\d)",
    keys=("numeric",),
    reach=(8, 12),
)
def numeric_date(match: re.Match[str], ctx: Context) -> Found | None:
    year = int(match["y"])
    if year < 100:
        year += 2000 if year < 50 else 1900
    first, second = int(match["a"]), int(match["b"])
    readings = {v for v in (_day_value(year, first, second), _day_value(year, second, first)) if v}
    if len(readings) > 1:
        if ctx.anchor is None:  # 03/04/2023: no way to tell US from European order
            return None
        anchor = ctx.anchor
        readings = {min(readings, key=lambda v: abs((date.fromisoformat(v) - anchor).days))}
    return dated(readings.pop(), "numeric date") if readings else None


@rule(
    "month day",
    rf"\b{_WD}(?P<m>{MONTH_RE})\s+{_DAYNUM}\b(?!,?\s*\d)(?!:\d)",
    keys=("month",),
    reach=(30, 20),
)
def month_day(match: re.Match[str], ctx: Context) -> Found | None:
    return _day_without_year(match, ctx)


@rule(
    "day month",
    rf"\b{_WD}(?<![\d,] ){_DAYNUM}\s+(?:of\s+)?(?P<m>{MONTH_RE})\b(?!,?\s*\d)",
    keys=("month",),
    reach=(35, 15),
)
def day_month(match: re.Match[str], ctx: Context) -> Found | None:
    return _day_without_year(match, ctx)


def _day_without_year(match: re.Match[str], ctx: Context) -> Found | None:
    month = month_number(match["m"])
    day = int(match["d"])
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-{month:02d}-{day:02d}", "month day, no year", precision="day")
    direction = ctx.direction(match.start(), match.end())
    value = _day_value(year_for(ctx.anchor, month, day, direction), month, day)
    return dated(value, "month day, year by tense") if value else None


@rule(
    "month year",
    # not after a day number: "31 February 2023" is no date, not February 2023
    rf"(?<![0-3]\d )(?<![0-3]\d(?:st|nd|rd|th) )"
    rf"\b{_PART}?(?P<m>{MONTH_RE}),?\s+(?:of\s+)?{_YEAR}\b",
    keys=("month",),
    reach=(25, 15),
)
def month_year(match: re.Match[str], ctx: Context) -> Found | None:
    return dated(f"{match['y']}-{month_number(match['m']):02d}", "month year", _part(match))


@rule(
    "month",
    rf"\b{_PART}?(?P<m>{MONTH_RE})(?![\w-])(?!\s+\d)"
    rf"|\b(?:in|of|by|since|until|till|during|through|from|to|before|after)\s+(?P<m2>May)\b(?!\s+\d)",
    keys=("month",),
    reach=(25, 15),
)
def month_alone(match: re.Match[str], ctx: Context) -> Found | None:
    name = match["m"] or match["m2"]
    if name == "May" and not match["part"] and not match["m2"]:
        return None  # a name or the modal verb, not the month
    month = month_number(name)
    if ctx.anchor is None:
        found = Found("DATE", f"XXXX-{month:02d}", "month, no year", precision="month")
        found.start = match.start("m2") if match["m2"] else -1
        return found
    direction = ctx.direction(match.start(), match.end())
    year = year_for(ctx.anchor, month, None, direction)
    found = dated(f"{year}-{month:02d}", "month, year by tense", _part(match))
    if match["m2"]:
        found.start = match.start("m2")
    return found


@rule(
    "year",
    rf"(?<![$#£€\d,.])\b(?:{_PART}|(?P<season>[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
    rf"(?:\s+of)?\s+|(?P<fiscal>[Ff]iscal(?:\s+[Yy]ear)?|FY)\s*)?{_YEAR}\b(?![-.,]?\d|\s*%)",
    keys=("digit4",),
    reach=(30, 8),
)
def year(match: re.Match[str], ctx: Context) -> Found | None:
    if match["season"]:
        return dated(f"{match['y']}-{SEASONS[match['season'].lower()]}", "season year")
    return dated(match["y"], "fiscal year" if match["fiscal"] else "year", _part(match))


_DECADE_WORDS = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


@rule(
    "decade",
    rf"(?:\b(?:[Tt]he\s+)?{_PART})?(?:\b(?P<c>1[6-9]|20)(?P<dd>\d)0|(?<!\w)'(?P<short>\d)0)'?s\b"
    # "the nineties"; without "the" such words mostly give an age ("in her forties")
    r"|\b[Tt]he\s+(?:(?P<part2>early|mid|late)[- ]?)?(?P<word>(?:twen|thir|for|fif|six|seven|eigh"
    r"|nine)ties)\b",
    keys=("decade",),
    reach=(25, 8),
)
def decade(match: re.Match[str], ctx: Context) -> Found | None:
    """TimeML writes a decade as its first three digits: "the 1990s" is 199."""
    if match["word"]:
        value = f"19{_DECADE_WORDS[match['word'].lower()]}"
        return dated(value, "decade in words", (match["part2"] or "").lower() or None)
    century = match["c"] or "19"
    digit = match["dd"] or match["short"]
    return dated(f"{century}{digit}", "decade", _part(match))


@rule(
    "century",
    r"\b(?:[Tt]he\s+)?(?P<n>1?\d|2[01])(?:st|nd|rd|th)[- ]century\b",
    keys=("ordinal",),
    reach=(8, 16),
)
def century(match: re.Match[str], ctx: Context) -> Found | None:
    return dated(f"{int(match['n']) - 1:02d}", "century")


@rule(
    "quarter",
    r"\b(?:(?P<rel>[Tt]his|[Ll]ast|[Nn]ext) year's\s+|[Tt]he\s+)?"
    r"(?:(?P<cur>current|latest|most recent|same|last|previous|next|coming)\s+)?"
    r"(?:(?:fiscal|calendar)\s+)?(?P<q>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[- ]"
    r"(?:fiscal[- ])?quarter"
    r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y>\d{4})|(?P<rel2>this|last|next)\s+year))?"
    r"|\b[Tt]he\s+(?P<final>final|last)\s+quarter\s+of\s+(?P<y3>\d{4})\b"
    r"|\b(?P<qq>Q[1-4])(?:\s+(?P<y2>\d{4}))?\b",
    keys=("quarter",),
    reach=(60, 25),
)
def quarter(match: re.Match[str], ctx: Context) -> Found | None:
    if match["final"]:
        return dated(f"{match['y3']}-Q4", "last quarter of a year")
    number = ORDINALS[match["q"].lower()] if match["q"] else int(match["qq"][1])
    year_text = match["y"] or match["y2"]
    if year_text:
        return dated(f"{year_text}-Q{number}", "quarter")
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-Q{number}", "quarter, no year", precision="quarter")
    if match["rel"] or match["rel2"]:
        shift = {"this": 0, "last": -1, "next": 1}[(match["rel"] or match["rel2"]).lower()]
        return dated(f"{ctx.anchor.year + shift}-Q{number}", "quarter of a named year")
    year_ = ctx.anchor.year
    # Results for a quarter well after the current one are last year's.
    if number > quarter_of(ctx.anchor) + 1:
        year_ -= 1
    return dated(f"{year_}-Q{number}", "quarter, year of publication")


@rule(
    "the quarter",
    r"\b[Tt]he\s+(?:(?P<which>latest|most recent|recent|current|last|previous|past|fiscal)\s+)?"
    r"quarter\b(?!\s+of\b|-(?:century|mile|inch))"
    r"|\b[Tt]he\s+(?:latest|most recent)\s+(?:fiscal\s+)?period\b",
    keys=("quarter",),
    reach=(45, 20),
)
def the_quarter(match: re.Match[str], ctx: Context) -> Found | None:
    if ctx.anchor is None:
        return unresolved("quarter", "reporting quarter")
    if match["which"] == "current":
        return dated(f"{ctx.anchor.year}-Q{quarter_of(ctx.anchor)}", "current quarter")
    year_, number = last_completed_quarter(ctx.anchor)
    return dated(f"{year_}-Q{number}", "last completed quarter")


@rule(
    "day of month",
    r"\b[Tt]he\s+(?P<d>[1-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?!of\b)[A-Za-z])(?!-)",
    keys=("ordinal",),
    reach=(6, 12),
)
def day_of_month(match: re.Match[str], ctx: Context) -> Found | None:
    day = int(match["d"])
    if not 1 <= day <= 31:
        return None
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-XX-{day:02d}", "day of month, no anchor", precision="day")
    year_, month = ctx.anchor.year, ctx.anchor.month
    if day > ctx.anchor.day and ctx.direction(match.start(), match.end()) < 0:
        year_, month = (year_, month - 1) if month > 1 else (year_ - 1, 12)
    value = _day_value(year_, month, day)
    return dated(value, "day of month") if value else None


@rule(
    "year period",
    rf"\b[Tt]he\s+{_YEAR}\s+(?:(?P<q>first|second|third|fourth)\s+)?(?:fiscal\s+)?"
    r"(?P<what>quarter|period|half|fiscal year|year)\b",
    keys=("digit4",),
    reach=(6, 40),
)
def year_period(match: re.Match[str], ctx: Context) -> Found | None:
    if match["q"] and match["what"] == "quarter":
        return dated(f"{match['y']}-Q{ORDINALS[match['q']]}", "year quarter")
    if match["q"] in ("first", "second") and match["what"] == "half":
        return dated(f"{match['y']}-H{ORDINALS[match['q']]}", "year half")
    if match["what"] in ("quarter", "period") and ctx.anchor:
        # "the 1988 period" in a quarterly report: the same quarter of that year
        return dated(f"{match['y']}-Q{last_completed_quarter(ctx.anchor)[1]}", "year period")
    return dated(match["y"], "year period")


@rule(
    "half year",
    r"\b[Tt]he\s+(?P<q>first|second|last|latter)\s+half(?:\s+of\s+(?:fiscal\s+)?(?P<y>\d{4}))?\b"
    r"|\b(?P<h>H[12])\s+(?P<y2>\d{4})\b",
    keys=("half", "digit4"),
    reach=(20, 20),
)
def half_year(match: re.Match[str], ctx: Context) -> Found | None:
    if match["h"]:
        return dated(f"{match['y2']}-{match['h']}", "half year")
    if match["q"] in ("last", "latter") and not match["y"]:
        return None  # "the last half of the '80s", "the last half hour"
    half = 1 if match["q"] == "first" else 2
    year_text = match["y"] or (str(ctx.anchor.year) if ctx.anchor else None)
    if year_text is None:
        return Found("DATE", f"XXXX-H{half}", "half year, no year")
    return dated(f"{year_text}-H{half}", "half year")


_RANGE_JOIN = r"\s*(?:-|–|—|to|through|until|and)\s*"


def _lists_two_dates(match: re.Match[str]) -> bool:
    """Whether the two ends are better tagged apart (TimeBank tags "from 1991 to 1997" as
    two dates): when both ends are complete expressions, or "June 9 and 10" lists two days.
    Compact ranges ("June 9-11", "1990-91") stay one stretch."""
    if " and " in match[0] and not match[0].lower().startswith("between"):
        return True
    second_is_whole = (
        bool(match.groupdict().get("m2")) or len(match.groupdict().get("y2") or "") == 4
    )
    return second_is_whole and not re.search(r"\d\s*[-–—]\s*\d", match[0])


@rule(
    "day range",
    rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?{_RANGE_JOIN}"
    rf"(?:(?P<m2>{MONTH_RE})\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?(?![:\d])",
    keys=("month",),
    reach=(14, 40),
)
def day_range(match: re.Match[str], ctx: Context) -> Found | None:
    """ "June 9-11, 2023", "from May 30 to June 2": a stretch of days, as a duration."""
    if _lists_two_dates(match):
        return None
    first_month = month_number(match["m"])
    last_month = month_number(match["m2"]) if match["m2"] else first_month
    if match["y"]:
        year_ = int(match["y"])
    elif ctx.anchor:
        year_ = year_for(
            ctx.anchor, first_month, int(match["d"]), ctx.direction(match.start(), match.end())
        )
    else:
        return None
    try:
        first = date(year_, first_month, int(match["d"]))
        last = date(year_ + (last_month < first_month), last_month, int(match["d2"]))
    except ValueError:
        return None
    if not 0 < (last - first).days < 120:
        return None
    return Found("DURATION", f"P{(last - first).days + 1}D", "date range", first, last, "day")


@rule(
    "year range",
    rf"\b(?:(?:[Ff]rom|[Bb]etween)\s+)?{_YEAR}{_RANGE_JOIN}(?P<y2>1[6-9]\d\d|20\d\d|\d\d)\b(?![-.,]?\d|\s*%)",
    keys=("digit4",),
    reach=(14, 20),
)
def year_range(match: re.Match[str], ctx: Context) -> Found | None:
    """ "2014-2016", "from 2009 to 2011", "1990-91": a stretch of years, as a duration."""
    if _lists_two_dates(match):
        return None
    first = int(match["y"])
    last = int(match["y2"]) if len(match["y2"]) == 4 else first // 100 * 100 + int(match["y2"])
    if not 0 < last - first <= 50:
        return None
    return Found(
        "DURATION", f"P{last - first}Y", "year range", date(first, 1, 1), date(last, 12, 31), "year"
    )


ABSOLUTE_RULES: tuple[Rule, ...] = (
    day_range,
    year_range,
    year_period,
    half_year,
    month_day_year,
    day_month_year,
    iso_date,
    numeric_date,
    month_day,
    day_month,
    month_year,
    month_alone,
    year,
    decade,
    century,
    quarter,
    the_quarter,
    day_of_month,
)
