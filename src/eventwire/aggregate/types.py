"""ACLED and PLOVER types for eventwire's own labels.

Attacks are typed by the weapons used, as ACLED does: drones and aircraft make an air/drone
strike, missiles, rockets and artillery a shelling/missile attack, and so on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.extract.triggers import INTERVENTION_CUES, RIOT_CUES
from eventwire.model import Actor, EventType, Weapon

_REMOTE = "Explosions/Remote violence"
_SHELLING_SUB = "Shelling/artillery/missile attack"
# label → (ACLED event type, ACLED sub-event type, PLOVER event type)
_FIXED: dict[str, tuple[str | None, str | None, str | None]] = {
    "armed clash": ("Battles", "Armed clash", "FIGHT"),
    "suicide bombing": (_REMOTE, "Suicide bomb", "ASSAULT"),
    "withdrawal": ("Strategic developments", "Non-violent transfer of territory", "RETREAT"),
    "arrest": ("Strategic developments", "Arrests", "COERCE"),
    "abduction": ("Violence against civilians", "Abduction/forced disappearance", "ASSAULT"),
    "sexual violence": ("Violence against civilians", "Sexual violence", "ASSAULT"),
    "looting": ("Strategic developments", "Looting/property destruction", "COERCE"),
    "agreement": ("Strategic developments", "Agreement", "AGREE"),
    "disrupted weapons use": ("Strategic developments", "Disrupted weapons use", "FIGHT"),
    "base established": ("Strategic developments", "Headquarters or base established", None),
    "group change": ("Strategic developments", "Change to group/activity", None),
    "deployment": ("Strategic developments", "Other", "MOBILIZE"),
    # Curfews, bans, deportations and hacking: coercion short of violence.
    "restriction": (None, None, "COERCE"),
    "cyber attack": (None, None, "COERCE"),
    "arms transfer": (None, None, "AID"),
    "military aid": (None, None, "AID"),
    "weapons production": (None, None, "MOBILIZE"),
    "statement": (None, None, None),
    # PLOVER has no ACCUSE: accusing, condemning and criticising are DISAPPROVE.
    "accusation": (None, None, "DISAPPROVE"),
    "claim of responsibility": (None, None, None),
    "denial": (None, None, "REJECT"),
    "threat": (None, None, "THREATEN"),
    "sanction": (None, None, "SANCTION"),
    "natural disaster": (None, None, None),
    "man-made disaster": (None, None, None),
    "evacuation": (None, None, None),
    "organized crime": (None, None, None),
    # Verbal and cooperative events, typed as PLOVER types them (CAMEO's 02-16 families).
    "demand": (None, None, "DEMAND"),
    "rejection": (None, None, "REJECT"),
    "consultation": (None, None, "CONSULT"),
    "support": (None, None, "SUPPORT"),
    "cooperation": (None, None, "COOPERATE"),
    "investigation": (None, None, "INVESTIGATE"),
    # Releasing people or property, surrendering, demobilising: PLOVER's RETREAT.
    "release": (None, None, "RETREAT"),
    # Lifting a curfew, state of emergency, blockade or sanctions: RETREAT as well.
    "easing": (None, None, "RETREAT"),
    # Acceding to demands, lifting bans on freedoms: CONCEDE.
    "concession": (None, None, "CONCEDE"),
    # Promises and offers: an intent to cooperate, which PLOVER codes AGREE.
    "pledge": (None, None, "AGREE"),
    "mobilization": (None, None, "MOBILIZE"),
    "aid": (None, None, "AID"),
    # Letting others in (observers, peacekeepers, aid through an opened border): RETREAT.
    "admission": (None, None, "RETREAT"),
}
_WEAPON_SUB: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"chemical"}), "Chemical weapon"),
    (frozenset({"drone", "aircraft"}), "Air/drone strike"),
    (
        frozenset(
            {
                "missile",
                "cruise missile",
                "ballistic missile",
                "rocket",
                "artillery",
                "anti-tank missile",
            }
        ),
        _SHELLING_SUB,
    ),
    (frozenset({"explosive"}), "Remote explosive/landmine/IED"),
    (frozenset({"grenade"}), "Grenade"),
)
_HANDED_OVER = re.compile(r"(surrender|releas|hand|freed|free)")
_SEIZING = re.compile(r"(confiscat|seiz|found|find|discover|recover|uncover|impound|captur)")
# Operations of armies against armies or territory, not violence against people.
_CAMPAIGN_WORDS = re.compile(r"^(invasion|invade|incursion|offensive|onslaught)", re.I)
_CLASH_WORDS = re.compile(
    r"\b(gun\s?battles?|gun\s?fights?|fire\s?fights?|exchanges?\s+of\s+fire|traded\s+fire|"
    r"clash(es|ed)?|skirmish\w*)\b",
    re.I,
)
_PLOVER_BY_SUB = {"Remote explosive/landmine/IED": "ASSAULT", "Grenade": "ASSAULT"}
_CROWD_WORDS = re.compile(
    r"\b(protesters?|demonstrators?|rioters?|marchers|mobs?|protests|demonstrations)\b", re.I
)
_GANG_WORDS = re.compile(
    r"\b(gangs?|gangsters?|cartels?|thugs?|robbers?|smugglers?|traffickers?|mafia|bandits?)\b",
    re.I,
)
_PROTESTERS = re.compile(r"\b(protesters|demonstrators|marchers)\b", re.I)
_PROTESTERS_HELD = re.compile(
    r"\b(detain\w*|arrest\w*|round\w*\s+up)\s+(\w+\s+){0,3}?(protesters|demonstrators|marchers)\b",
    re.I,
)
_ROBBERY_WORDS = re.compile(r"\b(robbery|robberies|robbers?|heist|burglary|mugging)\b", re.I)
# Chemical arms named in the sentence, whoever the weapon finder missed ("used chlorine gas").
_CHEMICAL_WORDS = re.compile(
    r"\b(chemical\s+(attack|weapons?|agents?|munitions?)|chlorine|sarin|mustard\s+gas|"
    r"sulfur\s+mustard|sulphur\s+mustard|nerve\s+(agent|gas)|poison(ous)?\s+gas|toxic\s+gas|"
    r"tear\s+gas\s+shells\s+filled)\b",
    re.I,
)
# Targets that are armed forces make an attack a battle, as ACLED codes it.
_MILITARY_TARGET_WORDS = re.compile(
    r"\b(soldiers?|troops|servicemen|army|military|checkpoints?|barracks|outposts?|"
    r"convoys?|patrols?|bases?|garrisons?|positions|peacekeep\w*|police\s+(station|post)s?)\b",
    re.I,
)
# Bombs planted or driven to their target, as opposed to bombs dropped from the air.
_PLANTED_BOMB_WORDS = re.compile(
    r"\b(roadside\s+bomb\w*|car\s+bomb\w*|truck\s+bomb\w*|IEDs?|improvised\s+explosive|"
    r"land\s?mines?|explosive\s+devices?|bomb\s+blasts?|booby[-\s]trap\w*)\b",
    re.I,
)
_DECLARED_TRUCE = re.compile(
    r"\b(unilateral(ly)?|declared?|declares|announced?|announces)\s+(\w+\s+){0,2}?"
    r"(cease-?fire|truce)\b",
    re.I,
)
_SHELLING_WORDS = re.compile(
    r"\b(shell(ed|ing|s)?|artillery|mortar|rocket|missile)"
    # Tank fire is shelling in ACLED's coding ("tanks fired at the plant").
    r"|\btanks?\s+(fired|firing|fire|shot|shooting)\b",
    re.I,
)
_AIR_WORDS = re.compile(
    r"\b(air\s?strikes?|air\s+raids?|bombed|warplanes?|drones?)"
    # Bombs from the air: "the bombing of Kyiv", "bombs were dropped on", "phosphorus bombs",
    # "the Russians are bombing" (planted bombs are typed before this, `_PLANTED_BOMB_WORDS`).
    r"|\bbomb(ing|ings|ardment)\s+(of|on)\b|\bbombs?\b[^.;]{0,40}\bdropped\b"
    r"|\bdropped\b[^.;]{0,40}\bbombs?\b|\b(phosphorus|aerial|cluster|guided|air)\s+bombs?\b"
    r"|\b(are|were|was|is|been|keep|kept)\s+bombing\b",
    re.I,
)
# "struck at the region", "a strike destroyed the plant", "hit the city": in war reporting a
# strike on a place or a building is a remote one (ACLED codes unnamed arms as shelling or
# missiles), unless hand weapons say it was people attacking people.
_STRIKE_TRIGGER = re.compile(r"^(struck|strikes?|striking|hit|hits)$", re.I)
_STRUCK_THINGS = re.compile(
    r"(?-i:\b(?:on|at)\s+(?:the\s+)?[A-Z])"
    r"|\b(regions?|oblast|city|cities|town|towns|village|villages|district|infrastructure|"
    r"facilit(y|ies)|building|buildings|plant|house|houses|school|hospital|port|airport|"
    r"depot|warehouse|bridge|station|centre|center|communities|settlements?)\b",
    re.I,
)
# What destroys from afar besides shelling and air strikes (`_SHELLING_WORDS`, `_AIR_WORDS`):
# a looting-or-destruction record caused by these is the strike.
_STRIKE_WORDS = re.compile(r"\b(strikes?|struck|bombs?|bombing)\b", re.I)
# Weapons of war whose use on a place is a remote attack (what `_WEAPON_SUB` types by kind).
_REMOTE_CATEGORIES = frozenset().union(
    *(cats for cats, sub in _WEAPON_SUB if sub in ("Air/drone strike", _SHELLING_SUB))
)
_HAND_WEAPON_WORDS = re.compile(
    r"\b(gunm[ae]n|shot|shooting|stabb\w*|knife|machete|beat(en)?)\b", re.I
)


# What a reporting verb does, in PLOVER's verbal types: "demanded" is a DEMAND, "rejected" a
# REJECT. Matched on the start of the cue word so that every inflection counts; a plain
# "said" or "announced" is no PLOVER event.
_PLOVER_BY_CUE: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("DEMAND", ("demand", "urge", "urging", "insist", "appeal", "request", "call")),
    ("REJECT", ("reject", "refus", "declin", "reneg", "veto", "rebuff", "dismiss", "block")),
    ("REJECT", ("deny", "denie", "denial", "ban")),
    ("DISAPPROVE", ("accus", "condemn", "critici", "denounc", "blam", "deplor", "complain")),
    ("THREATEN", ("threat", "warn", "ultimatum")),
    ("AGREE", ("agree", "promis", "pledg", "offer", "accept", "vow")),
    ("SUPPORT", ("prais", "support", "endors", "welcom", "defend", "back", "commend", "thank")),
    ("CONCEDE", ("conced", "admit", "eas", "yield", "releas")),
    ("CONSULT", ("meet", "met", "discuss", "talk", "visit", "negotiat")),
    ("INVESTIGATE", ("investigat", "probe", "inquir")),
)


def statement_plover(cue: str) -> str | None:
    """The PLOVER type a statement's reporting verb gives it, or None for a plain report."""
    word = cue.strip().lower()
    for plover, stems in _PLOVER_BY_CUE:
        if any(word.startswith(stem) for stem in stems):
            return plover
    return None


