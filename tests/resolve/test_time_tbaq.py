"""The tagger against TempEval-3 gold (TimeBank + AQUAINT), read from ../shared."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.resolve.time import tag_times

TBAQ = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "time" / "tbaq"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not TBAQ.exists(), reason="../shared is absent"),
]


def _f1(hits: int, predicted: int, gold: int) -> float:
    precision, recall = hits / predicted, hits / gold
    return 2 * precision * recall / (precision + recall)


def test_tbaq_detection_and_values() -> None:
    texts = {}
    with open(TBAQ / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            texts[row["id"]] = (row["text"], date.fromisoformat(row["published"]))
    gold_total = predicted_total = found = right = 0
    with open(TBAQ / "gold.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            text, published = texts[row["id"]]
            predicted = tag_times(text, published)
            predicted_total += len(predicted)
            used: set[int] = set()
            for gold in row["times"]:
                gold_total += 1
                for index, time in enumerate(predicted):
                    overlaps = time.span.start < gold["end"] and gold["start"] < time.span.end
                    if index in used or not overlaps:
                        continue
                    used.add(index)
                    found += 1
                    right += time.value == gold["value"]
                    break
    # Measured 0.938 relaxed F1 and 0.809 value F1 (the gold itself is inconsistent on
    # many values, e.g. "last week" as "1989-W43", "1989-WXX" or "P1W").
    assert _f1(found, predicted_total, gold_total) >= 0.92
    assert _f1(right, predicted_total, gold_total) >= 0.79
