"""Toponym resolution: choose, for every recognised mention, the place the document means.

Evidence, strongest first: an explicit container ("Paris, Texas", "Kherson in Ukraine"), a
type word ("Kharkiv region"), the countries and subdivisions the document names, nearness to
the document's other places, and the name's prior (population, capital, admin seat).
One reading per name per document."""

from __future__ import annotations

import itertools
import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cached_property

from eventwire.model import EntityHint, Place, Span
from eventwire.resolve.geo.countries import (
    CountryInfo,
    country_info,
    has_point,
    lookup_country_mention,
)
from eventwire.resolve.geo.gazetteer import Candidate, Gazetteer
from eventwire.resolve.geo.mentions import Mention, recognise
from eventwire.resolve.geo.normalize import name_key
from eventwire.resolve.geo.records import BARE_ADMIN, COUNTY_AT_STATE_CENTRE
from eventwire.resolve.geo.sources import curated_demonyms
from eventwire.resolve.geo.tokens import Token, tokenize

_CONTAINER_LINKS = ([","], ["in"], [",", "in"])
_LIST_LINKS = ([","], ["and"], ["or"], [",", "and"], [",", "or"])


def _km(a: Candidate, b: Candidate) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def _contains(container: Candidate, c: Candidate) -> bool:
    if container.kind == "country":
        return c.country_code == container.country_code
    if container.kind == "admin1":
        return c.country_code == container.country_code and c.admin1 == container.admin1
    return False


class Geocoder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    @cached_property
    def _demonym_places(self) -> dict[str, tuple[Candidate, ...]]:
        out: dict[str, tuple[Candidate, ...]] = {}
        for demonym, place in curated_demonyms().items():
            cands = tuple(
                c for c in self.gazetteer.lookup(place) if name_key(c.name) == name_key(place)
            )
            if cands:
                out[demonym] = cands[:1]
        return out

    def find_places(
        self, text: str, entities: Sequence[EntityHint], sentences: Sequence[Span]
    ) -> tuple[Place, ...]:
        tokens = tokenize(text, sentences)
        mentions = recognise(self.gazetteer, text, tokens, entities, self._demonym_places)
        if not mentions:
            return ()
        readings = self._resolve(mentions, tokens)
        places = []
        for m in mentions:
            chosen = readings.get(id(m))
            if chosen is None:
                continue
            cand, score, method = chosen
            places.append(
                Place(
                    Span.of(text, m.start, m.end),
                    cand.name,
                    cand.kind,
                    cand.lat,
                    cand.lon,
                    cand.geonameid,
                    cand.country_code,
                    cand.admin1,
                    score,
                    method,
                    is_demonym=m.demonym_of is not None,
                )
            )
        return tuple(places)

    def _resolve(
        self, mentions: list[Mention], tokens: Sequence[Token]
    ) -> dict[int, tuple[Candidate, float, str]]:
        out: dict[int, tuple[Candidate, float, str]] = {}
        for m in mentions:
            if m.demonym_of:
                info = country_info(m.demonym_of)
                if info is None:
                    continue
                cand = self._country_candidate(info)
                m.candidates = (cand,)
                out[id(m)] = (cand, 0.9, "demonym")
            elif (
                all(c.country_code and c.kind == "city" for c in m.candidates)
                and (part_of := _part_of_country(tokens[m.first : m.last])) is not None
            ):
                # "South Lebanon" is southern Lebanon, not the Ohio village of that name; a
                # region the gazetteer knows ("South America") keeps its own reading.
                info = country_info(part_of)
                if info is None:
                    continue
                cand = self._country_candidate(info)
                m.candidates = (cand,)
                out[id(m)] = (cand, 0.8, "compass word + country")
        context = _Context(mentions, self._containers(mentions, tokens))
        context.as_subdivision = _read_as_subdivision(mentions, tokens, context.containers)
        by_key: dict[str, list[Mention]] = {}
        for m in mentions:
            if id(m) not in out:
                by_key.setdefault(m.key + (m.admin_word or ""), []).append(m)
        for group in by_key.values():
            _share_candidates(group)
        context.regions = _RegionVotes(group[0].candidates for group in by_key.values())
        # Two passes: the second sees the first's readings of the other names as neighbours.
        first = {key: context.choose(group, []) for key, group in by_key.items()}
        for key, group in by_key.items():
            others = [c for k, (c, _, _) in first.items() if k != key and c.kind != "country"]
            best = context.choose(group, others)
            if all(m.needs_support for m in group) and not _supported(*best):
                continue  # "Lincoln said": a name NER reads as a person, with no place context
            if all(m.context == "settlement" for m in group) and not _settled(
                best[0], best[1:], bool(others) or len(out) > 0
            ):
                continue  # "Baghdad's neighbourhood of Shaab" is not the hamlet in Israel
            for m in group:
                out[id(m)] = best
        _place_unlocated_counties(out)
        return out

    def _country_candidate(self, info: CountryInfo) -> Candidate:
        """The country as a candidate; a territory with no countryinfo point takes the
        gazetteer's (its capital's)."""
        point = (info.lat, info.lon)
        if not has_point(info):
            found = [c for c in self.gazetteer.lookup(info.country.name) if c.kind == "country"]
            point = (found[0].lat, found[0].lon) if found else point
        return Candidate(
            info.country.name,
            "country",
            point[0],
            point[1],
            info.geonameid,
            info.country.alpha2,
            None,
            info.population,
            "PCLI",
            0.9,
        )

    def _containers(self, mentions: list[Mention], tokens: Sequence[Token]) -> dict[int, Mention]:
        """Mention → the mention right after it that names its container ("X, Y", "X in Y")."""
        found: dict[int, Mention] = {}
        for left, right in itertools.pairwise(mentions):
            between = [t.text.lower() for t in tokens[left.last : right.first]]
            if between in _CONTAINER_LINKS and any(
                c.kind in ("country", "admin1") for c in right.candidates
            ):
                found[id(left)] = right
        return found


