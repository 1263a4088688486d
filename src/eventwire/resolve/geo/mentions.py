"""Toponym recognition: which stretches of text name a place, before choosing which place.

Gazetteer names are matched, longest first, over runs of capitalised words; NER labels are
evidence for or against, never the only source (small NER models miss many places)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from eventwire.model import EntityHint
from eventwire.resolve.geo.countries import lookup_country_mention
from eventwire.resolve.geo.gazetteer import Candidate, Gazetteer
from eventwire.resolve.geo.normalize import name_key
from eventwire.resolve.geo.records import ABBREVIATION_PREFIX, ALTERNATE, PRIMARY
from eventwire.resolve.geo.tokens import (
    ATTACK_NOUNS,
    CONNECTORS,
    DIRECTION_WORDS,
    LOCATIVES,
    PRODUCT_NOUNS,
    SETTLEMENT_WORDS,
    WAR_VERBS,
    Token,
    name_runs,
)
from eventwire.resolve.time.lexicon import MONTHS, WEEKDAYS

# Type words after a name that make it a first-level subdivision: "Kharkiv region".
ADMIN_WORDS = {
    "region": "region",
    "regions": "region",
    "oblast": "oblast",
    "oblasts": "oblast",
    "province": "province",
    "provinces": "province",
    "governorate": "governorate",
    "governorates": "governorate",
    "state": "state",
    "prefecture": "prefecture",
}
# Capitalised words that are almost never toponyms unless NER says so.
_NOT_PLACES = (
    set(MONTHS)
    | set(WEEKDAYS)
    | frozenset(
        {
            "mr",
            "mrs",
            "ms",
            "dr",
            "president",
            "minister",
            "god",
            "police",
            "army",
            "north",
            "south",
            "east",
            "west",
            "central",
            "city",
            "county",
            "state",
            "government",
            "university",
            "church",
            "hospital",
            "school",
            "news",
            "national",
            "federal",
        }
    )
)
_COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_POSSESSIVE_END = re.compile(r"['’]s?$")
# No person is called "X County": such a name in a PERSON entity is NER's mistake.
_COUNTY_KEYS = (" county", " parish", " borough")
# Words that name a subdivision somewhere ("Center", "North") but alone are never a place.
_NEVER_ALONE = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "central",
        "center",
        "centre",
        "northern",
        "southern",
        "eastern",
        "western",
        "northwest",
        "northeast",
        "southwest",
        "southeast",
        "street",
        "road",
        "avenue",
        "metro",
        "man",
        "main",
        "day",
        "way",
        "but",
        "st",
        "mount",
        "lake",
        "river",
        "island",
        "bay",
        "new",
        "old",
        "great",
        "little",
        "upper",
        "lower",
        "union",
    }
)
# Words after a name that make it a street or building ("Dublin Road", "Boston Street").
_STREET_WORDS = frozenset(
    {
        "road",
        "rd",
        "street",
        "avenue",
        "ave",
        "drive",
        "boulevard",
        "blvd",
        "lane",
        "highway",
        "hwy",
        "pike",
        "parkway",
        "turnpike",
    }
)
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAMED_THINGS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "DATE"})


@dataclass
class Mention:
    first: int  # token index
    last: int  # token index after the mention
    start: int
    end: int
    key: str
    candidates: tuple[Candidate, ...]
    demonym_of: str | None = None  # alpha-2 when the mention is a demonym
    ner: str | None = None  # label of the NER entity that covers the mention
    ner_exact: bool = False  # that entity is exactly this mention
    admin_word: str | None = None  # type word that followed ("region")
    evidence: list[str] = field(default_factory=list)
    needs_support: bool = False  # NER read it as a person or organisation
    tail: bool = False  # last word of a longer unknown name: "Thames Valley", "West Wing"
    # What the words around say: "settlement" ("Damboa town", "the town of Poso"), "locative"
    # ("in al-Bab", "in southern Kobane") or "".
    context: str = ""


def _ner_at(entities: Sequence[EntityHint], start: int, end: int) -> tuple[str | None, bool]:
    """Label of the NER entity covering [start, end), and whether it is exactly that name."""
    for e in entities:
        if e.span.start <= start and end <= e.span.end:
            inner = re.sub(r"^(the|The)\s+", "", e.span.text)
            return e.label, inner == e.span.text[start - e.span.start : end - e.span.start]
    return None, False


def _match(
    gaz: Gazetteer, text: str, tokens: Sequence[Token], i: int, j: int
) -> tuple[tuple[Candidate, ...], str | None]:
    span = text[tokens[i].start : tokens[j - 1].end]
    if j - i == 1 and span.endswith("."):
        abbreviated = gaz.lookup_key(ABBREVIATION_PREFIX + span)
        if abbreviated:
            return abbreviated, None
    if j - i <= 3:
        country = lookup_country_mention(span)
        if country is not None and country[1]:
            return (), country[0].alpha2
    key = name_key(span)
    return gaz.lookup_key(key), None


def recognise(
    gaz: Gazetteer,
    text: str,
    tokens: Sequence[Token],
    entities: Sequence[EntityHint],
    demonym_places: dict[str, tuple[Candidate, ...]],
) -> list[Mention]:
    mentions: list[Mention] = []
    for first, stop in name_runs(tokens):
        i = first
        while i < stop:
            found = None
            for j in range(min(stop, i + 6), i, -1):
                if tokens[j - 1].text.lower() in ("of", "the", "and", "de", "la", "el", "al"):
                    continue
                cands, demonym = _match(gaz, text, tokens, i, j)
                span_text = text[tokens[i].start : tokens[j - 1].end]
                # The adjective beats a hamlet that happens to share its spelling.
                if not demonym and span_text in demonym_places:
                    cands = demonym_places[span_text]
                    demonym = "curated"
                if cands or demonym:
                    found = (j, cands, demonym)
                    break
            if found is None:
                i += 1
                continue
            j, cands, demonym = found
            start, end = tokens[i].start, tokens[j - 1].end
            label, exact = _ner_at(entities, start, end)
            key = name_key(text[start:end])
            if cands and cands[0].quality == ALTERNATE and text[end - 1] == ".":
                key = ABBREVIATION_PREFIX + text[start:end]
            m = Mention(
                i,
                j,
                start,
                end,
                key,
                cands,
                None if demonym == "curated" else demonym,
                label,
                exact,
            )
            if demonym == "curated":
                m.evidence.append("curated demonym")
            m.tail = i > first and j - i == 1 and _unknown_head(tokens[i - 1], mentions, i)
            mentions.append(m)
            i = j
    _attach_admin_words(gaz, text, tokens, mentions)
    _attach_counties(tokens, mentions)
    _read_context(tokens, mentions)
    # One reading per name per document: NER calling one mention a place vouches for all.
    vouched = {m.key for m in mentions if m.ner in ("GPE", "LOC")}
    for m in mentions:
        if m.ner not in ("GPE", "LOC") and m.key in vouched and (m.ner_exact or not m.ner):
            m.ner, m.ner_exact = "GPE", True
            m.evidence.append("NER GPE elsewhere in the document")
    names = _person_words(entities)
    return [m for m in mentions if not _surname(m, tokens, names) and _plausible(m, tokens)]


def _person_words(entities: Sequence[EntityHint]) -> frozenset[str]:
    """Words of the document's multi-word person names ("Mike Trapani" → Mike, Trapani)."""
    words: set[str] = set()
    for e in entities:
        parts = _POSSESSIVE_END.sub("", e.span.text).split()
        if e.label == "PERSON" and len(parts) >= 2:
            words.update(parts)
    return frozenset(words)


