"""The Pipeline's per-stage clock, on real articles."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest
from tests.shared_data import EXAMPLE, shared_path

from eventwire.ingest import article_from_text
from eventwire.model import Article, RejectedInput
from eventwire.pipeline import Pipeline
from eventwire.stage_timing import STAGES, StageTimings

# Every stage that does work on each article; `input` is near zero for in-memory lists.
WORKING_STAGES = ("nlp", "geo", "time", "attribution", "events", "aggregate")


def timed_run(pipeline: Any, items: list[Any]) -> tuple[StageTimings, float]:
    pipeline.timings.reset()
    started = time.perf_counter()
    list(pipeline.run_inputs(items))
    return pipeline.timings, time.perf_counter() - started


def assert_consistent(timings: StageTimings, wall: float) -> None:
    seconds = timings.stage_seconds()
    for stage in WORKING_STAGES:
        assert seconds[stage] > 0, f"{stage} was not timed"
    assert all(part >= 0 for part in seconds.values())
    assert sum(seconds.values()) <= timings.total <= wall
    figures = json.loads(json.dumps(timings.to_dict()))
    assert set(figures["stage_seconds"]) == {*STAGES, "other"}
    assert sum(figures["stage_shares"].values()) == pytest.approx(1.0)
    assert figures["articles_per_second"] == pytest.approx(timings.articles / timings.total)


def test_every_stage_is_timed_on_the_example(pipeline: Any) -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    # Without a published date the time stage also looks for a dateline.
    articles = [article_from_text(text, None), Article(id="dated", text=text)]
    timings, wall = timed_run(pipeline, articles)
    assert (timings.articles, timings.rejected) == (2, 0)
    assert_consistent(timings, wall)


def test_shared_news_articles_and_rejected_inputs_are_counted(pipeline: Any) -> None:
    from eventwire.evaluate.datasets import read_dataset

    articles = read_dataset("geo", shared_path("eval", "geo")).articles[:3]
    items = [articles[0], RejectedInput("corpus.jsonl line 2", "is not valid JSON"), *articles[1:]]
    timings, wall = timed_run(pipeline, items)
    assert (timings.articles, timings.rejected) == (len(articles), 1)
    assert_consistent(timings, wall)


def test_timings_accumulate_across_runs_until_reset(pipeline: Any) -> None:
    article = Article(id="a", text="Troops clashed with rebels in Goma on Monday.")
    pipeline.timings.reset()
    pipeline.process(article)
    first = pipeline.timings.total
    pipeline.process(article)
    assert pipeline.timings.articles == 2
    assert pipeline.timings.total > first
    pipeline.timings.reset()
    assert pipeline.timings == StageTimings()


def test_a_pipeline_fills_the_timings_it_is_given() -> None:
    mine = StageTimings()
    assert Pipeline(timings=mine).timings is mine
    assert Pipeline().timings is not Pipeline().timings
