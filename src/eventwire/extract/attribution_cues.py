"""Which tokens are reporting cues ("said", "told", "according to", "reportedly").

A token is scored by the cue model of `attribution_cue_model` (lemma and syntactic context,
trained on the PolNeAR training split); a short hand-written list of reporting verbs common in
conflict reporting fills in lemmas that corpus never saw as cues.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import numpy as np
import numpy.typing as npt
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from eventwire.extract.attribution_cue_model import (
    cue_probability,
    has_person_subject,
    modelled_lemmas,
)

Frame = Literal["clause", "subj", "bare", "quote"]

CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
CUE_POS = frozenset({"VERB", "NOUN"})

# Reporting verbs of news about conflict and diplomacy, used when the mined lexicon has too few
# examples of a lemma; each is a cue whenever it takes a clause or a subject.
REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "announce",
        "claim",
        "deny",
        "accuse",
        "warn",
        "state",
        "report",
        "confirm",
        "insist",
        "allege",
        "assert",
        "declare",
        "add",
        "note",
        "explain",
        "write",
        "tweet",
        "post",
        "reply",
        "respond",
        "argue",
        "suggest",
        "admit",
        "acknowledge",
        "concede",
        "reveal",
        "disclose",
        "stress",
        "emphasize",
        "emphasise",
        "reiterate",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "urge",
        "demand",
        "condemn",
        "denounce",
        "blame",
        "criticize",
        "criticise",
        "praise",
        "predict",
        "estimate",
        "indicate",
        "caution",
        "brief",
        "testify",
        "inform",
        "quote",
        "cite",
        "comment",
        "remark",
        "contend",
        "maintain",
        "recount",
        "recall",
        "complain",
        "dismiss",
        "reject",
    ]
)

# Verbs the political corpus often uses for verbal attacks but that, in reports of armed
# conflict, name physical acts: cues only when a named person or "he"/"she" does them
# ("Trump attacked Clinton"), never when forces, places or weapons do.
PHYSICAL_ACTS = frozenset(
    [
        "attack",
        "strike",
        "hit",
        "fire",
        "launch",
        "target",
        "shell",
        "bomb",
        "kill",
        "shoot",
        "wound",
        "release",
        "raid",
        "storm",
        "invade",
        "capture",
        "seize",
        "destroy",
    ]
)

# Adverbs that mark the sentence as reported with no named source.
HEARSAY_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})

# What a sentence-opening "In a ..." cites as the source of its sentence.
POLL_NOUNS = frozenset({"poll", "survey"})

DEFAULT_THRESHOLD = 0.4
# A hand-listed reporting verb in a frame that fits a cue.
FALLBACK_SCORE = 0.6


@lru_cache(maxsize=1)
def _candidate_hashes() -> npt.NDArray[np.uint64]:
    lemmas = {lem for lem, _ in modelled_lemmas()}
    lemmas |= REPORTING_VERBS | HEARSAY_ADVERBS | {"according", "in"}
    store = StringStore()  # string hashes are the same in every store
    return np.array(sorted(store.add(lem) for lem in lemmas), dtype=np.uint64)


def candidate_indices(doc: Doc) -> list[int]:
    """Indices of tokens whose lemma could be a cue: a vectorised first filter."""
    lemmas = doc.to_array("LEMMA")
    return [int(i) for i in np.flatnonzero(np.isin(lemmas, _candidate_hashes()))]


def frame_of(tok: Token) -> Frame:
    """The syntactic frame of a candidate cue: does it govern a clause, a subject, neither?"""
    has_subj = False
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS:
            return "clause"
        if child.dep_ in SUBJECT_DEPS:
            has_subj = True
    return "subj" if has_subj else "bare"


def model_frame(tok: Token, quote_before: object, quote_after: object) -> Frame:
    """The frame the cue model sees: a quotation beside the word outranks the parse."""
    return "quote" if (quote_before or quote_after) else frame_of(tok)


def cue_score(tok: Token, frame: Frame) -> float:
    """Probability that `tok` heads an attribution cue."""
    if tok.pos_ not in CUE_POS:
        return 0.0
    lemma = tok.lemma_.lower()
    if lemma in PHYSICAL_ACTS and not has_person_subject(tok):
        return 0.0
    # A conflict-reporting verb that takes a clause or a quotation ("denied that ...") is a
    # cue whatever the political training corpus made of its lemma.
    prior = FALLBACK_SCORE if tok.pos_ == "VERB" and lemma in REPORTING_VERBS else 0.0
    if (lemma, tok.pos_) in modelled_lemmas():
        model = cue_probability(tok, frame)
        return max(model, prior) if frame in ("clause", "quote") else model
    return prior if frame != "bare" else 0.0


def is_according_to(tok: Token) -> bool:
    """ "according to X" (also "According to")."""
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def poll_object(tok: Token) -> Token | None:
    """The survey of a sentence-opening "In a new Fox News poll, Trump leads ...": PolNeAR
    takes "In" as the cue and the poll as the source. Only at the start of a sentence and on a
    head that is no reporting verb of its own ("In a poll, 8 percent said ..." is the voters'
    attribution); elsewhere ("leads in the poll") the phrase is mostly left unannotated."""
    if tok.lower_ != "in" or not tok.is_sent_start:
        return None
    if tok.head.pos_ not in ("VERB", "AUX") or tok.head.lemma_.lower() in REPORTING_VERBS:
        return None
    for child in tok.children:
        if child.dep_ == "pobj" and child.lemma_.lower() in POLL_NOUNS:
            return child
    return None


def is_hearsay_adverb(tok: Token) -> bool:
    return tok.lower_ in HEARSAY_ADVERBS
