"""Expressions that need the publication date: "yesterday", "on Monday", "last week"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from eventwire.resolve.time.calendar import (
    SEASON_MONTHS,
    iso_week,
    last_completed_quarter,
    quarter_of,
    shift_months,
    weekday_near,
    year_for,
)
from eventwire.resolve.time.found import Context, Found, dated, unresolved
from eventwire.resolve.time.lexicon import (
    DAY_PARTS,
    MONTH_RE,
    SEASONS,
    WEEKDAY_RE,
    WEEKDAYS,
    month_number,
)
from eventwire.resolve.time.rules import Rule, rule

_DAY_PART = r"(?:\s+(?P<dp>morning|afternoon|evening|night))?"
_DAY_OFFSET = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}


def _with_part(day: date | None, part: str | None, method: str) -> Found:
    """A day, or a part of it as a TIME ("2023-06-09TNI")."""
    suffix = f"T{DAY_PARTS[part.lower()]}" if part else ""
    if day is None:
        return unresolved("day", method, suffix, "TIME" if part else "DATE")
    found = dated(day.isoformat(), method)
    if part:
        found.value += suffix
        found.type = "TIME"
        if DAY_PARTS[part.lower()] == "NI" and found.latest is not None:
            # A night runs past midnight: "last night" in a morning report may be today.
            found.latest = found.latest + timedelta(days=1)
    return found


@rule(
    "deictic day",
    rf"\b(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)\s+)?(?P<w>[Yy]esterday|[Tt]oday|[Tt]omorrow)"
    rf"{_DAY_PART}\b(?!'s?\s+\w+s\b)|\b(?P<w2>[Tt]onight)\b",
    keys=("deictic",),
    reach=(10, 25),
)
def deictic_day(match: re.Match[str], ctx: Context) -> Found | None:
    word = (match["w"] or match["w2"]).lower()
    part = match["dp"] or ("night" if word == "tonight" else None)
    day = ctx.anchor + timedelta(days=_DAY_OFFSET[word]) if ctx.anchor else None
    return _with_part(day, part, word)


@rule(
    "this part of day",
    r"\b(?:(?:[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)\s+)?(?P<which>[Tt]his|[Ll]ast)\s+"
    r"(?P<dp>morning|afternoon|evening|night)\b",
    keys=("daypart",),
    reach=(20, 6),
)
def this_part_of_day(match: re.Match[str], ctx: Context) -> Found | None:
    part = match["dp"].lower()
    back = match["which"].lower() == "last"
    day = ctx.anchor - timedelta(days=1 if back else 0) if ctx.anchor else None
    return _with_part(day, part, f"{match['which'].lower()} {part}")


@rule(
    "overnight",
    r"\b(?<!the\s)(?P<w>[Oo]vernight)\b(?!\s+(?:stay|train|flight|bag|shift|trip|success)s?\b)",
    keys=("overnight",),
    reach=(12, 12),
)
def overnight(match: re.Match[str], ctx: Context) -> Found | None:
    """ "struck Kharkiv overnight" in a day's report: the night that ended that morning."""
    day = ctx.anchor - timedelta(days=1) if ctx.anchor else None
    return _with_part(day, "night", "overnight")


@rule(
    "weekday",
    rf"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming|[Pp]revious)\s+)?(?P<wd>{WEEKDAY_RE})"
    rf"{_DAY_PART}\b",
    keys=("weekday",),
    reach=(12, 20),
)
def weekday(match: re.Match[str], ctx: Context) -> Found | None:
    if ctx.anchor is None:
        return _with_part(None, None, "weekday")
    target = WEEKDAYS[match["wd"].lower()]
    rel = (match["rel"] or "").lower()
    if rel in ("last", "past", "previous"):
        day = weekday_near(ctx.anchor - timedelta(days=1), target, -1)
    elif rel in ("next", "coming"):
        day = weekday_near(ctx.anchor + timedelta(days=1), target, 1)
    elif target == ctx.anchor.weekday():
        day = ctx.anchor  # wire copy: "Friday" in a Friday report is the day itself
    else:
        direction = 1 if rel == "this" else ctx.direction(match.start(), match.end())
        if ctx.text.startswith("'s", match.end()) and not rel:
            direction = -1  # "Wednesday's ruling": a day already past
        day = weekday_near(ctx.anchor, target, direction or -1)
    # TimeBank mostly gives "Thursday night" the value of the day alone (it often tags just
    # "Thursday"); the day part adds nothing an event date could use.
    return _with_part(day, None, "weekday by tense")


