"""The date of an event from the time its clause names."""

from __future__ import annotations

from datetime import date

from eventwire.model import (
    EventDate,
    Time,
)


def event_date(time: Time | None, published: date | None) -> EventDate:
    if time is None:
        # No time in the clause: it happened before the report, no more is known.
        return EventDate(None, None, published, None)
    value = time.value if not time.value.startswith("X") else None
    return EventDate(value, time.earliest, time.latest, time.span.text, time.precision)
