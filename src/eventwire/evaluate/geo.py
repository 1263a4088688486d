"""Toponym recognition and resolution: are the predicted places found and within 161 km?

Each gold toponym (in text order) takes at most one predicted place, the unused one whose span
overlaps it most. A match is right when it carries the gold GeoNames id or lies within 161 km
(100 miles, the customary geoparsing tolerance) of the gold point.
"""

from __future__ import annotations

from typing import Any

from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import great_circle_km, ratio, take_best_unused

TOLERANCE_KM = 161


def score_geo(gold: Records, predicted: Records) -> Figures:
    n_gold = n_pred = matched = right = exact = gold_with_id = 0
    errors_km: list[float] = []
    for doc_id, record in gold.items():
        places: list[Any] = (predicted.get(doc_id) or {}).get("places") or []
        # A place without coordinates is no resolution at all: it cannot be matched.
        candidates = [p for p in places if p.get("lat") is not None]
        n_pred += len(candidates)
        used: set[int] = set()
        for toponym in sorted(record["places"], key=lambda t: t["start"]):
            n_gold += 1
            index = take_best_unused(toponym, candidates, used)
            if index is None:
                continue
            place = candidates[index]
            matched += 1
            error = great_circle_km((toponym["lat"], toponym["lon"]), (place["lat"], place["lon"]))
            errors_km.append(error)
            gold_id = toponym.get("geonameid")
            same_id = bool(gold_id) and place.get("geonameid") == gold_id
            right += same_id or error <= TOLERANCE_KM
            if gold_id:
                gold_with_id += 1
                exact += same_id
    errors_km.sort()
    return {
        "gold": n_gold,
        "pred": n_pred,
        "missing_docs": missing_docs(gold, predicted),
        "recall": ratio(matched, n_gold),
        "precision": ratio(matched, n_pred),
        "acc161_matched": ratio(right, matched),
        "recall161": ratio(right, n_gold),
        "exact_id_matched": exact / gold_with_id if gold_with_id else None,
        # The upper median, as the reference scorer takes it.
        "median_km": errors_km[len(errors_km) // 2] if errors_km else None,
        "mean_km": sum(errors_km) / len(errors_km) if errors_km else None,
    }
