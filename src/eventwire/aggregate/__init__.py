"""Stage 5: event records from event mentions, attributions and resolved mentions.

One record per event and place: a mention whose location is a coordination ("Kharkiv, Poltava
and Odesa regions") becomes one record per place, as ACLED codes one event per location.
Mentions of the same event within the article are merged (`merge.py`). Statements by heads of
state and government become events of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from eventwire.aggregate.claims import claim_for
from eventwire.aggregate.incidents import code_incidents
from eventwire.aggregate.incidents.model import IncidentModel
from eventwire.aggregate.merge import merge_events
from eventwire.aggregate.precision import geo_precision
from eventwire.aggregate.types import event_type, statement_plover
from eventwire.extract.triggers import DIPLOMATIC_LABELS
from eventwire.model import (
    Actor,
    Article,
    Attribution,
    Claim,
    Event,
    EventDate,
    EventMention,
    EventType,
    Fatalities,
    MunitionCount,
    Place,
    Span,
    Time,
    Weapon,
    WeaponMention,
    content_id,
)
from eventwire.resolve.actors import resolve_actor
from eventwire.resolve.actors.phrase import completed_phrase
from eventwire.resolve.geo.countries import all_countries, country_by_alpha2
from eventwire.resolve.origins import weapon_origin

# More places than any report of one day's strikes lists ("attacks on 20 settlements in
# Kharkiv region" names fewer): a longer list is an alert roster or a table, and one record per
# name would flood the map with copies of one sentence.
MAX_PLACES_PER_SENTENCE = 20

# Roles whose public statements are events in their own right (ACLED and PLOVER code them).
_LEADER_ROLES = re.compile(
    r"\b(president|prime minister|premier|chancellor|king|queen|emir|supreme leader|"
    r"foreign minister|defen[cs]e minister|minister|head of state|crown prince|ayatollah)\b",
    re.I,
)


def build_events(
    article: Article,
    mentions: Sequence[EventMention],
    attributions: Sequence[Attribution],
    times: Sequence[Time],
    sentences: Sequence[Span],
    places: Sequence[Place] = (),
    incident_model: IncidentModel | None = None,
    candidates: bool = False,
) -> tuple[tuple[Event, ...], tuple[str, ...]]:
    """The article's event records, and warnings about what the merge found (casualty
    counts that disagree)."""
    events: list[Event] = []
    warnings: list[str] = []
    article_country = _article_country(mentions)
    for mention in mentions:
        if len(mention.locations) > MAX_PLACES_PER_SENTENCE:
            warnings.append(
                f"sentence at {mention.evidence.start}–{mention.evidence.end} lists "
                f"{len(mention.locations)} places for one event: coded as one record with "
                f"every place under places and no single location"
            )
            mention = replace(mention, locations=(), places=mention.locations + mention.places)
        events.extend(_events_of(article, mention, attributions, article_country))
    claimed = {e.claim.attribution for e in events}
    events.extend(_statement_events(article, attributions, times, sentences, claimed))
    merged, merge_warnings = merge_events(events)
    warnings.extend(merge_warnings)
    events = code_incidents(article, merged, sentences, places, incident_model, candidates)
    return tuple(events), tuple(warnings)


def _events_of(
    article: Article,
    mention: EventMention,
    attributions: Sequence[Attribution],
    article_country: str | None = None,
) -> list[Event]:
    actors = tuple(_resolved(article.text, a) for a in mention.actors)
    # What a deed was done to keeps no country from where it stands ("a market in X").
    placed_targets = mention.label not in _DEEDS_ON_THINGS
    targets = tuple(_resolved(article.text, t, placed_targets) for t in mention.targets)
    weapons = _counted(tuple(_weapon(w) for w in mention.weapons), mention.munitions)
    if not actors and mention.label == "arms transfer":
        actors = _suppliers(weapons)
    etype = event_type(
        mention.label, weapons, targets, mention.evidence.text, mention.trigger.text, actors
    )
    claim = claim_for(mention.trigger, mention.evidence, mention.modality, attributions)
    when = _event_date(mention.time, article.published)
    locations: Sequence[Place | None] = mention.locations or (None,)
    shares = _shared_fatalities(mention.fatalities, len(locations))
    out = []
    for index, (location, fatalities) in enumerate(zip(locations, shares, strict=True)):
        event_actors = actors
        if mention.label not in DIPLOMATIC_LABELS:
            home = _home_country(location)
            event_actors = tuple(_placed(a, home) for a in actors)
        # The place's country is a target unless a named actor is from there (an actor only
        # placed there above does not count: "rebels shelled a village" targets its country).
        event_targets = (
            targets or _target_from_place(location, actors, etype)
            if mention.label in _DEEDS_ON_THINGS
            else _targets_at(targets, location, actors, etype)
        )
        if mention.label not in _DEEDS_ON_THINGS:
            # "President Mugabe", "opposition groups": the country the article is about. An
            # actor is a party even without a sector ("Ahmed Karimi"); a target needs one
            # ("a curfew" is no party).
            event_actors = tuple(_of_article(a, article_country, True) for a in event_actors)
            event_targets = tuple(_of_article(t, article_country, False) for t in event_targets)
        out.append(
            Event(
                id=content_id(
                    article.id,
                    etype.eventwire,
                    mention.trigger.start,
                    location.name if location else None,
                ),
                type=etype,
                actors=event_actors,
                targets=event_targets,
                location=location,
                date=when,
                # Counts of launched and intercepted arms are the whole report's: the first
                # record of a split carries them, so that sums over records stay right.
                weapons=weapons if index == 0 else _uncounted(weapons),
                fatalities=fatalities,
                quantity=mention.quantity,
                claim=claim,
                evidence=mention.evidence,
                confidence=mention.confidence,
                trigger=mention.trigger,
                places=mention.places,
                geo_precision=geo_precision(location, article.text),
            )
        )
    return out


def _counted(weapons: tuple[Weapon, ...], counts: Sequence[MunitionCount]) -> tuple[Weapon, ...]:
    if not counts:
        return weapons
    by_weapon: dict[int, dict[str, int]] = {}
    for c in counts:
        by_weapon.setdefault(c.weapon, {})[c.role] = c.count
    return tuple(
        replace(
            w,
            launched=by_weapon[i].get("launched"),
            intercepted=by_weapon[i].get("intercepted"),
            hit=by_weapon[i].get("hit"),
        )
        if i in by_weapon
        else w
        for i, w in enumerate(weapons)
    )


def _uncounted(weapons: tuple[Weapon, ...]) -> tuple[Weapon, ...]:
    return tuple(replace(w, launched=None, intercepted=None, hit=None) for w in weapons)


def _shared_fatalities(total: Fatalities, parts: int) -> list[Fatalities]:
    """One sentence's dead and injured over the records it splits into ("strikes on Kharkiv,
    Poltava and Odesa killed 7"): divided evenly with the remainder on the first, as ACLED
    divides a total it cannot place, so that the records add up to the reported count
    instead of multiplying it."""
    if parts == 1:
        return [total]

    def share(count: int | None, index: int) -> int | None:
        if count is None:
            return None
        return count // parts + (count % parts if index == 0 else 0)

    return [
        Fatalities(
            share(total.killed, i),
            share(total.killed_max, i),
            share(total.injured, i),
            share(total.injured_max, i),
        )
        for i in range(parts)
    ]


def _home_country(location: Place | None) -> str | None:
    """Alpha-3 of the country where the event took place."""
    if location is None or not location.country_code:
        return None
    country = country_by_alpha2(location.country_code)
    return country.alpha3 if country else None


def _article_country(mentions: Sequence[EventMention]) -> str | None:
    """Alpha-3 of the country the article names most often in its events' places and
    parties (the first named of equals): where office holders and groups named without a
    country ("President Mugabe", "the opposition") most likely belong."""
    named: Counter[str] = Counter()
    for mention in mentions:
        for place in (*mention.locations, *mention.places):
            country = _home_country(place)
            if country:
                named[country] += 1
        for party in (*mention.actors, *mention.targets):
            country = resolve_actor(party.text).country
            if country:
                named[country] += 1
    found = named.most_common(1)
    return found[0][0] if found else None


def _of_article(actor: Actor, country: str | None, without_sector: bool) -> Actor:
    """A party named without a country, given the article's country (`_article_country`);
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