def _surname(m: Mention, tokens: Sequence[Token], person_words: frozenset[str]) -> bool:
    """A one-word name the document also uses inside a person's name ("Trapani said", after
    "Mike Trapani") is that person, unless a locative word makes it a place ("in Trapani")."""
    if m.last - m.first != 1 or m.demonym_of or m.admin_word:
        return False
    if any(c.kind == "country" for c in m.candidates):
        return False  # countries are no surnames; NER's "Egypt Mubarak" is its own mistake
    if tokens[m.first].text not in person_words:
        return False
    prev = tokens[m.first - 1].text.lower() if m.first > 0 else ""
    return prev not in LOCATIVES


# Words before a place's name that qualify it rather than make a new name ("Eastern Ukraine").
_QUALIFIERS = _NEVER_ALONE | {"greater", "downtown", "occupied", "rural", "suburban"}


def _unknown_head(previous: Token, mentions: list[Mention], i: int) -> bool:
    """The word before token i is part of the same name, no place, and no qualifier."""
    if mentions and mentions[-1].last == i:
        return False
    word = previous.text.lower()
    return not previous.sentence_start and word not in _QUALIFIERS and word not in CONNECTORS


def _attach_admin_words(
    gaz: Gazetteer, text: str, tokens: Sequence[Token], mentions: list[Mention]
) -> None:
    """ "X region" → admin1 X; "X, Y and Z regions" → the plural distributes over the list."""
    for idx, m in enumerate(mentions):
        if m.last >= len(tokens):
            continue
        word = tokens[m.last].text.lower()
        if word not in ADMIN_WORDS:
            continue
        group = [m]
        if word.endswith("s"):
            k = idx - 1
            while k >= 0 and _coordinated(tokens, mentions[k], group[0]):
                group.insert(0, mentions[k])
                k -= 1
        for g in group:
            typed = tuple(
                c for c in gaz.lookup_key(f"{g.key} {ADMIN_WORDS[word]}") if c.kind == "admin1"
            )
            if not typed:
                continue
            g.candidates = typed
            g.demonym_of = None
            g.admin_word = ADMIN_WORDS[word]
            pattern = "coordinated 'X, Y and Z regions'" if len(group) > 1 else "'X region'"
            g.evidence.append(f"admin1 pattern {pattern}")
        if len(group) == 1 and not word.endswith("s") and m.admin_word:
            m.end = tokens[m.last].end
            m.last += 1


