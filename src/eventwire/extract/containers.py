"""Places the gazetteer does not know, placed at the place the syntax puts them in.

Neighbourhoods, villages and buildings are often missing from any gazetteer, but the sentence
says where they are: "the Mohammad Agha district of Logar province", "Baghdad's neighbourhood
of Qahira", "the al-Yarmouk Hospital in western Baghdad", "the village of Tsurif near Hebron".
Such a name becomes a Place of kind "locality" with its container's coordinates, no GeoNames
id and a method that says so; geo precision 2 follows from it in `aggregate`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.model import Place, Span
from eventwire.nlp import text_of

CONTAINER_METHOD = "placed at container"

# Nouns naming a settlement or a part of one: "the X district of Y", "the village of X".
_SETTLEMENT_NOUNS = frozenset(
    {
        "district",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "village",
        "town",
        "township",
        "hamlet",
        "area",
        "quarter",
        "locality",
        "camp",
        "municipality",
        "sector",
        "subdistrict",
        "settlement",
        "city",
    }
)

# Nouns naming a site: placed only inside something wider than a town, since a building or
# a street in a known town does not move the event from that town.
_SITE_NOUNS = frozenset(
    {
        "street",
        "road",
        "square",
        "market",
        "hospital",
        "airport",
        "base",
        "mosque",
        "prison",
        "university",
        "stadium",
        "checkpoint",
        "bridge",
        "hill",
        "mountain",
        "valley",
    }
)

_PART_NOUNS = _SETTLEMENT_NOUNS | _SITE_NOUNS

# Nouns that make a phrase with a place in it a place itself ("Kharkiv and Odesa regions").
AREA_NOUNS = _SETTLEMENT_NOUNS | frozenset(
    {"region", "oblast", "province", "county", "governorate", "raion", "outskirts", "territory"}
)

_TOWN_KINDS = frozenset({"city", "locality", "other"})

# "X in Y", "X near Y": a preposition that puts the name inside or beside its container.
_CONTAINING_PREPS = frozenset({"in", "of", "near", "outside", "inside", "at"})

# Prepositions whose object is where something happens.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "into", "on"})

_NOT_PLACES = frozenset({"PERSON", "NORP", "DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL"})


def contained_places(sent: SpacySpan, places: Sequence[Place]) -> list[Place]:
    """Unresolved proper names in the sentence that the syntax places inside a resolved one."""
    resolved = [p for p in places if not p.is_demonym]
    demonyms = [p for p in places if p.is_demonym]
    if not resolved and not demonyms:
        return []
    taken = _token_ids(sent, resolved)
    out: list[Place] = []
    for name in _proper_name_runs(sent, taken):
        head = name[-1]
        # "Miami's Little Havana neighborhood": the part noun outweighs an NER guess.
        if (head.ent_type_ in _NOT_PLACES and not _names_settlement(head)) or not _is_placelike(
            head
        ):
            continue
        if head.tag_ == "NNPS" and head.ent_type_ == "NORP":
            continue  # "Shiite Muslims" even where the parser files them under a town
        if all(t.lemma_.lower() in _PART_NOUNS for t in name):
            continue  # "Deir Ezzor City": the type word of a name already found
        container = _container_of(head, sent, resolved, taken)
        how = "name not in the gazetteer"
        if container is None:
            container = _located_from(name, sent, resolved)
            how += ", located from it"
        if container is None and _names_settlement(head):
            # "targeting the town of Umm Batna, ... in the Golan Heights": the syntax says it
            # is a settlement but not in what; the sentence's nearest place is the best guess.
            container = _nearest_setting(name, resolved or demonyms)
            how = "name not in the gazetteer, placed at its sentence's nearest place"
        if container is None:
            continue
        if _describes_a_named_town(head, taken):
            continue  # "the Industrial city of Gujrat": the name describes Gujrat
        if container.kind in _TOWN_KINDS and not _names_settlement(head):
            continue  # "the Al-Midan Theater in Haifa": the event is in Haifa
        start, end = name[0].idx, head.idx + len(head.text)
        text = text_of(sent.doc)[start:end]
        out.append(
            Place(
                span=Span(start, end, text),
                name=text,
                kind="locality",
                lat=container.lat,
                lon=container.lon,
                geonameid=None,
                country_code=container.country_code,
                admin1=container.admin1 or (container.name if container.kind == "admin1" else None),
                score=round(container.score * 0.8, 3),
                method=f"{CONTAINER_METHOD} {container.name}: {how}",
            )
        )
    return out


def _nearest_setting(name: list[Token], places: Sequence[Place]) -> Place | None:
    """The place nearest the name in characters, the more specific of two as near."""
    start = name[0].idx

    def rank(place: Place) -> tuple[int, int]:
        return (abs(place.span.start - start), -place.specificity)

    return min(places, key=rank, default=None)


def _token_ids(sent: SpacySpan, places: Sequence[Place]) -> dict[int, Place]:
    ids: dict[int, Place] = {}
    for place in places:
        span = sent.doc.char_span(place.span.start, place.span.end, alignment_mode="expand")
        for tok in span or ():
            ids[tok.i] = place
    return ids


def _proper_name_runs(sent: SpacySpan, taken: dict[int, Place]) -> list[list[Token]]:
    """Runs of capitalised proper-noun tokens ("Mohammad Agha", "al-Yarmouk Hospital")."""
    runs: list[list[Token]] = []
    run: list[Token] = []
    for tok in sent:
        part = (tok.pos_ == "PROPN" or _capitalised_modifier(tok)) and (
            tok.i not in taken and tok.i > sent.start
        )
        hyphen = tok.text in ("-", "‘", "’", "'") and bool(run)
        if part or hyphen:
            run.append(tok)
            continue
        if run:
            runs.append(run)
        run = []
    if run:
        runs.append(run)
    return [r for r in (_trim(r) for r in runs) if r and _starts_name(r)]


def _starts_name(run: list[Token]) -> bool:
    # Arabic article particles are written in lower case: "al-Yarmouk", "el-Arish".
    first = run[0].text
    return first[:1].isupper() or (first.lower() in _PARTICLES and len(run) > 2)


_PARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "an", "az", "at"})


def _capitalised_modifier(tok: Token) -> bool:
    """ "the Qaswari neighbourhood": a name the tagger took for an adjective."""
    return (
        tok.pos_ in ("ADJ", "NOUN")
        and tok.text[:1].isupper()
        and tok.dep_ in ("amod", "compound")
        and tok.head.lemma_.lower() in _SETTLEMENT_NOUNS
        and tok.ent_type_ not in ("", "NORP")
    )


def _trim(run: list[Token]) -> list[Token]:
    while run and not run[-1].is_alpha:
        run = run[:-1]
    # "the northern Huriyah neighborhood": a direction tagged as a name is not part of it.
    while len(run) > 1 and run[0].text.islower() and run[0].lower_ not in _PARTICLES:
        run = run[1:]
    return run


def _describes_a_named_town(head: Token, taken: dict[int, Place]) -> bool:
    noun = head.head
    if head.dep_ not in ("compound", "amod") or noun.lemma_.lower() not in _TOWN_NOUNS:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.i in taken for g in c.subtree)
        for c in noun.children
    )


_TOWN_NOUNS = frozenset({"city", "town", "village", "capital"})


def _names_settlement(head: Token) -> bool:
    """ "the Amil neighbourhood", "the village of Tsurif", "Karradah district"."""
    if head.lemma_.lower() in _SETTLEMENT_NOUNS:
        return True
    governor = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head.head
    return head.dep_ in ("compound", "amod", "pobj", "appos") and (
        governor.lemma_.lower() in _SETTLEMENT_NOUNS
    )


def _is_placelike(head: Token) -> bool:
    """The name stands where a place stands: a part noun names it or it sits in a locative
    phrase ("in Qahira", "the Amil neighbourhood", "the village of Gurmenchuk")."""
    if head.head.lemma_.lower() in _PART_NOUNS and head.dep_ in ("compound", "amod", "appos"):
        return True
    if head.lemma_.lower() in _PART_NOUNS or _names_settlement(head):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS


def _container_of(
    head: Token, sent: SpacySpan, resolved: Sequence[Place], taken: dict[int, Place]
) -> Place | None:
    """The resolved place the syntax puts the name in: through "of"/"in"/"near" phrases of
    the name or of the part noun it names, a possessor ("Baghdad's neighbourhood of X"), a
    place-name modifier ("the West Bank village of X") or an apposition ("Orgun, Paktika")."""
    nouns = [head]
    if head.dep_ in ("compound", "appos", "amod") or (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN"
    ):
        part = head.head if head.dep_ != "pobj" else head.head.head
        if part.lemma_.lower() in _PART_NOUNS:
            nouns.append(part)
    for noun in nouns:
        for child in noun.children:
            found: Place | None = None
            if (child.dep_ == "prep" and child.lower_ in _CONTAINING_PREPS) or (
                child.dep_ in ("poss", "compound", "appos", "amod") and child.i != head.i
            ):
                found = _first_place_under(child, taken)
            if found is not None and found.kind != "locality":
                return found
    return None


# What may stand between a name and the place that locates it: "Adwar, 10 miles (16
# kilometers) south of Tikrit", "Dunya Pur, a small town about 100 km northeast of the city of
# Multan", "Vogosca, north of Sarajevo".
_LOCATED_GAP = re.compile(
    r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|village|city|area|district|suburb|"
    r"township|zone|settlement|neighbou?rhood)\s*,?\s*)?(?:(?:just|about|some|roughly|around|"
    r"also|located|situated)\s+)*(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?)\s*"
    r"(?:\([^)]{0,30}\)\s*)?)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|near|outside)"
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}(?:city|town|capital|province|region)\s+(?:of\s+)?)?$",
    re.I,
)


def _located_from(name: list[Token], sent: SpacySpan, resolved: Sequence[Place]) -> Place | None:
    """A place the text locates the name from, right after it: "X, 30 km south of Y"."""
    end = name[-1].idx + len(name[-1].text)
    text = text_of(sent.doc)
    for place in sorted(resolved, key=lambda p: p.span.start):
        if place.span.start < end or place.span.start > end + 120:
            continue
        if _LOCATED_GAP.fullmatch(text[end : place.span.start]):
            return place
    return None


def _first_place_under(token: Token, taken: dict[int, Place]) -> Place | None:
    """The first resolved place in a phrase, not looking into clauses inside it."""
    for tok in token.subtree:
        if tok.i in taken:
            node = tok
            ok = True
            while node.i != token.i and node.head.i != node.i:
                if node.dep_ in ("relcl", "acl", "ccomp", "advcl"):
                    ok = False
                    break
                node = node.head
            if ok:
                return taken[tok.i]
    return None