def _resolved(text: str, span: Span, where: bool = True) -> Actor:
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


def _placed(actor: Actor, home: str | None) -> Actor:
    """ "Rebels attacked ...", "security forces fired ...": a group or office named without a
    country acts where the event is, as ACLED codes unnamed forces by location. Not for talks
    and visits (`DIPLOMATIC_LABELS`), where the office holder is often abroad."""
    if actor.country or home is None or actor.sector in (None, "IGO", "NGO"):
        return actor
    return replace(actor, country=home, country_from="location")


def _suppliers(weapons: Sequence[Weapon]) -> tuple[Actor, ...]:
    """ "Iranian drones were shipped ...": with no named supplier, the maker's country."""
    by_alpha3 = {c.country.alpha3: c.country for c in all_countries()}
    out: list[Actor] = []
    for weapon in weapons:
        country = by_alpha3.get(weapon.origin) if weapon.origin else None
        if country is not None and all(a.country != country.alpha3 for a in out):
            out.append(Actor(weapon.text, country.name, country.alpha3, None, "maker", weapon.span))
    return tuple(out)


def _weapon(mention: WeaponMention) -> Weapon:
    return Weapon(
        mention.span.text,
        mention.category,
        mention.system,
        weapon_origin(mention),
        span=mention.span,
    )


