"""The grammatical form of the word that names an event: how the sentence tells it.

"Russian troops shelled the town" (a verb in the past) reports; "the shelling of our cities"
(a noun) refers; "they have destroyed 500 schools" (perfect) sums up; "are destroying" (present
progressive) describes what goes on; "will strike" plans. The incident stage weighs these.
Forms are space-separated tags: a part of speech ("verb", "noun", "adjective") then, for verbs,
tense and aspect ("past", "present", "future", "perfect", "progressive", "passive",
"infinitive", "participle").
"""

from __future__ import annotations

from spacy.tokens import Token

_FUTURE = frozenset({"will", "shall", "'ll", "wo"})


def verb_form(token: Token) -> str:
    if token.pos_ in ("NOUN", "PROPN"):
        return "noun"
    if token.pos_ != "VERB":
        return "adjective" if token.pos_ == "ADJ" else token.pos_.lower()
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    lemmas = {a.lemma_.lower() for a in auxes}
    words = {a.lower_ for a in auxes}
    tags = ["verb"]
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        tags.append("passive")
    if words & _FUTURE:
        tags.append("future")
    if "have" in lemmas:
        tags.append("perfect")
    if token.tag_ == "VBG" and "be" in lemmas:
        tags.append("progressive")
    if "to" in words and token.tag_ == "VB":
        tags.append("infinitive")
    finite = [a for a in auxes if a.tag_ in ("VBD", "VBZ", "VBP", "MD")] or [token]
    tense = finite[0].tag_
    if tense == "VBD":
        tags.append("past")
    elif tense in ("VBZ", "VBP"):
        tags.append("present")
    elif not auxes and token.tag_ == "VBN":
        tags.append("participle")  # "a school destroyed by shelling"
    return " ".join(tags)
