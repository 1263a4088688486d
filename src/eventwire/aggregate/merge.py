"""Merge the mentions of one event within an article into one record.

A headline, a lead and a quote often report the same attack; analysts want one record with
the most specific place, the resolved date and every weapon named. Two events merge when
their types agree, their actors do not conflict, their places nest (Kyiv lies in Ukraine) and
their dates do not conflict. The most specific mention stays the primary one: its sentence,
trigger and claim are the record's evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.extract.casualties import reconcile_counts
from eventwire.extract.triggers import ROUTED_LABELS
from eventwire.model import Actor, ClaimStatus, Event, Place, Weapon

# Claim statuses from most to least hedged.
_HEDGE: tuple[ClaimStatus, ...] = (
    "denied",
    "disputed",
    "possible",
    "planned",
    "alleged",
    "claimed",
    "reported",
    "asserted",
)
_NEVER_MERGED = frozenset({"statement", "accusation", "denial"})


def merge_events(events: Sequence[Event]) -> tuple[list[Event], list[str]]:
    """The merged events, and a warning for each merge whose casualty counts disagree."""
    merged: list[Event] = []
    warnings: list[str] = []
    for event in events:
        for i, kept in enumerate(merged):
            if _compatible(kept, event):
                merged[i], warning = combine_events(kept, event)
                if warning:
                    warnings.append(f"{warning} (sentences at {_where(kept)} and {_where(event)})")
                break
        else:
            merged.append(event)
    return merged, warnings


def _where(event: Event) -> str:
    return f"{event.evidence.start}–{event.evidence.end}"


def _compatible(a: Event, b: Event) -> bool:
    if a.type.eventwire != b.type.eventwire or a.type.eventwire in _NEVER_MERGED:
        return False
    if a.evidence == b.evidence and a.location != b.location:
        return False  # one sentence, several places: kept apart on purpose
    countries_a = {x.country for x in a.actors if x.country}
    countries_b = {x.country for x in b.actors if x.country}
    if (
        countries_a
        and countries_b
        and not (countries_a <= countries_b or countries_b <= countries_a)
    ):
        return False
    if not places_nest(a.location, b.location):
        return False
    va, vb = a.date.value, b.date.value
    if va and vb and va[:10] != vb[:10]:
        return False
    # Positive evidence that they are one event: one sentence, nested places, one date, or
    # (for arms on the move, which have no single place) one supplier.
    if a.evidence == b.evidence or (a.location is not None and b.location is not None):
        return True
    if va and vb:
        return True
    return a.type.eventwire in ROUTED_LABELS and bool(countries_a & countries_b)


def places_nest(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.name == b.name or (a.geonameid is not None and a.geonameid == b.geonameid):
        return True
    for wide, narrow in ((a, b), (b, a)):
        if wide.kind == "country" and narrow.country_code == wide.country_code:
            return True
        if (
            wide.kind == "admin1"
            and narrow.admin1
            and narrow.admin1 == wide.admin1
            and narrow.kind != "admin1"
        ):
            return True
    return False


def _specificity(e: Event) -> float:
    score: float = e.location.specificity if e.location else 0
    score += bool(e.actors) + bool(e.targets) + bool(e.quantity) + bool(e.date.value)
    score += 0.5 * bool(e.weapons)
    return score


def combine_events(a: Event, b: Event) -> tuple[Event, str | None]:
    primary, other = (a, b) if _specificity(a) >= _specificity(b) else (b, a)
    locations = [p for p in (primary.location, other.location) if p is not None]
    location = max(locations, key=lambda p: p.specificity) if locations else None
    date = (
        primary.date if primary.date.value else (other.date if other.date.value else primary.date)
    )
    places = _unique_places(
        [*primary.places, *other.places, *(p for p in locations if p is not location)]
    )
    fatalities, warning = reconcile_counts(primary.fatalities, other.fatalities)
    claim = primary.claim
    if _HEDGE.index(other.claim.status) < _HEDGE.index(claim.status):
        # A plan or a possibility reported in passing still hedges the whole record.
        claim = replace(claim, status=other.claim.status)
    actor_countries = {a.country for a in (*primary.actors, *other.actors) if a.country}
    combined = replace(
        primary,
        claim=claim,
        actors=_unique_actors([*primary.actors, *other.actors]),
        targets=_unique_actors(
            [
                t
                for t in (*primary.targets, *other.targets)
                # A target inferred from the place is dropped once an actor of that country joins.
                if not (t.country and t.sector is None and t.country in actor_countries)
            ]
        ),
        location=location,
        geo_precision=next(
            (e.geo_precision for e in (primary, other) if e.location is location), None
        ),
        date=date,
        places=places,
        weapons=_unique_weapons([*primary.weapons, *other.weapons]),
        quantity=primary.quantity or other.quantity,
        fatalities=fatalities,
        confidence=max(primary.confidence, other.confidence),
    )
    return combined, warning


def _unique_actors(actors: list[Actor]) -> tuple[Actor, ...]:
    seen: dict[tuple[str | None, str | None], Actor] = {}
    for actor in actors:
        key = (actor.country, None) if actor.country else (actor.name, actor.sector)
        seen.setdefault(key, actor)
    return tuple(seen.values())


def _unique_weapons(weapons: list[Weapon]) -> tuple[Weapon, ...]:
    """One entry per weapon as written, its counts taken from whichever report gives them."""
    seen: dict[str, Weapon] = {}
    for weapon in weapons:
        key = weapon.text.lower()
        kept = seen.get(key)
        if kept is None:
            seen[key] = weapon
            continue
        seen[key] = replace(
            kept,
            launched=kept.launched if kept.launched is not None else weapon.launched,
            intercepted=kept.intercepted if kept.intercepted is not None else weapon.intercepted,
            hit=kept.hit if kept.hit is not None else weapon.hit,
        )
    return tuple(seen.values())


def _unique_places(places: list[Place]) -> tuple[Place, ...]:
    seen: dict[str, Place] = {}
    for place in places:
        seen.setdefault(place.name, place)
    return tuple(seen.values())
