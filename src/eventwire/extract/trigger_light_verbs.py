"""Events named by a verb together with its object or subject ("took control", "imposed a
curfew", "lifted the siege", "demonstrators gathered") rather than by one word."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.extract.trigger_arguments import (
    gives_aid,
    names_any,
    names_attack,
    phrase,
)
from eventwire.extract.trigger_lexicon import (
    ADMITTED_MISSIONS,
    ARRIVING_HELP,
    ARRIVING_VERBS,
    CHEMICAL_ARMS,
    CROWDS,
    ENDED_PROTESTS,
    ENDING_VERBS,
    GATHER_VERBS,
    GIVING_VERBS,
    HARMING_VERBS,
    LIGHT_VERBS,
    OPENED_PASSAGES,
    PERMITTING_VERBS,
    RELEASING_VERBS,
    REMOTE_AGENTS,
    UNDER_FIRE,
    USED_AGAINST,
    USED_ARMS,
)
from eventwire.extract.triggers import (
    CUT_GOODS,
    CUTTING_VERBS,
    EASED_MEASURES,
    EASING_VERBS,
    IMPOSED_MEASURES,
    IMPOSING_VERBS,
    PREPOSITIONAL,
)


def light_verb_event(token: Token, lemma: str) -> str | None:
    """Events named by a verb with its object, or by who does it ("demonstrators gathered")."""
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and (lemma, child.lemma_.lower()) in LIGHT_VERBS:
            return LIGHT_VERBS[(lemma, child.lemma_.lower())]
        objective = child.dep_ in ("dobj", "obj", "nsubjpass")
        if objective and lemma in IMPOSING_VERBS and names_any(child, IMPOSED_MEASURES):
            return "restriction"  # "imposed a curfew", "declared martial law"
        if objective and lemma in GIVING_VERBS and gives_aid(token):
            return "aid"  # "provided intelligence", "handed over medicine", "gave a grant"
        if objective and lemma in CUTTING_VERBS and names_any(child, CUT_GOODS):
            return "sanction"  # "suspended aid deliveries", "cancelled a visit"
        if child.dep_ in ("dobj", "obj", "nsubjpass") and lemma in EASING_VERBS:
            eased = _eased_measure(child)
            if eased is not None:
                return eased
        if child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITIONAL:
            return PREPOSITIONAL[(lemma, child.lower_)]
        if child.lower_ == "into" and any(p.lemma_.lower() == "custody" for p in child.children):
            return "arrest"  # "taken into custody"
        if (
            lemma == "take"
            and child.lower_ == "to"
            and any(p.lemma_.lower() == "street" for p in child.children)
        ):
            return "protest"  # "took to the streets"
    released = [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if token.dep_ == "acl":
        released.append(token.head)  # "poisonous gas used by terrorists"
    if lemma in RELEASING_VERBS and any(CHEMICAL_ARMS.search(phrase(c)) for c in released):
        return "attack"  # "dropped containers of chlorine", "sarin was used"
    admitted = _admission(token, lemma)
    if admitted is not None:
        return admitted
    if lemma == "claim" and any(
        c.dep_ in ("dobj", "obj") and names_attack(c) for c in token.children
    ):
        return "claim of responsibility"  # "claimed the murder", "claimed the bombing"
    if lemma == "catch" and any(c.lemma_.lower() == "fire" for c in token.children):
        return "man-made disaster"  # "a tank caught fire"
    if _attack_told_by_its_target(token, lemma):
        return "attack"
    if lemma in GATHER_VERBS:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if token.dep_ == "acl":
            subjects.append(token.head)  # "a group of strikers gathered outside"
        if any(names_any(s, CROWDS) for s in subjects):
            return "protest"
    return None


def _attack_told_by_its_target(verb: Token, lemma: str) -> bool:
    """ "A convoy came under fire", "the museum was damaged by rocket fire", "Russia used 12
    missiles against Odesa": an attack named by what the target underwent or by the arms."""
    preps = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    objects_of = {p.i: [o.lemma_.lower() for o in p.children if o.dep_ == "pobj"] for p in preps}
    if lemma == "come" and any(
        p.lower_ == "under" and UNDER_FIRE & set(objects_of[p.i]) for p in preps
    ):
        return True
    if lemma in HARMING_VERBS and any(
        p.dep_ == "agent" and _remote_agent(_with_compounds(p)) for p in preps
    ):
        return True
    if lemma == "use":
        used = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        # "against Odesa" hangs on the verb or on the arms ("missiles against Odesa").
        aims = [*preps, *(c for o in used for c in o.children if c.dep_ == "prep")]
        aimed = any(p.lower_ in USED_AGAINST for p in aims)
        return aimed and any(o.lemma_.lower() in USED_ARMS for o in used)
    return False


def _remote_agent(words: list[str]) -> bool:
    named = REMOTE_AGENTS & set(words)
    return bool(named - {"fire"}) or ("fire" in named and len(words) > 1)


def _with_compounds(prep: Token) -> list[str]:
    """The lemmas of a preposition's object and its modifiers ("by rocket fire")."""
    return [
        t.lemma_.lower()
        for o in prep.children
        if o.dep_ == "pobj"
        for t in (o, *o.children)
        if t.dep_ in ("pobj", "compound", "amod", "nmod")
    ]


def _eased_measure(obj: Token) -> str | None:
    """ "lifted the curfew", "eased restrictions", "lifted a state of emergency"."""
    for word in (obj, *(c for c in obj.subtree if c.dep_ in ("pobj", "compound", "amod"))):
        found = EASED_MEASURES.get(word.lemma_.lower())
        if found is not None:
            return found
    return None


def _admission(verb: Token, lemma: str) -> str | None:
    """Letting others in: "opened the border", "received a mission of observers" (PLOVER's
    RETREAT: allowing international involvement), and help arriving ("peacekeeping troops
    arrived", "the first aid convoy arrived": AID). A protest or strike called off is a
    concession ("called off the strike", "ended their sit-in")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
    if lemma == "open" and any(names_any(o, OPENED_PASSAGES) for o in objects):
        return "admission"
    if lemma in ("receive", "admit", "welcome", "allow") and any(
        names_any(o, ADMITTED_MISSIONS) for o in objects
    ):
        return "admission"
    if lemma in ARRIVING_VERBS and any(
        c.dep_ == "nsubj" and names_any(c, ARRIVING_HELP) for c in verb.children
    ):
        return "aid"
    if calls_off_protest(verb, lemma):
        return "concession"
    if lemma in PERMITTING_VERBS and _lets_do(verb):
        return "concession"  # "allowed the candidate to run", "permitted them to march"
    return None


def _lets_do(verb: Token) -> bool:
    """A permission given, with what it lets others do: "allowed X to participate",
    "decided to allow X to run"; not a purpose ("resigned to allow elections to go ahead")."""
    purpose = any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
    if purpose and not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "decide"):
        return False
    return any(
        c.dep_ in ("ccomp", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def calls_off_protest(verb: Token, lemma: str) -> bool:
    """ "called off the strike", "ended their sit-in" (but "called a strike" starts one)."""
    if lemma not in ENDING_VERBS or (lemma == "call" and not _has_particle(verb, "off")):
        return False
    # Active voice only: "the demonstration was suspended by police" is an intervention.
    return any(c.dep_ in ("dobj", "obj") and names_any(c, ENDED_PROTESTS) for c in verb.children)


def _has_particle(verb: Token, particle: str) -> bool:
    return any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)
