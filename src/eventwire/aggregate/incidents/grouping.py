"""One record per incident: the sentences that tell of one incident join one record.

ACLED's unit is incident × sub-type × place × day. Reports tell one strike in several sentences
(the strike, the dead, the rescue, the governor's words); each sentence gave a record. Two
records are one incident when their ACLED types agree (or one only counts the victims of the
other), their places and days do not conflict, and either they name the same place or the later
one names none and follows closely. Records split from one sentence ("Kharkiv, Poltava and Odesa
regions") stay apart: one per place hit.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from eventwire.aggregate.merge import combine_events, places_nest
from eventwire.model import Event, Place, Span

# How many sentences after an incident's last mention a placeless record may follow and still
# tell of it ("Three people were killed." after the strike).
FOLLOW_SENTENCES = 3
# Words that report only the victims: such a record is the toll of the violent incident before it.
_TOLL_WORDS = frozenset(
    {"killed", "wounded", "injured", "died", "dead", "killing", "deaths", "casualties", "hurt"}
)


def group_incidents(events: Sequence[Event], sentences: Sequence[Span]) -> list[Event]:
    starts = [s.start for s in sentences]

    def index(event: Event) -> int:
        return bisect_right(starts, event.evidence.start) - 1

    groups: list[tuple[Event, int]] = []  # (record so far, index of its last sentence)
    for event in sorted(events, key=lambda e: e.evidence.start):
        at = index(event)
        target = _group_for(event, at, groups)
        if target is None:
            groups.append((replace(event, mentions=(event.evidence,)), at))
            continue
        kept, _ = groups[target]
        joined, _warning = combine_events(kept, event)
        mentions = _unique_spans([*kept.mentions, event.evidence])
        primary = kept if joined.evidence == kept.evidence else event
        groups[target] = (
            replace(
                joined,
                type=primary.type if _is_toll(event) else joined.type,
                mentions=tuple(sorted(mentions, key=lambda s: s.start)),
                incident=kept.incident,
            ),
            max(at, groups[target][1]),
        )
    return [record for record, _ in groups]


def _group_for(event: Event, at: int, groups: Sequence[tuple[Event, int]]) -> int | None:
    """The group this record joins, the most recent first; None when it is a new incident."""
    for i in range(len(groups) - 1, -1, -1):
        kept, last = groups[i]
        if not _same_kind(kept, event):
            continue
        if kept.evidence == event.evidence:
            continue  # one sentence, two places (or two sub-types): kept apart on purpose
        if not _same_days(kept, event):
            continue
        if event.location is not None and kept.location is not None:
            if _same_place(kept.location, event.location):
                return i
            continue
        if 0 <= at - last <= FOLLOW_SENTENCES:
            return i
    return None


def _same_kind(kept: Event, event: Event) -> bool:
    if kept.type.acled == event.type.acled:
        return kept.type.acled_sub == event.type.acled_sub or _is_toll(event)
    # The dead of a strike are told as killings: they belong to the strike.
    return _is_toll(event) and kept.type.acled in ("Explosions/Remote violence", "Battles")


def _is_toll(event: Event) -> bool:
    trigger = (event.trigger.text if event.trigger else "").lower()
    return trigger in _TOLL_WORDS and event.type.acled == "Violence against civilians"


def _same_place(a: Place, b: Place) -> bool:
    """One place, or a town and the region it lies in (two towns of one region are two)."""
    regions = ("admin1", "admin2", "region")
    return places_nest(a, b) and (
        a.kind == b.kind or a.name == b.name or a.kind in regions or b.kind in regions
    )


def _same_days(a: Event, b: Event) -> bool:
    if a.date.text is None or b.date.text is None:
        return True
    if None in (a.date.earliest, a.date.latest, b.date.earliest, b.date.latest):
        return True
    assert a.date.earliest and a.date.latest and b.date.earliest and b.date.latest
    return a.date.earliest <= b.date.latest and b.date.earliest <= a.date.latest


def _unique_spans(spans: Sequence[Span]) -> list[Span]:
    return list({(s.start, s.end): s for s in spans}.values())
