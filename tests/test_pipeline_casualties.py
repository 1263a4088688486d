"""Casualties through the whole pipeline: follow-up sentences, running totals, bad counts."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.model import Article, Document


def _run(pipeline: Any, text: str) -> Document:
    return next(pipeline.run([Article(id="t", text=text, published=date(2024, 3, 4))]))


def test_a_later_sentence_of_counts_belongs_to_the_event(pipeline: Any) -> None:
    doc = _run(pipeline, "Russian drones attacked Lviv overnight. There were no casualties.")
    assert len(doc.events) == 1
    f = doc.events[0].fatalities
    assert (f.killed, f.injured) == (0, 0)


def test_a_running_total_is_not_counted_twice(pipeline: Any) -> None:
    doc = _run(
        pipeline,
        "A strike on Dnipro killed 5 people on Monday. "
        "The death toll from the strike rose to 9 on Tuesday.",
    )
    killed = [e.fatalities.killed for e in doc.events if e.fatalities.killed is not None]
    assert killed == [9]
    assert doc.warnings == ()


def test_contradictory_counts_are_kept_as_a_range_and_flagged(pipeline: Any) -> None:
    doc = _run(
        pipeline,
        "A missile strike on Odesa killed 12 people on Monday, the governor said. "
        "Later the governor said the strike on Odesa killed 40 people.",
    )
    odesa = [e for e in doc.events if e.location and e.location.name == "Odesa"]
    assert len(odesa) == 1
    assert (odesa[0].fatalities.killed, odesa[0].fatalities.killed_max) == (12, 40)
    assert any("contradictory casualty counts" in w for w in doc.warnings)


def test_an_absurd_count_gives_no_count_and_a_warning(pipeline: Any) -> None:
    doc = _run(pipeline, "The army said 1,000,000,000,000 killed in the strike on Kharkiv.")
    assert doc.events
    assert all(e.fatalities.killed is None for e in doc.events)
    assert any("1,000,000,000,000 killed" in w for w in doc.warnings)


def test_a_total_over_several_places_is_divided_not_multiplied(pipeline: Any) -> None:
    doc = _run(
        pipeline,
        "Russian missiles hit Kharkiv, Poltava and Odesa on Monday, killing 7 people.",
    )
    places = sorted(e.location.name for e in doc.events if e.location)
    assert places == ["Kharkiv", "Odesa", "Poltava"]
    assert sum(e.fatalities.killed or 0 for e in doc.events) == 7


def test_a_sentence_listing_hundreds_of_places_does_not_crash(pipeline: Any) -> None:
    towns = ["Kharkiv", "Poltava", "Odesa", "Sumy", "Lviv", "Dnipro", "Kherson", "Mykolaiv"]
    text = "Air raid alerts sounded in " + ", ".join(towns * 25) + " on Monday."
    doc = _run(pipeline, text)
    assert len(doc.events) <= len(towns)