_FOLLOWING_DAY = re.compile(
    rf",?\s+(?:on\s+)?(?P<m>{MONTH_RE})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)"
)


@rule(
    "clock time",
    rf"\b(?:(?:at|around|about|shortly after|shortly before|just after|just before)\s+)?"
    rf"(?P<h>[01]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.?m\b\.?|[AP]\.?M\b\.?)"
    rf"(?:\s+(?:[A-Z]{{2,3}}T|(?P<utc>GMT|UTC)))?"
    rf"(?:\s+(?:on\s+)?(?P<wd>{WEEKDAY_RE}|today|yesterday|tomorrow))?"
    rf"|\b(?P<h24>[0-2]\d)[:.]?(?P<mi24>[0-5]\d)\s*(?:(?P<utc2>GMT|UTC)|hrs|hours|local time)\b"
    rf"|\b(?P<named>noon|midnight|midday)(?:\s+(?:on\s+)?(?P<wd2>{WEEKDAY_RE}))?\b",
    keys=("clock",),
    reach=(25, 35),
)
def clock_time(match: re.Match[str], ctx: Context) -> Found | None:
    if match["named"]:
        # TimeML: "midnight Friday" is the end of Friday, T24:00
        hour, minute = (24, 0) if match["named"] == "midnight" else (12, 0)
    elif match["h24"]:
        hour, minute = int(match["h24"]), int(match["mi24"])
    else:
        hour, minute = int(match["h"]) % 12, int(match["mi"] or 0)
        if match["ap"].lower().startswith("p"):
            hour += 12
    if hour > 23 and not match["named"]:
        return None
    day_word = (match["wd"] or match["wd2"] or "").lower()
    day: date | None = ctx.anchor
    if ctx.anchor and day_word in WEEKDAYS:
        target = WEEKDAYS[day_word]
        direction = ctx.direction(match.start(), match.end()) or -1
        day = (
            ctx.anchor
            if target == ctx.anchor.weekday()
            else weekday_near(ctx.anchor, target, direction)
        )
    elif ctx.anchor and day_word in _DAY_OFFSET:
        day = ctx.anchor + timedelta(days=_DAY_OFFSET[day_word])
    following = _FOLLOWING_DAY.match(ctx.text, match.end(), match.end() + 24)
    if day_word or ctx.anchor is None:
        following = None
    if following and ctx.anchor:
        # "5 p.m. EST, Nov. 6": the clock time on the day written next to it
        month, number = month_number(following["m"]), int(following["d"])
        year_ = year_for(ctx.anchor, month, number, ctx.direction(match.start(), match.end()))
        try:
            day = date(year_, month, number)
        except ValueError:
            following = None
    clock = f"T{hour:02d}:{minute:02d}" + ("Z" if match["utc"] or match["utc2"] else "")
    start = match.start()
    if m := re.match(
        r"(?:at|around|about|shortly after|shortly before|just after|just before)\s+", match[0]
    ):
        start += m.end()
    found = _with_part(day, None, "clock time")
    found.value += clock
    found.type = "TIME"
    found.start = start
    if following and day is not None:
        found.end = following.end()
    found.day_from_sentence = not (day_word or following)
    return found


_RELATIVE_UNIT = r"(?P<unit>week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)"
_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