def event_type(
    label: str,
    weapons: Sequence[Weapon],
    targets: Sequence[Actor],
    evidence: str,
    trigger: str,
    actors: Sequence[Actor] = (),
) -> EventType:
    """The full type of an event from its label, weapons, targets and sentence."""
    lower = evidence.lower()
    if label in ("attack", "armed clash") and _CROWD_WORDS.search(evidence):
        return _protest_type(lower)  # "rioters clashed with troops": a riot, not a battle
    if label == "attack" and (
        any(_GANG_WORDS.search(a.text) for a in actors) or _ROBBERY_WORDS.search(evidence)
    ):
        label = "organized crime"  # "a gang attacked ...": crime, not political violence
    if label == "arrest" and (
        any(_PROTESTERS.search(t.text) for t in targets) or _PROTESTERS_HELD.search(evidence)
    ):
        # ACLED codes protesters detained as a protest met with intervention.
        return EventType(label, "Protests", "Protest with intervention", "COERCE")
    if label == "looting" and (_remote_cause(evidence) or _armed(weapons)):
        # "a strike destroyed the printing house", "buildings destroyed by missiles": the
        # destruction is what the strike did; ACLED codes the strike.
        return _attack_type(weapons, targets, evidence, trigger)
    if label == "attack":
        return _attack_type(weapons, targets, evidence, trigger)
    if label == "protest":
        return _protest_type(lower)
    if label == "territory change":
        return _territory_type(actors)
    if label == "disrupted weapons use" and _SEIZING.match(trigger.lower()):
        # Arms found or confiscated are taken by authority (PLOVER COERCE); arms shot down
        # or intercepted in flight are fought (FIGHT).
        return EventType(label, "Strategic developments", "Disrupted weapons use", "COERCE")
    if label == "release" and _HANDED_OVER.match(trigger.lower()):
        # ACLED codes surrenders, prisoner releases and hand-overs as agreements.
        return EventType(label, "Strategic developments", "Agreement", "RETREAT")
    if label == "statement":
        return EventType(label, None, None, statement_plover(trigger))
    if label == "agreement" and _DECLARED_TRUCE.search(evidence):
        # A ceasefire one side declares is a de-escalation, not an agreement between two.
        return EventType(label, "Strategic developments", "Agreement", "RETREAT")
    acled, sub, plover = _FIXED.get(label, (None, None, None))
    return EventType(label, acled, sub, plover)


