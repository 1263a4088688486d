"""Events as CSV with ACLED's column names and order, then eventwire's provenance columns.

Analysts' scripts written for ACLED exports read this file unchanged: the first 31 columns
are ACLED's, filled from eventwire's fields the way ACLED's codebook defines them (numeric
actor-type codes in inter1/inter2, a two-digit interaction, 0 fatalities when none are
reported). The columns after them say where each event came from.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from datetime import date, datetime
from typing import IO, Any

from eventwire.export.countries import country_facts
from eventwire.store.query import EventRecord

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
PROVENANCE_COLUMNS = (
    "claim_status",
    "claimed_by",
    "evidence",
    "source_count",
    "eventwire_type",
    "plover_type",
    "event_id",
)
CSV_COLUMNS = ACLED_COLUMNS + PROVENANCE_COLUMNS

# eventwire actor sector → ACLED's numeric actor type (1 state forces, 2 rebel groups,
# 3 political militias, 4 identity militias, 5 rioters, 6 protesters, 7 civilians,
# 8 external/other forces).
_INTER_BY_SECTOR = {
    "MIL": 1,
    "GOV": 1,
    "COP": 1,
    "JUD": 1,
    "SPY": 1,
    "REB": 2,
    "INS": 2,
    "MIL_PARA": 3,
    "ETH": 4,
    "RIOT": 5,
    "PRT": 6,
    "OPP": 6,
    "CIV": 7,
    "MED": 7,
    "JRN": 7,
    "LAB": 7,
    "REL": 7,
    "EDU": 7,
    "BUS": 7,
    "IGO": 8,
    "NGO": 8,
}
_DISORDER_BY_EVENT_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
_DISORDER_BY_SUB_TYPE = {
    "Violent demonstration": "Demonstrations",
    "Excessive force against protesters": "Political violence; Demonstrations",
}


def write_csv(records: Iterable[EventRecord], out: IO[str]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in records:
        row = acled_row(record)
        writer.writerow([row[c] for c in CSV_COLUMNS])
        count += 1
    return count


def acled_row(r: EventRecord) -> dict[str, Any]:
    """One event as ACLED's columns plus eventwire's, by column name."""
    facts = country_facts(r.country)
    inter1 = _INTER_BY_SECTOR.get(r.actor1_sector or "")
    inter2 = _INTER_BY_SECTOR.get(r.actor2_sector or "")
    prefix = facts.alpha3 if facts else ""
    return {
        "event_id_cnty": f"{prefix}{r.id}",
        "event_date": r.event_date or "",
        "year": r.event_date[:4] if r.event_date else "",
        "time_precision": time_precision(r),
        "disorder_type": _DISORDER_BY_SUB_TYPE.get(r.acled_sub_type or "")
        or _DISORDER_BY_EVENT_TYPE.get(r.acled_type or "", ""),
        "event_type": r.acled_type or "",
        "sub_event_type": r.acled_sub_type or "",
        "actor1": r.actor1 or "",
        "assoc_actor_1": r.assoc_actors1 or "",
        "inter1": inter1 if inter1 is not None else "",
        "actor2": r.actor2 or "",
        "assoc_actor_2": r.assoc_actors2 or "",
        "inter2": inter2 if inter2 is not None else "",
        "interaction": _interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting"
        if r.actor2_sector == "CIV" or r.acled_type == "Violence against civilians"
        else "",
        "iso": facts.numeric if facts and facts.numeric is not None else "",
        "region": facts.region or "" if facts else "",
        "country": facts.name if facts else "",
        "admin1": r.admin1 or "",
        "admin2": "",
        "admin3": "",
        "location": r.location_name or "",
        "latitude": r.lat if r.lat is not None else "",
        "longitude": r.lon if r.lon is not None else "",
        "geo_precision": r.geo_precision if r.geo_precision is not None else "",
        "source": r.article_source or _host(r.article_url),
        "source_scale": "",
        "notes": r.evidence_text,
        # ACLED codes "no fatalities reported" as 0.
        "fatalities": r.killed or 0,
        "tags": r.weapons or "",
        "timestamp": _timestamp(r.stored_at),
        "claim_status": r.claim_status,
        "claimed_by": r.claimed_by or "",
        "evidence": r.evidence_text,
        "source_count": r.source_count,
        "eventwire_type": r.eventwire_type,
        "plover_type": r.plover_type or "",
        "event_id": r.id,
    }


def time_precision(r: EventRecord) -> int | str:
    """ACLED's 1 (the day), 2 (within a week) or 3 (a month or vaguer); blank if undated."""
    if r.event_date is None:
        return ""
    if r.date_precision == "day":
        return 1
    if r.date_earliest and r.date_latest:
        span = (date.fromisoformat(r.date_latest) - date.fromisoformat(r.date_earliest)).days
        return 1 if span < 1 else 2 if span <= 7 else 3
    return 2 if r.date_precision == "week" else 3


def _interaction(inter1: int | None, inter2: int | None) -> int | str:
    if inter1 is None:
        return ""
    if inter2 is None:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _host(url: str | None) -> str:
    if not url:
        return ""
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _timestamp(stored_at: str) -> int | str:
    try:
        return int(datetime.fromisoformat(stored_at).timestamp())
    except ValueError:
        return ""
