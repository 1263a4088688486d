"""The event trigger lexicon: which words name which kind of event.

A trigger is a lemma with a part of speech. Its label is eventwire's own event type; ACLED and
PLOVER types follow from the label (and for attacks from the weapons used, see `types.py`).
Some nouns only name an event when a "light" verb governs them ("imposed sanctions",
"announced a package"); `needs_governor` lists those verbs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Trigger:
    label: str
    pos: frozenset[str]
    needs_weapon_object: bool = False  # "ship", "deliver": an arms transfer only if arms move
    needs_governor: frozenset[str] = frozenset()  # lemmas of verbs that must govern a noun
    weight: float = 1.0  # how surely the word names an event of this label


VERB = frozenset({"VERB"})
NOUN = frozenset({"NOUN", "PROPN"})
BOTH = VERB | NOUN

_ANNOUNCE = frozenset(
    {
        "announce",
        "approve",
        "pledge",
        "provide",
        "unveil",
        "send",
        "give",
        "commit",
        "offer",
        "promise",
        "allocate",
        "authorize",
        "authorise",
        "deliver",
        "receive",
        "grant",
        "agree",
    }
)
_IMPOSE = frozenset(
    {
        "impose",
        "announce",
        "slap",
        "introduce",
        "unveil",
        "levy",
        "extend",
        "adopt",
        "consider",
        "propose",
        "approve",
        "threaten",
        "lift",
        "tighten",
        "expand",
    }
)


def _entries() -> dict[str, list[Trigger]]:
    table: dict[str, list[Trigger]] = {}

    def add(label: str, pos: frozenset[str], words: str, **kw: object) -> None:
        for word in words.split(","):
            # A word may name different events as a verb and as a noun ("capture").
            table.setdefault(word.strip(), []).append(Trigger(label, pos, **kw))  # type: ignore[arg-type]

    add(
        "attack",
        BOTH,
        "attack,strike,raid,assault,ambush,bombardment,shelling,airstrike,"
        "bombing,onslaught,incursion,invasion",
    )
    add(
        "attack",
        VERB,
        "shell,bomb,bombard,pound,hit,target,fire,launch,storm,invade,blast,"
        "torpedo,shoot,gun,massacre,kill,behead,execute,explode,detonate,hurl,lob,murder,stab,"
        "assassinate,lynch,torture,beat,injure,wound",
        weight=0.8,
    )
    add(
        "attack",
        NOUN,
        "explosion,blast,barrage,massacre,shooting,killing,gunfire,murder,"
        "stabbing,assassination,lynching,ambush",
        weight=0.8,
    )
    add(
        "armed clash",
        BOTH,
        "clash,fight,battle,skirmish,firefight,fighting,combat,offensive,gunbattle,gunfight,"
        "counteroffensive,counter-offensive",
    )
    add("armed clash", VERB, "repel,repulse", weight=0.7)
    add(
        "territory change",
        VERB,
        "capture,seize,recapture,retake,liberate,overrun,occupy,free,regain,reclaim",
    )
    add("territory change", NOUN, "capture,recapture,liberation,takeover,occupation", weight=0.7)
    add("withdrawal", VERB, "withdraw,retreat,pull", weight=0.6)
    add("withdrawal", NOUN, "withdrawal,pullout,pull-out,retreat", weight=0.55)
    add("protest", BOTH, "protest,demonstration,rally,march,sit-in,picket,demonstrate,riot,unrest")
    add("arrest", BOTH, "arrest,detain,apprehend,detention,round")
    add("abduction", BOTH, "abduct,kidnap,abduction,kidnapping,disappearance")
    add("sexual violence", BOTH, "rape,assault,molest,abuse")
    add("looting", BOTH, "loot,looting,vandalize,vandalise,torch,ransack,plunder,burn,arson")
    add("looting", VERB, "destroy,demolish,raze,bulldoze", weight=0.5)
    add("agreement", NOUN, "agreement,ceasefire,truce,accord,deal,treaty,armistice")
    add("agreement", VERB, "agree,sign", weight=0.7)
    add("disrupted weapons use", VERB, "intercept,defuse,down,dismantle,neutralize,neutralise")
    add("disrupted weapons use", NOUN, "interception", weight=0.8)
    add(
        "disrupted weapons use",
        VERB,
        "confiscate,find,discover,recover,uncover,destroy,impound",
        needs_weapon_object=True,
        weight=0.8,
    )
    add("base established", VERB, "establish,set", weight=0.5)
    # Troops on patrol or sent somewhere: ACLED's "Other" strategic development, PLOVER MOBILIZE.
    add("deployment", VERB, "patrol,deploy,redeploy,station", weight=0.4)
    add(
        "arms transfer",
        VERB,
        "ship,supply,deliver,transfer,send,provide,receive,sell,smuggle,"
        "acquire,purchase,buy,import,export,give",
        needs_weapon_object=True,
    )
    add("arms transfer", NOUN, "shipment,delivery,transfer,sale,supply", needs_weapon_object=True)
    add(
        "military aid",
        NOUN,
        "aid,assistance,package,commitment,support,funding",
        needs_governor=_ANNOUNCE,
    )
    add(
        "weapons production",
        VERB,
        "produce,manufacture,build,churn,assemble",
        needs_weapon_object=True,
    )
    add(
        "weapons production",
        NOUN,
        "production,manufacturing,manufacture,plant,factory",
        needs_weapon_object=True,
    )
    add("accusation", VERB, "accuse,blame", weight=0.6)
    add("denial", VERB, "deny", weight=0.5)
    add("threat", VERB, "threaten", weight=0.6)
    add("threat", NOUN, "threat,ultimatum", needs_governor=frozenset({"issue", "make"}))
    add("sanction", VERB, "sanction,blacklist", weight=0.8)
    # PLOVER's SANCTION also covers expelling diplomats and breaking off relations.
    add("sanction", VERB, "expel,sever,recall", weight=0.6)
    add("sanction", NOUN, "expulsion", weight=0.6)
    add("sanction", NOUN, "sanction,embargo", needs_governor=_IMPOSE)
    add("sanction", NOUN, "suspension", needs_governor=_ANNOUNCE | _IMPOSE, weight=0.6)
    add(
        "natural disaster",
        BOTH,
        "earthquake,quake,flood,flooding,hurricane,cyclone,typhoon,"
        "landslide,mudslide,wildfire,drought,tsunami,storm,eruption,avalanche",
    )
    add("man-made disaster", BOTH, "spill,derailment,meltdown,crash,blaze")
    add("man-made disaster", BOTH, "collision,collide,capsize,derail,poisoning,contamination")
    # Poisoned by gas or food: an accident, unless chemical arms are named (see
    # `trigger_light_verbs`: "poisonous gas used by terrorists" is an attack).
    add("man-made disaster", VERB, "poison", weight=0.7)
    # Words that are disasters only now and then ("breach of security", "talks collapse").
    add("man-made disaster", BOTH, "breach,collapse,leak", weight=0.5)
    add("evacuation", BOTH, "evacuate,evacuation")
    add(
        "organized crime",
        BOTH,
        "smuggling,trafficking,launder,extort,extortion,rob,"
        "robbery,burglary,heist,racketeering,poaching",
    )
    # Coercion by authority short of arrest: outlawing, banning, deporting, hacking.
    add("restriction", VERB, "outlaw,ban,deport,censor,proscribe", weight=0.6)
    add("restriction", NOUN, "deportation,crackdown", weight=0.5)
    add("cyber attack", VERB, "hack", weight=0.7)
    add("organized crime", VERB, "traffic")  # the noun is mostly cars on roads
    add("group change", VERB, "defect,disband,dissolve,merge,splinter", weight=0.6)
    add("group change", NOUN, "defection,merger", weight=0.6)
    add("protest", NOUN, "violence", weight=0.4)
    add("suicide bombing", NOUN, "bomber", weight=0.5)
    _add_verbal_events(add)
    return table


def _add_verbal_events(add: Callable[..., None]) -> None:
    """What states and leaders do with words and visits rather than arms: PLOVER's verbal
    and cooperative types, which ACLED does not code (see `DIPLOMATIC_LABELS`). Their
    weights are low: words are the background of fighting, not the event reported."""
    add("demand", VERB, "demand,urge,appeal,request,insist,exhort,implore,pressure", weight=0.6)
    add("demand", NOUN, "demand,appeal,request", weight=0.4)
    add(
        "rejection", VERB, "reject,refuse,decline,rebuff,veto,spurn,defy,boycott,oppose", weight=0.6
    )
    add("rejection", NOUN, "rejection,refusal,veto", weight=0.5)
    add(
        "consultation",
        VERB,
        "meet,visit,host,telephone,phone,negotiate,discuss,consult,mediate,confer",
        weight=0.55,
    )
    add(
        "consultation",
        NOUN,
        "talk,meeting,visit,negotiation,mediation,summit,consultation,discussion",
        weight=0.5,
    )
    add(
        "support",
        VERB,
        "praise,endorse,welcome,commend,hail,congratulate,back,support,apologize,apologise,"
        "forgive,recognize,recognise",
        weight=0.55,
    )
    add("support", NOUN, "praise,endorsement,apology,recognition", weight=0.4)
    add("cooperation", VERB, "cooperate,co-operate,collaborate,extradite,share", weight=0.5)
    add("cooperation", NOUN, "cooperation,co-operation,collaboration,extradition", weight=0.4)
    add("investigation", VERB, "investigate,probe,inspect,examine", weight=0.6)
    add("investigation", NOUN, "investigation,probe,inquiry,enquiry,inspection", weight=0.55)
    add("release", VERB, "release,surrender,disarm,demobilize,demobilise,resign", weight=0.6)
    add("release", NOUN, "release,surrender,disarmament,demobilization", weight=0.45)
    add("concession", VERB, "concede,yield,accede,relent", weight=0.55)
    add("concession", NOUN, "concession", weight=0.45)
    add("pledge", VERB, "promise,pledge,vow,offer,accept", weight=0.5)
    add("pledge", NOUN, "pledge,promise,offer", weight=0.35)
    add("mobilization", VERB, "mobilize,mobilise,mass", weight=0.5)
    add("mobilization", NOUN, "mobilization,mobilisation,buildup,build-up", weight=0.45)
    add("aid", VERB, "donate", weight=0.5)
    add("aid", NOUN, "asylum,donation,relief", weight=0.45)


TRIGGERS: dict[str, list[Trigger]] = _entries()


def triggers_for(lemma: str, word: str, pos: str) -> list[Trigger]:
    """The lexicon entries for a word with this part of speech: entries that ask for a
    construction (arms as object, a governing verb) first, as they are the more specific."""
    entries = TRIGGERS.get(lemma, []) + TRIGGERS.get(word, [])
    if not entries and pos == "NOUN" and word.endswith("s"):
        # The lemmatizer misses some plurals ("marches" → "marche").
        entries = TRIGGERS.get(word[:-2] if word.endswith("es") else word[:-1], [])
        entries = entries or TRIGGERS.get(word[:-1], [])
    found = [e for e in entries if pos in e.pos]
    return sorted(found, key=lambda e: not (e.needs_weapon_object or e.needs_governor))


def trigger_for(lemma: str, word: str, pos: str) -> Trigger | None:
    """The first lexicon entry for a word with this part of speech, if any."""
    found = triggers_for(lemma, word, pos)
    return found[0] if found else None


# Verbal and cooperative events (PLOVER types ACLED does not code): they rank below the
# article's deeds, unless those deeds are only what the sentence's main verb says or is
# about (see `extract/events.py`).
DIPLOMATIC_LABELS = frozenset(
    {
        "demand",
        "rejection",
        "consultation",
        "support",
        "cooperation",
        "investigation",
        "release",
        "concession",
        "easing",
        "pledge",
        "mobilization",
        "aid",
        "admission",
    }
)

FRAMING_LABELS = DIPLOMATIC_LABELS - {"aid", "mobilization", "release", "easing", "admission"}

# Arms on the move have routes and ends, not one place where they "happened".
ROUTED_LABELS = frozenset({"arms transfer"})
# Gatherings happen where the people are, not where what they protest is.
GATHERING_LABELS = frozenset({"protest"})

# Particles that turn a verb into a trigger only as a phrasal verb ("shoot down", "churn out").
PHRASAL: dict[tuple[str, str], str] = {
    ("shoot", "down"): "disrupted weapons use",
    ("take", "over"): "territory change",
    ("round", "up"): "arrest",
    ("pull", "out"): "withdrawal",
    ("blow", "up"): "attack",
    ("set", "up"): "base established",
    ("churn", "out"): "weapons production",
    ("turn", "down"): "rejection",
    ("hand", "over"): "release",
    ("step", "down"): "release",
    ("pull", "back"): "withdrawal",
}

# Verbs that name an event with a preposition ("called for talks", "pressed for reform").
PREPOSITIONAL: dict[tuple[str, str], str] = {
    ("call", "for"): "demand",
    ("call", "on"): "demand",
    ("call", "upon"): "demand",
    ("ask", "for"): "demand",
    ("press", "for"): "demand",
    ("push", "for"): "demand",
    ("plead", "for"): "demand",
    ("meet", "with"): "consultation",
    ("talk", "with"): "consultation",
    ("speak", "with"): "consultation",
    ("cooperate", "with"): "cooperation",
    ("side", "with"): "support",
}

# Lifting a measure: a blockade or siege eased is a military de-escalation, RETREAT in PLOVER
# ("easing"); a curfew, state of emergency, sanctions, a ban or restrictions on freedoms
# eased are administrative, CONCEDE ("concession"), as in CAMEO's 081 and 085.
EASING_VERBS = frozenset(
    {"lift", "ease", "relax", "cancel", "end", "shorten", "scrap", "remove", "suspend", "loosen"}
)
EASED_MEASURES: dict[str, str] = {
    "curfew": "concession",
    "emergency": "concession",
    "blockade": "easing",
    "siege": "easing",
    "sanction": "concession",
    "embargo": "concession",
    "ban": "concession",
    "restriction": "concession",
    "censorship": "concession",
    "measure": "concession",
}

# Imposing a measure on people by authority: a curfew, martial law, a ban or a blockade is
# PLOVER's COERCE ("restriction"). Imposing sanctions is a "sanction" of its own.
IMPOSING_VERBS = frozenset(
    {"impose", "reimpose", "declare", "institute", "introduce", "enforce", "order", "extend"}
)
IMPOSED_MEASURES = frozenset(
    {"curfew", "blockade", "siege", "martial", "emergency", "ban", "restriction", "lockdown"}
)

# Cutting off what one gives another (aid, links, visits, supplies): PLOVER's SANCTION.
CUTTING_VERBS = frozenset(
    {"suspend", "halt", "cut", "freeze", "reduce", "prohibit", "withhold", "cancel", "stop"}
)
CUT_GOODS = frozenset(
    {
        "aid",
        "assistance",
        "link",
        "tie",
        "relation",
        "supply",
        "delivery",
        "program",
        "programme",
        "visit",
        "cooperation",
        "flight",
        "trade",
        "funding",
        "loan",
        "credit",
        "contact",
    }
)

# Labels whose trigger must be a phrasal verb (from PHRASAL) when the lemma is ambiguous alone.
PHRASAL_ONLY = frozenset({"round", "set", "pull", "churn"})

# Words in the same clause that say a natural-looking disaster was caused by people.
MAN_MADE_CUES = frozenset(
    {"dam", "breach", "sabotage", "blown", "explosion", "blast", "detonate", "spill", "leak"}
)
# Words that mark a protest as a riot or as one met with force.
RIOT_CUES = frozenset(
    {
        "riot",
        "rioter",
        "rioters",
        "rioting",
        "violent",
        "torch",
        "loot",
        "clash",
        "stone",
        "molotov",
        "ablaze",
        "set fire",
        "petrol bomb",
        "vandal",
        "mob",
        "projectile",
        "pelt",
        "barricade",
        "block",
        "shut down",
        "aggressive",
    }
)
# (Arrests are coded as events of their own, so they are no cue here.)
INTERVENTION_CUES = frozenset(
    {
        "tear gas",
        "dispersed",
        "disperse",
        "batons",
        "rubber bullets",
        "water cannon",
        "crackdown",
        "cracked down",
        "stun grenades",
        "pepper spray",
        "dispersing",
        "suppressed",
        "broke up",
        "broken up",
        "water cannons",
    }
)
# Words that place an explosion in industry rather than war.
INDUSTRIAL_CUES = frozenset(
    {
        "plant",
        "factory",
        "tank",
        "pipeline",
        "boiler",
        "refinery",
        "mine",
        "warehouse",
        "gas leak",
        "cylinder",
        "container",
        "depot",
        "chemical plant",
        "fireworks",
    }
)
