"""Article-level events (`eventwire eval articles`): the records an analyst would code.

The gold (`events/articles-dev`, written to `shared/spec/event-annotation.md`) lists each codable
incident of an article once, with every sentence about it as a mention. A predicted record takes
part when its ACLED type is one the guideline codes; it matches the first unused gold event of
its article whose ACLED type is the same and one of whose mentions its evidence overlaps
(records in order of confidence, one-to-one, so a second record for one incident is a false
positive). A record that only matches a background incident counts neither way. On matched pairs:
sub-type, location (≤ 25 km, or the same admin1 where either side only knows the region), date
(the predicted range inside the gold range ±1 day), actor1 country, fatalities and claim status.
The figures equal `score.py articles` on the same predictions.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from eventwire.aggregate.incidents import is_coded
from eventwire.evaluate.figures import Figures, Records
from eventwire.evaluate.matching import f1, great_circle_km, overlaps
from eventwire.model import EventType

LOCATION_KM = 25.0
_ADMIN_WORDS = re.compile(
    r"\b(oblast|region|province|governorate|city|state|raion|republic|of)\b|[^a-z]"
)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def is_scored(event_type: Mapping[str, Any]) -> bool:
    """A record of a type the guideline codes (the incident stage's own definition)."""
    return is_coded(
        EventType(
            eventwire=str(event_type.get("eventwire") or ""),
            acled=event_type.get("acled"),
            acled_sub=event_type.get("acled_sub"),
        )
    )


def evidence_spans(event: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The record's evidence: one span, or a list of spans (the reference reads no other field,
    so a record's further `mentions` do not widen its match)."""
    value = event.get("evidence")
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, Mapping) and "start" in item]


def same_admin1(a: str | None, b: str | None) -> bool:
    """Region names agree across spellings and suffixes ('Zaporizhia' ~ 'Zaporizhzhia Oblast')."""
    if not a or not b:
        return False
    x, y = _ADMIN_WORDS.sub("", a.lower()), _ADMIN_WORDS.sub("", b.lower())
    if not x or not y:
        return False
    return x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8


def _day_range(value: Mapping[str, Any] | None) -> tuple[str, str] | None:
    value = value or {}
    low = str(value.get("earliest") or value.get("value") or "")[:10]
    high = str(value.get("latest") or value.get("value") or "")[:10]
    if _DAY.fullmatch(low) and _DAY.fullmatch(high):
        return low, high
    return None


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def _location_right(gold: Mapping[str, Any], event: Mapping[str, Any]) -> bool:
    where = event.get("location") or {}
    if where.get("lat") is not None:
        distance = great_circle_km((gold["lat"], gold["lon"]), (where["lat"], where["lon"]))
        if distance <= LOCATION_KM:
            return True
    if 3 not in (gold.get("precision"), event.get("geo_precision")):
        return False
    if same_admin1(gold.get("admin1"), where.get("admin1")):
        return True
    # A gold event placed only in a country: the country is what there is to get right.
    country = str(where.get("country") or "")
    return (
        gold.get("precision") == 3
        and not gold.get("admin1")
        and bool(country)
        and country[:2] == str(gold.get("country") or "")[:2]
    )


def _date_right(gold: tuple[str, str], event: Mapping[str, Any]) -> bool:
    predicted = _day_range(event.get("date"))
    return (
        predicted is not None
        and predicted[0] >= _shift(gold[0], -1)
        and predicted[1] <= _shift(gold[1], 1)
    )


def _scored_events(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    events = [e for e in document.get("events") or [] if is_scored(e.get("type") or {})]
    return sorted(events, key=lambda e: -(e.get("confidence") or 0))


def _hits(event: Mapping[str, Any], gold_event: Mapping[str, Any]) -> bool:
    if gold_event.get("acled_type") != (event.get("type") or {}).get("acled"):
        return False
    return any(
        overlaps(span, mention)
        for span in evidence_spans(event)
        for mention in gold_event.get("mentions") or []
    )


def match_article(
    gold: Mapping[str, Any], document: Mapping[str, Any]
) -> Iterator[tuple[Mapping[str, Any], Mapping[str, Any] | None, str]]:
    """(record, gold event or None, outcome) for each scored record: 'match', 'background' or
    'false'; then (gold event, None, 'missed') for each gold event no record matched."""
    free: list[Mapping[str, Any]] = list(gold.get("events") or [])
    background: Sequence[Mapping[str, Any]] = gold.get("background") or []
    for event in _scored_events(document):
        found = next((g for g in free if _hits(event, g)), None)
        if found is not None:
            free.remove(found)
            yield event, found, "match"
        elif any(_hits(event, b) for b in background):
            yield event, None, "background"
        else:
            yield event, None, "false"
    for missed in free:
        yield missed, None, "missed"


def score_articles(gold: Records, predicted: Records) -> Figures:
    matched = false = missed = ignored = 0
    right: dict[str, list[int]] = defaultdict(lambda: [0, 0])

    def count(field: str, ok: bool) -> None:
        right[field][0] += ok
        right[field][1] += 1

    for doc_id, record in gold.items():
        for event, gold_event, outcome in match_article(record, predicted.get(doc_id, {})):
            if outcome == "false":
                false += 1
            elif outcome == "background":
                ignored += 1
            elif outcome == "missed":
                missed += 1
            else:
                assert gold_event is not None
                matched += 1
                _count_fields(event, gold_event, count)
    precision = matched / (matched + false) if matched + false else 0.0
    recall = matched / (matched + missed) if matched + missed else 0.0
    figures: Figures = {
        "gold_events": matched + missed,
        "predicted": matched + false,
        "matched": matched,
        "background_ignored": ignored,
        "precision": precision,
        "recall": recall,
        "f1": f1(precision, recall),
    }
    figures.update(
        {f"{field}_acc": ok / n if n else 0.0 for field, (ok, n) in sorted(right.items())}
    )
    return figures


def _count_fields(event: Mapping[str, Any], gold_event: Mapping[str, Any], count: Any) -> None:
    event_type = event.get("type") or {}
    count("sub", event_type.get("acled_sub") == gold_event.get("acled_sub"))
    gold_place = gold_event.get("location") or {}
    if gold_place.get("lat") is not None:
        count("location", _location_right(gold_place, event))
    gold_days = _day_range(gold_event.get("date"))
    if gold_days:
        count("date", _date_right(gold_days, event))
    actor1 = (gold_event.get("actor1") or {}).get("country")
    if actor1:
        count("actor1_country", any(a.get("country") == actor1 for a in event.get("actors") or []))
    killed = (event.get("fatalities") or {}).get("killed")
    count("fatalities", killed == gold_event.get("fatalities"))
    status = (gold_event.get("claim") or {}).get("status")
    if status:
        count("claim_status", (event.get("claim") or {}).get("status") == status)
