"""`eventwire eval claims`: claim status against MEANTIME's certainty and polarity gold."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.claims import (
    CERTAINTY_OF_STATUS,
    align,
    format_confusion,
    score_claims,
)
from eventwire.evaluate.meantime import read_meantime_events
from eventwire.evaluate.runner import evaluate

MEANTIME = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval" / "time" / "meantime_raw"


def _mention(start: int, end: int, certainty: str, polarity: str, time: str = "NON_FUTURE") -> Any:
    return {
        "start": start,
        "end": end,
        "text": "x" * (end - start),
        "tokens": [[start, end]],
        "certainty": certainty,
        "polarity": polarity,
        "time": time,
    }


def _event(start: int, end: int, status: str, text: str = "attack") -> Any:
    return {
        "trigger": {"start": start, "end": end, "text": text},
        "evidence": {"start": 0, "end": 100, "text": ""},
        "claim": {"attribution": None, "status": status},
    }


def test_every_status_has_a_certainty() -> None:
    statuses = ("asserted", "reported", "claimed", "alleged", "denied", "disputed")
    assert set(CERTAINTY_OF_STATUS) == {*statuses, "planned", "possible"}


def test_scores_certainty_polarity_and_confusion() -> None:
    gold = {
        "d": {
            "events": [
                _mention(0, 6, "CERTAIN", "POS"),
                _mention(10, 16, "CERTAIN", "NEG"),
                _mention(20, 26, "POSSIBLE", "POS", "FUTURE"),
                _mention(30, 36, "UNDERSPECIFIED", "UNDERSPECIFIED"),
            ]
        }
    }
    events = [
        _event(0, 6, "reported"),
        _event(0, 6, "reported"),  # a second record of one trigger (another place) counts once
        _event(10, 16, "denied"),
        _event(20, 26, "asserted"),
        _event(30, 36, "planned"),
        _event(50, 56, "asserted"),  # no gold mention there
    ]
    figures = score_claims(gold, {"d": {"events": events}})
    assert figures["pred"] == 5 and figures["aligned"] == 4
    assert figures["certainty_scored"] == 3 and figures["certainty_acc"] == pytest.approx(2 / 3)
    assert figures["polarity_scored"] == 3 and figures["polarity_acc"] == 1.0
    assert figures["neg_precision"] == 1.0 and figures["neg_recall"] == 1.0
    assert figures["future_planned_recall"] == 0.0
    confusion = figures["confusion"]
    assert isinstance(confusion, dict)
    assert confusion["asserted"] == {"POSSIBLE/POS": 1}
    assert "CERTAIN/NEG" in format_confusion(confusion)


def test_aligns_by_trigger_then_by_stem_in_the_sentence() -> None:
    mentions = [_mention(0, 7, "CERTAIN", "POS"), _mention(0, 20, "CERTAIN", "POS")]
    assert align(_event(3, 5, "asserted"), mentions) == 0  # the tightest overlapping mention
    mentions = [{**_mention(40, 47, "CERTAIN", "POS"), "text": "attacks"}]
    assert align(_event(60, 66, "asserted", "attack"), mentions) == 0
    assert align(_event(60, 63, "asserted", "war"), mentions) is None


@pytest.mark.shared
@pytest.mark.skipif(not MEANTIME.exists(), reason="../shared is absent")
def test_reads_event_mentions_with_their_factuality() -> None:
    documents = read_meantime_events(MEANTIME)
    assert len(documents) == 120
    mentions = [m for _, events in documents for m in events]
    assert len(mentions) > 2000
    assert {m["certainty"] for m in mentions} >= {"CERTAIN", "PROBABLE", "POSSIBLE"}
    assert {m["polarity"] for m in mentions} >= {"POS", "NEG"}
    for article, events in documents:
        for mention in events:
            words = [article.text[s:e] for s, e in mention["tokens"]]
            assert mention["text"] == " ".join(words)
            assert mention["end"] <= article.meta["annotated_until"]


@pytest.mark.shared
@pytest.mark.skipif(not MEANTIME.exists(), reason="../shared is absent")
def test_claims_on_meantime(pipeline: Any) -> None:
    figures: dict[str, Any] = evaluate("claims", MEANTIME, None, pipeline, limit=30)
    assert figures["aligned"] > 0
    # Measured on these 30 documents' 500-odd gold mentions taken as triggers: polarity 0.975,
    # NEG precision 0.88.
    assert figures["gold_trigger_certainty_scored"] > 400
    assert figures["gold_trigger_polarity_acc"] >= 0.96
    assert figures["gold_trigger_neg_precision"] >= 0.7
