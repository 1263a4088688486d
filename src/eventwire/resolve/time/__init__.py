"""Temporal expressions: find them (TIMEX3 spans) and normalise them to calendar values.

`tag_times` is rule-based: compiled patterns for dates, relative expressions, durations and
sets, normalised against the publication date. `find_dateline_date` reads the date an
article states at its head.
"""

from __future__ import annotations

from eventwire.resolve.time.dateline import find_dateline_date
from eventwire.resolve.time.tagger import tag_times

UNRESOLVED_WARNING = "no publication date: relative dates left unresolved"


def describe_unresolved() -> str:
    """The document warning for articles whose relative dates had no anchor."""
    return UNRESOLVED_WARNING


__all__ = ["UNRESOLVED_WARNING", "describe_unresolved", "find_dateline_date", "tag_times"]