def _attach_counties(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """ "Walker County": no package ships counties, so the county is placed at the town of the
    same name (often its seat, or near it), chosen later by the document's context."""
    for m in mentions:
        if m.last >= len(tokens) or tokens[m.last].text not in _COUNTY_WORDS or m.demonym_of:
            continue
        word = tokens[m.last].text
        towns = tuple(
            replace(c, kind="admin2", name=f"{c.name} {word}", geonameid=None, feature_code="ADM2")
            for c in m.candidates
            if c.kind == "city" and c.quality == PRIMARY
        )
        if towns:
            m.candidates = towns
            m.admin_word = word.lower()
            m.end = tokens[m.last].end
            m.last += 1
            m.evidence.append(f"'X {word}' placed at the town X")


def _read_context(tokens: Sequence[Token], mentions: list[Mention]) -> None:
    """Mark names that the words around them place: a settlement noun next to the name, or a
    locative word before it (a direction word may stand between: "in southern Kobane"); the
    later names of a list share the first one's ("the villages of X, Y and Z")."""
    for idx, m in enumerate(mentions):
        p = m.first - 1
        if p >= 0 and tokens[p].text in DIRECTION_WORDS:
            p -= 1
        prev = tokens[p].text.lower() if p >= 0 else ""
        # Lower case only: "Emerald City Players", "Concord District Court" are other names.
        nxt = tokens[m.last].text if m.last < len(tokens) else ""
        before_of = tokens[p - 1].text if prev == "of" and p > 0 else ""
        if (
            nxt in SETTLEMENT_WORDS
            or before_of in SETTLEMENT_WORDS
            or (
                idx > 0
                and mentions[idx - 1].context == "settlement"
                and _coordinated(tokens, mentions[idx - 1], m)
            )
        ):
            m.context = "settlement"
        elif prev in LOCATIVES or prev in WAR_VERBS:
            m.context = "locative"
        elif prev in ("on", "against") and p > 0 and tokens[p - 1].text in ATTACK_NOUNS:
            m.context = "locative"  # "a missile strike on Kramatorsk"
        if m.context:
            m.evidence.append(f"{m.context} context")


def _coordinated(tokens: Sequence[Token], left: Mention, right: Mention) -> bool:
    between = [t.text.lower() for t in tokens[left.last : right.first]]
    return between in ([","], ["and"], [",", "and"], ["or"], [",", "or"], ["&"])


def _plausible(m: Mention, tokens: Sequence[Token]) -> bool:
    """Guard against false friends: person and organisation names, products, common words."""
    if m.demonym_of:
        return m.ner != "PERSON"
    if not m.candidates:
        return False
    single = m.last - m.first == 1
    word = tokens[m.first].text.lower()
    nxt = tokens[m.last].text.lower() if m.last < len(tokens) else ""
    if single and word in _NEVER_ALONE and not m.admin_word:
        return False
    if single and _INITIALISM.fullmatch(tokens[m.first].text):
        # "U.N." folds to "un", a town in Gujarat: initialisms name countries and regions only.
        m.candidates = tuple(c for c in m.candidates if c.kind != "city")
    if nxt in PRODUCT_NOUNS and not any(c.kind in ("country", "admin1") for c in m.candidates):
        return False
    if nxt == "$":  # "US$5 million"
        return False
    if nxt in _STREET_WORDS and not m.admin_word:
        return False  # "6016 Dublin Road": a street named after the town, not the town
    if any(c.kind == "country" for c in m.candidates):
        # A country's name means the country, not a place of its own known by the name too
        # ("Mexico" is not Mexico City); namesakes abroad stay in the running ("Georgia",
        # "Palestine, Texas") for the document's context to decide, hamlets excepted.
        named = {c.country_code for c in m.candidates if c.kind == "country"}
        m.candidates = tuple(
            c
            for c in m.candidates
            if c.kind == "country"
            or (c.country_code not in named and (c.kind != "city" or c.population >= 5_000))
        )
    # Alternate names must look like a spelling of the main name (Kiev/Kyiv), not a code or a
    # translation ("White House" for Casablanca), unless NER calls the mention a place.
    strict = m.ner not in ("GPE", "LOC") and m.context != "settlement"
    m.candidates = tuple(
        c
        for c in m.candidates
        if c.quality != ALTERNATE
        or (len(m.key) >= 4 and _spelling_of(m.key, c, strict))
        or c.kind == "country"
        or m.key.startswith(ABBREVIATION_PREFIX)
        or (_is_acronym(tokens[m.first].text, m) and c.kind in ("water", "region"))
    )
    county = any(c.kind == "admin2" for c in m.candidates) and m.key.endswith(_COUNTY_KEYS)
    if m.ner == "PERSON" and not m.ner_exact and not county:
        return False  # part of a person's name: "Vladimir" Putin, "Chad" Smith
    # Countries and adjectives stay: "Air Malta", "Nazi Germany", "Syrian Kurdish".
    if (
        m.tail
        and not (m.ner in _PLACE_LABELS and m.ner_exact)
        and not m.admin_word
        and not any(c.kind == "country" for c in m.candidates)
        and "curated demonym" not in m.evidence
    ):
        return False  # "Thames Valley" is not Valle in Honduras

    if single and word in _NOT_PLACES and m.ner in ("DATE", "TIME"):
        return False  # "March" the month, not the town in Cambridgeshire
    if m.ner in _NAMED_THINGS or (m.ner == "FAC" and not m.ner_exact):
        # An organisation or person is not read as a town through a loose alternate name
        # ("Hamas" is not Hamm): only close spellings of the town's own name count.
        m.candidates = tuple(
            c
            for c in m.candidates
            if c.kind != "city"
            or c.quality != ALTERNATE
            or _similar(m.key, name_key(c.name), notable=False)
            or m.context == "settlement"
        )
        # A name NER reads as a person or organisation is a place only where it is a place of
        # note ("Ukraine" in "Ukraine Ministry of Defence"); a town must also follow a
        # locative word ("around Kherson") or be a big city.
        # Exactly a town's name: kept, but only if the document backs the reading (see
        # Geocoder); a big city or a country needs no backing.
        floor = 20_000 if m.ner_exact else 1_000_000
        if m.context == "settlement":
            floor = 0  # "the town of Poso" is a town whatever NER says
        m.candidates = tuple(c for c in m.candidates if c.kind != "city" or c.population >= floor)
        m.needs_support = m.ner_exact and not m.context
        return bool(m.candidates)
    if single and word in _NOT_PLACES and m.ner not in _PLACE_LABELS:
        return False
    if m.ner in _PLACE_LABELS or m.admin_word:
        return bool(m.candidates)
    if m.ner == "NORP" and any(c.kind in ("country", "region") for c in m.candidates):
        return True
    # No NER support: keep places of note, and smaller towns only after a locative word.
    floor = {"settlement": 0, "locative": 15_000}.get(m.context, 100_000)
    if tokens[m.first].sentence_start and single and m.context != "settlement":
        floor = max(floor, 100_000)
    m.candidates = tuple(c for c in m.candidates if c.kind != "city" or c.population >= floor)
    return bool(m.candidates)


def _is_acronym(word: str, m: Mention) -> bool:
    """An all-capitals single word ("EU"): such aliases are listed on purpose, not codes."""
    return m.last - m.first == 1 and len(word) >= 2 and word.isupper() and word.isalpha()


def _notable(c: Candidate) -> bool:
    return c.kind in ("country", "admin1", "water", "region") or c.population >= 100_000


def _spelling_of(key: str, c: Candidate, strict: bool) -> bool:
    """An alternate name that is a spelling of the main one (Kiev/Kyiv, Odessa/Odesa), not a
    code or a translation ("White House" for Casablanca)."""
    return not strict or _similar(key, name_key(c.name), _notable(c))


@lru_cache(maxsize=100_000)
def _similar(key: str, main: str, notable: bool) -> bool:
    if key[:1] != main[:1]:
        return False
    ratio = difflib.SequenceMatcher(None, key, main).ratio()
    return ratio >= 0.7 or (ratio >= 0.5 and notable)
