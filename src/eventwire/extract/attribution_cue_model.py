"""How likely a word is to be a reporting cue, given its lemma and its syntactic context.

A logistic model over sparse indicator features: the lemma, the lemma in its frame (takes a
clause / has a subject / neither / next to a quotation), what its subject is (a pronoun, a
person, an organization, a role noun...), which dependents it has ("about", "that", a direct
object) and what governs it ("in a statement"). A lemma table alone cannot tell "Clinton wants
to cut taxes" (an attributed intention) from "the bill wants revision", nor "he showed that"
from "polls show"; the context features can. Weights are trained on the PolNeAR training split
by `benchmarks/mine_attribution_cues.py` and shipped in `data/attribution_cue_weights.tsv`;
only lemmas seen as a cue in training carry a lemma weight, and only those are scored.
"""

from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from eventwire.extract.attribution_speakers import ROLE_WORDS

WEIGHTS_FILE = "data/attribution_cue_weights.tsv"
# Dependents whose presence says something about a reporting frame.
CHILD_DEPS = frozenset(
    {"ccomp", "xcomp", "dobj", "dative", "advcl", "neg", "aux", "auxpass", "agent", "mark", "poss"}
)
PREP_CHILDREN = frozenset({"about", "to", "for", "of", "on", "with", "against", "in", "by", "that"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
INHERIT_DEPS = frozenset({"conj", "xcomp", "advcl"})


def cue_features(tok: Token, frame: str) -> list[str]:
    """The indicator features of `tok` as a cue; `frame` is as `attribution_cues.frame_of`
    gives it, or "quote" when a quotation stands right beside the word."""
    lemma = tok.lemma_.lower()
    pos = tok.pos_
    subj = _subject_kind(tok)
    feats = [
        "bias",
        f"l={lemma}/{pos}",
        f"lf={lemma}/{pos}/{frame}",
        f"f={frame}/{pos}",
        f"d={tok.dep_}/{pos}",
        f"t={tok.tag_}",
        f"s={subj}/{pos}",
        f"ls={lemma}/{subj}",
        f"ld={lemma}/{tok.dep_}",
    ]
    doc = tok.doc
    if tok.i + 1 < len(doc):
        feats.append(f"n={_word(doc[tok.i + 1])}")
    if tok.i > 0:
        feats.append(f"v={_word(doc[tok.i - 1])}")
    for child in tok.children:
        dep = child.dep_
        if dep in CHILD_DEPS:
            feats.append(f"c={dep}/{pos}")
            feats.append(f"lc={lemma}/{dep}")
            if dep == "dobj" or dep == "dative":
                obj = _phrase_kind(child)
                feats.append(f"o={obj}/{pos}")
                feats.append(f"lo={lemma}/{obj}")
        elif dep in SUBJECT_DEPS:
            feats.append(f"sl={child.lemma_.lower()}")
            if dep == "mark":
                feats.append(f"m={child.lower_}")
        elif dep == "prep" and child.lower_ in PREP_CHILDREN:
            feats.append(f"p={child.lower_}/{pos}")
            feats.append(f"lp={lemma}/{child.lower_}")
    head = tok.head
    if head.i != tok.i and head.pos_ in ("ADP", "VERB", "AUX"):
        feats.append(f"h={tok.dep_}/{head.lemma_.lower()}")
    return feats


def has_person_subject(tok: Token) -> bool:
    """Whether a named person or a personal pronoun is the word's (inherited) subject."""
    return _subject_kind(tok).lstrip("^") in ("PERSON", "pperson")


def _word(tok: Token) -> str:
    # Whitespace tokens (line breaks) would break the one-line-per-feature weights file.
    return "<space>" if tok.is_space or tok.text.isspace() else tok.lower_.replace("\t", " ")


def _subject_kind(tok: Token) -> str:
    """What kind of phrase the word's subject is (inherited through "and", "saying")."""
    cur = tok
    inherited = ""
    for _ in range(3):
        for child in cur.children:
            if child.dep_ in SUBJECT_DEPS:
                return inherited + _phrase_kind(child) + ("P" if child.dep_ == "nsubjpass" else "")
        if cur.dep_ in INHERIT_DEPS and cur.head.i != cur.i:
            cur = cur.head
            inherited = "^"
            continue
        break
    return "none"


def _phrase_kind(head: Token) -> str:
    lower = head.lower_
    if head.pos_ == "PRON":
        return "pperson" if lower in PERSON_PRONOUNS else "pron"
    if head.ent_type_:
        return head.ent_type_
    if lower in ROLE_WORDS:
        return "role"
    return head.pos_


@lru_cache(maxsize=1)
def cue_weights() -> dict[str, float]:
    """Feature -> weight, read once per process."""
    text = resources.files("eventwire").joinpath(WEIGHTS_FILE).read_text("utf-8")
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            feat, weight = line.rsplit("\t", 1)
            out[feat] = float(weight)
    return out


@lru_cache(maxsize=1)
def modelled_lemmas() -> frozenset[tuple[str, str]]:
    """(lemma, POS) pairs the model scores: those seen as a cue in training."""
    out = set()
    for feat in cue_weights():
        if feat.startswith("l="):
            lemma, _, pos = feat[2:].rpartition("/")
            out.add((lemma, pos))
    return frozenset(out)


def cue_probability(tok: Token, frame: str) -> float:
    weights = cue_weights()
    z = sum(weights.get(f, 0.0) for f in cue_features(tok, frame))
    return 1.0 / (1.0 + math.exp(-z))
