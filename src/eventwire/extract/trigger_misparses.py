"""Verbs the parser takes for nouns or adjectives, so that their events are still found.

Headlines and long lists of deeds trip the tagger: "Chemical plant explodes, catches fire"
(a plural noun "explodes"), "pelted stones and torched vehicles" (an adjective "torched"
with an object). A noun or adjective that takes a direct object, or a plural noun that
heads a clause, is a verb; its lemma is guessed from its ending.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.triggers import TRIGGERS

_CLAUSE_DEPS = frozenset({"ROOT", "ccomp"})


def misread_verb(token: Token) -> str | None:
    """The lemma of a verb tagged as a noun or adjective here, if the lexicon knows it as a
    verb trigger; None otherwise."""
    if token.pos_ not in ("NOUN", "ADJ"):
        return None
    takes_object = any(c.dep_ == "dobj" for c in token.children)
    heads_clause = token.tag_ == "NNS" and token.dep_ in _CLAUSE_DEPS
    if not (takes_object or heads_clause):
        return None
    for lemma in _verb_lemmas(token.lower_, token.lemma_.lower()):
        entries = TRIGGERS.get(lemma, [])
        # A plural that is a noun trigger as well ("shells", "attacks") is read as written;
        # a word in -ed is no noun ("torched").
        if not token.lower_.endswith("ed") and any("NOUN" in e.pos for e in entries):
            return None
        if any("VERB" in e.pos for e in entries):
            return lemma
    return None


def _verb_lemmas(word: str, lemma: str) -> list[str]:
    guesses = [lemma]
    if word.endswith("ed") or word.endswith("es"):
        guesses += [word[:-2], word[:-1]]
    elif word.endswith("s"):
        guesses.append(word[:-1])
    return guesses
