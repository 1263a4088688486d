"""Where an event happened: choosing among the places its sentence names.

The nearest place in the trigger's clause wins, the most specific among those as near; a
coordination of places of one kind ("Kharkiv, Poltava and Odesa regions") gives one location
each. Places that only describe ("a US soldier"), locate something else ("50 km west of Y"),
open a dateline or say where a statement was made are not locations.
"""

from __future__ import annotations

import re
from collections import deque

from spacy.tokens import Doc, Token

from eventwire.extract.attribution_cues import REPORTING_VERBS
from eventwire.extract.containers import CONTAINER_METHOD
from eventwire.extract.linking import (
    span_distance,
    tokens_in,
)
from eventwire.extract.triggers import ROUTED_LABELS, TRIGGERS
from eventwire.model import LOCAL_PLACE_KINDS, Place, Span
from eventwire.nlp import text_of


def locations_of(
    places: list[Place],
    distance: dict[int, int],
    doc: Doc,
    actor_spans: tuple[Span, ...],
    origin_tokens: set[int],
    label: str,
) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    """Where the event happened (coordinated places each count) and the other places it names."""
    candidates = []
    others = []
    unreached = []
    for place in places:
        if place.is_demonym:
            continue
        d = span_distance(place.span, distance, doc)
        if d is None:
            unreached.append(place)
            continue
        tokens = tokens_in(doc, place.span)
        # "snipers in Aden", "police in the city of Cali": where the actor is, the event is;
        # "Washington's ambassador", "the Pentagon, headquarters of ..." name no such place.
        in_actor = any(
            a.start <= place.span.start < a.end for a in actor_spans
        ) and not _in_locative_phrase(tokens)
        from_origin = any(t.i in origin_tokens for t in tokens)
        if in_actor or (from_origin and label not in ("arms transfer",)):
            others.append(place)
            continue
        if _names_something_else(tokens, place) or _in_dateline(tokens) or _agent(tokens):
            others.append(place)
            continue
        candidates.append((d, -place.specificity, place))
    if len(candidates) > 1:
        # "in Bahawalpur, 80 kilometers south of Multan": Multan is only a reference point.
        kept = [c for c in candidates if not _reference_point(text_of(doc), c[2])]
        others += [c[2] for c in candidates if c not in kept]
        candidates = kept or candidates
    if not candidates and unreached and label not in ROUTED_LABELS:
        # Nothing in the trigger's own clause: the sentence's setting, reached through any
        # clause ("shot ... while broadcasting on a Zamboanga station"), is still where it
        # happened, unless it says where something was said or where someone came from.
        candidates = _setting_candidates(unreached, doc, distance, actor_spans, origin_tokens)
    if not candidates or label in ROUTED_LABELS:
        # Arms move between places: every place is a route or an end, none "the" location.
        return (), tuple(others + [c[2] for c in sorted(candidates, key=lambda c: c[2].span.start)])
    # Nearest in the tree first; among places as near, the most specific.
    candidates.sort(key=lambda c: (c[0], c[1], c[2].span.start))
    trigger_i = min(distance, key=lambda i: distance[i])
    best = _most_specific_in_phrase(candidates, doc, trigger_i)
    group = [best]
    best_tokens = tokens_in(doc, best.span)
    best_np = _noun_phrase_root(best_tokens)
    best_prep = _top_preposition(best_tokens)
    for _, _, place in candidates[1:]:
        tokens = tokens_in(doc, place.span)
        same_np = best_np is not None and best_np == _noun_phrase_root(tokens)
        # "at Lviv, at the Dnipropetrovsk region": coordinated phrases, one place each.
        same_list = same_np or _coordinated(doc, best_prep, _top_preposition(tokens))
        # ACLED codes one event per place hit: a town and a region listed together ("Mykolaiv,
        # Kharkiv, the Kharkiv region were shelled") are places of their own, as two towns are.
        alike = place.kind == best.kind or (
            place.kind in LOCAL_PLACE_KINDS and best.kind in LOCAL_PLACE_KINDS
        )
        if same_list and alike and place.name != best.name:
            group.append(place)
    group.sort(key=lambda p: p.span.start)
    rest = [c[2] for c in candidates if c[2] not in group]
    return tuple(group), tuple(others + rest)


