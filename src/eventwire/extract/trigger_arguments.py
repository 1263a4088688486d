"""What a trigger word acts on: who or what is taken, given, moved or built, and which verb
governs it. The constructions in `trigger_rules` ask these questions of its arguments."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.trigger_lexicon import (
    AID_GOODS,
    BASES,
    PEOPLE,
)
from eventwire.extract.triggers import (
    DIPLOMATIC_LABELS,
    TRIGGERS,
)
from eventwire.extract.weapons import HEADS
from eventwire.model import WeaponMention


def gives_aid(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and names_any(c, AID_GOODS) for c in verb.children
    )


def takes_people(token: Token, place_tokens: frozenset[int]) -> bool:
    """ "captured the commander", "smugglers intercepted", "the interception of this man"."""
    return any(_is_people(t) for t in taken(token) if t.i not in place_tokens)


def taken(token: Token) -> list[Token]:
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN":
        found.append(token.head)  # "four smugglers intercepted at the border"
    if token.pos_ == "NOUN":
        found += [
            p
            for prep in token.children
            if prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    return found


def _is_people(word: Token) -> bool:
    return word.ent_type_ == "PERSON" or word.pos_ == "PRON" or word.lemma_.lower() in PEOPLE


def names_verbal_event(verb: Token) -> bool:
    """Whether the verb's object, or a word of it, names a verbal event ("launched an inquiry",
    "a mediation effort")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        for word in (obj, *(c for c in obj.lefts if c.dep_ == "compound")):
            entries = TRIGGERS.get(word.lemma_.lower(), [])
            if any(e.label in DIPLOMATIC_LABELS and "NOUN" in e.pos for e in entries):
                return True
    return False


def names_any(obj: Token, lemmas: frozenset[str]) -> bool:
    """Whether an object phrase is about one of these things ("aid deliveries", "part of an
    aid program"): its head, the head's modifiers, and an "of" phrase's noun with its own."""
    heads = [obj] + [
        p for prep in obj.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"
    ]
    words = [w for h in heads for w in (h, *h.children) if w is h or w.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in lemmas for w in words)


def phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


def names_attack(noun: Token) -> bool:
    return any(
        e.label == "attack" and "NOUN" in e.pos for e in TRIGGERS.get(noun.lemma_.lower(), [])
    )


def sets_up_base(verb: Token) -> bool:
    built = taken(verb) + ([verb.head] if verb.dep_ == "relcl" else [])
    return any(names_any(b, BASES) for b in built)


def has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children)


def modifies_weapon(token: Token) -> bool:
    """ "attack drones", "attack helicopter": a kind of weapon, not an attack."""
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in HEADS


def governed_by(token: Token, verbs: frozenset[str]) -> bool:
    head = token.head
    for _ in range(3):
        if head.lemma_.lower() in verbs:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def has_military_modifier(token: Token) -> bool:
    mods = {t.lemma_.lower() for t in token.subtree if t.i < token.i}
    return bool(mods & {"military", "weapon", "security", "defense", "defence", "arm", "lethal"})


def moves_weapons(token: Token, weapons: list[WeaponMention]) -> bool:
    """Whether arms are what a transfer or production word is about ("drone plant")."""
    root = token.head if token.dep_ in ("compound", "amod") else token
    # A verb's own subject is not what it moves ("a drone captured footage").
    parts = [root] + [c for c in root.children if not (root.pos_ == "VERB" and c.dep_ in _DOERS)]
    spans = [
        (min(t.idx for t in p.subtree), max(t.idx + len(t.text) for t in p.subtree)) for p in parts
    ]
    return any(lo <= w.span.start < hi for w in weapons for lo, hi in spans)


_DOERS = frozenset({"nsubj", "csubj", "advcl", "ccomp", "conj", "parataxis", "relcl"})