def _attack_type(
    weapons: Sequence[Weapon], targets: Sequence[Actor], evidence: str, trigger: str
) -> EventType:
    # PLOVER's ASSAULT is unconventional violence (bombings, suicide attacks, killings of
    # civilians); its FIGHT the use of conventional military arms.
    if _CHEMICAL_WORDS.search(evidence):
        return EventType("attack", _REMOTE, "Chemical weapon", "FIGHT")
    categories = {w.category for w in weapons}
    for cats, sub in _WEAPON_SUB:
        if categories & cats:
            return EventType("attack", _REMOTE, sub, _PLOVER_BY_SUB.get(sub, "FIGHT"))
    if _PLANTED_BOMB_WORDS.search(evidence):
        return EventType("attack", _REMOTE, "Remote explosive/landmine/IED", "ASSAULT")
    if _AIR_WORDS.search(trigger) or _AIR_WORDS.search(evidence):
        return EventType("attack", _REMOTE, "Air/drone strike", "FIGHT")
    if _SHELLING_WORDS.search(trigger) or _SHELLING_WORDS.search(evidence):
        return EventType("attack", _REMOTE, "Shelling/artillery/missile attack", "FIGHT")
    if (
        _STRIKE_TRIGGER.match(trigger)
        and _STRUCK_THINGS.search(evidence)
        and not _HAND_WEAPON_WORDS.search(evidence)
    ):
        return EventType("attack", _REMOTE, "Shelling/artillery/missile attack", "FIGHT")
    if _CAMPAIGN_WORDS.match(trigger) or _CLASH_WORDS.search(evidence):
        # An invasion or offensive, or killings in a gunbattle: armies fighting armies.
        return EventType("attack", "Battles", "Armed clash", "FIGHT")
    if (
        any(t.sector in ("MIL", "REB", "COP") for t in targets)
        or any(_MILITARY_TARGET_WORDS.search(t.text) for t in targets)
        or (not targets and _MILITARY_TARGET_WORDS.search(evidence))
    ):
        return EventType("attack", "Battles", "Armed clash", "FIGHT")
    return EventType("attack", "Violence against civilians", "Attack", "ASSAULT")


