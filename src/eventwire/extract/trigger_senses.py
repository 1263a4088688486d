"""Which sense an ambiguous trigger has here: a labour strike or an attack, a disaster's
doing or a raid, an industrial accident or a bombing, a failed deal or a deal."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.trigger_lexicon import (
    CRIME_WORDS,
    DISASTERS,
    FAILING_VERBS,
    PROTEST_DELIVERING_VERBS,
    SEXUAL_WORDS,
    STRIKE_ACTIONS,
    STRIKE_KINDS,
    SUICIDE_CUES,
    WORKERS,
)
from eventwire.extract.triggers import (
    INDUSTRIAL_CUES,
    MAN_MADE_CUES,
)
from eventwire.nlp import text_of

# Words that may follow a speaker's verb at the end of what was said ("..., the group
# protested here on Wednesday").
_TRAILING_DEPS = frozenset({"advmod", "npadvmod", "punct", "prep", "pobj", "det", "amod"})


def is_labour_strike(noun: Token) -> bool:
    if any(c.lemma_.lower() in STRIKE_KINDS for c in noun.lefts):
        return True
    governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if governor.pos_ == "VERB" and governor.lemma_.lower() in STRIKE_ACTIONS:
        return True
    # "workers stopped work on the first day of a strike", "union called off the strike"
    return any(t.lemma_.lower() in WORKERS for t in noun.sent)


def _is_disaster(noun: Token) -> bool:
    """ "an earthquake", "the effects of the drought"."""
    if noun.lemma_.lower() in DISASTERS:
        return True
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in DISASTERS
        for prep in noun.children
        if prep.lower_ == "of"
        for p in prep.children
    )


def subject_is_disaster(verb: Token) -> bool:
    """ "a tsunami killed 43 and injured hundreds", "hit by an earthquake", "drought is
    expected to hit": the doer, found through conjoined and infinitive verbs and "by"."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _is_disaster(child):
                return True
            if child.dep_ == "agent" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in DISASTERS for p in child.children
            ):
                return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


def failed(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.dep_ not in ("dobj", "obj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in FAILING_VERBS:
            return True
    return False


def suicide_told(token: Token) -> bool:
    # The article is searched first: finding a token's sentence is the dearer step.
    return bool(SUICIDE_CUES.search(text_of(token.doc))) and bool(
        SUICIDE_CUES.search(token.sent.text)
    )


def sexual(token: Token) -> bool:
    return any(c.lower_ in SEXUAL_WORDS for c in token.children if c.dep_ in ("amod", "advmod"))


def industrial(token: Token) -> bool:
    """ "a tank at the gas plant exploded": an accident unless someone set it off."""
    sent = token.sent.text.lower()
    hostile = ("attack", "bomb", "militant", "suicide", "insurgent", "rebels", "terror")
    return any(c in sent for c in INDUSTRIAL_CUES) and not any(h in sent for h in hostile)


def man_made(token: Token) -> bool:
    """A disaster people caused: a cue word or phrase in its sentence ("gas leak", "plant")."""
    sent = token.sent.text.lower()
    return any(cue in sent for cue in MAN_MADE_CUES)


def is_background_state(token: Token) -> bool:
    """'Iran, which is under sanctions': a state described in passing, not an event."""
    head = token.head
    return bool(token.pos_ == "NOUN" and head.lower_ == "under" and head.head.lemma_ == "be")


def crime_nearby(token: Token) -> bool:
    """Whether the sentence, or the one after it, says the deed was a crime's ("detained 34
    people. The event is linked to a smuggling gang")."""
    # The article is searched first: finding a token's sentence is the dearer step.
    if not CRIME_WORDS.search(text_of(token.doc)):
        return False
    sent = token.sent
    if CRIME_WORDS.search(sent.text):
        return True
    return sent.end < len(token.doc) and bool(CRIME_WORDS.search(token.doc[sent.end].sent.text))


def protests_in_words(token: Token) -> bool:
    """A protest made in words, not in the street (PLOVER's DISAPPROVE): "lodged a
    protest", "protested that ...", "protested to the UN", and a speaker's verb after what
    was said ("X is failing refugees, a rights group protested")."""
    if token.pos_ == "NOUN":
        return (
            token.dep_ in ("dobj", "obj") and token.head.lemma_.lower() in PROTEST_DELIVERING_VERBS
        )
    if token.pos_ != "VERB":
        return False
    for child in token.children:
        if child.dep_ == "ccomp":
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            return any(p.dep_ == "pobj" and p.ent_type_ in _ADDRESSEES for p in child.children)
    return _after_what_was_said(token)


# Who a protest in words goes to: a government, a state, an organisation.
_ADDRESSEES = frozenset({"GPE", "ORG", "NORP"})


def _after_what_was_said(verb: Token) -> bool:
    """The verb closes its sentence after its speaker, and a comma sets the speaker off
    from the words before it."""
    sent = verb.sent
    if any(t.dep_ not in _TRAILING_DEPS for t in sent[verb.i - sent.start + 1 :]):
        return False
    if any(c.dep_ in ("prep", "dobj", "obj") for c in verb.children if c.lower_ != "on"):
        return False  # "protested against the law", "protested in the capital": a crowd
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "acl":
        subjects.append(verb.head)  # the parser's reading of "..., a group protested"
    starts = [min(t.i for t in s.subtree) for s in subjects]
    return any(i > sent.start + 3 and verb.doc[i - 1].text == "," for i in starts)