# Nouns a place name may modify and still say where: "Kharkiv region", "the Gaza border".
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "state",
        "county",
        "oblast",
        "area",
        "capital",
        "port",
        "border",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "zone",
        "governorate",
        "municipality",
        "camp",
        "island",
        "coast",
        "valley",
        "street",
        "road",
        "highway",
        "airport",
        "base",
        "front",
        "territory",
        "countryside",
        "outskirts",
        "strip",
        "hills",
        "mountains",
        "river",
        "sea",
        "gulf",
        "bay",
        "desert",
        "prefecture",
        "department",
        "market",
        "station",
        "field",
        "hospital",
        "school",
        "mosque",
        "church",
        "square",
        "checkpoint",
        "bridge",
        "headquarters",
        "home",
        "house",
        "compound",
        "office",
        "hotel",
        "apartment",
        "building",
        "residence",
        "shop",
        "restaurant",
        "cafe",
        "mall",
        "museum",
        "hall",
        "quarter",
        "settlement",
    }
)


# People and bodies a place name may describe: "a US soldier", "Washington's ambassador".
_PERSON_NOUNS = frozenset(
    {
        "soldier",
        "troop",
        "official",
        "ambassador",
        "envoy",
        "diplomat",
        "president",
        "minister",
        "leader",
        "spokesman",
        "spokeswoman",
        "force",
        "army",
        "military",
        "government",
        "embassy",
        "citizen",
        "national",
        "resident",
        "journalist",
        "reporter",
        "officer",
        "commander",
        "general",
        "delegation",
        "authority",
        "administration",
        "navy",
        "marine",
        "police",
        "militant",
        "fighter",
        "rebel",
        "man",
        "woman",
        "worker",
        "student",
        "team",
        "company",
        "firm",
        "media",
        "newspaper",
        "agency",
        "court",
        "parliament",
        "counterpart",
        "premier",
        "mayor",
        "governor",
        "chief",
        "aide",
        "king",
        "queen",
        "prince",
        "lawmaker",
        "senator",
        "party",
        "group",
    }
)


def _names_something_else(tokens: list[Token], place: Place) -> bool:
    """ "a US soldier", "Washington's ambassador": the name describes a person or thing;
    "a U.S. helicopter", "the Middle East war": a country or region names whose it is, while
    a town ("a Gaza street", "the Mosul offensive") still says where."""
    if not tokens:
        return False
    last = tokens[-1]
    if last.dep_ not in ("compound", "amod", "poss", "nmod"):
        return False
    head = last.head
    if head.ent_type_ in ("DATE", "TIME"):
        return False  # "outside the Vatican Sunday": a parse that hangs the place on a day
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        if head.lemma_.lower() in _PLACE_NOUNS:
            return False
        head = head.head
    lemma = head.lemma_.lower()
    if lemma in _PLACE_NOUNS:
        return False
    if lemma in TRIGGERS and place.kind != "country":
        # "its West Bank offensive", "the Gaza war": where the event is ("the US invasion":
        # whose it is).
        return False
    if place.kind in _WIDE_KINDS and head.pos_ in ("NOUN", "PROPN"):
        return True
    return lemma in _PERSON_NOUNS or head.ent_type_ in ("PERSON", "NORP")


_WIDE_KINDS = frozenset({"country", "admin1", "region", "water"})


_REFERENCE = re.compile(
    r"(?:\d[\d,.]*\s*(?:km|kilomet(?:er|re)s?|miles?|mi)\b[^,;]{0,30}?"
    r"|,\s*(?:just |about |some |also )*(?:north|south|east|west)[\w-]*)"
    r"\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.I,
)


def _reference_point(text: str, place: Place) -> bool:
    """ "X, 50 km west of Y", "X, south of Y": Y locates X and is not where it happened."""
    return bool(_REFERENCE.search(text[max(0, place.span.start - 70) : place.span.start]))


