"""aggregate/incidents: each incident once, nothing from rhetoric, plans or totals."""

from __future__ import annotations

from datetime import date
from typing import Any

from eventwire.aggregate.incidents import is_coded
from eventwire.model import Article, Event

PUBLISHED = date(2024, 3, 12)


def _coded(pipeline: Any, text: str) -> list[Event]:
    article = Article(id="t", text=text, published=PUBLISHED)
    return [e for e in pipeline.process(article).events if is_coded(e.type)]


def test_a_strike_and_its_dead_are_one_record_with_both_sentences(pipeline: Any) -> None:
    text = (
        "Russian missiles hit Zhytomyr on Tuesday morning. "
        "Four people were killed and eleven were wounded, the governor said."
    )
    events = _coded(pipeline, text)
    assert len(events) == 1
    strike = events[0]
    assert strike.type.acled == "Explosions/Remote violence"
    assert strike.location is not None and strike.location.name == "Zhytomyr"
    assert [m.text for m in strike.mentions] == [
        "Russian missiles hit Zhytomyr on Tuesday morning.",
        "Four people were killed and eleven were wounded, the governor said.",
    ]
    assert strike.fatalities.killed == 4
    assert strike.incident is not None and strike.incident.codable


def test_rhetoric_about_the_war_gives_no_coded_record(pipeline: Any) -> None:
    text = (
        "Russia is destroying our culture. "
        "Since the invasion began, their commanders have failed again and again."
    )
    assert _coded(pipeline, text) == []


def test_a_plan_keeps_its_label_without_an_acled_type(pipeline: Any) -> None:
    article = Article(id="t", text="The enemy will try to shell Odesa again.", published=PUBLISHED)
    events = pipeline.process(article).events
    assert not any(is_coded(e.type) for e in events)
    planned = [e for e in events if e.incident is not None]
    assert planned and all(not e.incident.codable for e in planned if e.incident)


def test_an_undated_incident_takes_the_report_day_or_the_night_before(pipeline: Any) -> None:
    events = _coded(pipeline, "Russian troops shelled Nikopol, damaging a school, the mayor said.")
    assert len(events) == 1
    when = events[0].date
    assert (when.earliest, when.latest, when.method) == (
        date(2024, 3, 11),
        PUBLISHED,
        "publication",
    )


def test_a_placeless_sentence_takes_the_place_of_the_sentence_before(pipeline: Any) -> None:
    text = (
        "The mayor of Kharkiv spoke to reporters on Monday. "
        "Overnight, a drone struck a power substation, cutting electricity to 4,000 homes."
    )
    events = _coded(pipeline, text)
    assert events and events[0].location is not None
    assert events[0].location.name == "Kharkiv"
    assert events[0].location_from == "context"
    assert events[0].geo_precision in (2, 3)


def test_one_sentence_naming_three_regions_stays_three_records(pipeline: Any) -> None:
    text = "On Friday, Russian drones attacked the Kharkiv, Poltava and Odesa regions."
    events = _coded(pipeline, text)
    assert len({e.location.name for e in events if e.location}) == 3
    assert all(len(e.mentions) == 1 for e in events)


def test_a_300_sentence_speech_without_an_incident_gives_no_coded_record(pipeline: Any) -> None:
    subjects = ["We", "Our people", "Ukraine", "Every family", "Our defenders", "The country"]
    verbs = [
        "will never forget",
        "must defend",
        "will fight for",
        "stand for",
        "will rebuild",
        "believe in",
    ]
    objects = [
        "our freedom",
        "the values of Europe",
        "every child",
        "our land",
        "our future",
        "the truth",
        "our language",
        "the memory of the fallen",
    ]
    deeds = [
        "Russia wants to destroy {}.",
        "The occupiers are trying to break {}.",
        "This war is an attack on {}.",
        "They will never capture {}.",
        "No missile can kill {}.",
        "The aggressor is waging a war against {}.",
    ]
    # Words of violence said of the war in general first, then plain rhetoric.
    sentences = [d.format(o) for d in deeds for o in objects]
    sentences += [f"{s} {v} {o}." for s in subjects for v in verbs for o in objects]
    assert len(sentences) >= 300
    text = " ".join(sentences[:300])
    assert _coded(pipeline, text) == []


def test_an_attack_whose_doer_is_unnamed_is_the_article_s_attacker(pipeline: Any) -> None:
    text = (
        "Russian troops shelled Kupiansk on Monday, the governor said. "
        "On Tuesday the occupiers struck Izium again, damaging a school."
    )
    events = _coded(pipeline, text)
    second = next(e for e in events if e.location is not None and e.location.span.text == "Izium")
    assert [(a.country, a.country_from) for a in second.actors][:1] == [("RUS", "article")]