# Compass words that, before a country's name, name a part of that country.
_COMPASS_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
    }
)


def _part_of_country(words: Sequence[Token]) -> str | None:
    """Alpha-2 of the country that "South Lebanon", "North Iraq" names a part of; None when the
    whole is a country's own name ("South Sudan") or a demonym ("South African")."""
    if len(words) < 2 or words[0].text.lower() not in _COMPASS_WORDS:
        return None
    if lookup_country_mention(" ".join(w.text for w in words)) is not None:
        return None
    rest = lookup_country_mention(" ".join(w.text for w in words[1:]))
    if rest is None or rest[1]:
        return None
    return rest[0].alpha2


def _read_as_subdivision(
    mentions: list[Mention], tokens: Sequence[Token], containers: dict[int, Mention]
) -> set[int]:
    """Mentions whose state, province or country reading the text itself asks for: the
    container in "Buffalo, New York", and a name listed among subdivisions ("Michigan,
    Oregon, New York and Ohio"), where New York is the state and not the city."""
    out: set[int] = set()
    by_id = {id(m): m for m in mentions}
    for left_id, right in containers.items():
        left = by_id[left_id]
        if any(
            _contains(k, c)
            for k in right.candidates[:3]
            if k.kind in ("country", "admin1")
            for c in left.candidates[:20]
        ):
            out.add(id(right))
    for left, right in itertools.pairwise(mentions):
        between = [t.text.lower() for t in tokens[left.last : right.first]]
        if between not in _LIST_LINKS:
            continue
        for a, b in ((left, right), (right, left)):
            # Only a plain state name sets the list's type: "the Kharkiv region and Kherson"
            # lists a region and a city, and a bare "Kherson" is the city first.
            top = b.candidates[0] if b.candidates else None
            if top and top.kind == "admin1" and top.quality != BARE_ADMIN and not b.admin_word:
                country = top.country_code
                if any(c.kind == "admin1" and c.country_code == country for c in a.candidates):
                    out.add(id(a))
    return out


