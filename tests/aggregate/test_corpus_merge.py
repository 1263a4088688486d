"""Merging reports of one event across articles, on real Pipeline output."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

from eventwire.aggregate.corpus_merge import explain, merge_reports
from eventwire.aggregate.corpus_reports import SourceReport, reports_from_document
from eventwire.model import (
    Article,
    Claim,
    Event,
    EventDate,
    EventType,
    Fatalities,
    Place,
    Span,
)

THURSDAY = date(2024, 3, 14)


def _reports(pipeline, texts):  # type: ignore[no-untyped-def]
    reports: list[SourceReport] = []
    for article_id, text, published in texts:
        article = Article(id=article_id, text=text, published=published, source="outlet")
        reports += reports_from_document(pipeline.process(article))
    return reports


STRIKE = [
    (
        "reuters-1",
        "Twelve people were killed when a Russian missile hit Kramatorsk on Thursday, "
        "Ukrainian officials said.",
        date(2024, 3, 15),
    ),
    (
        "ap-3",
        "Fifteen people died when a Russian missile hit Kramatorsk on Thursday, according to "
        "the regional governor.",
        date(2024, 3, 15),
    ),
    (
        "afp-2",
        "At least 10 civilians were killed in Kramatorsk on Thursday when a Russian missile "
        "struck an apartment block.",
        date(2024, 3, 16),
    ),
]


def test_three_reports_of_one_strike_merge_with_the_conservative_count(pipeline) -> None:  # type: ignore[no-untyped-def]
    merged = merge_reports(_reports(pipeline, STRIKE))
    assert len(merged) == 1
    event = merged[0]
    assert event.fatalities.killed == 10
    assert event.fatalities.killed_max == 15
    assert [s.article_id for s in event.sources] == ["afp-2", "ap-3", "reuters-1"]
    assert sorted(s.event.fatalities.killed for s in event.sources) == [10, 12, 15]
    assert event.location is not None and event.location.name == "Kramatorsk"
    assert event.date.earliest == event.date.latest == THURSDAY
    assert event.actors and {a.country for a in event.actors} == {"RUS"}
    text = explain(event)
    assert (
        "fatalities.killed = 10" in text
        and "12 (outlet reuters-1)" in text
        and "15 (outlet ap-3)" in text
    )
    assert "ACLED's conservative rule" in text
    assert text.count("km apart") == 2  # two pair reasons for three reports


def test_same_town_another_week_stays_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    later = (
        "bbc-9",
        "Four people were killed when a Russian missile hit Kramatorsk on Thursday, officials "
        "said.",
        date(2024, 3, 22),
    )
    merged = merge_reports(_reports(pipeline, [*STRIKE, later]))
    assert sorted(len(m.sources) for m in merged) == [1, 3]
    alone = next(m for m in merged if len(m.sources) == 1)
    assert alone.date.earliest == date(2024, 3, 21)


def test_same_day_another_town_stays_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    elsewhere = (
        "dw-4",
        "Twelve people were killed when a Russian missile hit Kharkiv on Thursday, officials said.",
        date(2024, 3, 15),
    )
    merged = merge_reports(_reports(pipeline, [STRIKE[0], elsewhere]))
    assert len(merged) == 2


def test_contradicting_actor_countries_stay_apart(pipeline) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(
        pipeline,
        [
            STRIKE[1],
            (
                "kyiv-5",
                "Fifteen people died when a Ukrainian drone hit Kramatorsk on Thursday, "
                "according to the regional governor.",
                date(2024, 3, 15),
            ),
        ],
    )
    countries = [{a.country for a in r.event.actors} for r in reports]
    assert countries == [{"RUS"}, {"UKR"}]
    assert len(merge_reports(reports)) == 2


def test_ids_are_stable_across_runs_and_input_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(pipeline, STRIKE)
    first = merge_reports(reports)
    again = merge_reports(list(reversed(_reports(pipeline, STRIKE))))
    assert [m.id for m in first] == [m.id for m in again]
    assert first[0].explanation == again[0].explanation
    shuffled = reports[1:] + reports[:1]
    assert merge_reports(shuffled)[0].to_dict() == first[0].to_dict()


def _synthetic_report(i: int, rng: random.Random) -> SourceReport:
    day = date(2023, 1, 1) + timedelta(days=rng.randrange(365))
    lat, lon = rng.uniform(-30, 60), rng.uniform(-20, 100)
    place = Place(Span(0, 4, "Town"), f"Town{i % 500}", "city", lat, lon, None, "UA", None, 1.0)
    event = Event(
        id=f"e{i}",
        type=EventType("attack", "Battles"),
        actors=(),
        targets=(),
        location=place,
        date=EventDate(day.isoformat(), day, day, None),
        weapons=(),
        fatalities=Fatalities(rng.randrange(20)),
        quantity=None,
        claim=Claim(None, "asserted"),
        evidence=Span(0, 1, "x"),
        confidence=0.5,
        geo_precision=rng.choice((1, 1, 2, 3)),
    )
    return SourceReport(f"a{i}", day, None, event)


def test_blocking_keeps_merging_near_linear() -> None:
    rng = random.Random(3)
    reports = [_synthetic_report(i, rng) for i in range(10_000)]
    started = time.perf_counter()
    merged = merge_reports(reports)
    assert time.perf_counter() - started < 5.0
    assert sum(len(m.sources) for m in merged) == len(reports)
