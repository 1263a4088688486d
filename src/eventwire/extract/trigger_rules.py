"""Which words in a sentence name events: the trigger lexicon applied with syntax.

A lexicon word is a trigger only in the right construction: "attack drones" are weapons,
"according to" is a source, "seized weapons" disrupts arms rather than taking ground,
"captured the commander" is an arrest, an explosion at a gas plant is an accident.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.extract.grammar import OBJECT_DEPS
from eventwire.extract.triggers import (
    CUT_GOODS,
    CUTTING_VERBS,
    DIPLOMATIC_LABELS,
    EASED_MEASURES,
    EASING_VERBS,
    IMPOSED_MEASURES,
    IMPOSING_VERBS,
    INDUSTRIAL_CUES,
    MAN_MADE_CUES,
    PHRASAL,
    PHRASAL_ONLY,
    PREPOSITIONAL,
    TRIGGERS,
    Trigger,
    trigger_for,
    triggers_for,
)
from eventwire.extract.weapons import HEADS
from eventwire.model import WeaponMention


def trigger_of(
    token: Token, weapons: list[WeaponMention], place_tokens: frozenset[int] = frozenset()
) -> tuple[str, Trigger] | None:
    """The event label a word names here, with its lexicon entry; None if it names none."""
    lemma = token.lemma_.lower()
    named = _named_here(token, lemma, weapons, place_tokens)
    # A deed demanded, promised or threatened is that verbal event, unless it is a deed of
    # its own kind ("will send drones" stays a planned arms transfer).
    if token.pos_ == "VERB" and (named is None or named[0] in _SAYABLE):
        said = _said_in_advance(token, lemma)
        if said is not None:
            return said, Trigger(said, frozenset({"VERB"}), weight=0.6)
    return named


# Deeds that, announced ahead, are the promise or threat rather than the deed.
_PROMISABLE_DEEDS = frozenset(
    {"withdrawal", "evacuation", "agreement", "deployment", "sanction", "restriction", "arrest"}
)
_SAYABLE = DIPLOMATIC_LABELS | _PROMISABLE_DEEDS


def _named_here(
    token: Token, lemma: str, weapons: list[WeaponMention], place_tokens: frozenset[int]
) -> tuple[str, Trigger] | None:
    for child in token.children:
        # The parser files "down" in "shot down 55 drones" as an adverb as often as a particle.
        particle = child.dep_ == "prt" or (child.dep_ == "advmod" and child.i == token.i + 1)
        if particle and (lemma, child.lower_) in PHRASAL:
            label = PHRASAL[(lemma, child.lower_)]
            if label == "release" and _gives_aid(token):
                label = "aid"  # "handed over medicine": help, not a release
            if label == "attack" and _suicide_told(token):
                label = "suicide bombing"  # "blew themselves up"
            return label, Trigger(label, frozenset({"VERB"}))
    construction = _light_verb_event(token, lemma)
    if construction in _NEGATABLE and any(c.dep_ == "neg" for c in token.children):
        construction = "rejection"  # "would not meet their demands"
    if construction is not None:
        return construction, Trigger(construction, frozenset({"VERB"}))
    if lemma in PHRASAL_ONLY:
        return None
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "DATE") and token.pos_ == "PROPN":
        return None
    if token.lower_ == "according":  # "according to": a source, not an accord
        return None
    if _is_background_state(token) or _modifies_weapon(token):
        return None
    if (
        token.dep_ == "compound"
        and token.pos_ == "NOUN"
        and token.head.lemma_.lower() not in _EFFORT_NOUNS
        and trigger_for(token.head.lemma_.lower(), token.head.lower_, token.head.pos_) is None
    ):
        return None  # "shooting range", "protest movement": a kind of thing, not an event
    # A word may name several events ("destroyed the drones", "destroyed the market"): the
    # first entry whose construction holds here wins.
    for trigger in triggers_for(lemma, token.lower_, token.pos_):
        named = _label_here(token, lemma, trigger, weapons, place_tokens)
        if named is not None:
            return named, trigger
    return None


def _label_here(
    token: Token,
    lemma: str,
    trigger: Trigger,
    weapons: list[WeaponMention],
    place_tokens: frozenset[int],
) -> str | None:
    """The label a lexicon entry gives this token, or None if its construction fails."""
    if (
        trigger.label in DIPLOMATIC_LABELS
        and token.dep_ in _DESCRIBING_DEPS
        and token.head.lemma_.lower() not in _EFFORT_NOUNS
    ):
        return None  # "Iranian-backed militias", "a group supported by Russia": who they are
    if trigger.label == "attack" and token.pos_ == "VERB" and _subject_is_disaster(token):
        return None  # "an earthquake struck Lombok": the quake is the event
    if lemma == "release" and any(t.lemma_.lower() in _RELEASED_THINGS for t in _taken(token)):
        return None  # "released a statement", "released gas": no one set free
    if trigger.label == "base established" and not _sets_up_base(token):
        return None  # "set up roadblocks", "establish the rule of law": no base
    if lemma == "burn" and trigger.label == "looting" and not _has_object(token):
        return "man-made disaster"  # "the tank burns": a fire, not arson
    if lemma == "release" and any(c.lower_ in _NOTICES for c in token.lefts):
        return None  # "a press release": a notice, not a release
    if lemma == "attack" and any(c.lower_ in ("cyber", "cyber-") for c in token.lefts):
        return "cyber attack"
    if lemma == "bomber" and not any(c.lower_ == "suicide" for c in token.lefts):
        return None  # "the alleged bombers of the airliner": people, not a suicide bombing
    if lemma == "abuse" and not _sexual(token):
        return None  # "abuses of power", "abused his office": no violence named
    if lemma in _SEXUAL_HARM and _sexual(token):
        return "sexual violence"  # "sexually assaulted", "a sexual assault", "sexually abused"
    # "announced a package" is aid; "military aid" is aid with or without the verb.
    governed = not trigger.needs_governor or _governed_by(token, trigger.needs_governor)
    if not governed and not (trigger.label == "military aid" and _has_military_modifier(token)):
        return None
    if trigger.needs_weapon_object and not _moves_weapons(token, weapons):
        return None
    # "fire", "hit", "target" name attacks only with arms or an object ("hit the base").
    vague = lemma in ("fire", "launch", "hit", "target")
    objects = OBJECT_DEPS | {"nsubjpass"}
    if vague and not weapons and not any(c.dep_ in objects for c in token.children):
        return None
    if lemma == "launch" and not weapons and _names_verbal_event(token):
        return None  # "launched an investigation", "launched a mediation effort"
    label = trigger.label
    if label in _NEGATABLE and any(c.dep_ == "neg" for c in token.children):
        return "rejection"  # "will not accept refugees", "did not agree"
    if label in _NEGATABLE and _failed(token):
        return "rejection"  # "failed to reach agreement", "refused to sign the accord"
    if lemma == "strike" and token.pos_ == "NOUN" and _is_labour_strike(token):
        return "protest"  # "a hunger strike", "organised a general strike"
    # "captured the commander of the explosives unit": who is taken decides, not the words
    # that describe them.
    if label in ("territory change", "disrupted weapons use") and _takes_people(
        token, place_tokens
    ):
        label = "arrest"  # "troops captured Saddam", "intercepted a trafficker": a person
    elif label == "territory change" and _moves_weapons(token, weapons):
        label = "disrupted weapons use"  # "seized weapons": arms, not ground
    if label == "attack" and _suicide_told(token):
        label = "suicide bombing"  # "bombers blew themselves up": coded apart from attacks
    if label == "attack" and lemma in ("explode", "explosion", "blast") and _industrial(token):
        label = "man-made disaster"
    if label == "natural disaster" and any(
        t.lower_ in MAN_MADE_CUES or t.lemma_ in MAN_MADE_CUES for t in token.sent
    ):
        label = "man-made disaster"
    return label


def _gives_aid(verb: Token) -> bool:
    return any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and _names_any(c, _AID_GOODS) for c in verb.children
    )


# Nouns that make the word before them the event ("a mediation effort", "a rescue mission").
_EFFORT_NOUNS = frozenset({"effort", "mission", "bid", "initiative", "campaign", "operation"})


def _said_in_advance(token: Token, lemma: str) -> str | None:
    """What is said of a deed not yet done: "X must return the helicopter" demands it,
    "X will visit Y" or "is ready to send troops" promises it, "will boycott the vote" or
    "will impose a curfew" threatens it (PLOVER's DEMAND, AGREE and THREATEN)."""
    modals = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if modals & _DEMANDING_MODALS and lemma not in _STATE_VERBS:
        return "demand"
    if lemma not in _INTENDED_DEEDS:
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    intended = bool(modals & _FUTURE_MODALS) or (
        token.dep_ == "xcomp" and token.head.lemma_.lower() in _READY_WORDS
    )
    if not intended:
        return None
    if lemma in _HOSTILE_INTENTS or _unless(token):
        # "will withdraw its force unless ...": a condition set is a threat.
        return "threat"
    if lemma in _COOPERATIVE_INTENTS:
        return "pledge"
    return None


def _unless(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ == "unless" for m in c.children if m.dep_ == "mark")
        for c in verb.children
    )


