"""How hedged an event is in its own clause: planned, possible, denied, disputed, alleged.

Read from the dependency parse around the trigger: its own modal and negation words, then the
words it depends on, up a few steps ("threatened to storm", "failed to reach an agreement",
"denied reports that troops attacked"). Negation and modality are scoped: a negated subject
("no one was killed") or a hedged sentence the event is only the subject of ("the shelling
could be a war crime") leaves the event itself as stated.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.grammar import ACCUSE_VERBS, MUTUAL_WORDS
from eventwire.model import ClaimStatus

# Verbs whose infinitive or object is an event intended, not yet done ("plans to attack").
_PLAN_VERBS = frozenset(
    {
        "plan",
        "intend",
        "prepare",
        "aim",
        "seek",
        "want",
        "hope",
        "try",
        "attempt",
        "vow",
        "pledge",
        "promise",
        "threaten",
        "expect",
        "agree",
        "decide",
        "propose",
        "offer",
        "arrange",
        "order",
        "urge",
        "schedule",
        "set",
    }
)
# Nouns that do the same ("a plan to attack", "the threat of an invasion").
_PLAN_NOUNS = frozenset(
    {
        "plan",
        "proposal",
        "threat",
        "bid",
        "intention",
        "attempt",
        "order",
        "decision",
        "ultimatum",
        "preparation",
        "call",
        "offer",
    }
)
# Verbs that say their infinitive or object did not happen ("failed to reach", "foiled a plot").
_NEGATING_VERBS = frozenset(
    {
        "fail",
        "refuse",
        "decline",
        "avoid",
        "prevent",
        "avert",
        "thwart",
        "foil",
        "cancel",
        "scrap",
        "abandon",
        "deny",
        "refute",
    }
)
# Rejecting a claim denies what it claims; rejecting a proposal does not deny the proposal.
_REJECT_VERBS = frozenset({"reject", "dismiss"})
_CLAIM_NOUNS = frozenset(
    {"claim", "report", "allegation", "accusation", "rumour", "rumor", "suggestion", "assertion"}
)
# "denied involvement in the attack": the denial is of a part in it, the attack took place
# (and whoever said it was involved is contradicted: disputed).
_ROLE_NOUNS = frozenset(
    {"involvement", "responsibility", "role", "part", "link", "connection", "complicity"}
)
# Verbs through which the event's own status shows unchanged ("continued shelling", "launched
# an attack"): their negation or modal is the event's.
_TRANSPARENT_VERBS = frozenset(
    {
        "begin",
        "start",
        "continue",
        "resume",
        "keep",
        "manage",
        "proceed",
        "launch",
        "carry",
        "conduct",
        "stage",
        "mount",
        "make",
        "step",
        "intensify",
        "escalate",
        "take",
        # Light verbs of agreements and talks ("failed to reach an agreement").
        "reach",
        "sign",
        "hold",
        "commit",
        "perform",
        "undertake",
        # Verbs whose subject is the event ("if war starts", "fighting broke out").
        "occur",
        "happen",
        "erupt",
        "break",
    }
)
# Words that make what depends on them only possible ("fears of an invasion", "able to strike").
_POSSIBLE_HEADS = frozenset(
    {"fear", "risk", "possibility", "danger", "possible", "likely", "able", "capable", "allow"}
)
_POSSIBLE_ADVERBS = frozenset({"possibly", "perhaps", "probably", "maybe", "likely", "potentially"})
_POSSIBLE_MODALS = frozenset({"could", "may", "might", "can", "ca", "must"})
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
_CONDITION_MARKS = frozenset({"if", "unless"})
_STATUS_ADJECTIVES: dict[str, ClaimStatus] = {
    "alleged": "alleged",
    "suspected": "alleged",
    "purported": "alleged",
    "planned": "planned",
    "proposed": "planned",
    "future": "planned",
    "threatened": "planned",
    "imminent": "planned",
    "possible": "possible",
    "potential": "possible",
    "feared": "possible",
    "cancelled": "denied",
    "canceled": "denied",
    "foiled": "denied",
    "thwarted": "denied",
    "averted": "denied",
}
# Dependencies by which a word is part of its head's event rather than a clause of its own.
_INNER_DEPS = frozenset(
    {"xcomp", "dobj", "pobj", "prep", "nsubjpass", "attr", "oprd", "acl", "compound", "advcl"}
)
_STEPS = 4


def modality_of(trigger: Token, label: str) -> ClaimStatus | None:
    """How hedged the event is in its own clause: planned, possible, denied, disputed, alleged.

    None when the clause states it plainly. `label` (the event type) is accepted for rules
    that depend on it; none does yet.
    """
    own = _clause_status(trigger)
    if own is not None:
        return own
    for child in trigger.children:
        if child.dep_ == "amod" and child.lower_ in _STATUS_ADJECTIVES:
            return _STATUS_ADJECTIVES[child.lower_]
    tok = trigger
    for _ in range(_STEPS):
        head = tok.head
        if head.i == tok.i or tok.dep_ == "conj":
            break  # "blamed ... and is seeing evacuations": the blame is not about this
        status, go_on = _status_from_head(tok, head)
        if status is not None or not go_on:
            return status
        tok = head
    left = trigger.doc[max(trigger.sent.start, trigger.i - 3) : trigger.i]
    if any(t.lower_ in ("planned", "proposed", "future") for t in left):
        return "planned"
    return None


def _status_from_head(tok: Token, head: Token) -> tuple[ClaimStatus | None, bool]:
    """The status `head` gives `tok` (its dependant on the way up), and whether to go on up."""
    lemma = head.lemma_.lower()
    if lemma in ACCUSE_VERBS:
        sent_text = head.sent.text.lower()
        return ("disputed" if any(m in sent_text for m in MUTUAL_WORDS) else "alleged"), False
    if tok.lemma_.lower() in _ROLE_NOUNS and lemma in _NEGATING_VERBS | _REJECT_VERBS:
        return "disputed", False  # who did it is contested, not that it happened
    if lemma in _REJECT_VERBS:
        denies = tok.dep_ == "ccomp" or tok.lemma_.lower() in _CLAIM_NOUNS
        return ("denied" if denies else None), False
    negated = _negated(head)
    if lemma in _NEGATING_VERBS and tok.dep_ in ("xcomp", "dobj", "nsubjpass", "ccomp", "prep"):
        # "did not fail to": a double negation states the event.
        return (None if negated else "denied"), False
    if tok.dep_ == "nsubj" and lemma in _TRANSPARENT_VERBS:
        return _clause_status(head), True  # "if war starts": the war is conditional
    if tok.dep_ in ("ccomp", "relcl", "parataxis", "nsubj", "csubj"):
        return None, False  # a clause of its own, or the subject of another event
    if tok.dep_ not in _INNER_DEPS:
        return None, False
    if tok.dep_ == "advcl" and not _infinitive(tok):
        return None, False  # "after failing a vote": an adverbial clause has its own status
    planning = (lemma in _PLAN_VERBS and (tok.dep_ == "dobj" or _infinitive(tok))) or (
        lemma in _PLAN_NOUNS and tok.dep_ in ("acl", "pobj", "prep", "compound")
    )
    if planning:
        return ("denied" if negated else "planned"), False
    if tok.dep_ in ("advcl", "xcomp") and head.lemma_.lower() in _INSTRUMENT_VERBS:
        # "has been using drones to strike Kyiv": the strikes are what the using is.
        return _clause_status(head), True
    if tok.dep_ == "advcl" or (tok.dep_ == "xcomp" and lemma not in _TRANSPARENT_VERBS):
        # A purpose ("deployed troops to protect the city") or another verb's infinitive
        # ("allowed to bid"): an aim, not yet an event.
        return ("possible" if lemma in _POSSIBLE_HEADS else "planned"), False
    if lemma in _POSSIBLE_HEADS:
        return "possible", False
    if lemma in _TRANSPARENT_VERBS:
        return _clause_status(head), True
    # Past a noun or preposition ("the threat of an attack"); a verb's modal or negation is
    # its own ("will respond to the attack", "did not condemn the attack").
    return None, head.pos_ in ("NOUN", "ADP", "PROPN")


# Verbs whose purpose clause says what was done with the thing used.
_INSTRUMENT_VERBS = frozenset({"use", "employ", "utilize", "utilise", "deploy"})


def _clause_status(verb: Token) -> ClaimStatus | None:
    """The status a word's own modal, negation, hedge or condition gives it."""
    modals = {c.lower_ for c in verb.children if c.tag_ == "MD"}
    negated = _negated(verb)
    if modals & {"may", "might"}:
        return "possible"  # "may not have attacked" is still only possible
    if negated:
        return "denied"
    if _conditional(verb):
        return "possible"
    if modals & _FUTURE_MODALS:
        return "planned"
    if "would" in modals:
        # Reported, "would" is a future ("said it would withdraw"); else it is a condition.
        return "planned" if verb.dep_ == "ccomp" else "possible"
    if modals & _POSSIBLE_MODALS:
        return "possible"
    if any(c.dep_ == "advmod" and c.lower_ in _POSSIBLE_ADVERBS for c in verb.children):
        return "possible"
    return None


def _negated(word: Token) -> bool:
    """ "did not attack", "never attacked", "no attacks": the word itself is negated."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or c.lower_ == "never"
        for c in word.children
    )


def _conditional(verb: Token) -> bool:
    """In an "if" clause, or the consequent of one ("if the talks fail, they will attack")."""
    if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children):
        return True
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