def _share_candidates(group: list[Mention]) -> None:
    """Every mention of a name gets the readings any of them allows: "Dublin Arts Council"
    alone allows only the capital, but "in Dublin" elsewhere in the story allows the Ohio
    town, and one name has one reading per document."""
    if len(group) < 2:
        return
    seen: dict[tuple[object, ...], Candidate] = {}
    for m in group:
        for c in m.candidates:
            seen.setdefault((*_identity(c), c.kind), c)
    union = tuple(sorted(seen.values(), key=lambda c: c.score, reverse=True))
    for m in group:
        m.candidates = union


def _place_unlocated_counties(readings: dict[int, tuple[Candidate, float, str]]) -> None:
    """A county the gazetteer can only put at its state's centre is moved to the middle of
    the document's towns in that state: a local story's county is where its towns are."""
    towns = [c for c, _, _ in readings.values() if c.kind == "city"]
    for key, (cand, score, method) in readings.items():
        if cand.feature_code != COUNTY_AT_STATE_CENTRE:
            continue
        near = [t for t in towns if t.country_code == cand.country_code and t.admin1 == cand.admin1]
        if near:
            lat = statistics.median(t.lat for t in near)
            lon = statistics.median(t.lon for t in near)
            moved = replace(cand, lat=lat, lon=lon)
            readings[key] = (moved, score, method + ", placed among the document's towns")


def _identity(c: Candidate) -> tuple[object, ...]:
    """One place under any of its names."""
    return (c.geonameid,) if c.geonameid else (c.name, c.kind, c.lat, c.lon)


def _supported(cand: Candidate, score: float, method: str) -> bool:
    if cand.kind != "city" or cand.population >= 1_000_000:
        return True
    # A whole country's worth of towns is too weak: "Lincoln said" in a US paper.
    return any(w in method for w in ("container", "near another place", "document admin1"))


# A settlement noun lets a name through down to hamlets; a hamlet that small must then lie in
# a country the document names, or be the document's only place.
_SMALL_TOWN = 15_000


def _settled(cand: Candidate, score_and_method: tuple[float, str], others: bool) -> bool:
    if cand.kind != "city" or cand.population >= _SMALL_TOWN or not others:
        return True
    return any(w in score_and_method[1] for w in ("document country", "near another place"))


def _dominant(m: Mention) -> Candidate | None:
    """The mention's reading when its prior leaves no real doubt (or it has one candidate)."""
    if not m.candidates:
        return None
    top = m.candidates[0]
    rivals = [c for c in m.candidates[1:] if c.country_code != top.country_code]
    if not rivals or top.score - rivals[0].score >= 0.15 or m.admin_word:
        return top
    return None


_Region = tuple[str | None, str | None]


class _RegionVotes:
    """The document's home region: every name votes for the subdivisions its readings lie in,
    a name with one possible subdivision fully, a name found in ten states a tenth. Local news
    names its towns, not their state ("Decatur", "Avondale Estates", "DeKalb County"): the
    state that holds a reading of most of them is the one the paper is in."""

    def __init__(self, groups: Iterable[Sequence[Candidate]]) -> None:
        self.total: dict[_Region, float] = {}
        self.own: dict[int, tuple[set[_Region], float]] = {}
        for cands in groups:
            regions: set[_Region] = {(c.country_code, c.admin1) for c in cands[:60] if c.admin1}
            if not regions:
                continue
            self.own[id(cands)] = (regions, 1.0 / len(regions))
            for r in regions:
                self.total[r] = self.total.get(r, 0.0) + 1.0 / len(regions)
        self.sum = sum(self.total.values())

    def share(self, cands: Sequence[Candidate], c: Candidate) -> float:
        """Share of the other names' votes that go to `c`'s subdivision."""
        if not c.admin1:
            return 0.0
        region = (c.country_code, c.admin1)
        regions, vote = self.own.get(id(cands), (set(), 0.0))
        mine = self.total.get(region, 0.0) - (vote if region in regions else 0.0)
        total = self.sum - (vote * len(regions))
        return mine / total if total > 1e-9 else 0.0


