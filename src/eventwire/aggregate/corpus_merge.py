"""Merge reports of one event from many articles into one record that lists every source.

A report joins an event only when it is compatible with every report already in it (the rules
in `corpus_rules`), so one vague report cannot chain two distant strikes together. Reports are
taken most precise first, in a fixed order, so the result does not depend on input order. A
region- or country-level report that fits several events stays apart: it cannot say which.

Blocking keeps this near-linear: a report is only compared with events that share a day and
a map cell (for towns) or a day and a country (for regions); reports dated no closer than a
month are compared within their country and month.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Hashable, Iterator, Sequence
from datetime import date, timedelta

from eventwire.aggregate.corpus_reconcile import reconcile
from eventwire.aggregate.corpus_reports import MergedEvent, SourceReport, unique_reports
from eventwire.aggregate.corpus_rules import (
    PreparedReport,
    agreement,
    distance_km,
    incompatibility,
    prepare,
)
from eventwire.model import EventDate

# Reports dated to at most this many days are blocked by day; wider ones by month.
NARROW_DAYS = 31
# Map cells a little wider than the largest distance limit (25 km), in degrees of latitude.
_CELL_DEGREES = 0.3


def merge_reports(reports: Sequence[SourceReport]) -> list[MergedEvent]:
    """One MergedEvent per real-world event, ordered by date then id."""
    prepared = sorted(
        (prepare(r) for r in unique_reports(reports)),
        key=_processing_order,
    )
    clusters: list[list[PreparedReport]] = []
    reasons: list[list[str]] = []
    index = _BlockIndex()
    for report in prepared:
        if report.place is None or report.earliest is None:
            clusters.append([report])
            reasons.append([f"{report.report.label}: kept alone, it has no place or no date"])
            continue
        fitting = [c for c in index.candidates(report) if _fits_all(report, clusters[c])]
        chosen = _choose(report, fitting, clusters)
        if chosen is None:
            chosen = len(clusters)
            clusters.append([report])
            reasons.append([])
            if len(fitting) > 1:
                reasons[chosen].append(
                    f"{report.report.label}: kept alone, its place (precision 3) fits "
                    f"{len(fitting)} distinct events"
                )
        else:
            closest = min(clusters[chosen], key=lambda m: _gap(report, m))
            reasons[chosen].append(agreement(closest, report))
            clusters[chosen].append(report)
        index.add(chosen, report)
    merged = [_merged(members, why) for members, why in zip(clusters, reasons, strict=True)]
    return sorted(merged, key=lambda m: (m.date.earliest or date.max, m.id))


def explain(merged: MergedEvent) -> str:
    """Why the reports were merged and where each field came from, in plain words."""
    where = merged.location.name if merged.location else "no place"
    when = merged.date.value or (
        f"{merged.date.earliest}..{merged.date.latest}" if merged.date.earliest else "no date"
    )
    lines = [
        f"Event {merged.id}: {merged.type.eventwire} in {where}, {when}, "
        f"{len(merged.sources)} source report{'s' if len(merged.sources) != 1 else ''}",
        "",
        "Why these reports are one event:" if len(merged.sources) > 1 else "Merging:",
    ]
    lines += [f"  - {line}" for line in merged.explanation if not _is_provenance(line)]
    lines += ["", "Where each field comes from:"]
    lines += [f"  - {line}" for line in merged.explanation if _is_provenance(line)]
    lines += ["", "Sources (each with its own values):"]
    for source in merged.sources:
        event = source.event
        f = event.fatalities
        lines.append(
            f"  - {source.label} [{source.id}], published {source.published or 'unknown'}: "
            f"{event.type.eventwire}, {event.location.name if event.location else 'no place'}, "
            f"{event.date.value or 'no date'}, killed {f.killed if f.killed is not None else '-'}"
            f", {event.claim.status}"
            + (f" by {source.claimant}" if source.claimant else "")
            + f' — "{event.evidence.text.strip()}"'
        )
    return "\n".join(lines)


_PROVENANCE_PREFIXES = (
    "type = ",
    "location = ",
    "date = ",
    "fatalities.",
    "claim = ",
    "every field as ",
)


def _is_provenance(line: str) -> bool:
    return line.startswith(_PROVENANCE_PREFIXES)


def _processing_order(r: PreparedReport) -> tuple[int, int, date, str]:
    width = (r.latest - r.earliest).days if r.earliest and r.latest else 10**6
    return (r.precision or 9, width, r.earliest or date.max, r.report.id)


def _fits_all(report: PreparedReport, members: list[PreparedReport]) -> bool:
    return all(incompatibility(report, m) is None for m in members)


def _choose(
    report: PreparedReport,
    fitting: list[int],
    clusters: list[list[PreparedReport]],
) -> int | None:
    if not fitting:
        return None
    if len(fitting) == 1:
        return fitting[0]
    if report.precision == 3:
        return None  # "in Donetsk region" fits several strikes there: it cannot say which
    return min(fitting, key=lambda c: (min(_gap(report, m) for m in clusters[c]), c))


def _gap(a: PreparedReport, b: PreparedReport) -> float:
    if a.place is None or b.place is None:
        return math.inf
    return distance_km(a.place, b.place)


def _merged(members: list[PreparedReport], reasons: list[str]) -> MergedEvent:
    if len(members) == 1:
        return _single(members[0], reasons)
    ordered = sorted(members, key=lambda m: (m.precision or 9, m.report.id))
    fields = reconcile(ordered)
    ids = sorted(m.report.id for m in members)
    return MergedEvent(
        id=merged_id(ids),
        type=fields.type,
        location=fields.location,
        geo_precision=fields.geo_precision,
        date=fields.date,
        actors=fields.actors,
        targets=fields.targets,
        fatalities=fields.fatalities,
        weapons=fields.weapons,
        claim_status=fields.claim_status,
        claimed_by=fields.claimed_by,
        sources=tuple(sorted((m.report for m in members), key=lambda r: r.id)),
        explanation=(*reasons, *fields.provenance),
    )


def _single(member: PreparedReport, reasons: list[str]) -> MergedEvent:
    """A report no other joined: its own values, without the cost of reconciling."""
    report, event = member.report, member.report.event
    day = event.date
    if day.earliest is None and member.earliest is not None:
        day = EventDate(None, member.earliest, member.latest, None, "range")
    return MergedEvent(
        id=merged_id([report.id]),
        type=event.type,
        location=member.place,
        geo_precision=member.precision,
        date=day,
        actors=event.actors,
        targets=event.targets,
        fatalities=event.fatalities,
        weapons=event.weapons,
        claim_status=event.claim.status,
        claimed_by=(report.claimant,) if report.claimant else (),
        sources=(report,),
        explanation=(*reasons, f"every field as {report.label} reports it: the only source"),
    )


def merged_id(report_ids: Sequence[str]) -> str:
    """The id of the event the reports make: a hash of their sorted ids, stable across runs."""
    digest = hashlib.sha256("\n".join(sorted(report_ids)).encode("utf-8"))
    return digest.hexdigest()[:16]


class _BlockIndex:
    """Which events a new report could belong to, by day and map cell or day and country."""

    def __init__(self) -> None:
        self._blocks: dict[Hashable, set[int]] = {}

    def candidates(self, r: PreparedReport) -> list[int]:
        found: set[int] = set()
        blocks = self._blocks
        for key in _lookup_keys(r):
            block = blocks.get(key)
            if block:
                found |= block
        return sorted(found)

    def add(self, cluster: int, r: PreparedReport) -> None:
        blocks = self._blocks
        for key in _own_keys(r):
            block = blocks.get(key)
            if block is None:
                blocks[key] = {cluster}
            else:
                block.add(cluster)


def _own_keys(r: PreparedReport) -> list[Hashable]:
    country = _country(r)
    if not _narrow(r):
        return [("wide", country, month) for month in _months(r)]
    keys: list[Hashable] = [("month", country, month) for month in _months(r)]
    if r.precision == 3:
        keys += [("coarse", country, day) for day in _days(r)]
        return keys
    cell = _cell(r)
    for day in _days(r):
        keys.append(("precise", country, day))
        keys.append((day, *cell))
    return keys


def _lookup_keys(r: PreparedReport) -> list[Hashable]:
    country = _country(r)
    months = list(_months(r))
    keys: list[Hashable] = [("wide", country, month) for month in months]
    if not _narrow(r):
        keys += [("month", country, month) for month in months]
        return keys
    cells = None if r.precision == 3 else _neighbour_cells(r)
    for day in _days(r):
        keys.append(("coarse", country, day))
        if cells is None:
            keys.append(("precise", country, day))
        else:
            keys += [(day, *cell) for cell in cells]
    return keys


def _country(r: PreparedReport) -> str | None:
    return r.place.country_code if r.place else None


def _narrow(r: PreparedReport) -> bool:
    assert r.earliest is not None and r.latest is not None
    return (r.latest - r.earliest).days < NARROW_DAYS


def _days(r: PreparedReport) -> Iterator[date]:
    assert r.earliest is not None and r.latest is not None
    day = r.earliest
    while day <= r.latest:
        yield day
        day += timedelta(days=1)


def _months(r: PreparedReport) -> Iterator[tuple[int, int]]:
    assert r.earliest is not None and r.latest is not None
    year, month = r.earliest.year, r.earliest.month
    while (year, month) <= (r.latest.year, r.latest.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _cell(r: PreparedReport) -> tuple[int, int]:
    assert r.place is not None
    row = math.floor(r.place.lat / _CELL_DEGREES)
    return row, _column(r.place.lon, row)


def _column(lon: float, row: int) -> int:
    # Cells keep about the same width in km at every latitude: columns narrow toward the poles.
    shrink = max(math.cos(math.radians((row + 0.5) * _CELL_DEGREES)), 0.05)
    return math.floor(lon * shrink / _CELL_DEGREES)


def _neighbour_cells(r: PreparedReport) -> list[tuple[int, int]]:
    assert r.place is not None
    row = math.floor(r.place.lat / _CELL_DEGREES)
    cells = []
    for near_row in (row - 1, row, row + 1):
        column = _column(r.place.lon, near_row)
        cells += [(near_row, column - 1), (near_row, column), (near_row, column + 1)]
    return cells
