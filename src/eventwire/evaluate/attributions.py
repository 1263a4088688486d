"""Attribution (who said what): cue, source and content of each attribution.

Gold and predicted attributions are paired one to one on their cues. A predicted cue or source
span matches a gold one when they overlap and it is at most three times the gold length plus ten
characters, so that a prediction covering the whole sentence does not count. Content is right
when the word sets overlap by half (Jaccard >= 0.5), since content boundaries are loose.
"""

from __future__ import annotations

import re
from typing import Any

from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import SpanDict, f1, overlaps, ratio, take_best_unused

WORD = re.compile(r"\w+")
MIN_CONTENT_JACCARD = 0.5


def close_match(predicted: SpanDict | None, gold: SpanDict | None) -> bool:
    """Overlapping, and the prediction not far longer than the gold span."""
    if not predicted or not gold or not overlaps(predicted, gold):
        return False
    gold_length = gold["end"] - gold["start"]
    return bool(predicted["end"] - predicted["start"] <= 3 * gold_length + 10)


def words(span: SpanDict | None) -> set[str]:
    return set(WORD.findall(span["text"].lower())) if span else set()


def content_matches(predicted: SpanDict | None, gold: SpanDict | None) -> bool:
    gold_words, predicted_words = words(gold), words(predicted)
    if not gold_words:
        return False
    shared = len(gold_words & predicted_words) / len(gold_words | predicted_words)
    return shared >= MIN_CONTENT_JACCARD


def source_matches(predicted: SpanDict | None, gold: SpanDict | None) -> bool:
    """Right when both name the same source, or both say there is none."""
    return (gold is None and predicted is None) or close_match(predicted, gold)


def score_attributions(gold: Records, predicted: Records) -> Figures:
    n_gold = n_pred = cue = source = content = joint = 0
    for doc_id, record in gold.items():
        found: list[Any] = (predicted.get(doc_id) or {}).get("attributions") or []
        n_pred += len(found)
        used: set[int] = set()
        with_cue = [a for a in record["attributions"] if a.get("cue")]
        for attribution in sorted(with_cue, key=lambda a: a["cue"]["start"]):
            n_gold += 1
            gold_cue: SpanDict = attribution["cue"]

            def close_to_gold_cue(span: SpanDict | None, gold_cue: SpanDict = gold_cue) -> bool:
                return close_match(span, gold_cue)

            index = take_best_unused(
                gold_cue, found, used, span_of=lambda p: p.get("cue"), accept=close_to_gold_cue
            )
            if index is None:
                continue
            match = found[index]
            cue += 1
            source_ok = source_matches(match.get("source"), attribution.get("source"))
            content_ok = content_matches(match.get("content"), attribution.get("content"))
            source += source_ok
            content += content_ok
            joint += source_ok and content_ok

    def f1_of(count: int) -> float:
        return f1(ratio(count, n_pred), ratio(count, n_gold))

    return {
        "gold": n_gold,
        "pred": n_pred,
        "missing_docs": missing_docs(gold, predicted),
        "cue_f1": f1_of(cue),
        "source_f1": f1_of(source),
        "content_f1": f1_of(content),
        "joint_f1": f1_of(joint),
    }
