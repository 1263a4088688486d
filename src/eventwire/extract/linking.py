"""Linking an event to its place, time and quantity by distance in the dependency tree.

The search from the trigger stays inside its own clause: it never goes down into another
clause ("which was flooded", "as the ambassador vowed"), nor up out of a reported one ("said
that X attacked"), nor into an origin ("forces from Belgorod").
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.model import Place, Quantity, Span, Time

# Edges that enter a clause of its own: nothing below them belongs to the trigger's clause.
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "parataxis", "acl", "csubj", "advcl"})


# Prepositions whose object is where an event comes from, not where it happens.
_ORIGIN_PREPS = frozenset({"from"})


ROUTED_LABELS = frozenset({"arms transfer"})


GATHERING_LABELS = frozenset({"protest"})


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
        before = sent.doc.text[sent.start_char : time.span.start].strip(" “\"'")
        after = sent.doc.text[time.span.end : time.span.end + 1]
        if not before and after == ",":
            return time
    return None


def span_distance(span: Span, distance: dict[int, int], doc: Doc) -> int | None:
    best: int | None = None
    for tok in _tokens_in(doc, span):
        d = distance.get(tok.i)
        if d is not None and (best is None or d < best):
            best = d
    return best


def _tokens_in(doc: Doc, span: Span) -> list[Token]:
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


def locations_of(
    places: list[Place],
    distance: dict[int, int],
    doc: Doc,
    actor_spans: tuple[Span, ...],
    origin_tokens: set[int],
    label: str,
) -> tuple[tuple[Place, ...], tuple[Place, ...]]:
    """Where the event happened (coordinated places each count) and the other places it names."""
    candidates = []
    others = []
    for place in places:
        if place.is_demonym:
            continue
        d = span_distance(place.span, distance, doc)
        if d is None:
            continue
        in_actor = any(a.start <= place.span.start < a.end for a in actor_spans)
        tokens = _tokens_in(doc, place.span)
        from_origin = any(t.i in origin_tokens for t in tokens)
        if in_actor or (from_origin and label not in ("arms transfer",)):
            others.append(place)
            continue
        if _names_something_else(tokens):
            others.append(place)
            continue
        candidates.append((d, -place.specificity, place))
    if not candidates or label in ROUTED_LABELS:
        # Arms move between places: every place is a route or an end, none "the" location.
        return (), tuple(others + [c[2] for c in sorted(candidates, key=lambda c: c[2].span.start)])
    # Nearest in the tree first; among places as near, the most specific.
    candidates.sort(key=lambda c: (c[0], c[1], c[2].span.start))
    best = candidates[0][2]
    group = [best]
    best_np = _noun_phrase_root(_tokens_in(doc, best.span))
    for _, _, place in candidates[1:]:
        same_np = best_np is not None and best_np == _noun_phrase_root(_tokens_in(doc, place.span))
        if same_np and place.kind == best.kind and place.name != best.name:
            group.append(place)
    group.sort(key=lambda p: p.span.start)
    rest = [c[2] for c in candidates if c[2] not in group]
    return tuple(group), tuple(others + rest)


# Nouns a place name may modify and still say where: "Kharkiv region", "the Gaza border".
_PLACE_NOUNS = frozenset(
    {
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "state",
        "county",
        "oblast",
        "area",
        "capital",
        "port",
        "border",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "zone",
        "governorate",
        "municipality",
        "camp",
        "island",
        "coast",
        "valley",
        "street",
        "road",
        "highway",
        "airport",
        "base",
        "front",
        "territory",
        "countryside",
        "outskirts",
        "strip",
        "hills",
        "mountains",
        "river",
        "sea",
        "gulf",
        "bay",
        "desert",
        "prefecture",
        "department",
    }
)


# People and bodies a place name may describe: "a US soldier", "Washington's ambassador".
_PERSON_NOUNS = frozenset(
    {
        "soldier",
        "troop",
        "official",
        "ambassador",
        "envoy",
        "diplomat",
        "president",
        "minister",
        "leader",
        "spokesman",
        "spokeswoman",
        "force",
        "army",
        "military",
        "government",
        "embassy",
        "citizen",
        "national",
        "resident",
        "journalist",
        "reporter",
        "officer",
        "commander",
        "general",
        "delegation",
        "authority",
        "administration",
        "navy",
        "marine",
        "police",
        "militant",
        "fighter",
        "rebel",
        "man",
        "woman",
        "worker",
        "student",
        "team",
        "company",
        "firm",
        "media",
        "newspaper",
        "agency",
        "court",
        "parliament",
        "counterpart",
    }
)


def _names_something_else(tokens: list[Token]) -> bool:
    """ "a US soldier", "Washington's ambassador": the name describes a person or thing."""
    if not tokens:
        return False
    last = tokens[-1]
    if last.dep_ not in ("compound", "amod", "poss", "nmod"):
        return False
    head = last.head
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        if head.lemma_.lower() in _PLACE_NOUNS:
            return False
        head = head.head
    return head.lemma_.lower() in _PERSON_NOUNS or head.ent_type_ in ("PERSON", "NORP")


def _noun_phrase_root(tokens: list[Token]) -> int | None:
    """The token that heads a coordination of names ("Kharkiv, Poltava and Odesa regions")."""
    if not tokens:
        return None
    tok = tokens[-1]
    for _ in range(8):
        if (
            tok.dep_ in ("conj", "compound", "appos", "amod", "nmod", "cc", "punct")
            and tok.head.i != tok.i
        ):
            tok = tok.head
        else:
            break
    return tok.i
