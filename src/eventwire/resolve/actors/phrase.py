"""The whole name of a party whose phrase the parser cut short.

A participant's span stops at its head's own modifiers, so "Queen Rania of Jordan" comes out
as "Queen Rania", "rebels in eastern Congo" as "rebels" and "National Union for the Total
Independence of Angola" as "National Union". The words that follow in the text still say whose
the party is; `completed_phrase` adds them back for resolving, without changing the span.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from eventwire.model import Span

_NAME_WORD = r"[A-Z][\w.'’-]*"
# Parts of a country named before it ("ethnic Hungarians in northern Serbia").
_QUARTER = (
    r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western)\s+)?"
)
# "of Jordan", "in eastern Congo", "in southern Serbia": where or whose the party is.
_WHERE = re.compile(
    rf"\s+(?:of|in)\s+(?:the\s+)?{_QUARTER}{_NAME_WORD}(?:\s+(?:of\s+|the\s+)*{_NAME_WORD})*"
)
# "for the Total Independence of Angola": a name going on after a capitalized word.
_NAME_GOES_ON = re.compile(
    rf"\s+(?:for|of)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:for\s+|of\s+|the\s+)*{_NAME_WORD})*"
)
# Words that are capitalized but name nothing a party belongs to.
_NOT_A_NAME = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    }
)


class Completion(NamedTuple):
    text: str
    # Whether what was added only says where the party is ("rebels in eastern Congo"), not
    # whose it is ("Queen Rania of Jordan").
    where_only: bool


def completed_phrase(text: str, span: Span) -> Completion:
    """The span's text with the "of"/"in" place or the rest of the name that follows it in
    `text`, if any ("Queen Rania" → "Queen Rania of Jordan"); else the span's text."""
    unchanged = Completion(span.text, False)
    words = span.text.split()
    if not words or span.end > len(text):
        return unchanged
    pattern = _NAME_GOES_ON if words[-1][:1].isupper() else _WHERE
    found = pattern.match(text, span.end) or _WHERE.match(text, span.end)
    if found is None:
        return unchanged
    tail = found.group()
    if any(word in _NOT_A_NAME for word in tail.split()):
        return unchanged
    return Completion(span.text + tail, tail.split()[0] == "in")
