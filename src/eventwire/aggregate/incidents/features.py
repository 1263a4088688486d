"""The features of a candidate incident: what the record says and cues in its sentence.

Rules become features here and the incident model (`model.py` beside this) weighs them: no one
cue decides. The cue vocabulary is data (`data/incident_cues.tsv`), each row with the pattern it
stands for.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from eventwire.model import Event

CUES_FILE = "incident_cues.tsv"
# ACLED codes an incident mentioned more than this long before the report as background.
BACKGROUND_DAYS = 30
# Casualty counts above this are more often totals than one incident's toll.
INCIDENT_TOLL_MAX = 50
_WORDS = re.compile(r"\w+")
_WIDE_KINDS = frozenset({"admin1", "admin2", "region", "water"})


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


def incident_features(event: Event, published: date | None) -> dict[str, float]:
    """Named features of one record, 1.0 when present (absent features are left out)."""
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
    add("sentence:long", len(_WORDS.findall(sentence)) > 40)
    for cue in cues():
        text = sentence if cue.where == "sentence" else trigger
        add(cue.feature, cue.pattern.search(text) is not None)
    return found
