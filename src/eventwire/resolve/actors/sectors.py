"""The sector of an actor phrase, from the words that name what it is.

Sectors follow PLOVER/CAMEO role codes: GOV government, MIL military, REB rebels and armed
groups, COP police, SPY intelligence, JUD judiciary, LEG legislature, OPP opposition, ELI
former office holders and other elites, REF refugees, EDU education, JRN journalists, MED
medical, LAB labour, BUS business, CRM criminals, REL religion, CIV civilians.

The head of the phrase decides ("military government" is GOV, "government troops" MIL):
words are read from the end of the phrase before its first preposition, and a head that only
says someone speaks or acts for a body ("army spokesman", "opposition leader") takes the
sector of that body when the phrase names one.
"""

from __future__ import annotations

import re

# Word cues by sector. Where a phrase gives no head cue, the first sector listed that has a
# cue anywhere in the phrase is taken.
_WORD_CUES: tuple[tuple[str, frozenset[str]], ...] = (
    ("COP", frozenset({"police", "policeman", "policemen", "gendarmerie", "gendarmes"})),
    ("SPY", frozenset({"intelligence", "spies", "spy"})),
    (
        "JUD",
        frozenset(
            {"court", "judge", "judges", "prosecutor", "prosecutors", "tribunal", "judiciary"}
        ),
    ),
    (
        "LEG",
        frozenset(
            {
                "parliament",
                "congress",
                "senate",
                "lawmakers",
                "legislators",
                "legislature",
                "mps",
                "senators",
                "congressmen",
                "assembly",
            }
        ),
    ),
    (
        "MIL",
        frozenset(
            {
                "forces",
                "force",
                "troops",
                "army",
                "military",
                "soldiers",
                "soldier",
                "navy",
                "airforce",
                "servicemen",
                "marines",
                "battalion",
                "brigade",
                "regiment",
                "artillery",
                "warplanes",
                "warships",
                "warship",
                "peacekeepers",
                "peacekeeping",
                "jets",
                "aircraft",
                "drones",
                "helicopters",
                "tanks",
                "junta",
                "generals",
            }
        ),
    ),
    (
        "REB",
        frozenset(
            {
                "rebels",
                "rebel",
                "insurgents",
                "militants",
                "militia",
                "militias",
                "militiamen",
                "jihadists",
                "gunmen",
                "fighters",
                "separatists",
                "guerrillas",
                "guerrilla",
                "terrorists",
                "extremists",
                "paramilitaries",
            }
        ),
    ),
    ("OPP", frozenset({"opposition", "dissidents", "dissident"})),
    (
        "GOV",
        frozenset(
            {
                "government",
                "president",
                "minister",
                "ministry",
                "premier",
                "officials",
                "official",
                "authorities",
                "negotiator",
                "negotiators",
                "envoy",
                "delegation",
                "secretary",
                "emir",
                "regime",
                "administration",
                "cabinet",
                "chancellor",
                "king",
                "leader",
                "leaders",
                "spokesman",
                "spokeswoman",
                "spokesperson",
                "embassy",
                "ambassador",
                "diplomats",
                "diplomat",
                "governor",
                "mayor",
                "state",
                "dictator",
            }
        ),
    ),
    ("REF", frozenset({"refugees", "refugee", "displaced", "asylum"})),
    ("EDU", frozenset({"university", "school", "teachers", "academics", "students"})),
    (
        "JRN",
        frozenset(
            {"journalists", "journalist", "reporters", "reporter", "media", "newspaper", "press"}
        ),
    ),
    (
        "MED",
        frozenset({"doctors", "doctor", "medics", "paramedics", "nurses", "hospital", "medical"}),
    ),
    ("LAB", frozenset({"unionists", "workers", "strikers", "labourers", "laborers"})),
    ("BUS", frozenset({"businessman", "businessmen", "businesspeople", "company", "companies"})),
    (
        "CRM",
        frozenset(
            {"criminals", "gang", "gangs", "smugglers", "traffickers", "hackers", "kidnappers"}
        ),
    ),
    (
        "REL",
        frozenset(
            {
                "missionary",
                "missionaries",
                "priest",
                "priests",
                "clergy",
                "cleric",
                "clerics",
                "imam",
                "imams",
                "bishop",
                "bishops",
                "archbishop",
                "monks",
                "nuns",
                "church",
            }
        ),
    ),
    (
        "CIV",
        frozenset(
            {
                "civilians",
                "civilian",
                "population",
                "residents",
                "inhabitants",
                "people",
                "villagers",
                "children",
                "women",
                "protesters",
                "demonstrators",
                "farmers",
                "worshippers",
                "passengers",
                "families",
                "citizens",
                "settlers",
                "ethnic",
                "hostages",
                "hostage",
                "captives",
                "nationals",
                "tourists",
                "pilgrims",
            }
        ),
    ),
)