def _remote_cause(evidence: str) -> bool:
    return any(w.search(evidence) for w in (_SHELLING_WORDS, _AIR_WORDS, _STRIKE_WORDS))


def _armed(weapons: Sequence[Weapon]) -> bool:
    return any(w.category in _REMOTE_CATEGORIES for w in weapons)


def _territory_type(actors: Sequence[Actor]) -> EventType:
    """ACLED splits territory changes by who gains: a state (with or without allied
    militias) or a non-state group alone."""
    state = any(a.sector in ("MIL", "GOV", "COP") for a in actors)
    if any(a.sector == "REB" for a in actors) and not state:
        return EventType(
            "territory change", "Battles", "Non-state actor overtakes territory", "FIGHT"
        )
    return EventType("territory change", "Battles", "Government regains territory", "FIGHT")


def _protest_type(lower: str) -> EventType:
    if re.search(r"\b(mobs?|lynch\w*)\b", lower):
        return EventType("protest", "Riots", "Mob violence", "PROTEST")
    if re.search(
        r"\b(killed|shot|fired (on|at)|opened fire on)\b.*\b(protesters|demonstrators)", lower
    ) or re.search(
        r"\b(protesters|demonstrators)\b.*\b(died|killed)\b|\blive\s+(bullets|rounds|ammunition)",
        lower,
    ):
        return EventType("protest", "Protests", "Excessive force against protesters", "PROTEST")
    if any(re.search(rf"\b{re.escape(cue)}", lower) for cue in RIOT_CUES):
        return EventType("protest", "Riots", "Violent demonstration", "PROTEST")
    if any(re.search(rf"\b{re.escape(cue)}\b", lower) for cue in INTERVENTION_CUES):
        return EventType("protest", "Protests", "Protest with intervention", "PROTEST")
    return EventType("protest", "Protests", "Peaceful protest", "PROTEST")
