"""Incidents: the records an analyst would code from the article, each once.

Three steps over the violent and protest records the sentences gave (ACLED's coded types):
1. **Decide** whether each is an incident — something reported to have happened at a place and
   a time — or the war in general, a plan, a total or rhetoric (`features.py`, `model.py`). Plans,
   possibilities and denials stay as records without an ACLED type; the rest that are not
   incidents are dropped.
2. **Group** the records of one incident (`grouping.py`): the strike, its dead and the governor's
   words become one record whose `mentions` list every sentence.
3. **Fill** what a record's own clause does not say from the rest of the article (`context.py`):
   the place of the paragraph, the date of the report, each with where it came from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eventwire.aggregate.incidents.context import named_attacker, with_context
from eventwire.aggregate.incidents.features import home_country, incident_features
from eventwire.aggregate.incidents.grouping import group_incidents
from eventwire.aggregate.incidents.model import IncidentModel, shipped_model
from eventwire.model import Article, Event, EventType, Incident, Place, Span
from eventwire.resolve.geo.countries import country_by_alpha2

CODED_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots"}
)
# Strategic developments are incidents only through these sub-types.
CODED_STRATEGIC = frozenset({"Disrupted weapons use", "Arrests", "Looting/property destruction"})
# Records that are not incidents but still say something: a plan or threat, a possibility, a
# denial. They keep their own label without an ACLED type; other non-incidents are dropped.
_KEPT_UNCODED = frozenset({"planned", "possible", "denied", "disputed"})
# What the guideline never codes, however specific the place: plans, threats, hypotheticals and
# denials that it happened (the model weighs the rest).
_NEVER_INCIDENTS = frozenset({"planned", "possible", "denied"})
# A text this short is a lead or a snippet: there is no article around a record to tell a
# report from rhetoric, so a record the model doubts stands unless a cue argues against it.
SNIPPET_SENTENCES = 3


def is_coded(event_type: EventType) -> bool:
    if event_type.acled in CODED_TYPES:
        return True
    return event_type.acled == "Strategic developments" and event_type.acled_sub in CODED_STRATEGIC


def code_incidents(
    article: Article,
    events: Sequence[Event],
    sentences: Sequence[Span],
    places: Sequence[Place],
    model: IncidentModel | None = None,
    candidates: bool = False,
) -> list[Event]:
    """The article's records with each incident once; other records pass unchanged.

    `candidates`: every coded-type record as its sentence gave it, scored but neither dropped,
    grouped nor filled (what the incident model is trained on)."""
    model = model or shipped_model()
    method = str(model.meta.get("method", "incident model"))
    home = home_country(places)
    incidents: list[Event] = []
    others: list[Event] = []
    for event in events:
        if not is_coded(event.type):
            others.append(event)
            continue
        features = incident_features(event, article.published, home)
        score = model.probability(features)
        codable = (
            model.is_incident(features, snippet=len(sentences) <= SNIPPET_SENTENCES)
            and event.claim.status not in _NEVER_INCIDENTS
        )
        decision = Incident(codable, score, model.strongest(features), method)
        if candidates:
            others.append(replace(event, incident=decision))
        elif decision.codable:
            incidents.append(replace(event, incident=decision))
        elif event.claim.status in _KEPT_UNCODED:
            uncoded = replace(event.type, acled=None, acled_sub=None)
            others.append(replace(event, type=uncoded, incident=decision))
    grouped = group_incidents(incidents, sentences)
    home_alpha3 = _alpha3(home)
    attacker = named_attacker(grouped, others, home_alpha3)
    filled = [with_context(e, article, sentences, places, attacker) for e in grouped]
    return sorted([*filled, *others], key=lambda e: (e.evidence.start, _trigger_start(e)))


def _alpha3(alpha2: str | None) -> str | None:
    country = country_by_alpha2(alpha2) if alpha2 else None
    return country.alpha3 if country else None


def _trigger_start(event: Event) -> int:
    return event.trigger.start if event.trigger else 0