_DEMANDING_MODALS = frozenset({"must"})
_FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall"})
_STATE_VERBS = frozenset({"be", "have", "know", "seem", "remain"})
_READY_WORDS = frozenset(
    {"willing", "ready", "prepared", "committed", "eager", "plan", "intend", "decide"}
)
# Deeds that, promised, are an offer to cooperate ...
_COOPERATIVE_INTENTS = frozenset(
    {
        "give",
        "provide",
        "contribute",
        "allow",
        "return",
        "help",
        "send",
        "open",
        "hand",
        "grant",
        "support",
        "visit",
        "meet",
        "host",
        "release",
        "withdraw",
        "evacuate",
        "lift",
        "resume",
        "join",
        "cooperate",
        "sign",
        "free",
        "recognize",
        "recognise",
        "negotiate",
        "mediate",
        "talk",
        "assist",
        "donate",
        "finance",
        "fund",
        "democratize",
        "reform",
        "establish",
        "restore",
        "normalize",
        "accept",
    }
)
# ... and, announced, a threat.
_HOSTILE_INTENTS = frozenset(
    {
        "boycott",
        "impose",
        "tighten",
        "extend",
        "blockade",
        "halt",
        "suspend",
        "cut",
        "expel",
        "retaliate",
        "ban",
        "sever",
        "punish",
        "veto",
        "reduce",
        "stop",
        "freeze",
        "close",
        "arrest",
        "deport",
        "outlaw",
        "institute",
        "declare",
    }
)


_INTENDED_DEEDS = _COOPERATIVE_INTENTS | _HOSTILE_INTENTS


def accuses_of_event(token: Token, trigger_ids: set[int]) -> bool:
    return any(t.i in trigger_ids for t in token.subtree if t.i != token.i)


def dominates(upper: Token, lower: Token) -> bool:
    return upper.i != lower.i and upper.is_ancestor(lower)


def _takes_people(token: Token, place_tokens: frozenset[int]) -> bool:
    """ "captured the commander", "smugglers intercepted", "the interception of this man"."""
    return any(_is_people(t) for t in _taken(token) if t.i not in place_tokens)


def _taken(token: Token) -> list[Token]:
    taken = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    if token.pos_ == "VERB" and token.dep_ == "acl" and token.tag_ == "VBN":
        taken.append(token.head)  # "four smugglers intercepted at the border"
    if token.pos_ == "NOUN":
        taken += [
            p
            for prep in token.children
            if prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj"
        ]
    return taken


def _is_people(word: Token) -> bool:
    return word.ent_type_ == "PERSON" or word.pos_ == "PRON" or word.lemma_.lower() in _PEOPLE


# Verb + object pairs that name events: "took control of", "cut ties with".
_LIGHT_VERBS: dict[tuple[str, str], str] = {
    ("take", "control"): "territory change",
    ("wrest", "control"): "territory change",
    ("gain", "control"): "territory change",
    ("seize", "control"): "territory change",
    ("regain", "control"): "territory change",
    ("recover", "control"): "territory change",
    ("establish", "control"): "territory change",
    ("assume", "control"): "territory change",
    ("cut", "tie"): "sanction",
    ("sever", "tie"): "sanction",
    ("break", "tie"): "sanction",
    ("cut", "relation"): "sanction",
    ("sever", "relation"): "sanction",
    ("claim", "responsibility"): "claim of responsibility",
    ("accept", "demand"): "concession",
    ("meet", "demand"): "concession",
    ("grant", "asylum"): "aid",
    ("hold", "talk"): "consultation",
    ("hold", "meeting"): "consultation",
    ("establish", "tie"): "support",
    ("establish", "relation"): "support",
    ("restore", "tie"): "support",
    ("restore", "relation"): "support",
    ("upgrade", "tie"): "support",
    ("share", "intelligence"): "cooperation",
    ("set", "fire"): "looting",
    ("block", "road"): "protest",
    ("block", "street"): "protest",
    ("block", "highway"): "protest",
    ("block", "bridge"): "protest",
    ("block", "traffic"): "protest",
    ("block", "transport"): "protest",
    ("block", "thoroughfare"): "protest",
    ("share", "information"): "cooperation",
}
_GIVING_VERBS = frozenset(
    {"provide", "give", "send", "deliver", "donate", "hand", "supply", "grant", "airlift", "ship"}
)
# What states give each other as help (arms are an "arms transfer" of their own).
_AID_GOODS = frozenset(
    {
        "aid",
        "assistance",
        "intelligence",
        "food",
        "medicine",
        "supplies",
        "supply",
        "grant",
        "loan",
        "fund",
        "funding",
        "relief",
        "equipment",
        "goods",
        "tent",
        "blanket",
        "vaccine",
        "photograph",
    }
)
_GATHER_VERBS = frozenset(
    {
        "gather",
        "assemble",
        "converge",
        "march",
        "rally",
        "flock",
        "pour",
        "flood",
        "throng",
        "swarm",
    }
)
_CROWDS = frozenset(
    {
        "protester",
        "demonstrator",
        "crowd",
        "activist",
        "supporter",
        "student",
        "worker",
        "rioter",
        "marcher",
        "striker",
        "people",
        "thousand",
        "hundred",
        "dozen",
    }
)
_DISASTERS = frozenset(
    {
        "earthquake",
        "quake",
        "tremor",
        "storm",
        "hurricane",
        "cyclone",
        "typhoon",
        "flood",
        "tsunami",
        "tornado",
        "landslide",
        "wildfire",
        "fire",
        "lightning",
        "avalanche",
        "drought",
        "rain",
        "rainfall",
        "eruption",
        "volcano",
    }
)


_DESCRIBING_DEPS = frozenset({"amod", "compound", "acl"})
_NEGATABLE = frozenset({"pledge", "agreement", "support", "cooperation", "concession"})
# Strikes that are walkouts, not attacks: by their kind, or by what people do with them.
_STRIKE_KINDS = frozenset(
    {"hunger", "general", "labour", "labor", "nationwide", "national", "wildcat", "sit-down"}
)
_STRIKE_ACTIONS = frozenset(
    {"stage", "organize", "organise", "call", "hold", "go", "join", "cancel", "end", "plan"}
)


def _is_labour_strike(noun: Token) -> bool:
    if any(c.lemma_.lower() in _STRIKE_KINDS for c in noun.lefts):
        return True
    governor = noun.head.head if noun.head.pos_ == "ADP" else noun.head
    if governor.pos_ == "VERB" and governor.lemma_.lower() in _STRIKE_ACTIONS:
        return True
    # "workers stopped work on the first day of a strike", "union called off the strike"
    return any(t.lemma_.lower() in _WORKERS for t in noun.sent)


_WORKERS = frozenset(
    {"worker", "union", "employee", "teacher", "doctor", "nurse", "staff", "miner", "driver"}
)


def _names_verbal_event(verb: Token) -> bool:
    """Whether the verb's object, or a word of it, names a verbal event ("launched an inquiry",
    "a mediation effort")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        for word in (obj, *(c for c in obj.lefts if c.dep_ == "compound")):
            entries = TRIGGERS.get(word.lemma_.lower(), [])
            if any(e.label in DIPLOMATIC_LABELS and "NOUN" in e.pos for e in entries):
                return True
    return False


def _light_verb_event(token: Token, lemma: str) -> str | None:
    """Events named by a verb with its object, or by who does it ("demonstrators gathered")."""
    if token.pos_ != "VERB":
        return None
    for child in token.children:
        if child.dep_ in ("dobj", "obj") and (lemma, child.lemma_.lower()) in _LIGHT_VERBS:
            return _LIGHT_VERBS[(lemma, child.lemma_.lower())]
        objective = child.dep_ in ("dobj", "obj", "nsubjpass")
        if objective and lemma in IMPOSING_VERBS and _names_any(child, IMPOSED_MEASURES):
            return "restriction"  # "imposed a curfew", "declared martial law"
        if objective and lemma in _GIVING_VERBS and _gives_aid(token):
            return "aid"  # "provided intelligence", "handed over medicine", "gave a grant"
        if objective and lemma in CUTTING_VERBS and _names_any(child, CUT_GOODS):
            return "sanction"  # "suspended aid deliveries", "cancelled a visit"
        if child.dep_ in ("dobj", "obj", "nsubjpass") and lemma in EASING_VERBS:
            eased = _eased_measure(child)
            if eased is not None:
                return eased
        if child.dep_ == "prep" and (lemma, child.lower_) in PREPOSITIONAL:
            return PREPOSITIONAL[(lemma, child.lower_)]
        if child.lower_ == "into" and any(p.lemma_.lower() == "custody" for p in child.children):
            return "arrest"  # "taken into custody"
    if lemma in _RELEASING_VERBS and any(
        c.dep_ in ("dobj", "obj", "nsubjpass") and _CHEMICAL_ARMS.search(_phrase(c))
        for c in token.children
    ):
        return "attack"  # "dropped containers of chlorine", "sarin was used"
    if lemma == "claim" and any(
        c.dep_ in ("dobj", "obj") and _names_attack(c) for c in token.children
    ):
        return "claim of responsibility"  # "claimed the murder", "claimed the bombing"
    if lemma == "run" and any(c.lower_ == "aground" for c in token.children):
        return "man-made disaster"  # "the ferry ran aground"
    if lemma == "catch" and any(c.lemma_.lower() == "fire" for c in token.children):
        return "man-made disaster"  # "a tank caught fire"
    if lemma in _GATHER_VERBS:
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _CROWDS for s in subjects):
            return "protest"
    return None


def _names_any(obj: Token, lemmas: frozenset[str]) -> bool:
    """Whether an object phrase is about one of these things ("aid deliveries", "part of an
    aid program"): its head, the head's modifiers, and an "of" phrase's noun with its own."""
    heads = [obj] + [
        p for prep in obj.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"
    ]
    words = [w for h in heads for w in (h, *h.children) if w is h or w.dep_ in ("compound", "amod")]
    return any(w.lemma_.lower() in lemmas for w in words)


def _phrase(token: Token) -> str:
    return " ".join(t.lower_ for t in token.subtree)


_RELEASING_VERBS = frozenset({"drop", "use", "unleash", "fire", "launch", "deploy", "spray"})
_CHEMICAL_ARMS = re.compile(
    r"\b(chlorine|sarin|mustard|nerve agent|poison(ous)? gas|toxic gas|chemical weapons?|"
    r"chemical agents?)\b"
)


def _names_attack(noun: Token) -> bool:
    return any(
        e.label == "attack" and "NOUN" in e.pos for e in TRIGGERS.get(noun.lemma_.lower(), [])
    )


def _eased_measure(obj: Token) -> str | None:
    """ "lifted the curfew", "eased restrictions", "lifted a state of emergency"."""
    for word in (obj, *(c for c in obj.subtree if c.dep_ in ("pobj", "compound", "amod"))):
        found = EASED_MEASURES.get(word.lemma_.lower())
        if found is not None:
            return found
    return None


def _is_disaster(noun: Token) -> bool:
    """ "an earthquake", "the effects of the drought"."""
    if noun.lemma_.lower() in _DISASTERS:
        return True
    return any(
        p.dep_ == "pobj" and p.lemma_.lower() in _DISASTERS
        for prep in noun.children
        if prep.lower_ == "of"
        for p in prep.children
    )


def _subject_is_disaster(verb: Token) -> bool:
    """ "a tsunami killed 43 and injured hundreds", "hit by an earthquake", "drought is
    expected to hit": the doer, found through conjoined and infinitive verbs and "by"."""
    node = verb
    for _ in range(3):
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _is_disaster(child):
                return True
            if child.dep_ == "agent" and any(
                p.dep_ == "pobj" and p.lemma_.lower() in _DISASTERS for p in child.children
            ):
                return True
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
    return False


_RELEASED_THINGS = frozenset(
    {
        "statement",
        "report",
        "video",
        "footage",
        "image",
        "photo",
        "photograph",
        "document",
        "detail",
        "figure",
        "data",
        "information",
        "list",
        "name",
        "result",
        "gas",
        "chemical",
        "smoke",
        "fund",
        "album",
        "film",
        "imagery",
        "picture",
        "recording",
        "audio",
        "transcript",
        "evidence",
        "statistic",
        "finding",
        "update",
        "version",
        "guidance",
        "record",
        "budget",
        "plan",
    }
)
_NOTICES = frozenset({"press", "news", "media"})
_SEXUAL_HARM = frozenset({"assault", "abuse", "attack", "molest", "violate"})
_SEXUAL_WORDS = frozenset({"sexual", "sexually", "indecent", "indecently"})
_SUICIDE_CUES = re.compile(
    r"\bsuicide\s+(bomb|attack|car|truck|vest|belt)|\bblew\s+(him|her|them)sel(f|ves)\s+up",
    re.I,
)


def _failed(token: Token) -> bool:
    node = token
    for _ in range(3):
        if node.dep_ not in ("dobj", "obj", "xcomp") or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _FAILING_VERBS:
            return True
    return False


_FAILING_VERBS = frozenset({"fail", "refuse", "decline"})


def _sets_up_base(verb: Token) -> bool:
    built = _taken(verb) + ([verb.head] if verb.dep_ == "relcl" else [])
    return any(_names_any(b, _BASES) for b in built)


_BASES = frozenset(
    {
        "base",
        "headquarters",
        "headquarter",
        "hq",
        "post",
        "point",
        "camp",
        "barracks",
        "outpost",
        "garrison",
        "station",
        "office",
        "checkpoint",
        "position",
        "airbase",
        "facility",
    }
)


def _has_object(verb: Token) -> bool:
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children)


