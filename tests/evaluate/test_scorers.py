"""Scorers on small hand-made gold and predictions, with figures worked out by hand."""

from __future__ import annotations

import math
from typing import Any

import pytest

from eventwire.evaluate.attributions import score_attributions
from eventwire.evaluate.events import case_label, main_event, score_case, score_event_location
from eventwire.evaluate.figures import format_line
from eventwire.evaluate.geo import score_geo
from eventwire.evaluate.matching import great_circle_km, take_best_unused
from eventwire.evaluate.times import score_times

# One degree of latitude (or of longitude on the equator) on a 6371 km sphere.
DEGREE_KM = 6371.0 * math.pi / 180


def span(start: int, end: int, text: str = "") -> dict[str, object]:
    return {"start": start, "end": end, "text": text or "x" * (end - start)}


def test_great_circle_km_one_degree() -> None:
    assert great_circle_km((0, 0), (1, 0)) == pytest.approx(DEGREE_KM)
    assert great_circle_km((0, 0), (0, 180)) == pytest.approx(DEGREE_KM * 180)


def test_best_unused_prefers_most_overlap_then_later_prediction() -> None:
    gold = span(10, 20)
    predicted = [span(5, 12), span(10, 20), span(12, 22), span(0, 100)]
    used: set[int] = set()
    # (10, 20) and (0, 100) both overlap by 10: the later one wins the tie.
    assert take_best_unused(gold, predicted, used) == 3
    assert take_best_unused(gold, predicted, used) == 1
    assert take_best_unused(gold, predicted, used) == 2
    assert take_best_unused(gold, predicted, used) == 0
    assert take_best_unused(gold, predicted, used) is None


def test_geo() -> None:
    gold = {
        "a": {
            "places": [
                {**span(10, 15), "lat": 10.0, "lon": 10.0, "geonameid": 2},
                {**span(0, 5), "lat": 0.0, "lon": 0.0, "geonameid": 1},
                {**span(20, 25), "lat": 0.0, "lon": 0.0},
            ]
        },
        "b": {"places": [{**span(0, 3), "lat": 5.0, "lon": 5.0, "geonameid": 3}]},
    }
    predicted = {
        "a": {
            "places": [
                # 111 km off but the right GeoNames id: right.
                {**span(0, 5), "lat": 0.0, "lon": 1.0, "geonameid": 1},
                # 222 km off and another id: wrong.
                {**span(10, 15), "lat": 12.0, "lon": 10.0, "geonameid": 99},
                {**span(30, 35), "lat": 1.0, "lon": 1.0, "geonameid": None},
                # No coordinates: not a prediction at all.
                {**span(20, 25), "lat": None, "lon": None, "geonameid": None},
            ]
        }
    }
    figures = score_geo(gold, predicted)
    assert figures["gold"] == 4
    assert figures["pred"] == 3
    assert figures["missing_docs"] == 1
    assert figures["recall"] == 0.5
    assert figures["precision"] == pytest.approx(2 / 3)
    assert figures["acc161_matched"] == 0.5
    assert figures["recall161"] == 0.25
    assert figures["exact_id_matched"] == 0.5
    assert figures["median_km"] == pytest.approx(2 * DEGREE_KM)
    assert figures["mean_km"] == pytest.approx(1.5 * DEGREE_KM)


def test_geo_nothing_predicted() -> None:
    figures = score_geo({"a": {"places": [{**span(0, 5), "lat": 0.0, "lon": 0.0}]}}, {})
    assert figures["recall"] == 0.0
    assert figures["median_km"] is None
    assert figures["exact_id_matched"] is None


def test_times() -> None:
    gold = {
        "d": {
            "times": [
                {**span(0, 6), "type": "DATE", "value": "2020-01-01"},
                {**span(10, 20), "type": "DURATION", "value": "P1D"},
                {**span(30, 35), "type": "DATE", "value": "2020"},
            ]
        }
    }
    predicted = {
        "d": {
            "times": [
                {**span(0, 6), "type": "DATE", "value": "2020-01-01"},
                {**span(12, 18), "type": "DATE", "value": "P1D"},
                {**span(50, 55), "type": "DATE", "value": "2021"},
            ]
        }
    }
    figures = score_times(gold, predicted)
    assert (figures["gold"], figures["pred"], figures["missing_docs"]) == (3, 3, 0)
    assert figures["strict_f1"] == pytest.approx(1 / 3)
    assert figures["relaxed_f1"] == pytest.approx(2 / 3)
    assert figures["value_f1"] == pytest.approx(2 / 3)
    assert figures["type_f1"] == pytest.approx(1 / 3)
    assert figures["value_acc_matched"] == 1.0


