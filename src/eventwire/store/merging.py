"""Merging stored reports across articles: the step `eventwire ingest` runs after extraction.

Every stored document is read back into model types, its events become source reports, and
`aggregate.corpus_merge` groups the reports of one real-world event. Groups of two or more are
written through `Store.replace_merged_events`; a lone report stays the event it already is.
The merge is recomputed over the whole store, so its result does not depend on the order in
which articles arrived, and `explain` re-derives why an event was merged from its sources.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from eventwire.aggregate.corpus_merge import explain, merge_reports
from eventwire.aggregate.corpus_reports import MergedEvent as CorpusEvent
from eventwire.aggregate.corpus_reports import SourceReport, reports_from_document
from eventwire.document_reader import document_from_dict
from eventwire.model import Claim, Event
from eventwire.store.store import MergedEvent, SourceRef, Store


@dataclass(frozen=True)
class MergeSummary:
    reports: int
    events: int  # real-world events after merging
    merged: int  # of those, built from two or more reports

    def line(self) -> str:
        return f"{self.reports} reports → {self.events} events ({self.merged} merged)"


def merge_store(store: Store) -> MergeSummary:
    """Merge every stored report of one event into one event; returns what it did."""
    refs: dict[str, SourceRef] = {}
    reports: list[SourceReport] = []
    for ref, report in _stored_reports(store):
        refs[_key(report)] = ref
        reports.append(report)
    merged = merge_reports(reports)
    several = [m for m in merged if len(m.sources) > 1]
    store.replace_merged_events(
        MergedEvent(
            id=m.id,
            event=_as_event(m),
            sources=tuple(refs[_key(s)] for s in m.sources),
            claimed_by="; ".join(m.claimed_by) or None,
        )
        for m in several
    )
    return MergeSummary(reports=len(reports), events=len(merged), merged=len(several))


def explain_event(store: Store, event_id: str) -> str | None:
    """Why the stored event `event_id` is what it is: its merge explanation, re-derived from
    its source reports, or None when no event has that id."""
    sources = {(s["article_id"], s["position"]) for s in store.event_sources(event_id)}
    if not sources:
        return None
    reports = [
        report
        for ref, report in _stored_reports(store, {a for a, _ in sources})
        if (ref.article_id, ref.position) in sources
    ]
    merged = merge_reports(reports)
    chosen = [event for event in merged if event.id == event_id] or merged
    return "\n\n".join(explain(event) for event in chosen)


def _stored_reports(
    store: Store, article_ids: set[str] | None = None
) -> Iterator[tuple[SourceRef, SourceReport]]:
    for article_id, payload in store.documents():
        if article_ids is not None and article_id not in article_ids:
            continue
        document = document_from_dict(payload, f"stored article {article_id}")
        for position, report in enumerate(reports_from_document(document)):
            # Stored ids are content hashes: two versions of one article never collide.
            yield SourceRef(article_id, position), replace(report, article_id=article_id)


def _key(report: SourceReport) -> str:
    return f"{report.article_id}:{report.event.id}"


def _as_event(merged: CorpusEvent) -> Event:
    """The reconciled values as an Event; evidence and trigger are the first source's."""
    first = merged.sources[0].event
    return Event(
        id=merged.id,
        type=merged.type,
        actors=merged.actors,
        targets=merged.targets,
        location=merged.location,
        date=merged.date,
        weapons=merged.weapons,
        fatalities=merged.fatalities,
        quantity=first.quantity,
        claim=Claim(attribution=None, status=merged.claim_status),
        evidence=first.evidence,
        confidence=max(s.event.confidence for s in merged.sources),
        trigger=first.trigger,
        geo_precision=merged.geo_precision,
    )
