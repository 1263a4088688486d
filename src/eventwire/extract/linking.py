"""Tree distances from a trigger, and the time and quantity nearest to it (places: location.py).

The search from the trigger stays inside its own clause: it never goes down into another
clause ("which was flooded", "as the ambassador vowed"), nor up out of a reported one ("said
that X attacked"), nor into an origin ("forces from Belgorod").
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.extract.triggers import GATHERING_LABELS
from eventwire.model import Quantity, Span, Time
from eventwire.nlp import text_of

# Edges that enter a clause of its own: nothing below them belongs to the trigger's clause.
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "parataxis", "acl", "csubj", "advcl"})


# Prepositions whose object is where an event comes from, not where it happens.
_ORIGIN_PREPS = frozenset({"from"})


def clause_distances(trigger: Token, sent: SpacySpan) -> dict[int, int]:
    """Tree distance from the trigger to each token of its own clause.

    The search never goes down into a subordinate clause of another word, nor up out of the
    trigger's own clause when that clause is subordinate ("said that X attacked").
    """
    dist = {trigger.i: 0}
    queue = deque([trigger])
    while queue:
        tok = queue.popleft()
        steps: list[Token] = []
        for child in tok.children:
            if child.dep_ in _CLAUSE_EDGES and (tok.i != trigger.i or _has_marker(child)):
                continue  # "... as Washington's ambassador vowed": a clause of its own
            if child.dep_ in ("ccomp", "relcl", "parataxis"):
                continue
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and tok.i == trigger.i:
                continue  # "received drones and was hitting Ukraine": another predicate
            steps.append(child)
        head = tok.head
        if head.i != tok.i and tok.dep_ not in _CLAUSE_EDGES:
            steps.append(head)
        elif head.i != tok.i and tok.i == trigger.i and tok.dep_ in ("relcl", "acl"):
            steps.append(head)  # "Kherson, which was flooded": the noun it describes
        elif (
            head.i != tok.i and tok.i == trigger.i and tok.dep_ == "advcl" and not _has_marker(tok)
        ):
            steps.append(head)  # "shelled Kherson, killing two": one event, one place
        for nxt in steps:
            if sent.start <= nxt.i < sent.end and nxt.i not in dist:
                dist[nxt.i] = dist[tok.i] + 1
                queue.append(nxt)
    return dist


def _has_marker(clause: Token) -> bool:
    """A subordinate clause introduced by "as", "when", "after", "because"..."""
    return any(c.dep_ == "mark" for c in clause.children)


def sentence_opening_time(times: list[Time], sent: SpacySpan) -> Time | None:
    """ "Yesterday, ...": a time that opens the sentence dates all of it."""
    for time in times:
        before = text_of(sent.doc)[sent.start_char : time.span.start].strip(" “\"'")
        after = text_of(sent.doc)[time.span.end : time.span.end + 1]
        if not before and after == ",":
            return time
    return None


def span_distance(span: Span, distance: dict[int, int], doc: Doc) -> int | None:
    best: int | None = None
    for tok in tokens_in(doc, span):
        d = distance.get(tok.i)
        if d is not None and (best is None or d < best):
            best = d
    return best


def tokens_in(doc: Doc, span: Span) -> list[Token]:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(char_span) if char_span is not None else []


def nearest(items: list[Time], distance: dict[int, int], doc: Doc) -> Time | None:
    scored = [
        (d, t.span.start, t)
        for t in items
        if (d := span_distance(t.span, distance, doc)) is not None
    ]
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def nearest_quantity(
    items: list[tuple[Quantity, int]], distance: dict[int, int], doc: Doc
) -> Quantity | None:
    scored = []
    for quantity, start in items:
        span = Span(start, start + len(quantity.text), quantity.text)
        d = span_distance(span, distance, doc)
        if d is not None:
            scored.append((d, start, quantity))
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def origin_token_ids(trigger: Token, sent: SpacySpan, label: str) -> set[int]:
    """Tokens under "from" phrases (where attackers came from, not where they struck) and,
    for protests, under "against" (what people protest, not where they are)."""
    preps = _ORIGIN_PREPS | ({"against"} if label in GATHERING_LABELS else set())
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ in preps and tok.dep_ in ("prep", "agent") and tok.i != trigger.i:
            out |= {t.i for t in tok.subtree}
    return out