def _event_date(time: Time | None, published: date | None) -> EventDate:
    if time is None:
        # No time in the clause: it happened before the report, no more is known.
        return EventDate(None, None, published, None)
    value = time.value if not time.value.startswith("X") else None
    return EventDate(value, time.earliest, time.latest, time.span.text, time.precision)


# Events whose targets are whatever was hit or taken, a party or not ("shelled a market"):
# the place does not make them its country's (records are merged by their parties' countries).
_DEEDS_ON_THINGS = frozenset(
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


def _targets_at(
    targets: tuple[Actor, ...], location: Place | None, actors: tuple[Actor, ...], etype: EventType
) -> tuple[Actor, ...]:
    """Targets named without a country are where the event is ("lifted a curfew in
    Kosovo", "will evacuate settlements in the Gaza Strip", "seized hostages in
    Grozny"); with no target named, the place's country is one unless an actor is from
    there ("shelled Kharkiv")."""
    if not targets:
        return _target_from_place(location, actors, etype)
    home = _home_country(location)
    if home is None:
        return targets
    return tuple(
        t if t.country else replace(t, country=home, country_from="location") for t in targets
    )


def _target_from_place(
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


def _statement_events(
    article: Article,
    attributions: Sequence[Attribution],
    times: Sequence[Time],
    sentences: Sequence[Span],
    claimed: set[int | None],
) -> list[Event]:
    """Statements by leaders, and by states and their institutions when what they say is
    not already an event of its own ("Russia said it expelled two diplomats" is)."""
    out = []
    said: list[tuple[str, set[str]]] = []  # (speaker, content words) of statements kept
    for index, attr in enumerate(attributions):
        speaker = attr.speaker
        role = " ".join(filter(None, (speaker.role, speaker.name))) if speaker else ""
        source_text = attr.source.text if attr.source else ""
        if speaker is None:
            continue
        words = set(re.findall(r"\w+", attr.content.text.lower()))
        if any(name == speaker.name and _alike(words, seen) for name, seen in said):
            continue  # a caption or recap restating what the speaker was already quoted as saying
        actor = replace(resolve_actor(source_text or speaker.name), span=attr.source)
        by_leader = bool(_LEADER_ROLES.search(f"{role} {source_text}"))
        by_state = actor.country is not None and actor.sector in ("GOV", "MIL")
        if not by_leader and not (by_state and index not in claimed):
            continue
        if actor.country is None and speaker.country:
            actor = replace(actor, country=speaker.country, country_from="speaker")
        actor = replace(actor, name=speaker.name or actor.name, sector=actor.sector or "GOV")
        said.append((speaker.name, words))
        evidence = _sentence_around(sentences, attr.cue)
        time = _time_of_statement(attr, times, evidence)
        out.append(
            Event(
                id=content_id(article.id, "statement", attr.cue.start),
                type=EventType("statement", None, None, statement_plover(attr.cue.text)),
                actors=(actor,),
                targets=(),
                location=None,
                date=_event_date(time, article.published),
                weapons=(),
                fatalities=Fatalities(),
                quantity=None,
                claim=Claim(index, "claimed"),
                evidence=evidence,
                confidence=0.3,
                trigger=attr.cue,
            )
        )
    return out


def _alike(a: set[str], b: set[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= 0.5


def _time_of_statement(attr: Attribution, times: Sequence[Time], evidence: Span) -> Time | None:
    """A date said of the saying ("said yesterday"), outside the content it reports."""
    outside = [
        t
        for t in times
        if evidence.start <= t.span.start < evidence.end
        and not (attr.content.start <= t.span.start < attr.content.end)
        and t.type in ("DATE", "TIME")
    ]
    if not outside:
        return None
    return min(outside, key=lambda t: abs(t.span.start - attr.cue.end))


def _sentence_around(sentences: Sequence[Span], span: Span) -> Span:
    """The parser's sentence that holds a span (a cue), or the span itself."""
    for sentence in sentences:
        if sentence.start <= span.start < sentence.end:
            return sentence
    return span
