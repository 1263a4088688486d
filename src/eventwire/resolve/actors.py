"""Actors: the text of a participant resolved to a name, a country (alpha-3) and a sector.

Sectors follow PLOVER/CAMEO: GOV government, MIL military, REB rebels and armed groups,
COP police, CIV civilians, OPP opposition, MED media, IGO international organisations.
The lexicons are general (institutions, armed groups, roles), never tied to one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.model import Actor
from eventwire.resolve.geo.countries import lookup_country


@dataclass(frozen=True)
class Institution:
    name: str
    country: str | None
    sector: str


# Institutions and groups named without their country.
INSTITUTIONS: dict[str, Institution] = {
    key: inst
    for inst, keys in (
        (
            Institution("United States Department of Defense", "USA", "MIL"),
            ("Pentagon", "US Department of Defense", "Department of Defense"),
        ),
        (Institution("White House", "USA", "GOV"), ("White House",)),
        (Institution("US State Department", "USA", "GOV"), ("State Department",)),
        (Institution("Kremlin", "RUS", "GOV"), ("Kremlin",)),
        (Institution("Wagner Group", "RUS", "MIL"), ("Wagner", "Wagner Group")),
        (Institution("Israel Defense Forces", "ISR", "MIL"), ("IDF", "Israel Defense Forces")),
        (Institution("Hamas", "PSE", "REB"), ("Hamas",)),
        (Institution("Palestinian Islamic Jihad", "PSE", "REB"), ("Islamic Jihad",)),
        (Institution("Hezbollah", "LBN", "REB"), ("Hezbollah", "Hizbollah")),
        (Institution("Houthis", "YEM", "REB"), ("Houthis", "Houthi", "Ansar Allah")),
        (Institution("Taliban", "AFG", "REB"), ("Taliban",)),
        (Institution("al-Shabaab", "SOM", "REB"), ("al-Shabaab", "Al Shabaab", "al-Shabab")),
        (Institution("Boko Haram", "NGA", "REB"), ("Boko Haram",)),
        (
            Institution("Islamic State", None, "REB"),
            ("Islamic State", "ISIS", "ISIL", "IS", "Daesh"),
        ),
        (Institution("al-Qaeda", None, "REB"), ("al-Qaeda", "al Qaeda", "Al-Qaida")),
        (Institution("Rapid Support Forces", "SDN", "REB"), ("RSF", "Rapid Support Forces")),
        (Institution("M23", "COD", "REB"), ("M23",)),
        (Institution("PKK", "TUR", "REB"), ("PKK",)),
        (Institution("NATO", None, "IGO"), ("NATO",)),
        (Institution("United Nations", None, "IGO"), ("United Nations", "UN")),
        (Institution("European Union", None, "IGO"), ("European Union", "EU")),
        (Institution("African Union", None, "IGO"), ("African Union", "AU")),
    )
    for key in keys
}

# Words in a phrase that give its sector, checked in this order.
_SECTOR_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("COP", frozenset({"police", "policeman", "policemen", "gendarmerie", "gendarmes"})),
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
                "navy",
                "air force",
                "airforce",
                "servicemen",
                "defence",
                "defense",
                "marines",
                "battalion",
                "brigade",
                "regiment",
                "artillery",
                "warplanes",
                "jets",
                "aircraft",
                "drones",
                "helicopters",
                "tanks",
                "ministry of defence",
                "ministry of defense",
                "junta",
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
                "jihadists",
                "gunmen",
                "fighters",
                "separatists",
                "guerrillas",
                "terrorists",
                "extremists",
                "armed group",
                "paramilitaries",
            }
        ),
    ),
    (
        "GOV",
        frozenset(
            {
                "government",
                "president",
                "minister",
                "ministry",
                "prime minister",
                "officials",
                "authorities",
                "parliament",
                "regime",
                "administration",
                "cabinet",
                "chancellor",
                "king",
                "leader",
                "spokesman",
                "spokeswoman",
                "embassy",
                "diplomats",
                "governor",
                "mayor",
                "state",
            }
        ),
    ),
    ("OPP", frozenset({"opposition", "dissidents"})),
    ("MED", frozenset({"journalists", "journalist", "reporters", "media"})),
    (
        "CIV",
        frozenset(
            {
                "civilians",
                "civilian",
                "population",
                "residents",
                "people",
                "villagers",
                "children",
                "women",
                "protesters",
                "demonstrators",
                "students",
                "workers",
                "farmers",
                "refugees",
                "worshippers",
                "passengers",
                "families",
                "citizens",
            }
        ),
    ),
)
_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


def resolve_actor(text: str) -> Actor:
    """The name, country and sector of one participant phrase."""
    clean = " ".join(text.split())
    lower = clean.lower()
    inst = _institution(clean)
    country = inst.country if inst else None
    sector = inst.sector if inst else None
    name = inst.name if inst else None
    if country is None:
        found = _country_in(clean)
        if found is not None:
            country = found[0]
            name = name or (found[1] if _is_bare_country(clean, found[2]) else None)
    if sector is None or (inst and inst.sector == "GOV" and "military" in lower):
        sector = _sector(lower) or sector
    if (
        sector is None
        and name is not None
        and country is not None
        and _is_bare_country(clean, name)
    ):
        sector = "GOV"  # "Russia attacked ...": a state acting
    return Actor(text=text, name=name or _strip_determiner(clean), country=country, sector=sector)


def _institution(text: str) -> Institution | None:
    lower = text.lower()
    best: Institution | None = None
    best_len = 0
    for key, inst in INSTITUTIONS.items():
        if len(key) <= best_len:
            continue
        # Acronyms must match in capitals: "IS" the group, not "is" the verb.
        pattern = rf"(?<![\w-]){re.escape(key if key.isupper() else key.lower())}(?![\w-])"
        hit = re.search(pattern, text if key.isupper() else lower)
        if hit:
            best, best_len = inst, len(key)
    return best


def _country_in(text: str) -> tuple[str, str, str] | None:
    """(alpha-3, country name, matched words) of the first country named in a phrase."""
    whole = lookup_country(text)
    if whole is not None:
        return whole.alpha3, whole.name, text
    words = _WORD.findall(text)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i : i + size])
            if size == 1 and not chunk[0].isupper():
                continue
            found = lookup_country(chunk)
            if found is not None:
                return found.alpha3, found.name, chunk
    return None


def _is_bare_country(text: str, matched: str) -> bool:
    """Whether the phrase is just the country ("Russia", "the Russians")."""
    rest = _strip_determiner(text).lower().replace(matched.lower(), "").strip(" ’'s-")
    return rest in ("", "s")


def _sector(lower: str) -> str | None:
    words = set(_WORD.findall(lower))
    for sector, cues in _SECTOR_WORDS:
        if words & cues or any(" " in c and c in lower for c in cues):
            return sector
    return None


def _strip_determiner(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
