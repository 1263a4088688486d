"""Which words in a sentence name events: the trigger lexicon applied with syntax.

A lexicon word is a trigger only in the right construction: "attack drones" are weapons,
"according to" is a source, "seized weapons" disrupts arms rather than taking ground,
"captured the commander" is an arrest, an explosion at a gas plant is an accident.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.grammar import OBJECT_DEPS
from eventwire.extract.trigger_arguments import (
    gives_aid,
    governed_by,
    has_military_modifier,
    has_object,
    modifies_weapon,
    moves_weapons,
    names_any,
    names_verbal_event,
    sets_up_base,
    taken,
    takes_people,
)
from eventwire.extract.trigger_lexicon import (
    ABSTRACT_FOES,
    EFFORT_NOUNS,
    NEGATABLE,
    NOTICES,
    RELEASED_THINGS,
    SEXUAL_HARM,
    SWEARING_VERBS,
    WRITTEN_WORDS,
)
from eventwire.extract.trigger_light_verbs import calls_off_protest, light_verb_event
from eventwire.extract.trigger_misparses import misread_verb
from eventwire.extract.trigger_said_ahead import (
    said_in_advance,
)
from eventwire.extract.trigger_senses import (
    crime_nearby,
    failed,
    industrial,
    is_background_state,
    is_labour_strike,
    man_made,
    protests_in_words,
    sexual,
    subject_is_disaster,
    suicide_told,
)
from eventwire.extract.triggers import (
    DIPLOMATIC_LABELS,
    PHRASAL,
    PHRASAL_ONLY,
    Trigger,
    trigger_for,
    triggers_for,
)
from eventwire.model import WeaponMention


def trigger_of(
    token: Token, weapons: list[WeaponMention], place_tokens: frozenset[int] = frozenset()
) -> tuple[str, Trigger] | None:
    """The event label a word names here, with its lexicon entry; None if it names none."""
    lemma = token.lemma_.lower()
    named = _named_here(token, lemma, weapons, place_tokens)
    # A deed demanded, promised or threatened is that verbal event, unless it is a deed of
    # its own kind ("will send drones" stays a planned arms transfer).
    if token.pos_ == "VERB" and (named is None or named[0] in _SAYABLE):
        said = said_in_advance(token, lemma)
        if said is not None:
            return said, Trigger(said, frozenset({"VERB"}), weight=0.6)
    if (
        (named is None or named[0] == "pledge")
        and lemma in SWEARING_VERBS
        and _swears_violence(token)
    ):
        return "threat", Trigger("threat", frozenset({"VERB"}), weight=0.6)  # "vowed to fight"
    if named is not None and named[0] in _SWORN_DEEDS and _is_sworn(token):
        # The fight sworn is no fight yet: it is what the threat threatens.
        return "threat", Trigger("threat", frozenset({"VERB"}), weight=0.6)
    if named is None:
        return None
    return _refined(named[0], token), named[1]


# What people act against names a state of affairs they oppose, not an event of its own
# ("against the occupation", "against the invasion").
_OPPOSED_STATES = frozenset({"territory change", "armed clash"})


# Violence sworn ahead ("vowed to fight on", "swore to kill") is a threat, not a promise.
_SWORN_DEEDS = frozenset({"attack", "armed clash"})


def _is_sworn(deed: Token) -> bool:
    return _infinitive(deed) and deed.head.lemma_.lower() in SWEARING_VERBS


def _infinitive(deed: Token) -> bool:
    return deed.dep_ == "xcomp" or (
        deed.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in deed.children)
    )


def _swears_violence(verb: Token) -> bool:
    for deed in verb.children:
        if _infinitive(deed) and deed.pos_ == "VERB":
            entries = triggers_for(deed.lemma_.lower(), deed.lower_, "VERB")
            if any(e.label in _SWORN_DEEDS for e in entries):
                return True
    return False


# Deeds that, announced ahead, are the promise or threat rather than the deed.
_PROMISABLE_DEEDS = frozenset(
    {"withdrawal", "evacuation", "agreement", "deployment", "sanction", "restriction", "arrest"}
)


_SAYABLE = DIPLOMATIC_LABELS | _PROMISABLE_DEEDS


def _named_here(
    token: Token, lemma: str, weapons: list[WeaponMention], place_tokens: frozenset[int]
) -> tuple[str, Trigger] | None:
    for child in token.children:
        # The parser files "down" in "shot down 55 drones" as an adverb as often as a particle.
        particle = child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)
        if particle and (lemma, child.lower_) in PHRASAL:
            label = PHRASAL[(lemma, child.lower_)]
            if label == "release" and gives_aid(token):
                label = "aid"  # "handed over medicine": help, not a release
            return label, Trigger(label, frozenset({"VERB"}))
    construction = light_verb_event(token, lemma)
    if construction in NEGATABLE and any(c.dep_ == "neg" for c in token.children):
        construction = "rejection"  # "would not meet their demands"
    if construction is not None:
        return construction, Trigger(construction, frozenset({"VERB"}))
    if lemma in PHRASAL_ONLY:
        return None
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "DATE") and token.pos_ == "PROPN":
        return None
    if token.lower_ == "according":  # "according to": a source, not an accord
        return None
    if is_background_state(token) or modifies_weapon(token):
        return None
    if (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and token.head.lemma_.lower() not in EFFORT_NOUNS
        and trigger_for(token.head.lemma_.lower(), token.head.lower_, token.head.pos_) is None
    ):
        return None  # "shooting range", "protest movement": a kind of thing, not an event
    # A word may name several events ("destroyed the drones", "destroyed the market"): the
    # first entry whose construction holds here wins.
    misread = misread_verb(token)
    if misread is not None:
        lemma, pos = misread, "VERB"
    else:
        pos = token.pos_
    for trigger in triggers_for(lemma, token.lower_, pos):
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
    if (
        trigger.label in DIPLOMATIC_LABELS
        and token.dep_ in _DESCRIBING_DEPS
        and token.head.lemma_.lower() not in EFFORT_NOUNS
        and not (token.dep_ == "acl" and token.head.lemma_.lower() in WRITTEN_WORDS)
    ):
        # (A "statement demanding ..." or a "letter condemning ..." is the words themselves.)
        return None  # "Iranian-backed militias", "a group supported by Russia": who they are
    if (
        trigger.label in _OPPOSED_STATES
        and token.pos_ == "NOUN"
        and token.dep_ == "pobj"
        and token.head.lower_ == "against"
    ):
        return None  # "protested against the occupation", "the fight against the invasion"
    if trigger.label == "attack" and token.pos_ == "VERB" and subject_is_disaster(token):
        return None  # "an earthquake struck Lombok": the quake is the event
    if lemma == "release" and any(t.lemma_.lower() in RELEASED_THINGS for t in taken(token)):
        return None  # "released a statement", "released gas": no one set free
    if trigger.label == "base established" and not sets_up_base(token):
        return None  # "set up roadblocks", "establish the rule of law": no base
    if lemma == "burn" and trigger.label == "looting" and not has_object(token):
        return "man-made disaster"  # "the tank burns": a fire, not arson
    if lemma == "release" and any(c.lower_ in NOTICES for c in token.lefts):
        return None  # "a press release": a notice, not a release
    if lemma == "attack" and any(c.lower_ in ("cyber", "cyber-") for c in token.lefts):
        return "cyber attack"
    if lemma == "bomber" and not any(c.lower_ == "suicide" for c in token.lefts):
        return None  # "the alleged bombers of the airliner": people, not a suicide bombing
    if lemma == "abuse" and not sexual(token):
        return None  # "abuses of power", "abused his office": no violence named
    if lemma in SEXUAL_HARM and sexual(token):
        return "sexual violence"  # "sexually assaulted", "a sexual assault", "sexually abused"
    # "announced a package" is aid; "military aid" is aid with or without the verb.
    governed = not trigger.needs_governor or governed_by(token, trigger.needs_governor)
    if not governed and not (trigger.label == "military aid" and has_military_modifier(token)):
        return None
    if trigger.needs_weapon_object and not moves_weapons(token, weapons):
        return None
    # "fire", "hit", "target" name attacks only with arms or an object ("hit the base").
    vague = lemma in ("fire", "launch", "hit", "target")
    objects = OBJECT_DEPS | {"nsubjpass"}
    if vague and not weapons and not any(c.dep_ in objects for c in token.children):
        return None
    if lemma == "launch" and not weapons and names_verbal_event(token):
        return None  # "launched an investigation", "launched a mediation effort"
    label = trigger.label
    if label in NEGATABLE and any(c.dep_ == "neg" for c in token.children):
        return "rejection"  # "will not accept refugees", "did not agree"
    if label in NEGATABLE and failed(token):
        return "rejection"  # "failed to reach agreement", "refused to sign the accord"
    if label == "armed clash" and _against_abstract_foe(token):
        return None  # "the battle against poverty", "the fight against the water crisis"
    if label == "protest" and lemma == "protest" and protests_in_words(token):
        return "accusation"  # "lodged a protest with Albania": disapproval, not a crowd
    if label == "protest" and token.pos_ == "NOUN" and _called_off(token):
        return None  # "called off the strike": the strike is not held
    if lemma == "strike" and token.pos_ == "NOUN" and is_labour_strike(token):
        return "protest"  # "a hunger strike", "organised a general strike"
    # "captured the commander of the explosives unit": who is taken decides, not the words
    # that describe them.
    if label in ("territory change", "disrupted weapons use") and takes_people(token, place_tokens):
        label = "arrest"  # "troops captured Saddam", "intercepted a trafficker": a person
    elif label == "territory change" and moves_weapons(token, weapons):
        label = "disrupted weapons use"  # "seized weapons": arms, not ground
    return label


def _refined(label: str, token: Token) -> str:
    """The kinds of violence and disaster the sentence around a label decides, whichever
    construction named it: made once here, for every trigger."""
    lemma = token.lemma_.lower()
    if label == "arrest" and crime_nearby(token):
        return "organized crime"  # "detained 34 people ... linked to a smuggling gang"
    if label == "attack" and suicide_told(token):
        return "suicide bombing"  # "bombers blew themselves up": coded apart from attacks
    if label == "attack" and lemma in ("explode", "explosion", "blast") and industrial(token):
        return "man-made disaster"
    if label == "natural disaster" and man_made(token):
        return "man-made disaster"  # "a fire at the chemical plant", "a gas leak"
    return label


def accuses_of_event(token: Token, trigger_ids: set[int]) -> bool:
    return any(t.i in trigger_ids for t in token.subtree if t.i != token.i)


def dominates(upper: Token, lower: Token) -> bool:
    return upper.i != lower.i and upper.is_ancestor(lower)


_DESCRIBING_DEPS = frozenset({"amod", "compound", "acl"})


def _against_abstract_foe(token: Token) -> bool:
    return any(
        p.dep_ == "pobj" and names_any(p, ABSTRACT_FOES)
        for prep in token.children
        if prep.lower_ == "against"
        for p in prep.children
    )


def _called_off(noun: Token) -> bool:
    return noun.dep_ in ("dobj", "obj", "nsubjpass") and calls_off_protest(
        noun.head, noun.head.lemma_.lower()
    )
