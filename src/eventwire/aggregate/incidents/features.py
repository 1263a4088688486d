"""The features of a candidate incident: what the record says and cues in its sentence.

Rules become features here and the incident model (`model.py` beside this) weighs them: no one
cue decides. The cue vocabulary is data (`data/incident_cues.tsv`), each row with the pattern it
stands for.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from eventwire.model import LOCAL_PLACE_KINDS, Event, Place

CUES_FILE = "incident_cues.tsv"
# ACLED codes an incident mentioned more than this long before the report as background.
BACKGROUND_DAYS = 30
# Casualty counts above this are more often totals than one incident's toll.
INCIDENT_TOLL_MAX = 50
_WORDS = re.compile(r"\w+")
_WIDE_KINDS = frozenset({"admin1", "admin2", "region", "water"})
_AROUND_CHARS = 40


@dataclass(frozen=True)
class Cue:
    feature: str
    where: str  # "sentence" or "trigger"
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    text = resources.files("eventwire.data").joinpath(CUES_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
    return tuple(
        Cue(row["feature"], row["where"], re.compile(row["pattern"], re.I)) for row in rows
    )


def home_country(places: Sequence[Place]) -> str | None:
    """The alpha-2 country most of the article's towns and regions are in: where its
    incidents are; a place elsewhere is more often a comparison ("the bombing of Dresden")."""
    counts = Counter(
        p.country_code for p in places if p.kind in LOCAL_PLACE_KINDS and p.country_code is not None
    )
    found = counts.most_common(1)
    return found[0][0] if found else None


def incident_features(
    event: Event, published: date | None, home: str | None = None
) -> dict[str, float]:
    """Named features of one record, 1.0 when present (absent features are left out).

    `home`: the article's country (`home_country`)."""
    found: dict[str, float] = {}

    def add(name: str, on: bool = True) -> None:
        if on:
            found[name] = 1.0

    status = event.claim.status
    add(f"claim:{status}", status in ("planned", "possible", "denied", "disputed"))
    add(f"type:{event.type.acled}")
    place = event.location
    if place is None:
        add("place:none")
    elif place.kind == "country":
        add("place:country")
    elif place.kind in _WIDE_KINDS or event.geo_precision == 3:
        add("place:region")
    else:
        add("place:settlement")
    if place is not None and home is not None and place.country_code is not None:
        add("place:far", place.country_code != home)
    when = event.date
    add("date:text", when.text is not None)
    add("date:day", when.earliest is not None and when.earliest == when.latest)
    if published is not None and when.latest is not None and when.text is not None:
        add("date:old", when.latest < published - timedelta(days=BACKGROUND_DAYS))
    killed = event.fatalities.killed
    injured = event.fatalities.injured
    toll = max(killed or 0, injured or 0)
    add("toll:small", 0 < toll <= INCIDENT_TOLL_MAX)
    add("toll:large", toll > INCIDENT_TOLL_MAX)
    add("actor", bool(event.actors))
    add("actor:country", any(a.country for a in event.actors))
    add("weapon", bool(event.weapons))
    sentence = event.evidence.text
    trigger = event.trigger.text if event.trigger else ""
    add("trigger:noun-ing", trigger.lower().endswith("ing"))
    for tag in (event.trigger_form or "").split():
        add(f"form:{tag}")
    add("sentence:long", len(_WORDS.findall(sentence)) > 40)
    texts = {"sentence": sentence, "trigger": trigger, **_around_trigger(event)}
    for cue in cues():
        add(cue.feature, cue.pattern.search(texts.get(cue.where, "")) is not None)
    # An incident is a place and a time together: each alone is much weaker evidence.
    placed = "place:settlement" in found or "place:region" in found
    timed = "date:text" in found or "recent_time" in found
    add("placed+timed", placed and timed)
    add("placed-untimed", placed and not timed)
    add("timed-unplaced", timed and not placed)
    return found


def _around_trigger(event: Event) -> dict[str, str]:
    """The few words before and after the trigger, inside its sentence."""
    if event.trigger is None:
        return {}
    offset = event.trigger.start - event.evidence.start
    if not 0 <= offset <= len(event.evidence.text):
        return {}
    end = offset + len(event.trigger.text)
    return {
        "before": event.evidence.text[max(0, offset - _AROUND_CHARS) : offset],
        "after": event.evidence.text[end : end + _AROUND_CHARS],
    }