class _Context:
    """What the document as a whole says: its countries, subdivisions and containers."""

    def __init__(self, mentions: list[Mention], containers: dict[int, Mention]) -> None:
        self.containers = containers
        self.as_subdivision: set[int] = set()
        self.regions = _RegionVotes(())
        self.countries: Counter[str] = Counter()
        self.admins: Counter[str] = Counter()
        # What each name contributes, so that a name is not its own evidence ("Paris" alone
        # must not make a document French and so Paris French).
        self.own: dict[tuple[object, ...], Counter[str]] = {}
        for m in mentions:
            top = _dominant(m)
            if top is None or not top.country_code:
                continue
            # Named countries count most; an unambiguous town or subdivision counts too, so
            # that local news with no country named still gets one ("Ill.", "Springfield").
            weight = 2 if top.kind == "country" else 1
            self.countries[top.country_code] += weight
            # Keyed by the place, not the name: "Dublin City" is no evidence for "Dublin".
            self.own.setdefault(_identity(top), Counter())[top.country_code] += weight
            if top.kind == "admin1" and top.admin1:
                self.admins[top.admin1] += 1
            elif top.kind == "admin2" and len({c.admin1 for c in m.candidates}) == 1:
                self.admins[top.admin1 or ""] += 1  # a county only one state has names it

    def _share(self, country_code: str | None, cands: Sequence[Candidate]) -> float:
        """The share of the country evidence from other places than `cands` for it."""
        own: Counter[str] = Counter()
        for c in cands:
            own += self.own.get(_identity(c), Counter())
        others = self.countries - own
        total = sum(others.values())
        return others.get(country_code or "", 0) / total if total else 0.0

    def choose(
        self, group: list[Mention], neighbours: list[Candidate]
    ) -> tuple[Candidate, float, str]:
        cands = group[0].candidates
        evidence = [e for m in group for e in m.evidence]
        ner = next((m.ner for m in group if m.ner), None)
        base = f"ner:{ner}+gazetteer" if ner else "gazetteer"
        scored: list[tuple[float, int, Candidate, list[str]]] = []
        # A town named after a state or province that the name also denotes ("California",
        # Missouri; "Ontario", California) is read as the town only on explicit evidence:
        # a document about several states makes every such town look local.
        big = max(
            (c.population for c in cands if c.kind == "admin1" and c.quality != BARE_ADMIN),
            default=0,
        )
        own_places = cands[:60]
        for rank, c in enumerate(cands[:60]):
            s = c.score
            why: list[str] = []
            contained = False
            for m in group:
                container = self.containers.get(id(m))
                if container and any(_contains(k, c) for k in container.candidates[:3]):
                    s += 0.6
                    why.append(f"container '{container.key}'")
                    contained = True
                    break
            if c.kind in ("admin1", "country") and any(id(m) in self.as_subdivision for m in group):
                s += 0.3
                why.append("container or listed with subdivisions")
            if c.kind == "city" and c.population * 20 < big and not contained:
                scored.append((s, -rank, c, why))
                continue
            share = self._share(c.country_code, own_places)
            if share:
                s += 0.1 + 0.3 * share
                why.append("document country")
            if ner == "LOC" and c.kind in ("water", "region"):
                s += 0.2  # NER's LOC is for seas, rivers and regions, not towns
                why.append("NER LOC: water or region")
            if c.admin1 and self.admins.get(c.admin1) and c.kind != "admin1":
                s += 0.25
                why.append("document admin1")
            others = [n for n in neighbours if _identity(n) != _identity(c)]
            region = self.regions.share(cands, c) if c.kind != "admin1" else 0.0
            if region >= 0.2:
                # A county's prior is weak (its population is a town's), the region counts more.
                s += (1.0 if c.kind == "admin2" else 0.5) * region
                why.append("document home region")
            if others:
                d = min(_km(n, c) for n in others)
                bonus = 0.3 if d < 50 else 0.2 if d < 161 else 0.1 if d < 400 else 0.0
                if bonus:
                    s += bonus
                    near = "near another place" if d < 161 else "another place"
                    why.append(f"{d:.0f} km from {near} named")
            scored.append((s, -rank, c, why))
        scored.sort(key=lambda x: (x[0], x[1]), reverse=True)
        s, _, best, why = scored[0]
        why = why or ["population/type prior"]
        return best, min(1.0, s), ", ".join(dict.fromkeys([base, *evidence, *why]))