def _agent(tokens: list[Token]) -> bool:
    """ "missiles launched by Russia": the doer of a passive is a party, not a place."""
    last = tokens[-1] if tokens else None
    return (
        last is not None
        and last.dep_ == "pobj"
        and last.head.lower_ == "by"
        and last.head.dep_ == "agent"
    )


def _in_dateline(tokens: list[Token]) -> bool:
    """ "BAGHDAD -- A suicide bomber ...": the dateline says where the report was filed."""
    if not tokens:
        return False
    sent = tokens[0].sent
    if tokens[0].i - sent.start > 1:
        return False
    after = tokens[-1].doc[tokens[-1].i + 1 : min(tokens[-1].i + 10, sent.end)]
    if any(t.text in ("--", "—", "–") for t in after):
        return True
    # "KYIV, March 22 (Reuters) - ...": a plain hyphen after a bracketed credit, or after a
    # name in capitals, ends a dateline too.
    hyphen = next((t for t in after if t.text == "-"), None)
    if hyphen is None:
        return False
    before = tokens[0].doc[tokens[-1].i + 1 : hyphen.i]
    return any(t.text == ")" for t in before) or tokens[0].text.isupper()


def _governing_verb(doc: Doc, place: Place) -> int | None:
    tokens = tokens_in(doc, place.span)
    node = tokens[-1] if tokens else None
    for _ in range(12):
        if node is None or node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node.i if node is not None else None


def _locative_path(tokens: list[Token]) -> bool:
    """Only place words between the name and its clause: "in the West Bank city of Nablus",
    not "in support of Morales' reform"."""
    if not tokens:
        return False
    node = tokens[-1].head
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return True
        if node.pos_ == "NOUN" and node.lemma_.lower() not in _PLACE_NOUNS:
            return False
        if node.dep_ == "prep" and node.lower_ not in _LOCATIVE_PREPS | {"of"}:
            return False  # "Lebanon's border with Israel": Israel is across it
        node = node.head
    return True


def _top_preposition(tokens: list[Token]) -> int | None:
    """The preposition that attaches a place's phrase to its clause ("outside police
    headquarters in Fallujah, in the province of Al-Anbar": "outside" for both names)."""
    if not tokens:
        return None
    node = tokens[-1]
    top: int | None = None
    for _ in range(12):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        if node.dep_ == "prep" and node.lower_ != "of":
            top = node.i
        node = node.head
    return top


def _most_specific_in_phrase(
    candidates: list[tuple[int, int, Place]], doc: Doc, trigger_i: int
) -> Place:
    """The nearest place, or a more specific one in the same locative phrase: "in the West
    Bank city of Nablus" → Nablus; "in Khost city, the capital of Khost province" → Khost city;
    "in Yala's Betong district" → Betong (a possessor contains what it owns)."""
    best = candidates[0][2]
    if best.kind in _WIDE_KINDS:
        # "In Dagestan, police shot two gunmen in the town of Buinaksk": a town of the same
        # country named about as near says where within the region it happened.
        near = candidates[0][0] + 3
        towns = [
            c[2]
            for c in candidates
            if c[0] <= near
            and c[2].specificity > best.specificity
            and c[2].country_code == best.country_code
            and _governing_verb(doc, c[2]) in (_governing_verb(doc, best), trigger_i)
        ]
        if towns:
            best = towns[0]
    # "Baghdad's neighbourhood of Shaab": a name placed inside the best place is more precise.
    inside = [
        c[2] for c in candidates if c[2].method.startswith(f"{CONTAINER_METHOD} {best.name}:")
    ]
    if inside:
        return inside[0]
    prep = _top_preposition(tokens_in(doc, best.span))
    if prep is None:
        return best
    same = [
        c[2]
        for c in candidates
        if c[2] is best
        or (
            _top_preposition(tokens_in(doc, c[2].span)) == prep
            and _locative_path(tokens_in(doc, c[2].span))
        )
    ]

    def rank(place: Place) -> tuple[int, int]:
        tokens = tokens_in(doc, place.span)
        # "Yala's Betong district": the possessor contains the district it names.
        possessor = bool(tokens) and tokens[-1].dep_ == "poss"
        return (place.specificity, 0 if possessor else 1)

    return max(same, key=rank)  # max keeps the first (nearest) of equals


