"""How hedged an event is in its own clause: planned, possible, denied, disputed, alleged."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.grammar import ACCUSE_VERBS, MUTUAL_WORDS
from eventwire.model import ClaimStatus

_PLAN_VERBS = frozenset(
    {
        "plan",
        "intend",
        "prepare",
        "work",
        "aim",
        "seek",
        "want",
        "hope",
        "try",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "expect",
        "agree",
        "decide",
        "propose",
        "start",
        "begin",
    }
)


_POSSIBLE_WORDS = frozenset(
    {
        "could",
        "may",
        "might",
        "possible",
        "possibly",
        "likely",
        "concern",
        "concerned",
        "fear",
        "feared",
        "suspect",
        "suspected",
        "risk",
        "would",
    }
)


_PLANNED_WORDS = frozenset({"will", "plan", "planned", "planning", "intend", "shall"})


_DENY = frozenset({"deny", "reject", "dismiss"})


def modality_of(trigger: Token, label: str) -> ClaimStatus | None:
    """How hedged the event is in its own clause: planned, possible, denied, disputed."""
    words = {c.lower_ for c in trigger.children} | {c.lemma_ for c in trigger.children}
    if any(c.dep_ == "neg" for c in trigger.children):
        return "denied"
    if words & {"will", "shall"}:
        return "planned"
    if words & _POSSIBLE_WORDS:
        return "possible"
    tok = trigger
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            break
        lemma = head.lemma_.lower()
        siblings = {c.lower_ for c in head.children} | {c.lemma_ for c in head.children}
        if tok.dep_ == "conj":
            break  # "blamed ... and is seeing evacuations": the blame is not about this
        if lemma in ACCUSE_VERBS:
            sent_text = head.sent.text.lower()
            return "disputed" if any(m in sent_text for m in MUTUAL_WORDS) else "alleged"
        if lemma in _DENY:
            return "denied"
        if tok.dep_ in ("xcomp", "advcl") and lemma in _PLAN_VERBS and _infinitive(tok):
            return "planned"
        if lemma in _PLANNED_WORDS or siblings & {"will", "shall"}:
            return "planned"
        if lemma in _POSSIBLE_WORDS or siblings & {"could", "may", "might"}:
            return "possible"
        if tok.dep_ in ("ccomp", "relcl", "parataxis") and lemma not in _PLAN_VERBS:
            break
        tok = head
    left = trigger.doc[max(trigger.sent.start, trigger.i - 3) : trigger.i]
    if any(t.lower_ in ("planned", "proposed", "future") for t in left):
        return "planned"
    return None


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
