"""Launched and intercepted counts through the whole pipeline: on the right record, once."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.model import Article, Document


def _run(pipeline: Any, text: str) -> Document:
    return next(pipeline.run([Article(id="m", text=text, published=date(2024, 3, 4))]))


def test_counts_land_on_one_record_each(pipeline: Any) -> None:
    doc = _run(
        pipeline,
        "Russia launched 54 drones and two cruise missiles at Kyiv overnight, "
        "of which 50 were intercepted.",
    )
    counted = [
        (w.text, w.launched, w.intercepted) for e in doc.events for w in e.weapons if w.launched
    ]
    assert sorted(counted) == [("cruise missiles", 2, None), ("drones", 54, 50)]
    assert doc.to_dict()["events"][0]["weapons"][0]["launched"] == 54


def test_a_sentence_with_its_own_event_keeps_its_counts(pipeline: Any) -> None:
    doc = _run(
        pipeline,
        "Overnight, Russia attacked Ukraine with 40 Shahed drones, the air force said. "
        "Air defence shot down 36 drones.",
    )
    by_type = {
        e.type.eventwire: [(w.launched, w.intercepted) for w in e.weapons] for e in doc.events
    }
    assert by_type["attack"] == [(40, None)]
    assert by_type["disrupted weapons use"] == [(None, 36)]
