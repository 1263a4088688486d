"""Scores of an article's main event: its type (CASE 2021) and its location (event_location).

The main event is the one eventwire is most confident of; an article without events has none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import f1, overlaps

# CASE 2021 task 2 labels by ACLED sub-event type name (the ACLED part of its label set).
CASE_BY_ACLED_SUB = {
    "Abduction/forced disappearance": "ABDUCT_DISSAP",
    "Agreement": "AGREEMENT",
    "Air/drone strike": "AIR_STRIKE",
    "Armed clash": "ARMED_CLASH",
    "Arrests": "ARREST",
    "Attack": "ATTACK",
    "Change to group/activity": "CHANGE_TO_GROUP_ACT",
    "Chemical weapon": "CHEM_WEAP",
    "Disrupted weapons use": "DISR_WEAP",
    "Excessive force against protesters": "FORCE_AGAINST_PROTEST",
    "Government regains territory": "GOV_REGAINS_TERIT",
    "Grenade": "GRENADE",
    "Headquarters or base established": "HQ_ESTABLISHED",
    "Looting/property destruction": "PROPERTY_DISTRUCT",
    "Mob violence": "MOB_VIOL",
    "Non-state actor overtakes territory": "NON_STATE_ACTOR_OVERTAKES_TER",
    "Non-violent transfer of territory": "NON_VIOL_TERRIT_TRANSFER",
    "Other": "OTHER",
    "Peaceful protest": "PEACE_PROTEST",
    "Protest with intervention": "PROTEST_WITH_INTER",
    "Remote explosive/landmine/IED": "REM_EXPLOS",
    "Sexual violence": "SEX_VIOL",
    "Shelling/artillery/missile attack": "ART_MISS_ATTACK",
    "Suicide bomb": "SUIC_BOMB",
    "Violent demonstration": "VIOL_DEMONSTR",
}

# The "unseen" CASE 2021 labels, by eventwire's own type for what ACLED does not code.
CASE_BY_EVENTWIRE_TYPE = {
    "natural disaster": "NATURAL_DISASTER",
    "man-made disaster": "MAN_MADE_DISASTER",
    "organized crime": "ORG_CRIME",
    "statement": "DIPLO",
    "threat": "DIPLO",
    "sanction": "DIPLO",
    "accusation": "ATTRIB",
    "claim of responsibility": "ATTRIB",
    "denial": "ATTRIB",
}

NO_EVENT = "OTHER"
CONFUSIONS_SHOWN = 8


def main_event(document: Mapping[str, Any] | None) -> Mapping[str, Any] | None:
    """The most confident event (the first of equals), or None."""
    events = (document or {}).get("events") or []
    if not events:
        return None
    return max(events, key=lambda e: e.get("confidence") or 0)  # type: ignore[no-any-return]


def case_label(event: Mapping[str, Any] | None) -> str:
    if not event:
        return NO_EVENT
    type_ = event.get("type") or {}
    return (
        CASE_BY_ACLED_SUB.get(type_.get("acled_sub") or "")
        or CASE_BY_EVENTWIRE_TYPE.get((type_.get("eventwire") or "").lower())
        or NO_EVENT
    )


def score_case(gold: Records, predicted: Records) -> Figures:
    """Accuracy, macro F1 and support-weighted F1 over the gold labels, and top confusions."""
    pairs = [
        (record["label"], case_label(main_event(predicted.get(doc_id))))
        for doc_id, record in gold.items()
    ]
    n = len(pairs)
    support = Counter(g for g, _ in pairs)
    per_label: dict[str, float] = {}
    for label in sorted(support):
        tp = sum(g == label and p == label for g, p in pairs)
        fp = sum(g != label and p == label for g, p in pairs)
        fn = sum(g == label and p != label for g, p in pairs)
        precision = tp / (tp + fp) if tp + fp else 0
        recall = tp / (tp + fn) if tp + fn else 0
        per_label[label] = f1(precision, recall)
    confusions = Counter(f"{g}->{p}" for g, p in pairs if g != p)
    return {
        "n": n,
        "missing_docs": missing_docs(gold, predicted),
        "accuracy": sum(g == p for g, p in pairs) / n if n else 0.0,
        "weighted_f1": sum(per_label[lab] * support[lab] for lab in per_label) / n if n else 0.0,
        "macro_f1": sum(per_label.values()) / len(per_label) if per_label else 0.0,
        "confusions": confusions.most_common(CONFUSIONS_SHOWN),
    }


def _by_tokens(record: Mapping[str, Any], span: Mapping[str, Any]) -> Mapping[str, Any]:
    """A gold span located by its token offsets: the annotation tool's character offsets are
    empty or cut mid-word in about one item in seven, its token offsets are sound."""
    tokens = record.get("tokens") or []
    first, last = span.get("token_start"), span.get("token_end")
    if isinstance(first, int) and isinstance(last, int) and last < len(tokens):
        return {"start": tokens[first]["start"], "end": tokens[last]["end"]}
    return span


def score_event_location(gold: Records, predicted: Records) -> Figures:
    """Share of sentences with a gold location whose main event lies on one of them."""
    n = right = 0
    for doc_id, record in gold.items():
        locations = [
            _by_tokens(record, s) for s in record.get("spans") or [] if s.get("label") == "LOCATION"
        ]
        if not locations:
            continue
        n += 1
        location = (main_event(predicted.get(doc_id)) or {}).get("location")
        right += bool(location) and any(overlaps(location, s) for s in locations)
    return {"n": n, "event_location_acc": right / n if n else 0}
