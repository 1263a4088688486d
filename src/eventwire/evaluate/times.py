"""Temporal expressions: TIMEX3 detection (strict and relaxed span match) and normalisation.

Each gold timex takes the first unused predicted time whose span overlaps it; the value (and
type) count as right when the strings are equal.
"""

from __future__ import annotations

from typing import Any

from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import f1, overlaps, ratio


def score_times(gold: Records, predicted: Records) -> Figures:
    n_gold = n_pred = strict = relaxed = value = type_ = 0
    for doc_id, record in gold.items():
        times: list[Any] = (predicted.get(doc_id) or {}).get("times") or []
        n_pred += len(times)
        used: set[int] = set()
        for timex in record["times"]:
            n_gold += 1
            index = next(
                (i for i, t in enumerate(times) if i not in used and overlaps(t, timex)), None
            )
            if index is None:
                continue
            used.add(index)
            found = times[index]
            relaxed += 1
            strict += found["start"] == timex["start"] and found["end"] == timex["end"]
            value += (found.get("value") or "") == (timex.get("value") or "")
            type_ += (found.get("type") or "") == (timex.get("type") or "")

    def f1_of(count: int) -> float:
        return f1(ratio(count, n_pred), ratio(count, n_gold))

    return {
        "gold": n_gold,
        "pred": n_pred,
        "missing_docs": missing_docs(gold, predicted),
        "strict_f1": f1_of(strict),
        "relaxed_f1": f1_of(relaxed),
        "value_f1": f1_of(value),
        "type_f1": f1_of(type_),
        "value_acc_matched": ratio(value, relaxed),
    }
