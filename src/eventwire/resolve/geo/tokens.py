"""A light tokenizer for toponym matching: words with offsets, and which of them can start or
continue a proper name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from eventwire.model import Span

# Initialisms first ("U.S.", "U.K."), then words split at hyphens and slashes, keeping
# apostrophes inside ("Kam'yanske", "Cote d'Ivoire"); a trailing "'s" is its own token.
_WORD = r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]{2,})*|['’]s\b|\d+|[^\w\s\-‐‑]"


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Subdivision abbreviations ("Ill.", "W.Va.") are single tokens, dot included."""
    from eventwire.resolve.geo.sources import abbreviations

    listed = sorted(abbreviations(), key=len, reverse=True)
    alternatives = "|".join(re.escape(a) for a in listed)
    return re.compile(rf"\b(?:{alternatives})(?!\w)|{_WORD}", re.UNICODE)


_SENTENCE_ENDERS = frozenset({".", "!", "?", "“", '"', ":", "—", "–"})
# Lower-case words that may sit inside a place name: "Sea of Azov", "Bab-el-Mandeb".
CONNECTORS = frozenset(
    {
        "of",
        "the",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "el",
        "al",
        "ad",
        "an",
        "as",
        "ash",
        "ar",
        "az",
        "at",
        "y",
        "e",
        "upon",
        "on",
        "am",
        "im",
        "van",
        "von",
        "der",
        "den",
        "and",
    }
)


class Token(NamedTuple):
    start: int
    end: int
    text: str
    sentence_start: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, sentences: Sequence[Span]) -> list[Token]:
    starts = {s.start for s in sentences}
    out: list[Token] = []
    previous_end = -1
    for m in _token_pattern().finditer(text):
        first = (
            not out
            or m.start() in starts
            or "\n" in text[previous_end : m.start()]
            or out[-1].text in _SENTENCE_ENDERS
        )
        out.append(Token(m.start(), m.end(), m.group(), first))
        previous_end = m.end()
    return out


def name_runs(tokens: Sequence[Token], max_len: int = 6) -> list[tuple[int, int]]:
    """(first, last+1) token ranges of capitalised words, with connectors allowed inside."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        if not tokens[i].capitalised or not tokens[i].text[:1].isalpha():
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tokens[j]
            if t.capitalised and t.text[:1].isalpha() and not t.sentence_start:
                j += 1
                continue
            # Connectors, possibly several ("Republic of the Congo"), then a capitalised word.
            k = j
            while k < n and tokens[k].text in CONNECTORS and tokens[k].start - tokens[k - 1].end <= 1:
                k += 1
            if k > j and k < n and k - j <= 2 and tokens[k].capitalised and (
                tokens[k].start - tokens[k - 1].end <= 1
            ):
                j = k + 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs
