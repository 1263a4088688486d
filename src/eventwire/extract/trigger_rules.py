"""Which words in a sentence name events: the trigger lexicon applied with syntax.

A lexicon word is a trigger only in the right construction: "attack drones" are weapons,
"according to" is a source, "seized weapons" disrupts arms rather than taking ground,
"captured the commander" is an arrest, an explosion at a gas plant is an accident.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.grammar import OBJECT_DEPS
from eventwire.extract.triggers import (
    DIPLOMATIC_LABELS,
    EASED_MEASURES,
    EASING_VERBS,
    INDUSTRIAL_CUES,
    MAN_MADE_CUES,
    PHRASAL,
    PHRASAL_ONLY,
    PREPOSITIONAL,
    TRIGGERS,
    Trigger,
    trigger_for,
    triggers_for,
)
from eventwire.extract.weapons import HEADS
from eventwire.model import WeaponMention


def trigger_of(
    token: Token, weapons: list[WeaponMention], place_tokens: frozenset[int] = frozenset()
) -> tuple[str, Trigger] | None:
    """The event label a word names here, with its lexicon entry; None if it names none."""
    lemma = token.lemma_.lower()
    for child in token.children:
        # The parser files "down" in "shot down 55 drones" as an adverb as often as a particle.
        particle = child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)
        if particle and (lemma, child.lower_) in PHRASAL:
            label = PHRASAL[(lemma, child.lower_)]
            return label, Trigger(label, frozenset({"VERB"}))
    construction = _light_verb_event(token, lemma)
    if construction is not None:
        return construction, Trigger(construction, frozenset({"VERB"}))
    if lemma in PHRASAL_ONLY:
        return None
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "DATE") and token.pos_ == "PROPN":
        return None
    if token.lower_ == "according":  # "according to": a source, not an accord
        return None
    if _is_background_state(token) or _modifies_weapon(token):
        return None
    if (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and trigger_for(token.head.lemma_.lower(), token.head.lower_, token.head.pos_) is None
    ):
        return None  # "shooting range", "protest movement": a kind of thing, not an event
    # A word may name several events ("destroyed the drones", "destroyed the market"): the
    # first entry whose construction holds here wins.
    for trigger in triggers_for(lemma, token.lower_, token.pos_):
        named = _label_here(token, lemma, trigger, weapons, place_tokens)
        if named is not None:
            return named, trigger
    return None


def _label_here(
    token: Token,
    lemma: str,
    trigger: Trigger,
    weapons: list[WeaponMention],
    place_tokens: frozenset[int],
) -> str | None:
    """The label a lexicon entry gives this token, or None if its construction fails."""
    if trigger.label in DIPLOMATIC_LABELS and token.dep_ in _DESCRIBING_DEPS:
        return None  # "Iranian-backed militias", "a group supported by Russia": who they are
    if trigger.label == "attack" and token.pos_ == "VERB" and _subject_is_disaster(token):
        return None  # "an earthquake struck Lombok": the quake is the event
    # "announced a package" is aid; "military aid" is aid with or without the verb.
    governed = not trigger.needs_governor or _governed_by(token, trigger.needs_governor)
    if not governed and not (trigger.label == "military aid" and _has_military_modifier(token)):
        return None
    if trigger.needs_weapon_object and not _moves_weapons(token, weapons):
        return None
    # "fire", "hit", "target" name attacks only with arms or an object ("hit the base").
    vague = lemma in ("fire", "launch", "hit", "target")
    objects = OBJECT_DEPS | {"nsubjpass"}
    if vague and not weapons and not any(c.dep_ in objects for c in token.children):
        return None
    if lemma == "launch" and not weapons and _names_verbal_event(token):
        return None  # "launched an investigation", "launched a mediation effort"
    label = trigger.label
    if label in _NEGATABLE and any(c.dep_ == "neg" for c in token.children):
        return "rejection"  # "will not accept refugees", "did not agree"
    if lemma == "strike" and token.pos_ == "NOUN" and _is_labour_strike(token):
        return "protest"  # "a hunger strike", "organised a general strike"
    if label == "territory change" and _moves_weapons(token, weapons):
        label = "disrupted weapons use"  # "seized weapons": arms, not ground
    elif label == "territory change" and _takes_people(token, place_tokens):
        label = "arrest"  # "troops captured Saddam": a person, not ground
    if label == "attack" and lemma in ("explode", "explosion", "blast") and _industrial(token):
        label = "man-made disaster"
    if label == "natural disaster" and any(
        t.lower_ in MAN_MADE_CUES or t.lemma_ in MAN_MADE_CUES for t in token.sent
    ):
        label = "man-made disaster"
    return label


def accuses_of_event(token: Token, trigger_ids: set[int]) -> bool:
    return any(t.i in trigger_ids for t in token.subtree if t.i != token.i)


def dominates(upper: Token, lower: Token) -> bool:
    return upper.i != lower.i and upper.is_ancestor(lower)


def _takes_people(token: Token, place_tokens: frozenset[int]) -> bool:
    taken = [
        c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in place_tokens
    ]
    return any(
        t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.lemma_.lower() in _PEOPLE for t in taken
    )


# Verb + object pairs that name events: "took control of", "cut ties with".
_LIGHT_VERBS: dict[tuple[str, str], str] = {
    ("take", "control"): "territory change",
    ("wrest", "control"): "territory change",
    ("gain", "control"): "territory change",
    ("seize", "control"): "territory change",
    ("regain", "control"): "territory change",
    ("cut", "tie"): "sanction",
    ("sever", "tie"): "sanction",
    ("break", "tie"): "sanction",
    ("cut", "relation"): "sanction",
    ("sever", "relation"): "sanction",
    ("claim", "responsibility"): "claim of responsibility",
    ("accept", "demand"): "concession",
    ("meet", "demand"): "concession",
    ("grant", "asylum"): "aid",
    ("hold", "talk"): "consultation",
    ("hold", "meeting"): "consultation",
    ("establish", "tie"): "support",
    ("establish", "relation"): "support",
    ("restore", "tie"): "support",
    ("restore", "relation"): "support",
    ("upgrade", "tie"): "support",
    ("share", "intelligence"): "cooperation",
    ("share", "information"): "cooperation",
}
_GATHER_VERBS = frozenset({"gather", "assemble", "converge", "march", "rally", "flock"})
_CROWDS = frozenset(
    {
        "protester",
        "demonstrator",
        "crowd",
        "activist",
        "supporter",
        "student",
        "worker",
        "rioter",
        "marcher",
        "thousand",
        "hundred",
        "dozen",
    }
)
_DISASTERS = frozenset(
    {
        "earthquake",
        "quake",
        "tremor",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "flood",
        "tsunami",
        "tornado",
        "landslide",
        "wildfire",
        "fire",
        "lightning",
        "avalanche",
    }
)


_DESCRIBING_DEPS = frozenset({"amod", "compound", "acl"})
_NEGATABLE = frozenset({"pledge", "agreement", "support", "cooperation", "concession"})
# Strikes that are walkouts, not attacks: by their kind, or by what people do with them.
_STRIKE_KINDS = frozenset(
    {"hunger", "general", "labour", "labor", "nationwide", "national", "wildcat", "sit-down"}
)
_STRIKE_ACTIONS = frozenset({"stage", "organize", "organise", "call", "hold", "go", "join"})


def _is_labour_strike(noun: Token) -> bool:
    if any(c.lemma_.lower() in _STRIKE_KINDS for c in noun.lefts):
        return True
    governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    return governor.pos_ == "VERB" and governor.lemma_.lower() in _STRIKE_ACTIONS


def _names_verbal_event(verb: Token) -> bool:
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


def _light_verb_event(token: Token, lemma: str) -> str | None:
    """Events named by a verb with its object, or by who does it ("demonstrators gathered")."""
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and (lemma, child.lemma_.lower()) in _LIGHT_VERBS:
            return _LIGHT_VERBS[(lemma, child.lemma_.lower())]
        if child.dep_ in ("dobj", "obj", "nsubjpass") and lemma in EASING_VERBS:
            eased = _eased_measure(child)
            if eased is not None:
                return eased
        if child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITIONAL:
            return PREPOSITIONAL[(lemma, child.lower_)]
    if lemma in _GATHER_VERBS:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _CROWDS for s in subjects):
            return "protest"
    return None


def _eased_measure(obj: Token) -> str | None:
    """ "lifted the curfew", "eased restrictions", "lifted a state of emergency"."""
    for word in (obj, *(c for c in obj.subtree if c.dep_ in ("pobj", "compound", "amod"))):
        found = EASED_MEASURES.get(word.lemma_.lower())
        if found is not None:
            return found
    return None


def _subject_is_disaster(verb: Token) -> bool:
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _DISASTERS for c in verb.children
    )


_PEOPLE = frozenset(
    {
        "man",
        "woman",
        "people",
        "suspect",
        "leader",
        "commander",
        "soldier",
        "fighter",
        "member",
        "militant",
        "journalist",
        "civilian",
        "person",
        "child",
        "official",
        "activist",
    }
)


def _industrial(token: Token) -> bool:
    """ "a tank at the gas plant exploded": an accident unless someone set it off."""
    sent = token.sent.text.lower()
    hostile = ("attack", "bomb", "militant", "suicide", "insurgent", "rebels", "terror")
    return any(c in sent for c in INDUSTRIAL_CUES) and not any(h in sent for h in hostile)


def _modifies_weapon(token: Token) -> bool:
    """ "attack drones", "attack helicopter": a kind of weapon, not an attack."""
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in HEADS


def _governed_by(token: Token, verbs: frozenset[str]) -> bool:
    head = token.head
    for _ in range(3):
        if head.lemma_.lower() in verbs:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _has_military_modifier(token: Token) -> bool:
    mods = {t.lemma_.lower() for t in token.subtree if t.i < token.i}
    return bool(mods & {"military", "weapon", "security", "defense", "defence", "arm", "lethal"})


def _moves_weapons(token: Token, weapons: list[WeaponMention]) -> bool:
    """Whether arms are what a transfer or production word is about ("drone plant")."""
    root = token.head if token.dep_ in ("compound", "amod") else token
    lo = min(t.idx for t in root.subtree)
    hi = max(t.idx + len(t.text) for t in root.subtree)
    return any(lo <= w.span.start < hi for w in weapons)


def _is_background_state(token: Token) -> bool:
    """'Iran, which is under sanctions': a state described in passing, not an event."""
    head = token.head
    return bool(token.pos_ == "NOUN" and head.lower_ == "under" and head.head.lemma_ == "be")
