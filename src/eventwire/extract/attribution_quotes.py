"""Quotations in article text: where each quoted stretch starts and ends.

Curly quotes pair by direction; straight quotes ("...", ''...'', ``...'') pair by alternation.
News style leaves a quotation that runs over several paragraphs open at each paragraph end and
reopens it in the next, so an unclosed quotation is closed where its paragraph ends.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Openers and closers; the straight double quote and the doubled apostrophe are both.
_QUOTE_MARK = re.compile(r"“|”|\"|``|''|«|»|„")
_OPENERS = frozenset({"“", "``", "«", "„"})
_CLOSERS = frozenset({"”", "»"})
_PARAGRAPH_END = re.compile(r"\n")


@dataclass(frozen=True)
class Quote:
    """A quoted stretch, marks included: text[start:end]."""

    start: int
    end: int


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Every quotation in `text`, in order, marks included."""
    breaks = [m.start() for m in _PARAGRAPH_END.finditer(text)]
    quotes: list[Quote] = []
    open_at: int | None = None
    open_par = -1
    for m in _QUOTE_MARK.finditer(text):
        mark, pos = m.group(), m.start()
        par = bisect_right(breaks, pos)
        if open_at is not None and par != open_par:
            # The quotation ran to its paragraph's end without a closing mark.
            end = breaks[open_par] if open_par < len(breaks) else len(text)
            quotes.append(Quote(open_at, _strip_end(text, open_at, end)))
            open_at = None
        if mark in _OPENERS:
            open_at, open_par = pos, par
        elif mark in _CLOSERS or open_at is not None:
            if open_at is not None:
                quotes.append(Quote(open_at, m.end()))
            open_at = None
        else:
            open_at, open_par = pos, par
    if open_at is not None:
        end = breaks[open_par] if open_par < len(breaks) else len(text)
        quotes.append(Quote(open_at, _strip_end(text, open_at, end)))
    return tuple(q for q in quotes if q.end - q.start > 2)


def _strip_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
