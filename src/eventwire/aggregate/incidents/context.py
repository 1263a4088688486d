"""What an incident's own clause does not say, taken from the article around it.

"Three people were killed" names no place: the place is the one the sentences just before it
name. A report with no date tells of the last day or night before it was published. "The city
was shelled again", "the occupiers struck at schools": the attacker is the side the article
names as attacking in its other incidents. Each value taken this way says where it came from
(`Event.location_from`, `EventDate.method`, `Actor.country_from` "article") and a place taken
from context gets a wider precision code, so an analyst can tell it from a stated one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import timedelta

from eventwire.model import LOCAL_PLACE_KINDS, Actor, Article, Event, EventDate, Place, Span
from eventwire.resolve.geo.countries import country_by_alpha3

# Incidents with a doer and a victim (protests have participants, not attackers).
_ATTACKS = frozenset(
    {
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
        "Strategic developments",
    }
)
# Sectors of parties that do not do remote violence: people, or none (a place, a phrase).
_NO_DOER = frozenset({None, "CIV"})
# How many sentences back the place of a placeless incident is looked for.
PLACE_LOOKBACK_SENTENCES = 2
# A report without a date tells of the day it was published or the night before.
REPORT_DAYS_BEFORE = 1


def named_attacker(
    incidents: Sequence[Event], others: Sequence[Event] = (), home: str | None = None
) -> str | None:
    """The country the article's violent incidents name as the doer most often ("Russian
    troops", "Russia's missiles"), if one is named more than any other; else the country other
    than the article's own (`home`, alpha-3) that its other records name as a party most often
    (a speech that says "the occupiers" has named Russia elsewhere)."""
    doers = (a for e in incidents if e.type.acled in _ATTACKS for a in e.actors)
    found = _most_named(doers)
    if found is None:
        found = _most_named((p for e in others for p in (*e.actors, *e.targets)), exclude=home)
    return found


def _most_named(parties: Iterable[Actor], exclude: str | None = None) -> str | None:
    named = Counter(
        party.country
        for party in parties
        if party.country and party.country_from is None and party.country != exclude
    )
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def with_context(
    event: Event,
    article: Article,
    sentences: Sequence[Span],
    places: Sequence[Place],
    attacker: str | None = None,
) -> Event:
    if attacker is not None and event.type.acled in _ATTACKS:
        event = _with_attacker(event, attacker)
    if event.location is None:
        event = _placed_from_context(event, sentences, places)
    if event.date.earliest is None and article.published is not None:
        published = article.published
        event = replace(
            event,
            date=EventDate(
                value=None,
                earliest=published - timedelta(days=REPORT_DAYS_BEFORE),
                latest=published,
                text=None,
                precision=None,
                method="publication",
            ),
        )
    return event


def _with_attacker(event: Event, attacker: str) -> Event:
    """An attack whose doer the clause does not name by country ("they", "the occupiers", a
    passive) is the article's attacker's. People or places read as its doer only because of
    where it happened ("ten people" in the Ternopil region) are not doers of remote violence."""
    if any(a.country and a.country_from is None for a in event.actors):
        return event
    kept = [a for a in event.actors if a.country_from != "location" or a.sector not in _NO_DOER]
    unnamed = next((a for a in kept if a.country is None), None)
    country = country_by_alpha3(attacker)
    name = country.name if country else attacker
    doer = (
        replace(unnamed, country=attacker, country_from="article")
        if unnamed is not None
        else Actor(name, name, attacker, None, "article")
    )
    others = [a for a in kept if a is not unnamed]
    return replace(event, actors=(doer, *others))


def _placed_from_context(event: Event, sentences: Sequence[Span], places: Sequence[Place]) -> Event:
    """The nearest place in the two sentences before the incident's. Not its own sentence: a
    place there that extraction did not take is an agent, an origin or a route ("drones
    launched by Russia")."""
    starts = [s.start for s in sentences]
    at = bisect_right(starts, event.evidence.start) - 1
    if at <= 0:
        return event
    window_start = sentences[max(0, at - PLACE_LOOKBACK_SENTENCES)].start
    # Towns and regions only: a country named nearby says nothing about where in it the
    # incident was, and seas and other features are routes.
    candidates = [
        p
        for p in places
        if window_start <= p.span.start < event.evidence.start
        and p.kind in LOCAL_PLACE_KINDS
        and not p.is_demonym
    ]
    if not candidates:
        return event
    place = max(candidates, key=lambda p: p.span.start)
    precision = 3 if place.kind in ("admin1", "admin2") else 2
    return replace(event, location=place, geo_precision=precision, location_from="context")
