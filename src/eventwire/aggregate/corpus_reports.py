"""The unit of cross-article merging: one event as one article reported it.

A corpus holds many reports of the same strike; each keeps the article it came from, the day
that article was published and the outlet, so a merged record can list every source's own
version of the facts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from eventwire.model import (
    Actor,
    ClaimStatus,
    Document,
    Event,
    EventDate,
    EventType,
    Fatalities,
    Place,
    Weapon,
)

# Kinds of place that cover more than a town (ACLED geo precision 3).
WIDE_KINDS = frozenset({"country", "admin1", "admin2", "region", "water"})


@dataclass(frozen=True)
class SourceReport:
    """One event as one article reported it."""

    article_id: str
    published: date | None
    source: str | None  # the outlet's name or the article's URL
    event: Event
    claimant: str | None = None  # who the article attributes the event to, if anyone
    # When the event has no location: the one place its sentence names ("a strike on Sumy"
    # whose location the extractor left open). Used at a looser precision than a location.
    sentence_place: Place | None = None

    @property
    def place(self) -> Place | None:
        return self.event.location or self.sentence_place

    @property
    def geo_precision(self) -> int | None:
        if self.event.location is not None:
            if self.event.geo_precision is not None:
                return self.event.geo_precision
            return 3 if self.event.location.kind in WIDE_KINDS else 2
        if self.sentence_place is not None:
            # Named in the sentence, not linked to the event: at best "near" the town.
            return 3 if self.sentence_place.kind in WIDE_KINDS else 2
        return None

    @property
    def id(self) -> str:
        """Unique within a corpus: an event id is only unique within its article."""
        return f"{self.article_id}:{self.event.id}"

    @property
    def label(self) -> str:
        """How explanations name this report: its outlet and article (an outlet writes many)."""
        return f"{self.source} {self.article_id}" if self.source else self.article_id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "claimant": self.claimant,
            "sentence_place": self.sentence_place.to_dict() if self.sentence_place else None,
            "event": self.event.to_dict(),
        }


@dataclass(frozen=True)
class MergedEvent:
    """One real-world event: the reconciled fields, every source report and why."""

    id: str  # content hash of the sorted source report ids: stable across runs and input order
    type: EventType
    location: Place | None
    geo_precision: int | None
    date: EventDate
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    fatalities: Fatalities
    weapons: tuple[Weapon, ...]
    claim_status: ClaimStatus
    claimed_by: tuple[str, ...]  # every claimant any source named
    sources: tuple[SourceReport, ...]  # each with its own values, in report-id order
    explanation: tuple[str, ...]  # per-pair reasons, then per-field provenance

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "geo_precision": self.geo_precision,
            "date": self.date.to_dict(),
            "actors": [a.to_dict() for a in self.actors],
            "targets": [a.to_dict() for a in self.targets],
            "fatalities": self.fatalities.to_dict(),
            "weapons": [w.to_dict() for w in self.weapons],
            "claim": {"status": self.claim_status, "claimed_by": list(self.claimed_by)},
            "sources": [s.to_dict() for s in self.sources],
            "explanation": list(self.explanation),
        }


def reports_from_document(document: Document, source: str | None = None) -> list[SourceReport]:
    """The reports of one processed article, with the claimant of each named where known."""
    article = document.article
    outlet = source or article.source or article.url
    reports = []
    for event in document.events:
        reports.append(
            SourceReport(
                article_id=article.id,
                published=article.published,
                source=outlet,
                event=event,
                claimant=_claimant(document, event.claim.attribution),
                sentence_place=None if event.location else _sentence_place(document, event),
            )
        )
    return reports


def _sentence_place(document: Document, event: Event) -> Place | None:
    """The single place named in the event's sentence, if it names exactly one."""
    inside = {
        (p.geonameid or p.name): p
        for p in document.places
        if not p.is_demonym
        and event.evidence.start <= p.span.start
        and p.span.end <= event.evidence.end
    }
    return next(iter(inside.values())) if len(inside) == 1 else None


def _claimant(document: Document, index: int | None) -> str | None:
    if index is None or not 0 <= index < len(document.attributions):
        return None
    attribution = document.attributions[index]
    if attribution.speaker is not None:
        return attribution.speaker.name
    return attribution.source.text if attribution.source else None


def unique_reports(reports: Sequence[SourceReport]) -> list[SourceReport]:
    """The reports with repeats of one report id dropped (an article ingested twice)."""
    seen: dict[str, SourceReport] = {}
    for report in reports:
        seen.setdefault(report.id, report)
    return list(seen.values())
