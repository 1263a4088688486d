"""First-level subdivisions (oblasts, provinces, states, governorates) from the iso3166-2 package.

The package gives each subdivision a centre point and its local and English names. GeoNames
cities carry only a numeric admin1 code, so each (country, code) group of cities is matched to
the subdivision most of its cities lie nearest to, which names the city's admin1 in English.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import iso3166_2

from eventwire.resolve.geo.normalize import is_latin, name_key

# Type words stripped to get a subdivision's bare name ("Kharkivska oblast" → "Kharkivska").
_TYPE_WORDS = re.compile(
    r"\b(oblast'?|oblys[iy]|kraj|krai|respublika|republic|province|provincia|governorate|"
    r"region|state|department|prefecture|county|district|muhafazat)\b",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(al|el|ad|an|ar|as|ash|at|az|ad-|al-)\s+", re.IGNORECASE)
# English suffixes that turn a bare name into a typed one: "Kharkiv region", "Idlib province".
TYPE_SUFFIXES = ("oblast", "region", "province", "governorate", "state", "prefecture")
# ISO type names worth showing after the English name ("Idlib Governorate").
_SHOWN_TYPES = {"Province", "Governorate", "Oblast", "Prefecture", "Department", "Region"}
_ENGLISH = re.compile(r"([^,(]+?)\s*\(eng\)")


@dataclass
class Subdivision:
    code: str  # ISO 3166-2, e.g. "UA-63"
    country_code: str
    iso_name: str
    type: str
    lat: float
    lon: float
    english: str  # display name in English, e.g. "Kharkiv Oblast"
    bare_names: list[str] = field(default_factory=list)  # "Kharkiv", "Kharkivska"
    population: int = 0


def _clean_iso_name(name: str) -> str:
    return re.sub(r"\s*\[.*?\]", "", name).split(",")[0].strip()


def _bare(name: str) -> str:
    return re.sub(r"\s+", " ", _TYPE_WORDS.sub(" ", name)).strip(" -")


def _looks_like(alias: str, name: str) -> bool:
    """An English alias that is a spelling of the name, not a nickname ("Gods Own State")."""
    a, n = name_key(alias), name_key(_ARTICLE.sub("", name))
    if not a or not n or a[0] != n[0]:
        return False
    return difflib.SequenceMatcher(None, a, n).ratio() >= 0.5


def load_subdivisions() -> list[Subdivision]:
    path = Path(iso3166_2.__file__).parent / "iso3166-2.json"
    with path.open(encoding="utf-8") as f:
        data: dict[str, dict[str, dict[str, object]]] = json.load(f)
    out: list[Subdivision] = []
    for cc, subs in data.items():
        for code, sub in subs.items():
            latlng = sub.get("latLng")
            if sub.get("parentCode") is not None or not isinstance(latlng, list) or not latlng:
                continue
            iso_name = _clean_iso_name(str(sub.get("name") or ""))
            kind = str(sub.get("type") or "")
            english = [m.strip() for m in _ENGLISH.findall(str(sub.get("localOtherName") or ""))]
            english = [e for e in english if is_latin(e) and _looks_like(e, _bare(iso_name))]
            bare = _bare(iso_name)
            bares = [*english, bare, _ARTICLE.sub("", bare)]
            shown = english[0] if english else (bare if is_latin(bare) else iso_name)
            if "oblast" in iso_name.lower():
                shown += " Oblast"
            elif kind in _SHOWN_TYPES and english:
                shown += f" {kind}"
            elif not english:
                shown = iso_name
            out.append(
                Subdivision(
                    code,
                    cc,
                    iso_name,
                    kind,
                    float(latlng[0]),
                    float(latlng[1]),
                    shown,
                    list(dict.fromkeys(b for b in bares if b and is_latin(b))),
                )
            )
    return out


def _sq_distance(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dx = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return dx * dx + (lat1 - lat2) ** 2


@dataclass
class CityPoint:
    country_code: str
    admin1_code: str
    lat: float
    lon: float
    population: int
    name: str


def match_groups(
    cities: Iterable[CityPoint], subdivisions: list[Subdivision]
) -> dict[tuple[str, str], Subdivision]:
    """(country, GeoNames admin1 code) → the ISO subdivision its cities lie in.

    US codes are the same in both; elsewhere each city votes (weighted by size) for its nearest
    subdivision centre, and a city named like a subdivision (usually its seat) votes heavily.
    """
    by_country: dict[str, list[Subdivision]] = defaultdict(list)
    for s in subdivisions:
        by_country[s.country_code].append(s)
    bare_keys = {(s.country_code, name_key(b)): s for s in subdivisions for b in s.bare_names}
    votes: dict[tuple[str, str], dict[str, float]] = defaultdict(lambda: defaultdict(float))
    chosen: dict[tuple[str, str], Subdivision] = {}
    code_index = {s.code: s for s in subdivisions}
    for c in cities:
        group = (c.country_code, c.admin1_code)
        direct = code_index.get(f"{c.country_code}-{c.admin1_code}")
        if c.country_code == "US" and direct:
            chosen[group] = direct
            continue
        subs = by_country.get(c.country_code)
        if not subs:
            continue
        weight = math.log10(c.population + 10)
        nearest = min(subs, key=lambda s: _sq_distance(c.lat, c.lon, s.lat, s.lon))
        votes[group][nearest.code] += weight
        named = bare_keys.get((c.country_code, name_key(c.name)))
        if named is not None and c.population >= 10000:
            votes[group][named.code] += 5 * weight
    # One group per subdivision where the votes allow it, strongest first: a capital city's
    # group and its surrounding province's group otherwise both go to the nearer centre.
    ranked = sorted(
        ((n, group, code) for group, tally in votes.items() for code, n in tally.items()),
        reverse=True,
    )
    taken: set[str] = {s.code for s in chosen.values()}
    for _, group, code in ranked:
        if group not in chosen and code not in taken:
            chosen[group] = code_index[code]
            taken.add(code)
    for group, tally in votes.items():
        if group not in chosen:
            chosen[group] = code_index[max(tally, key=lambda k: tally[k])]
    return chosen
