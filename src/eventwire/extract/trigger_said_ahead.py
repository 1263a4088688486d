"""Deeds not yet done, said ahead: "must return" demands, "will visit" promises, "will
impose a curfew" threatens (PLOVER's DEMAND, AGREE and THREATEN)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.trigger_lexicon import (
    COOPERATIVE_INTENTS,
    DEMANDING_MODALS,
    FUTURE_MODALS,
    HOSTILE_INTENTS,
    INTENDED_DEEDS,
    PERMITTING_VERBS,
    READY_WORDS,
    STATE_VERBS,
)


def said_in_advance(token: Token, lemma: str) -> str | None:
    """What is said of a deed not yet done: "X must return the helicopter" demands it,
    "X will visit Y" or "is ready to send troops" promises it, "will boycott the vote" or
    "will impose a curfew" threatens it (PLOVER's DEMAND, AGREE and THREATEN)."""
    modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if modals & DEMANDING_MODALS and lemma not in STATE_VERBS:
        return "demand"
    if lemma not in INTENDED_DEEDS:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    intended = bool(modals & FUTURE_MODALS) or (
        token.dep_ == "xcomp"
        and token.head.lemma_.lower() in READY_WORDS
        # "decided to allow X to run": the decision gives the permission; it is no promise.
        and not (token.head.lemma_.lower() == "decide" and lemma in PERMITTING_VERBS)
    )
    if not intended:
        return None
    if lemma in HOSTILE_INTENTS or _unless(token):
        # "will withdraw its force unless ...": a condition set is a threat.
        return "threat"
    if lemma in COOPERATIVE_INTENTS:
        return "pledge"
    return None


def _unless(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children if m.dep_ == "mark")
        for c in verb.children
    )