def _coordinated(doc: Doc, a: int | None, b: int | None) -> bool:
    """Two prepositions joined by coordination ("at Lviv, at Dnipro", "in X and in Y")."""
    if a is None or b is None or a == b:
        return False
    for first, second in ((a, b), (b, a)):
        token = doc[second]
        for _ in range(4):
            if token.dep_ != "conj" or token.head.i == token.i:
                break
            token = token.head
            if token.i == first:
                return True
    return False


def _noun_phrase_root(tokens: list[Token]) -> int | None:
    """The token that heads a coordination of names ("Kharkiv, Poltava and Odesa regions")."""
    if not tokens:
        return None
    tok = tokens[-1]
    for _ in range(8):
        if (
            tok.dep_ in ("conj", "compound", "appos", "amod", "nmod", "cc", "punct")
            and tok.head.i != tok.i
        ):
            tok = tok.head
        else:
            break
    return tok.i


# Prepositions that put their object's place around the phrase they modify.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "around", "outside", "across", "on"})


def _in_locative_phrase(tokens: list[Token]) -> bool:
    """The name sits in an "in"/"at"/"near" phrase ("snipers in Aden")."""
    if not tokens:
        return False
    tok = tokens[-1]
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and _is_place_noun(tok.head.head):
            tok = tok.head.head  # "police in the western city of Cali": go on from "city"
            continue
        if tok.dep_ == "poss" and _is_place_noun(tok.head):
            tok = tok.head  # "men in Pattani province's capital city"
            continue
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _LOCATIVE_PREPS
        if tok.dep_ not in ("compound", "conj", "appos", "cc", "punct", "amod", "prep"):
            return False
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return False
        tok = tok.head
    return False


def _is_place_noun(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in _PLACE_NOUNS


def _setting_candidates(
    places: list[Place],
    doc: Doc,
    distance: dict[int, int],
    actor_spans: tuple[Span, ...],
    origin_tokens: set[int],
) -> list[tuple[int, int, Place]]:
    trigger = doc[min(distance, key=lambda i: distance[i])]
    whole = _sentence_distances(trigger)
    out = []
    for place in places:
        tokens = tokens_in(doc, place.span)
        if not tokens or any(t.i in origin_tokens for t in tokens):
            continue
        if any(
            a.start <= place.span.start < a.end for a in actor_spans
        ) and not _in_locative_phrase(tokens):
            continue
        if _names_something_else(tokens, place) or _where_said(tokens[-1]) or _agent(tokens):
            continue
        if _acts_elsewhere(tokens):
            continue  # "ever since Russia invaded": a party to another clause, not a setting
        d = min((whole[t.i] for t in tokens if t.i in whole), default=None)
        if d is not None:
            out.append((d, -place.specificity, place))
    return out


def _acts_elsewhere(tokens: list[Token]) -> bool:
    """A name that is the subject of some verb names a party, not a place."""
    root = tokens[-1]
    while root.dep_ in ("compound", "flat", "appos") and root.head.i != root.i:
        root = root.head
    return root.dep_ in ("nsubj", "nsubjpass")


def _sentence_distances(trigger: Token) -> dict[int, int]:
    """Tree distance from the trigger to every token of its sentence, across clauses."""
    sent = trigger.sent
    dist = {trigger.i: 0}
    queue = deque([trigger])
    while queue:
        tok = queue.popleft()
        for nxt in [*tok.children, tok.head]:
            if sent.start <= nxt.i < sent.end and nxt.i not in dist:
                dist[nxt.i] = dist[tok.i] + 1
                queue.append(nxt)
    return dist


def _where_said(token: Token) -> bool:
    """ "the envoy in the country said": a place that belongs to a reporting verb."""
    node = token
    for _ in range(8):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node.lemma_.lower() in REPORTING_VERBS
    return False
