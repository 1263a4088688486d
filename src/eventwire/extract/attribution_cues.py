"""Which tokens are reporting cues ("said", "told", "according to", "reportedly").

A token is scored by the lexicon `data/attribution_cues.tsv`: for each lemma and part of speech,
the share of its occurrences that are attribution cues, split by the syntactic frame the token
appears in (it takes a clause, it has a subject, or neither). The figures were mined from the
PolNeAR training split by `benchmarks/mine_attribution_cues.py`; a short hand-written list of
reporting verbs common in conflict reporting fills in lemmas that corpus rarely saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

import numpy as np
import numpy.typing as npt
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

Frame = Literal["clause", "subj", "bare"]

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
# conflict, name physical acts: never cues.
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

DEFAULT_THRESHOLD = 0.4


@dataclass(frozen=True)
class CueScores:
    """Probability that a lemma is a cue, by frame."""

    clause: float
    subj: float
    bare: float

    def get(self, frame: Frame) -> float:
        return self.clause if frame == "clause" else self.subj if frame == "subj" else self.bare


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, str], CueScores]:
    """(lemma, POS) -> scores, read once per process from the packaged TSV."""
    text = resources.files("eventwire").joinpath("data/attribution_cues.tsv").read_text("utf-8")
    out: dict[tuple[str, str], CueScores] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, pos, clause, subj, bare = line.split("\t")[:5]
        out[(lemma, pos)] = CueScores(float(clause), float(subj), float(bare))
    return out


@lru_cache(maxsize=8)
def _candidate_hashes(threshold: float) -> npt.NDArray[np.uint64]:
    lemmas = {
        lem
        for (lem, _), sc in cue_lexicon().items()
        if max(sc.clause, sc.subj, sc.bare) >= threshold
    }
    lemmas = (lemmas | REPORTING_VERBS | HEARSAY_ADVERBS | {"according"}) - PHYSICAL_ACTS
    store = StringStore()  # string hashes are the same in every store
    return np.array(sorted(store.add(lem) for lem in lemmas), dtype=np.uint64)


def candidate_indices(doc: Doc, threshold: float) -> list[int]:
    """Indices of tokens whose lemma could be a cue: a vectorised first filter."""
    lemmas = doc.to_array("LEMMA")
    return [int(i) for i in np.flatnonzero(np.isin(lemmas, _candidate_hashes(threshold)))]


def frame_of(tok: Token) -> Frame:
    """The syntactic frame of a candidate cue: does it govern a clause, a subject, neither?"""
    has_subj = False
    for child in tok.children:
        if child.dep_ in CLAUSE_DEPS:
            return "clause"
        if child.dep_ in SUBJECT_DEPS:
            has_subj = True
    return "subj" if has_subj else "bare"


def best_cue_score(tok: Token) -> float:
    """The highest score `tok` could get in any frame (a cheap first filter)."""
    if tok.pos_ not in CUE_POS:
        return 0.0
    lemma = tok.lemma_.lower()
    scores = cue_lexicon().get((lemma, tok.pos_))
    if scores is not None:
        return max(scores.clause, scores.subj, scores.bare)
    return 0.6 if tok.pos_ == "VERB" and lemma in REPORTING_VERBS else 0.0


def cue_score(tok: Token, frame: Frame) -> float:
    """Probability that `tok` heads an attribution cue."""
    if tok.pos_ not in CUE_POS:
        return 0.0
    lemma = tok.lemma_.lower()
    scores = cue_lexicon().get((lemma, tok.pos_))
    if scores is not None:
        return scores.get(frame)
    if tok.pos_ == "VERB" and lemma in REPORTING_VERBS and frame != "bare":
        return 0.6
    return 0.0


def is_according_to(tok: Token) -> bool:
    """ "according to X" (also "According to")."""
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


def is_hearsay_adverb(tok: Token) -> bool:
    return tok.lower_ in HEARSAY_ADVERBS
