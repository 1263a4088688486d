"""Event mentions from a parsed article: triggers and their arguments, linked by syntax.

For each sentence, words from the trigger lexicon become event mentions. Their actors come
from the subject (inherited through "to strike", "and hit"), passive agents and possessives;
their targets from objects; their place, time and quantity from the resolved mentions nearest
to the trigger in the dependency tree, without crossing into another clause ("which was
flooded", "said that ...") or into an origin ("forces from Belgorod").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from eventwire.extract.amounts import find_fatalities, find_quantities
from eventwire.extract.triggers import (
    INDUSTRIAL_CUES,
    MAN_MADE_CUES,
    PHRASAL,
    PHRASAL_ONLY,
    TRIGGERS,
    Trigger,
    trigger_for,
)
from eventwire.extract.weapons import HEADS, find_weapons
from eventwire.model import (
    ClaimStatus,
    EventMention,
    Place,
    Quantity,
    Span,
    Time,
    WeaponMention,
)

# Edges that enter a clause of its own: nothing below them belongs to the trigger's clause.
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "parataxis", "acl", "csubj", "advcl"})
# Prepositions whose object is where an event comes from, not where it happens.
_ORIGIN_PREPS = frozenset({"from"})
_RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "where"})
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
_ACCUSE = frozenset({"blame", "accuse", "allege"})
_DENY = frozenset({"deny", "reject", "dismiss"})
_MUTUAL = ("each other", "one another")
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_OBJECTS = frozenset({"dobj", "obj", "attr", "oprd"})
_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "around",
        "across",
        "inside",
        "outside",
        "into",
        "over",
        "toward",
        "towards",
        "against",
        "through",
        "along",
        "off",
        "within",
        "throughout",
    }
)
_RECIPIENT_PREPS = frozenset({"to", "for"})
_SUPPORT_VERBS = frozenset({"support", "help", "assist", "aid", "arm", "bolster"})
_SPECIFIC_KINDS = {
    "city": 4,
    "locality": 4,
    "admin2": 3,
    "other": 3,
    "admin1": 2,
    "water": 2,
    "region": 2,
    "country": 1,
}


def find_events(
    doc: Doc, places: Sequence[Place], times: Sequence[Time]
) -> tuple[EventMention, ...]:
    """Event mentions in document order."""
    mentions: list[EventMention] = []
    for sent in doc.sents:
        weapons = find_weapons(sent)
        found = [(t, hit) for t in sent if (hit := _trigger_of(t, weapons)) is not None]
        trigger_ids = {t.i for t, _ in found}
        for token, (label, trigger) in found:
            if label == "accusation" and _accuses_of_event(token, trigger_ids):
                continue  # the accused event carries the accusation as its claim status
            # "build a drone manufacturing plant": one event, named by its top-most word.
            if token.pos_ != "VERB" and any(
                lab == label and _dominates(other, token) for other, (lab, _) in found
            ):
                continue
            mentions.append(_mention(token, label, trigger, sent, weapons, places, times))
    return tuple(mentions)


def _accuses_of_event(token: Token, trigger_ids: set[int]) -> bool:
    return any(t.i in trigger_ids for t in token.subtree if t.i != token.i)


def _dominates(upper: Token, lower: Token) -> bool:
    return upper.i != lower.i and upper.is_ancestor(lower)


def _trigger_of(token: Token, weapons: list[WeaponMention]) -> tuple[str, Trigger] | None:
    lemma = token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "prt" and (lemma, child.lower_) in PHRASAL:
            label = PHRASAL[(lemma, child.lower_)]
            return label, Trigger(label, frozenset({"VERB"}))
    if lemma in PHRASAL_ONLY:
        return None
    trigger = trigger_for(lemma, token.lower_, token.pos_)
    if trigger is None:
        return None
    if token.dep_ == "compound" and token.pos_ == "NOUN" and trigger_for(
        token.head.lemma_.lower(), token.head.lower_, token.head.pos_
    ) is None:
        return None  # "shooting range", "protest movement": a kind of thing, not an event
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "DATE") and token.pos_ == "PROPN":
        return None
    if token.lower_ == "according":  # "according to": a source, not an accord
        return None
    # "announced a package" is aid; "military aid" is aid with or without the verb.
    governed = not trigger.needs_governor or _governed_by(token, trigger.needs_governor)
    if not governed and not (trigger.label == "military aid" and _has_military_modifier(token)):
        return None
    if trigger.needs_weapon_object and not _moves_weapons(token, weapons):
        return None
    # "fire", "hit", "target" name attacks only with arms or an object ("hit the base").
    vague = token.lemma_.lower() in ("fire", "launch", "hit", "target")
    objects = _OBJECTS | {"nsubjpass"}
    if vague and not weapons and not any(c.dep_ in objects for c in token.children):
        return None
    if _is_background_state(token) or _modifies_weapon(token):
        return None
    label = trigger.label
    if label == "territory change" and _moves_weapons(token, weapons):
        label = "disrupted weapons use"  # "seized weapons": arms, not ground
    elif label == "territory change" and _takes_people(token):
        label = "arrest"  # "troops captured Saddam": a person, not ground
    if label == "attack" and lemma in ("explode", "explosion", "blast") and _industrial(token):
        label = "man-made disaster"
    if label == "natural disaster" and any(
        t.lower_ in MAN_MADE_CUES or t.lemma_ in MAN_MADE_CUES for t in token.sent
    ):
        label = "man-made disaster"
    return label, trigger


def _takes_people(token: Token) -> bool:
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(
        t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.lemma_.lower() in _PEOPLE for t in taken
    )


_PEOPLE = frozenset(
    {"man", "woman", "people", "suspect", "leader", "commander", "soldier", "fighter", "member",
     "militant", "journalist", "civilian", "person", "child", "official", "activist"}
)


def _industrial(token: Token) -> bool:
    """"a tank at the gas plant exploded": an accident unless someone set it off."""
    sent = token.sent.text.lower()
    hostile = ("attack", "bomb", "militant", "suicide", "insurgent", "rebels", "terror")
    return any(c in sent for c in INDUSTRIAL_CUES) and not any(h in sent for h in hostile)


def _modifies_weapon(token: Token) -> bool:
    """ "attack drones", "attack helicopter": a kind of weapon, not an attack."""
    return token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in HEADS


def _governed_by(token: Token, verbs: frozenset[str]) -> bool:
    head = token.head
    for _ in range(3):
        if head.lemma_.lower() in verbs:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _has_military_modifier(token: Token) -> bool:
    mods = {t.lemma_.lower() for t in token.subtree if t.i < token.i}
    return bool(mods & {"military", "weapon", "security", "defense", "defence", "arm", "lethal"})


def _moves_weapons(token: Token, weapons: list[WeaponMention]) -> bool:
    """Whether arms are what a transfer or production word is about ("drone plant")."""
    root = token.head if token.dep_ in ("compound", "amod") else token
    lo = min(t.idx for t in root.subtree)
    hi = max(t.idx + len(t.text) for t in root.subtree)
    return any(lo <= w.span.start < hi for w in weapons)


def _is_background_state(token: Token) -> bool:
    """'Iran, which is under sanctions': a state described in passing, not an event."""
    head = token.head
    return bool(token.pos_ == "NOUN" and head.lower_ == "under" and head.head.lemma_ == "be")


def _mention(
    token: Token,
    label: str,
    trigger: Trigger,
    sent: SpacySpan,
    weapons: list[WeaponMention],
    places: Sequence[Place],
    times: Sequence[Time],
) -> EventMention:
    doc = token.doc
    distance = _clause_distances(token, sent)
    actors, targets = _participants(token, label)
    actor_spans = tuple(_phrase_span(t) for t in actors)
    # The whole actor phrase, appositions included ("the Pentagon, headquarters of the US
    # Department of Defense"), names no place where the event happened.
    actor_areas = tuple(
        Span(min(t.idx for t in a.subtree), max(t.idx + len(t.text) for t in a.subtree), "")
        for a in actors
    )
    target_spans = tuple(_phrase_span(t) for t in targets)
    in_sentence = [p for p in places if sent.start_char <= p.span.start < sent.end_char]
    origin_tokens = _origin_token_ids(token, sent, label)
    if label in _GATHERINGS:
        excluded: tuple[Span, ...] = ()  # "New Zealand demonstrators protested": they are there
    elif label in _PLACE_IS_TARGET:
        excluded = actor_areas
    else:
        excluded = actor_areas + target_spans
    locations, others = _locations(in_sentence, distance, doc, excluded, origin_tokens, label)
    # A target that is a place ("attacked Kharkiv") is the location, not an actor.
    target_spans = tuple(
        t
        for t in target_spans
        if label not in _PLACE_IS_TARGET
        or not any(
            p.span.start < t.end and t.start < p.span.end for p in in_sentence if not p.is_demonym
        )
    )
    sentence_times = [
        t
        for t in times
        if t.type in ("DATE", "TIME") and sent.start_char <= t.span.start < sent.end_char
    ]
    time = _nearest(sentence_times, distance, doc) or _sentence_opening_time(sentence_times, sent)
    quantities = find_quantities(Span(sent.start_char, sent.end_char, sent.text))
    quantity = _nearest_quantity(quantities, distance, doc)
    evidence = _trimmed(doc, sent.start_char, sent.end_char)
    modality = _modality(token, label)
    return EventMention(
        label=label,
        trigger=Span(token.idx, token.idx + len(token.text), token.text),
        evidence=evidence,
        actors=actor_spans,
        targets=target_spans,
        weapons=tuple(w for w in weapons if not w.as_modifier) if label not in _UNARMED else (),
        locations=locations,
        places=others,
        time=time,
        modality=modality,
        fatalities=find_fatalities(sent.text) if label in _VIOLENT else _NO_FATALITIES,
        quantity=quantity,
        confidence=_confidence(trigger, token, actors, locations),
    )


_ROUTED = frozenset({"arms transfer"})
_GATHERINGS = frozenset({"protest"})
_NO_ACTORS = frozenset({"natural disaster", "man-made disaster"})
_PLACE_IS_TARGET = frozenset(
    {"attack", "armed clash", "territory change", "suicide bombing", "protest", "looting"}
)
_VIOLENT = frozenset(
    {
        "attack",
        "armed clash",
        "suicide bombing",
        "protest",
        "abduction",
        "natural disaster",
        "man-made disaster",
        "sexual violence",
    }
)
_UNARMED = frozenset(
    {
        "protest",
        "natural disaster",
        "man-made disaster",
        "evacuation",
        "agreement",
        "sanction",
        "arrest",
        "statement",
        "accusation",
        "denial",
    }
)
_NO_FATALITIES = find_fatalities("")


def _clause_distances(trigger: Token, sent: SpacySpan) -> dict[int, int]:
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
        elif head.i != tok.i and tok.i == trigger.i and tok.dep_ == "advcl" \
                and not _has_marker(tok):
            steps.append(head)  # "shelled Kherson, killing two": one event, one place
        for nxt in steps:
            if sent.start <= nxt.i < sent.end and nxt.i not in dist:
                dist[nxt.i] = dist[tok.i] + 1
                queue.append(nxt)
    return dist


def _has_marker(clause: Token) -> bool:
    """A subordinate clause introduced by "as", "when", "after", "because"..."""
    return any(c.dep_ == "mark" for c in clause.children)


def _sentence_opening_time(times: list[Time], sent: SpacySpan) -> Time | None:
    """ "Yesterday, ...": a time that opens the sentence dates all of it."""
    for time in times:
        before = sent.doc.text[sent.start_char : time.span.start].strip(" “\"'")
        after = sent.doc.text[time.span.end : time.span.end + 1]
        if not before and after == ",":
            return time
    return None


def _span_distance(span: Span, distance: dict[int, int], doc: Doc) -> int | None:
    best: int | None = None
    for tok in _tokens_in(doc, span):
        d = distance.get(tok.i)
        if d is not None and (best is None or d < best):
            best = d
    return best


def _tokens_in(doc: Doc, span: Span) -> list[Token]:
    char_span = doc.char_span(span.start, span.end, alignment_mode="expand")
    return list(char_span) if char_span is not None else []


def _nearest(items: list[Time], distance: dict[int, int], doc: Doc) -> Time | None:
    scored = [
        (d, t.span.start, t)
        for t in items
        if (d := _span_distance(t.span, distance, doc)) is not None
    ]
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _nearest_quantity(
    items: list[tuple[Quantity, int]], distance: dict[int, int], doc: Doc
) -> Quantity | None:
    scored = []
    for quantity, start in items:
        span = Span(start, start + len(quantity.text), quantity.text)
        d = _span_distance(span, distance, doc)
        if d is not None:
            scored.append((d, start, quantity))
    return min(scored, key=lambda x: (x[0], x[1]))[2] if scored else None


def _origin_token_ids(trigger: Token, sent: SpacySpan, label: str) -> set[int]:
    """Tokens under "from" phrases (where attackers came from, not where they struck) and,
    for protests, under "against" (what people protest, not where they are)."""
    preps = _ORIGIN_PREPS | ({"against"} if label in _GATHERINGS else set())
    out: set[int] = set()
    for tok in sent:
        if tok.lower_ in preps and tok.dep_ in ("prep", "agent") and tok.i != trigger.i:
            out |= {t.i for t in tok.subtree}
    return out


def _locations(
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
        d = _span_distance(place.span, distance, doc)
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
        candidates.append((d, -_SPECIFIC_KINDS.get(place.kind, 1), place))
    if not candidates or label in _ROUTED:
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
    {"city", "town", "village", "province", "region", "district", "state", "county", "oblast",
     "area", "capital", "port", "border", "neighbourhood", "neighborhood", "suburb", "zone",
     "governorate", "municipality", "camp", "island", "coast", "valley", "street", "road",
     "highway", "airport", "base", "front", "territory", "countryside", "outskirts", "strip",
     "hills", "mountains", "river", "sea", "gulf", "bay", "desert", "prefecture", "department"}
)


# People and bodies a place name may describe: "a US soldier", "Washington's ambassador".
_PERSON_NOUNS = frozenset(
    {"soldier", "troop", "official", "ambassador", "envoy", "diplomat", "president", "minister",
     "leader", "spokesman", "spokeswoman", "force", "army", "military", "government", "embassy",
     "citizen", "national", "resident", "journalist", "reporter", "officer", "commander",
     "general", "delegation", "authority", "administration", "navy", "marine", "police",
     "militant", "fighter", "rebel", "man", "woman", "worker", "student", "team", "company",
     "firm", "media", "newspaper", "agency", "court", "parliament", "counterpart"}
)


def _names_something_else(tokens: list[Token]) -> bool:
    """"a US soldier", "Washington's ambassador": the name describes a person or thing."""
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


def _participants(trigger: Token, label: str) -> tuple[list[Token], list[Token]]:
    """Heads of the actor and target phrases of a trigger."""
    actors: list[Token] = []
    targets: list[Token] = []
    if trigger.pos_ == "VERB":
        subject = _subject(trigger)
        agent = _agent(trigger)
        passive = any(c.dep_ == "nsubjpass" for c in trigger.children)
        if passive:
            actors += agent
            targets += [s for s in subject if s.lower_ not in _RELATIVE_PRONOUNS]
        else:
            actors += subject
            for obj in _objects(trigger):
                targets.append(obj)
        if label == "arms transfer" and trigger.lemma_ in (
            "receive",
            "acquire",
            "purchase",
            "buy",
            "import",
        ):
            # The subject receives; whoever it is "from" gave.
            targets, actors = actors, _prep_objects(trigger, {"from"})
        elif label in ("arms transfer", "military aid"):
            targets = _prep_objects(trigger, _RECIPIENT_PREPS) + [
                c for c in trigger.children if c.dep_ in ("dative", "iobj")
            ]
    else:
        actors += [c for c in trigger.children if c.dep_ == "poss"]
        actors += [
            c
            for c in trigger.lefts
            if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")
        ]
        actors += _prep_objects(trigger, {"by"})
        targets += _prep_objects(trigger, {"on", "against"})
    if not actors and trigger.dep_ in _OBJECTS | {"pobj"}:
        governor = trigger.head.head if trigger.head.pos_ == "ADP" else trigger.head
        if governor.pos_ == "VERB":
            if governor.lemma_.lower() in _ACCUSE:
                mutual = any(m in governor.sent.text.lower() for m in _MUTUAL)
                # "A and B blamed each other for the shelling": both are named as its actors;
                # "A accused B of the shelling": B is.
                actors = (
                    _subject(governor)
                    if mutual
                    else [c for c in governor.children if c.dep_ in ("dobj", "obj")]
                )
            elif trigger.pos_ != "VERB":
                actors = _subject(governor)
    if label == "military aid" and not targets:
        targets = _aid_recipients(trigger)
    actors = _with_conjuncts(actors)
    targets = _with_conjuncts([t for t in targets if t.lower_ not in ("other", "another")])
    if label == "weapons production":
        actors += _prep_objects(trigger.head if trigger.pos_ != "VERB" else trigger, {"with"})
        actors += _co_workers(trigger)
        targets = []  # what a plant makes is its product, not a target
    if label in _NO_ACTORS:
        actors, targets = [], []
    actors = [a for a in actors if _can_take_part(a)]
    targets = [t for t in targets if _can_take_part(t)]
    return _unique(actors), _unique(targets)


def _can_take_part(token: Token) -> bool:
    """Weapons, events and pronouns ("his country") are not actors or targets themselves."""
    lemma = token.lemma_.lower()
    if lemma in HEADS and any(c.ent_type_ in ("NORP", "GPE") for c in token.lefts):
        return True  # "Israeli warplanes struck": the weapon stands for its force
    return not (
        lemma in HEADS
        or lemma in TRIGGERS
        or token.pos_ == "PRON"
        or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)
        or any(c.lower_ == "such" for c in token.children)
    )


def _subject(verb: Token) -> list[Token]:
    """The subject of a verb, inherited from the verbs it depends on ("to strike", "and hit")."""
    tok = verb
    for _ in range(4):
        found = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return [s for s in found if s.lower_ not in _RELATIVE_PRONOUNS] or (
                [tok.head] if tok.dep_ == "relcl" else []
            )
        if tok.dep_ in ("xcomp", "advcl", "conj", "acl") and tok.head.i != tok.i:
            tok = tok.head
        else:
            break
    return []


def _agent(verb: Token) -> list[Token]:
    return _prep_objects(verb, {"by"}, deps=("agent", "prep"))


def _objects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    found += _prep_objects(verb, {"on", "against"})
    # "strike Kyiv and terrorise the population": objects of coordinated verbs.
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB":
            found += [c for c in conj.children if c.dep_ in ("dobj", "obj")]
    return found


def _prep_objects(
    head: Token, preps: set[str] | frozenset[str], deps: tuple[str, ...] = ("prep", "agent")
) -> list[Token]:
    out = []
    for child in head.children:
        if child.dep_ in deps and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ == "pobj"]
    return out


def _aid_recipients(trigger: Token) -> list[Token]:
    """Who military aid is for: "to support Ukraine's efforts", "aid for Kyiv"."""
    sent = trigger.sent
    for tok in sent:
        if tok.lemma_.lower() in _SUPPORT_VERBS and tok.pos_ == "VERB":
            for obj in tok.children:
                if obj.dep_ in ("dobj", "obj"):
                    poss = [c for c in obj.children if c.dep_ == "poss"]
                    return poss or [obj]
    return []


def _co_workers(trigger: Token) -> list[Token]:
    """ "Russia is working with Iran to produce ...": partners of the governing verb."""
    head = trigger.head if trigger.dep_ in ("xcomp", "advcl") else trigger
    return _prep_objects(head, {"with"}) if head.i != trigger.i else []


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    out = []
    for tok in tokens:
        out.append(tok)
        out += [c for c in tok.conjuncts if c.pos_ in ("PROPN", "NOUN", "PRON")]
    return out


def _unique(tokens: list[Token]) -> list[Token]:
    seen: set[int] = set()
    out = []
    for tok in tokens:
        if tok.i not in seen:
            seen.add(tok.i)
            out.append(tok)
    return out


def _phrase_span(head: Token) -> Span:
    """The noun phrase of an argument: modifiers and name parts, no clauses or determiners."""
    keep = [head]
    for child in head.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "poss", "npadvmod", "nummod") or (
            child.dep_ == "punct" and child.text == "-"
        ):
            keep += list(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "NOUN":
            keep += list(child.subtree)
    start = min(t.idx for t in keep)
    end = max(t.idx + len(t.text) for t in keep)
    text = head.doc.text
    return Span(start, end, text[start:end])


def _modality(trigger: Token, label: str) -> ClaimStatus | None:
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
        if lemma in _ACCUSE:
            sent_text = head.sent.text.lower()
            return "disputed" if any(m in sent_text for m in _MUTUAL) else "alleged"
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


def _confidence(
    trigger: Trigger, token: Token, actors: list[Token], locations: tuple[Place, ...]
) -> float:
    score = 0.45 * trigger.weight + 0.15
    if actors:
        score += 0.15
    if locations:
        score += 0.15
    if token.pos_ == "VERB":
        score += 0.05
    if token.sent.start == 0 or token.sent.text.strip().endswith(("?",)):
        score -= 0.05  # headlines and questions state events less surely
    return max(0.05, min(0.95, score))


def _trimmed(doc: Doc, start: int, end: int) -> Span:
    text = doc.text
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return Span(start, end, text[start:end])
