"""Stage 5: event records from event mentions, attributions and resolved mentions.

One record per event and place: a mention whose location is a coordination ("Kharkiv, Poltava
and Odesa regions") becomes one record per place, as ACLED codes one event per location.
Mentions of the same event within the article are merged (`merge.py`). Statements by heads of
state and government become events of their own.
"""

from __future__ import annotations

from collections.abc import Sequence

from eventwire.aggregate.claims import claim_for
from eventwire.aggregate.dates import event_date
from eventwire.aggregate.incidents import code_incidents
from eventwire.aggregate.incidents.model import IncidentModel
from eventwire.aggregate.merge import merge_events
from eventwire.aggregate.parties import (
    DEEDS_ON_THINGS,
    article_country,
    home_country,
    of_article,
    placed,
    resolved_party,
    suppliers,
    target_from_place,
    targets_at,
)
from eventwire.aggregate.precision import geo_precision
from eventwire.aggregate.statements import statement_events
from eventwire.aggregate.types import event_type
from eventwire.aggregate.weapons import counted, uncounted, weapon_of
from eventwire.extract.triggers import DIPLOMATIC_LABELS
from eventwire.model import (
    Article,
    Attribution,
    Event,
    EventMention,
    Fatalities,
    Place,
    Span,
    Time,
    content_id,
)

# More places than a report of one day's strikes usually lists ("attacks on 20 settlements in
# Kharkiv region" names fewer): a longer list may be a roster or a table, so it is warned of;
# it is still one record per place, as ACLED codes one event per place hit.
LONG_PLACE_LIST = 20


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
    main_country = article_country(mentions)
    for mention in mentions:
        if len(mention.locations) > LONG_PLACE_LIST:
            warnings.append(
                f"sentence at {mention.evidence.start}–{mention.evidence.end} lists "
                f"{len(mention.locations)} places for one event: one record per place, all "
                f"on that sentence"
            )
        events.extend(_events_of(article, mention, attributions, main_country))
    claimed = {e.claim.attribution for e in events}
    events.extend(statement_events(article, attributions, times, sentences, claimed))
    merged, merge_warnings = merge_events(events)
    warnings.extend(merge_warnings)
    events = code_incidents(article, merged, sentences, places, incident_model, candidates)
    return tuple(events), tuple(warnings)


def _events_of(
    article: Article,
    mention: EventMention,
    attributions: Sequence[Attribution],
    main_country: str | None = None,
) -> list[Event]:
    actors = tuple(resolved_party(article.text, a) for a in mention.actors)
    # What a deed was done to keeps no country from where it stands ("a market in X").
    placed_targets = mention.label not in DEEDS_ON_THINGS
    targets = tuple(resolved_party(article.text, t, placed_targets) for t in mention.targets)
    weapons = counted(tuple(weapon_of(w) for w in mention.weapons), mention.munitions)
    if not actors and mention.label == "arms transfer":
        actors = suppliers(weapons)
    etype = event_type(
        mention.label, weapons, targets, mention.evidence.text, mention.trigger.text, actors
    )
    claim = claim_for(mention.trigger, mention.evidence, mention.modality, attributions)
    when = event_date(mention.time, article.published)
    locations: Sequence[Place | None] = mention.locations or (None,)
    shares = _shared_fatalities(mention.fatalities, len(locations))
    out = []
    for index, (location, fatalities) in enumerate(zip(locations, shares, strict=True)):
        event_actors = actors
        if mention.label not in DIPLOMATIC_LABELS:
            home = home_country(location)
            event_actors = tuple(placed(a, home) for a in actors)
        # The place's country is a target unless a named actor is from there (an actor only
        # placed there above does not count: "rebels shelled a village" targets its country).
        event_targets = (
            targets or target_from_place(location, actors, etype)
            if mention.label in DEEDS_ON_THINGS
            else targets_at(targets, location, actors, etype)
        )
        if mention.label not in DEEDS_ON_THINGS:
            # "President Mugabe", "opposition groups": the country the article is about. An
            # actor is a party even without a sector ("Ahmed Karimi"); a target needs one
            # ("a curfew" is no party).
            event_actors = tuple(of_article(a, main_country, True) for a in event_actors)
            event_targets = tuple(of_article(t, main_country, False) for t in event_targets)
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
                weapons=weapons if index == 0 else uncounted(weapons),
                fatalities=fatalities,
                quantity=mention.quantity,
                claim=claim,
                evidence=mention.evidence,
                confidence=mention.confidence,
                trigger=mention.trigger,
                trigger_form=mention.form or None,
                places=mention.places,
                geo_precision=geo_precision(location, article.text),
            )
        )
    return out


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