def _suicide_told(token: Token) -> bool:
    # The article is searched first: finding a token's sentence is the dearer step.
    return bool(_SUICIDE_CUES.search(token.doc.text)) and bool(
        _SUICIDE_CUES.search(token.sent.text)
    )


def _sexual(token: Token) -> bool:
    return any(c.lower_ in _SEXUAL_WORDS for c in token.children if c.dep_ in ("amod", "advmod"))


_PEOPLE = frozenset(
    {
        "man",
        "woman",
        "people",
        "suspect",
        "leader",
        "commander",
        "soldier",
        "fighter",
        "member",
        "militant",
        "journalist",
        "civilian",
        "person",
        "child",
        "official",
        "activist",
        "trafficker",
        "smuggler",
        "individual",
        "national",
        "migrant",
        "passenger",
        "prisoner",
        "hostage",
        "detainee",
        "captive",
        "inmate",
    }
)


def _industrial(token: Token) -> bool:
    """ "a tank at the gas plant exploded": an accident unless someone set it off."""
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
    # A verb's own subject is not what it moves ("a drone captured footage").
    parts = [root] + [c for c in root.children if not (root.pos_ == "VERB" and c.dep_ in _DOERS)]
    spans = [
        (min(t.idx for t in p.subtree), max(t.idx + len(t.text) for t in p.subtree)) for p in parts
    ]
    return any(lo <= w.span.start < hi for w in weapons for lo, hi in spans)


_DOERS = frozenset({"nsubj", "csubj", "advcl", "ccomp", "conj", "parataxis", "relcl"})


def _is_background_state(token: Token) -> bool:
    """'Iran, which is under sanctions': a state described in passing, not an event."""
    head = token.head
    return bool(token.pos_ == "NOUN" and head.lower_ == "under" and head.head.lemma_ == "be")
