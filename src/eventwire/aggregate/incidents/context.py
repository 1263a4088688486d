"""What an incident's own clause does not say, taken from the article around it.

"Three people were killed" names no place: the place is the one the sentences just before it
name. A report with no date tells of the last day or night before it was published. Each value
taken this way says where it came from (`Event.location_from`, `EventDate.method`) and a place
taken from context gets a wider precision code, so an analyst can tell it from a stated one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from eventwire.model import Article, Event, EventDate, Place, Span

# How many sentences back the place of a placeless incident is looked for.
PLACE_LOOKBACK_SENTENCES = 2
# A report without a date tells of the day it was published or the night before.
REPORT_DAYS_BEFORE = 1
# Places the sentences before may lend: towns and regions. A country named nearby says
# nothing about where in it the incident was, and seas and other features are routes.
_CONTEXT_KINDS = frozenset({"city", "locality", "admin1", "admin2"})


def with_context(
    event: Event, article: Article, sentences: Sequence[Span], places: Sequence[Place]
) -> Event:
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


def _placed_from_context(event: Event, sentences: Sequence[Span], places: Sequence[Place]) -> Event:
    """The nearest place in the two sentences before the incident's. Not its own sentence: a
    place there that extraction did not take is an agent, an origin or a route ("drones
    launched by Russia")."""
    starts = [s.start for s in sentences]
    at = bisect_right(starts, event.evidence.start) - 1
    if at <= 0:
        return event
    window_start = sentences[max(0, at - PLACE_LOOKBACK_SENTENCES)].start
    candidates = [
        p
        for p in places
        if window_start <= p.span.start < event.evidence.start
        and p.kind in _CONTEXT_KINDS
        and not p.is_demonym
    ]
    if not candidates:
        return event
    place = max(candidates, key=lambda p: p.span.start)
    precision = 3 if place.kind in ("admin1", "admin2") else 2
    return replace(event, location=place, geo_precision=precision, location_from="context")
