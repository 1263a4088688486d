"""A light tokenizer for toponym matching: words with offsets, and which of them can start or
continue a proper name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from eventwire.model import Span

# Initialisms ("U.S."), then words starting with a capital (split at hyphens and slashes,
# apostrophes kept inside: "Kam'yanske"), a trailing "'s", the lower-case words the matcher
# reads (filled in below), numbers and punctuation. Other words are skipped by the regex
# engine itself and leave a gap token: most of a text is lower-case, and skipping it in C
# keeps tokenizing cheap.
_CAPITALISED = r"(?:[A-Z]\.){2,}|(?=[A-ZÀ-ÖØ-ÞĀ-ſƀ-ɏḀ-ỿ])[^\W\d_]+(?:['’][^\W\d_]{2,})*"
_PUNCTUATION = r"['’]s\b|\d+|[,.;:!?\"“”()$&—–]"
GAP = "~"  # stands for skipped words between two tokens
_GAP_WORD = re.compile(r"[^\W_]")


@lru_cache(maxsize=1)
def _token_pattern() -> re.Pattern[str]:
    """Subdivision abbreviations ("Ill.", "W.Va.") are single tokens, dot included."""
    from eventwire.resolve.geo.sources import abbreviations

    listed = sorted(abbreviations(), key=len, reverse=True)
    abbreviated = "|".join(re.escape(a) for a in listed)
    lower = _trie_pattern(sorted(KEPT_LOWER))
    return re.compile(
        rf"(?=[A-Z])\b(?:{abbreviated})(?!\w)|{_CAPITALISED}|\b(?=[a-z]){lower}\b|{_PUNCTUATION}"
    )


def _trie_pattern(words: list[str]) -> str:
    """A regex for a word list that branches on each letter, so a non-member fails at once."""
    by_first: dict[str, list[str]] = {}
    ends = False
    for w in words:
        if w:
            by_first.setdefault(w[0], []).append(w[1:])
        else:
            ends = True
    branches = [re.escape(c) + _trie_pattern(rest) for c, rest in sorted(by_first.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


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
        "ez",
        "es",
        "ed",
        "ul",
        "ur",
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


# Lower-case words the matcher reads (KEPT_LOWER below): connectors, type words after a name,
# nouns that make a name a product, words before a name that make it a place, list conjunctions.

# Verbs of war whose object is most often a place: "shelled Kherson", "took Bakhmut". After
# one, a name NER reads as an organisation still counts as a place.
WAR_VERBS = frozenset(
    {
        "shelled",
        "struck",
        "attacked",
        "bombed",
        "bombarded",
        "pounded",
        "hit",
        "targeted",
        "raided",
        "stormed",
        "captured",
        "recaptured",
        "seized",
        "retook",
        "liberated",
        "entered",
        "besieged",
        "encircled",
        "evacuated",
    }
)
# Nouns that turn a preceding name into a product or a weapon ("Iskander missiles").
PRODUCT_NOUNS = frozenset(
    {
        "brand",
        "class",
        "drone",
        "drones",
        "engine",
        "engines",
        "howitzer",
        "howitzers",
        "jet",
        "jets",
        "launcher",
        "launchers",
        "missile",
        "missiles",
        "model",
        "rifle",
        "rifles",
        "rocket",
        "rockets",
        "system",
        "systems",
        "tank",
        "tanks",
        "vehicle",
        "vehicles",
    }
)
# Words before a name that make it a place ("in", "near", "visited").
LOCATIVES = frozenset(
    {
        "across",
        "around",
        "at",
        "from",
        "in",
        "inside",
        "into",
        "near",
        "of",
        "outside",
        "through",
        "throughout",
        "to",
        "toward",
        "towards",
        "visit",
        "visited",
        "within",
    }
)
# Type words after a name ("regions") and list conjunctions.
_TYPE_AND_LIST_WORDS = frozenset(
    {
        "governorate",
        "governorates",
        "oblast",
        "oblasts",
        "on",
        "or",
        "prefecture",
        "province",
        "provinces",
        "region",
        "regions",
        "state",
    }
)
# Nouns that make an adjacent name a settlement or a part of one: "Damboa town", "the town
# of Poso", "the villages of X and Y", "Zarmat district".
SETTLEMENT_WORDS = frozenset(
    {
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "hamlet",
        "township",
        "district",
        "districts",
        "neighbourhood",
        "neighbourhoods",
        "neighborhood",
        "neighborhoods",
        "suburb",
        "suburbs",
        "commune",
        "municipality",
        "locality",
        "settlement",
        "camp",
        "countryside",
        "outskirts",
        "peninsula",
    }
)
# Words that may stand between a locative word and the name it places: "in southern Kobane",
# "in rural Damascus".
DIRECTION_WORDS = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north",
        "south",
        "east",
        "west",
        "rural",
        "downtown",
        "occupied",
        "besieged",
    }
)
# Nouns of attack whose "on"/"against" object is most often a place: "a strike on Kramatorsk".
ATTACK_NOUNS = frozenset(
    {
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "attack",
        "attacks",
        "assault",
        "offensive",
        "raid",
        "raids",
        "shelling",
        "bombing",
        "bombardment",
        "advance",
    }
)
# Arabic article particles written in lower case at the start of a name: "al-Bab".
NAME_PARTICLES = frozenset({"al", "el"})
KEPT_LOWER = (
    WAR_VERBS
    | CONNECTORS
    | PRODUCT_NOUNS
    | LOCATIVES
    | _TYPE_AND_LIST_WORDS
    | SETTLEMENT_WORDS
    | DIRECTION_WORDS
    | ATTACK_NOUNS
    | {"against"}
)


def tokenize(text: str, sentences: Sequence[Span]) -> list[Token]:
    """Capitalised words, the lower-case words in KEPT_LOWER and punctuation; every stretch
    of other words between two of them becomes one GAP token."""
    starts = {s.start for s in sentences}
    out: list[Token] = []
    append = out.append
    previous_end = 0
    previous = "."  # the text's first token starts a sentence
    gap_word = _GAP_WORD.search
    for m in _token_pattern().finditer(text):
        start, end = m.span()
        if start - previous_end > 1 and gap_word(text, previous_end, start):
            append(Token(previous_end, start, GAP, False))
            previous = GAP
        word = m.group()
        first = (
            previous in _SENTENCE_ENDERS
            or start in starts
            or text.find("\n", previous_end, start) >= 0
        )
        append(Token(start, end, word, first))
        previous_end, previous = end, word
    return out


def name_runs(tokens: Sequence[Token], max_len: int = 6) -> list[tuple[int, int]]:
    """(first, last+1) token ranges of capitalised words, with connectors allowed inside."""
    runs: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    while i < n:
        head = tokens[i].text[:1]
        if not (head.isupper() and head.isalpha()) and not _particle_start(tokens, i):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = tokens[j]
            head = t.text[:1]
            if head.isupper() and head.isalpha() and not t.sentence_start:
                j += 1
                continue
            # Connectors, possibly several ("Republic of the Congo"), then a capitalised word.
            k = j
            while (
                k < n and tokens[k].text in CONNECTORS and tokens[k].start - tokens[k - 1].end <= 1
            ):
                k += 1
            if (
                k > j
                and k < n
                and k - j <= 2
                and tokens[k].capitalised
                and (tokens[k].start - tokens[k - 1].end <= 1)
            ):
                j = k + 1
            else:
                break
        runs.append((i, j))
        i = j
    return runs


def _particle_start(tokens: Sequence[Token], i: int) -> bool:
    """ "al-Bab": a lower-case particle joined to the capitalised word after it."""
    return (
        tokens[i].text in NAME_PARTICLES
        and i + 1 < len(tokens)
        and tokens[i + 1].start - tokens[i].end == 1
        and tokens[i + 1].capitalised
    )
