"""Years written out in words, as broadcast transcripts spell them: "nineteen ninety-six",
"January nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
thousand"."""

from __future__ import annotations

import re

from eventwire.resolve.time.found import Context, Found, dated
from eventwire.resolve.time.lexicon import MONTH_RE, NUMBER_WORDS, SEASONS, month_number
from eventwire.resolve.time.rules import rule

_ONES = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
# "nineteen ninety-six", "eighteen twelve", "nineteen oh five"; "two thousand and one".
# "Two thousand" alone is a year only where the text says so ("the year two thousand",
# a month or season before it); else it is mostly a count.
_CENTURY_YEAR = (
    rf"(?P<century>eighteen|nineteen)[- ](?P<rest>{_TENS}(?:[- ]{_ONES})?|{_TEENS}|oh[- ]{_ONES})"
)
_MILLENNIUM_YEAR = (
    rf"two[- ]thousand(?:[- ](?:and[- ])?(?P<rest2>{_TENS}(?:[- ]{_ONES})?|{_TEENS}|{_ONES}))?"
)


@rule(
    "spelled year",
    rf"(?i:\b(?:(?P<year_word>the\s+year\s+)|(?P<season>(?:the\s+)?(?:spring|summer|fall|autumn"
    rf"|winter)\s+of\s+)|(?P<m>(?-i:{MONTH_RE}))\s+(?:of\s+)?)?"
    rf"(?:{_CENTURY_YEAR}|(?P<millennium>{_MILLENNIUM_YEAR}))\b)(?![- ](?:{_ONES}|{_TENS})\b)",
    keys=("spelled year",),
    reach=(30, 30),
)
def spelled_year(match: re.Match[str], ctx: Context) -> Found | None:
    if match["millennium"]:
        if not (match["year_word"] or match["season"] or match["m"]):
            return None
        year = 2000 + _words_value(match["rest2"])
    else:
        year = (18 if match["century"].lower() == "eighteen" else 19) * 100
        year += _words_value(match["rest"])
    if match["m"]:
        return dated(f"{year}-{month_number(match['m']):02d}", "month and spelled year")
    if match["season"]:
        season = match["season"].split()[-2].lower()
        return dated(f"{year}-{SEASONS[season]}", "season of spelled year")
    return dated(str(year), "spelled year")


def _words_value(words: str | None) -> int:
    """ "ninety-six" → 96, "oh five" → 5, None → 0."""
    if not words:
        return 0
    parts = [p for p in re.split(r"[- ]", words.lower()) if p not in ("oh", "and")]
    return sum(NUMBER_WORDS[p] for p in parts)
