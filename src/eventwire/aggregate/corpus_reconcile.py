"""One value per field from several reports of one event, each by a stated rule.

- fatalities: the lowest count any source reports (ACLED's conservative rule), the highest
  kept as the top of the range;
- date: the days every report allows (the intersection of their ranges);
- location: the most precise place (lowest geo precision, then the most specific kind);
- type: the label most reports give;
- claim: the strongest assertion any source makes, with every claimant kept;
- actors, targets, weapons: everything any source names.
Each rule writes one provenance line naming every source's own value.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from eventwire.aggregate.corpus_rules import PreparedReport
from eventwire.model import Actor, ClaimStatus, EventDate, EventType, Fatalities, Place, Weapon

# From the most hedged to the firmest assertion (the same scale the in-article merge uses).
CLAIM_STRENGTH: tuple[ClaimStatus, ...] = (
    "denied",
    "disputed",
    "possible",
    "planned",
    "alleged",
    "claimed",
    "reported",
    "asserted",
)


@dataclass(frozen=True)
class Reconciled:
    type: EventType
    location: Place | None
    geo_precision: int | None
    date: EventDate
    actors: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    fatalities: Fatalities
    weapons: tuple[Weapon, ...]
    claim_status: ClaimStatus
    claimed_by: tuple[str, ...]
    provenance: tuple[str, ...]


def reconcile(members: Sequence[PreparedReport]) -> Reconciled:
    """The merged fields of reports already judged to be one event (in report-id order)."""
    lines: list[str] = []
    event_type = _type(members, lines)
    location, precision = _location(members, lines)
    event_date = _date(members, lines)
    killed, killed_max = _count(members, "killed", lambda r: _pair(r, "killed"), lines)
    injured, injured_max = _count(members, "injured", lambda r: _pair(r, "injured"), lines)
    status, claimants = _claim(members, lines)
    return Reconciled(
        type=event_type,
        location=location,
        geo_precision=precision,
        date=event_date,
        actors=_unique_actors(a for m in members for a in m.report.event.actors),
        targets=_unique_actors(t for m in members for t in m.report.event.targets),
        fatalities=Fatalities(killed, killed_max, injured, injured_max),
        weapons=tuple(
            {
                (w.system or w.text).lower(): w for m in members for w in m.report.event.weapons
            }.values()
        ),
        claim_status=status,
        claimed_by=claimants,
        provenance=tuple(lines),
    )


def _type(members: Sequence[PreparedReport], lines: list[str]) -> EventType:
    votes = Counter(m.report.event.type.eventwire for m in members)
    # Most votes; ties go to the most precise report (members come most precise first).
    best = max(votes, key=lambda label: votes[label])
    chosen = next(m.report.event.type for m in members if m.report.event.type.eventwire == best)
    given = ", ".join(f"{m.report.event.type.eventwire} ({m.report.label})" for m in members)
    lines.append(f"type = {best}: the label most sources give, of {given}")
    return chosen


def _location(
    members: Sequence[PreparedReport], lines: list[str]
) -> tuple[Place | None, int | None]:
    placed = [m for m in members if m.place is not None]
    if not placed:
        return None, None
    best = min(placed, key=lambda m: (m.precision or 9, -(m.place.specificity if m.place else 0)))
    assert best.place is not None
    given = ", ".join(
        f"{m.place.name} (precision {m.precision}, {m.report.label}"
        + (", named in its sentence)" if m.report.event.location is None else ")")
        for m in placed
        if m.place
    )
    lines.append(f"location = {best.place.name}: the most precise of {given}")
    return best.place, best.precision


def _date(members: Sequence[PreparedReport], lines: list[str]) -> EventDate:
    # Dates the articles state beat the publication-day fallback.
    basis = [m for m in members if m.date_basis in ("stated", "value")] or [
        m for m in members if m.earliest is not None
    ]
    if not basis:
        return EventDate(None, None, None, None)
    first = max(m.earliest for m in basis if m.earliest)
    last = min(m.latest for m in basis if m.latest)
    rule = "the days every source allows"
    if first > last:  # cannot happen for pairwise-overlapping ranges, kept as a guard
        first = last = min(m.earliest for m in basis if m.earliest)
        rule = "the earliest day, as the sources' ranges do not meet"
    text = next((m.report.event.date.text for m in basis if m.report.event.date.text), None)
    value = first.isoformat() if first == last else None
    span = value or f"{first.isoformat()}..{last.isoformat()}"
    given = ", ".join(
        f"{_days(m)} ({m.report.label}{'' if m.date_basis != 'publication' else ', published'})"
        for m in members
    )
    lines.append(f"date = {span}: {rule}, of {given}")
    return EventDate(value, first, last, text, "day" if value else "range")


def _days(m: PreparedReport) -> str:
    if m.earliest is None or m.latest is None:
        return "no date"
    if m.earliest == m.latest:
        return m.earliest.isoformat()
    return f"{m.earliest.isoformat()}..{m.latest.isoformat()}"


def _pair(m: PreparedReport, field: str) -> tuple[int | None, int | None]:
    f = m.report.event.fatalities
    return (f.killed, f.killed_max) if field == "killed" else (f.injured, f.injured_max)


def _count(
    members: Sequence[PreparedReport],
    field: str,
    counts: Callable[[PreparedReport], tuple[int | None, int | None]],
    lines: list[str],
) -> tuple[int | None, int | None]:
    reported = [(m, *counts(m)) for m in members if counts(m)[0] is not None]
    if not reported:
        return None, None
    low = min(lo for _, lo, _ in reported if lo is not None)
    high = max(hi if hi is not None else lo or 0 for _, lo, hi in reported)
    given = ", ".join(
        f"{lo if hi is None else f'{lo}-{hi}'} ({m.report.label})" for m, lo, hi in reported
    )
    lines.append(
        f"fatalities.{field} = {low}"
        + (f" (up to {high})" if high > low else "")
        + f": the lowest of {given}, ACLED's conservative rule"
    )
    return low, (high if high > low else None)


def _claim(
    members: Sequence[PreparedReport], lines: list[str]
) -> tuple[ClaimStatus, tuple[str, ...]]:
    status = max(
        (m.report.event.claim.status for m in members), key=lambda s: CLAIM_STRENGTH.index(s)
    )
    claimants = tuple(dict.fromkeys(m.report.claimant for m in members if m.report.claimant))
    given = ", ".join(f"{m.report.event.claim.status} ({m.report.label})" for m in members)
    lines.append(
        f"claim = {status}: the strongest assertion of {given}"
        + (f"; claimed by {', '.join(claimants)}" if claimants else "")
    )
    return status, claimants


def _unique_actors(actors: Iterable[Actor]) -> tuple[Actor, ...]:
    seen: dict[tuple[str | None, str | None], Actor] = {}
    for actor in actors:
        key = (actor.country, actor.sector) if actor.country else (actor.name.lower(), actor.sector)
        seen.setdefault(key, actor)
    return tuple(seen.values())