# Cues of several words, which outrank the words they are made of ("aid workers" are not
# labour, "ministry of defence" is the armed branch).
_PHRASE_CUES: tuple[tuple[str, str], ...] = (
    ("ministry of defence", "MIL"),
    ("ministry of defense", "MIL"),
    ("air force", "MIL"),
    ("security forces", "MIL"),
    ("armed group", "REB"),
    ("prime minister", "GOV"),
    ("head of state", "GOV"),
    ("aid workers", "CIV"),
    ("humanitarian workers", "CIV"),
    ("relief workers", "CIV"),
    ("health workers", "MED"),
    ("trade union", "LAB"),
    ("trade unions", "LAB"),
    ("labour union", "LAB"),
    ("labor union", "LAB"),
)

# Heads that say someone speaks or acts for a body: the body named before them gives the
# sector ("army spokesman" MIL, "rebel commander" REB, "police chief" COP).
_AGENT_HEADS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "official",
        "officials",
        "leader",
        "leaders",
        "chief",
        "chiefs",
        "commander",
        "commanders",
        "head",
        "officer",
        "officers",
        "source",
        "sources",
        "representative",
        "representatives",
        "member",
        "members",
        "delegation",
        "negotiator",
        "negotiators",
        "envoy",
    }
)
# Offices whose holders, once out of office, are elites rather than the government.
_OFFICES = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "emir", "dictator", "leader"}
)
_FORMER = frozenset({"former", "ousted", "deposed", "exiled", "ex", "toppled"})

_SECTOR_OF_WORD: dict[str, str] = {
    word: sector for sector, cues in reversed(_WORD_CUES) for word in cues
}
# Where the head noun phrase ends: the first preposition or clause word after it.
_PHRASE_END = re.compile(
    r"\s(?:of|in|from|at|on|near|based|operating|loyal|who|which|that|with|for|to)\s"
)
_LETTERS = re.compile(r"[a-z]+")


def sector_of(phrase: str) -> str | None:
    """The sector a phrase names, or None."""
    lower = " ".join(phrase.lower().split())
    core = _PHRASE_END.split(lower, maxsplit=1)[0]
    words = _LETTERS.findall(core)
    found = _phrase_cue(lower) or _head_sector(words)
    if found == "GOV" and _FORMER & set(words) and _OFFICES & set(words):
        return "ELI"  # "former President X", "ousted prime minister": out of office
    if found is not None:
        return found
    return _head_sector(_LETTERS.findall(lower[len(core) :])) or _any_sector(set(words))


def _phrase_cue(lower: str) -> str | None:
    for cue, sector in _PHRASE_CUES:
        if re.search(rf"\b{cue}\b", lower):
            return sector
    return None


def _head_sector(words: list[str]) -> str | None:
    """The sector of the last cue word, or of the body an agent head speaks for."""
    agent: str | None = None
    for word in reversed(words):
        sector = _SECTOR_OF_WORD.get(word)
        if word in _AGENT_HEADS:
            agent = agent or sector
            continue
        if sector is not None:
            return sector
    return agent


def _any_sector(words: set[str]) -> str | None:
    for sector, cues in _WORD_CUES:
        if words & cues:
            return sector
    return None