def test_times_takes_first_overlapping_prediction() -> None:
    gold = {"d": {"times": [{**span(0, 10), "type": "DATE", "value": "2020"}]}}
    predicted = {
        "d": {
            "times": [
                {**span(8, 12), "type": "DATE", "value": "2020"},
                {**span(0, 10), "type": "DATE", "value": "2020"},
            ]
        }
    }
    figures = score_times(gold, predicted)
    assert figures["strict_f1"] == 0.0
    assert figures["relaxed_f1"] == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_attributions() -> None:
    text = "the army fired on the town"
    gold = {
        "d": {
            "attributions": [
                {
                    "source": span(0, 5, "Smith"),
                    "cue": span(6, 10, "said"),
                    "content": span(11, 11 + len(text), text),
                },
                {
                    "source": None,
                    "cue": span(50, 58, "reported"),
                    "content": span(60, 80, "troops left the city"),
                },
                # Without a cue an attribution is not scored.
                {"source": None, "cue": None, "content": span(90, 99)},
            ]
        }
    }
    predicted = {
        "d": {
            "attributions": [
                # Content words {the, army, fired} of gold's five: Jaccard 3/5.
                {
                    "source": span(0, 5, "Smith"),
                    "cue": span(6, 10, "said"),
                    "content": span(11, 25, "the army fired"),
                },
                # The cue is 70 characters long, over 3 × 8 + 10: too long to match.
                {"source": None, "cue": span(50, 120), "content": span(60, 80)},
                # A source where gold has none: wrong source, right content.
                {
                    "source": span(0, 5, "Smith"),
                    "cue": span(52, 57, "eport"),
                    "content": span(60, 80, "Troops left the city"),
                },
            ]
        }
    }
    figures = score_attributions(gold, predicted)
    assert (figures["gold"], figures["pred"]) == (2, 3)
    assert figures["cue_f1"] == pytest.approx(0.8)  # P 2/3, R 1
    assert figures["source_f1"] == pytest.approx(0.4)  # P 1/3, R 1/2
    assert figures["content_f1"] == pytest.approx(0.8)
    assert figures["joint_f1"] == pytest.approx(0.4)


def event(
    confidence: float | None, acled_sub: str | None = None, eventwire: str = "attack"
) -> dict[str, object]:
    return {"type": {"acled_sub": acled_sub, "eventwire": eventwire}, "confidence": confidence}


def test_case_label_mapping() -> None:
    assert case_label(None) == "OTHER"
    assert case_label(event(0.5, "Shelling/artillery/missile attack")) == "ART_MISS_ATTACK"
    assert case_label(event(0.5, None, "Claim of responsibility")) == "ATTRIB"
    assert case_label(event(0.5, None, "arms transfer")) == "OTHER"
    assert main_event({"events": [event(0.2, "Grenade"), event(0.7, "Arrests")]}) == event(
        0.7, "Arrests"
    )


def test_case() -> None:
    gold = {
        "d1": {"label": "ARMED_CLASH"},
        "d2": {"label": "DIPLO"},
        "d3": {"label": "OTHER"},
        "d4": {"label": "ARMED_CLASH"},
    }
    predicted = {
        "d1": {"events": [event(0.4, "Armed clash"), event(0.9, "Air/drone strike")]},
        "d2": {"events": [event(0.5, None, "Threat")]},
        "d4": {"events": [event(None, "Armed clash")]},
    }
    figures = score_case(gold, predicted)
    assert figures["n"] == 4
    assert figures["missing_docs"] == 1
    assert figures["accuracy"] == 0.75
    # Per label F1: ARMED_CLASH 2/3 (P 1, R 1/2), DIPLO 1, OTHER 1.
    assert figures["macro_f1"] == pytest.approx(8 / 9)
    assert figures["weighted_f1"] == pytest.approx((2 / 3 * 2 + 1 + 1) / 4)
    assert figures["confusions"] == [("ARMED_CLASH->AIR_STRIKE", 1)]


def test_event_location() -> None:
    gold = {
        "s1": {"spans": [{**span(0, 4), "label": "VERB"}, {**span(10, 16), "label": "LOCATION"}]},
        "s2": {"spans": [{**span(0, 4), "label": "VERB"}]},
        "s3": {"spans": [{**span(0, 5), "label": "LOCATION"}]},
        "s4": {"spans": [{**span(20, 25), "label": "LOCATION"}]},
    }
    predicted: dict[str, dict[str, Any]] = {
        "s1": {"events": [{"confidence": 0.9, "location": span(12, 14)}]},
        # The main event (0.8) has no location, though a lesser one has the right one.
        "s3": {
            "events": [
                {"confidence": 0.2, "location": span(0, 5)},
                {"confidence": 0.8, "location": None},
            ]
        },
    }
    figures = score_event_location(gold, predicted)
    assert figures == {"n": 3, "event_location_acc": pytest.approx(1 / 3)}


def test_format_line() -> None:
    figures = {"gold": 3, "recall": 2 / 3, "median_km": None, "confusions": [("A->B", 2)]}
    assert format_line(figures) == "gold=3  recall=0.667  median_km=None  confusions=[('A->B', 2)]"