@rule(
    "this unit",
    r"\b(?:(?P<part>[Ee]arly|[Ll]ate|[Mm]id|[Ee]arlier|[Ll]ater)[- ]?\s*)?"
    r"(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]urrent|[Cc]oming|[Tt]he)\s+"
    r"(?:(?:fiscal|calendar)\s+)?" + _RELATIVE_UNIT + r"\b(?!\s+(?:of|before|after)\b)",
    keys=("unit",),
    reach=(25, 12),
)
def this_unit(match: re.Match[str], ctx: Context) -> Found | None:
    which, unit = match["which"].lower(), match["unit"].lower()
    part = (match["part"] or "").lower().replace("earlier", "early").replace(
        "later", "late"
    ) or None
    if which == "current" and unit in ("year", "month", "week"):
        which = "this"
    if which == "the":
        if unit == "weekend" or unit in SEASONS:
            which = "last"
        else:
            return None
    # "the past year" is valued as the calendar year before, as TimeBank and MEANTIME do.
    shift = _SHIFT[which]
    if ctx.anchor is None:
        precision = "week" if unit == "weekend" else "season" if unit in SEASONS else unit
        found = unresolved(precision, f"{which} {unit}")
        if unit in SEASONS:
            found.value = "XXXX-" + SEASONS[unit]
        return found
    anchor = ctx.anchor
    if unit == "week":
        return dated(iso_week(anchor + timedelta(weeks=shift)), f"{which} week", part)
    if unit == "weekend":
        saturday = weekday_near(anchor, 5, -1 if shift <= 0 and anchor.weekday() < 5 else 1)
        if shift == 0 and anchor.weekday() < 5:
            saturday = weekday_near(anchor, 5, 1)
        found = dated(
            iso_week(saturday + timedelta(weeks=shift if shift > 0 else 0)) + "-WE",
            f"{which} weekend",
        )
        return found
    if unit == "month":
        year_, month = shift_months(anchor, shift)
        return dated(f"{year_}-{month:02d}", f"{which} month", part)
    if unit == "year":
        return dated(str(anchor.year + shift), f"{which} year", part)
    if unit == "quarter":
        if shift < 0:
            year_, number = last_completed_quarter(anchor)
        else:
            index = anchor.year * 4 + quarter_of(anchor) - 1 + shift
            year_, number = index // 4, index % 4 + 1
        return dated(f"{year_}-Q{number}", f"{which} quarter", part)
    return _season(anchor, SEASONS[unit], shift, f"{which} {unit}")


def _season(anchor: date, code: str, shift: int, method: str) -> Found:
    first_month = SEASON_MONTHS[code][0]
    start = date(anchor.year, first_month, 1)
    if shift < 0:
        start = (
            start if start <= anchor - timedelta(days=90) else date(anchor.year - 1, first_month, 1)
        )
    elif shift > 0 and start <= anchor:
        start = date(anchor.year + 1, first_month, 1)
    return dated(f"{start.year}-{code}", method)


@rule(
    "this month name",
    rf"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Cc]oming)\s+(?P<m>{MONTH_RE})(?!\s+\d)\b"
    rf"|\b(?P<m2>{MONTH_RE})\s+(?:of\s+)?(?P<which2>last|this|next)\s+year\b",
    keys=("month",),
    reach=(12, 20),
)
def this_month_name(match: re.Match[str], ctx: Context) -> Found | None:
    month = month_number(match["m"] or match["m2"])
    if ctx.anchor is None:
        return Found("DATE", f"XXXX-{month:02d}", "month, no anchor", precision="month")
    if match["which2"]:
        year_ = ctx.anchor.year + _SHIFT[match["which2"]]
    else:
        which = match["which"].lower()
        shift = _SHIFT[which]
        year_ = ctx.anchor.year
        if shift < 0 and month >= ctx.anchor.month:
            year_ -= 1
        elif shift > 0 and month <= ctx.anchor.month:
            year_ += 1
    return dated(f"{year_}-{month:02d}", "named month relative to publication")


@rule(
    "earlier this",
    r"\b(?P<dir>[Ee]arlier|[Ll]ater)\s+(?P<which>this|that|last|next)\s+"
    r"(?P<unit>week|month|year|day|morning|afternoon|evening)\b",
    keys=("unit",),
    reach=(20, 6),
)
def earlier_this(match: re.Match[str], ctx: Context) -> Found | None:
    unit, which = match["unit"].lower(), match["which"].lower()
    if which == "that":
        return None  # anchored on a date told earlier; left to the reference pass
    shift = _SHIFT[which]
    if unit in DAY_PARTS:
        return _with_part(ctx.anchor, unit, f"{match['dir'].lower()} this {unit}")
    if ctx.anchor is None:
        return unresolved(unit if unit != "day" else "day", "earlier this")
    anchor = ctx.anchor
    if unit == "day":
        return dated(anchor.isoformat(), "earlier today")
    if unit == "week":
        return dated(iso_week(anchor + timedelta(weeks=shift)), "earlier this week")
    if unit == "month":
        year_, month = shift_months(anchor, shift)
        return dated(f"{year_}-{month:02d}", "earlier this month")
    return dated(str(anchor.year + shift), "earlier this year")


RELATIVE_RULES: tuple[Rule, ...] = (
    deictic_day,
    this_part_of_day,
    overnight,
    weekday,
    clock_time,
    this_unit,
    this_month_name,
    earlier_this,
)
