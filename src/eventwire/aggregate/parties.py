"""Who did it and to whom: the parties of an event resolved to a country and sector, placed
where the event is when they are named without one."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from eventwire.model import (
    Actor,
    EventMention,
    EventType,
    Place,
    Span,
    Weapon,
)
from eventwire.resolve.actors import resolve_actor
from eventwire.resolve.actors.phrase import completed_phrase
from eventwire.resolve.geo.countries import country_by_alpha2, country_by_alpha3

# Events whose targets are whatever was hit or taken, a party or not ("shelled a market"):
# the place does not make them its country's (records are merged by their parties' countries).
DEEDS_ON_THINGS = frozenset(
    {
        "attack",
        "armed clash",
        "suicide bombing",
        "cyber attack",
        "sexual violence",
        "abduction",
        "looting",
        "natural disaster",
        "man-made disaster",
        "disrupted weapons use",
        "weapons production",
        "organized crime",
    }
)


def targets_at(
    targets: tuple[Actor, ...], location: Place | None, actors: tuple[Actor, ...], etype: EventType
) -> tuple[Actor, ...]:
    """Targets named without a country are where the event is ("lifted a curfew in
    Kosovo", "will evacuate settlements in the Gaza Strip", "seized hostages in
    Grozny"); with no target named, the place's country is one unless an actor is from
    there ("shelled Kharkiv")."""
    if not targets:
        return target_from_place(location, actors, etype)
    home = home_country(location)
    if home is None:
        return targets
    return tuple(
        t if t.country else replace(t, country=home, country_from="location") for t in targets
    )


def target_from_place(
    location: Place | None, actors: tuple[Actor, ...], etype: EventType
) -> tuple[Actor, ...]:
    """An event at a place in another country targets that country ("shelled Kharkiv",
    "visited Albania", "arrived in Amman"), as PLOVER codes it."""
    if location is None or not location.country_code:
        return ()
    country = country_by_alpha2(location.country_code)
    if country is None or any(
        a.country == country.alpha3 and a.country_from is None for a in actors
    ):
        return ()
    return (
        Actor(location.span.text, country.name, country.alpha3, None, "location", location.span),
    )


def home_country(location: Place | None) -> str | None:
    """Alpha-3 of the country where the event took place."""
    if location is None or not location.country_code:
        return None
    country = country_by_alpha2(location.country_code)
    return country.alpha3 if country else None


def article_country(mentions: Sequence[EventMention]) -> str | None:
    """Alpha-3 of the country the article names most often in its events' places and
    parties (the first named of equals): where office holders and groups named without a
    country ("President Mugabe", "the opposition") most likely belong."""
    named: Counter[str] = Counter()
    for mention in mentions:
        for place in (*mention.locations, *mention.places):
            country = home_country(place)
            if country:
                named[country] += 1
        for party in (*mention.actors, *mention.targets):
            country = resolve_actor(party.text).country
            if country:
                named[country] += 1
    found = named.most_common(1)
    return found[0][0] if found else None


def of_article(actor: Actor, country: str | None, without_sector: bool) -> Actor:
    """A party named without a country, given the article's country (`article_country`);
    international bodies stay without one."""
    if actor.country or country is None or actor.sector in ("IGO", "NGO"):
        return actor
    if actor.sector is None and not without_sector and not _names_someone(actor.text):
        return actor
    return replace(actor, country=country, country_from="article")


def _names_someone(text: str) -> bool:
    """ "candidate Alassane Ouattara": a name of two capitalized words or more is a party,
    where a common noun ("a curfew") may be a thing."""
    return bool(re.search(r"\b[A-Z][\w'’-]+\s+[A-Z][\w'’-]+", text))


def resolved_party(text: str, span: Span, where: bool = True) -> Actor:
    """The party of a span; one named without a country takes the country of its whole
    phrase as the text goes on: whose it is ("Queen Rania" of Jordan), or else where it is
    ("rebels" in eastern Congo: `country_from` "location")."""
    actor = replace(resolve_actor(span.text), span=span)
    if actor.country:
        return actor
    whole = completed_phrase(text, span)
    if whole.text == span.text or (whole.where_only and not where):
        return actor
    found = resolve_actor(whole.text)
    if found.country is None:
        return actor
    return replace(
        actor,
        name=actor.name if whole.where_only else found.name,
        country=found.country,
        sector=actor.sector or found.sector,
        country_from="location" if whole.where_only else None,
    )


def placed(actor: Actor, home: str | None) -> Actor:
    """ "Rebels attacked ...", "security forces fired ...": a group or office named without a
    country acts where the event is, as ACLED codes unnamed forces by location. Not for talks
    and visits (`DIPLOMATIC_LABELS`), where the office holder is often abroad."""
    if actor.country or home is None or actor.sector in (None, "IGO", "NGO"):
        return actor
    return replace(actor, country=home, country_from="location")


def suppliers(weapons: Sequence[Weapon]) -> tuple[Actor, ...]:
    """ "Iranian drones were shipped ...": with no named supplier, the maker's country."""
    out: list[Actor] = []
    for weapon in weapons:
        country = country_by_alpha3(weapon.origin) if weapon.origin else None
        if country is not None and all(a.country != country.alpha3 for a in out):
            out.append(Actor(weapon.text, country.name, country.alpha3, None, "maker", weapon.span))
    return tuple(out)
