"""Reading MEANTIME CAT XML from ../shared: rebuilt text, offsets, creation date."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.meantime import read_meantime
from eventwire.resolve.time import tag_times

MEANTIME = (
    Path(__file__).resolve().parents[2]
    / ".."
    / "shared"
    / "eval"
    / "time"
    / "meantime_raw"
    / "intra-doc_annotation"
)

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not MEANTIME.exists(), reason="../shared is absent"),
]


def test_reads_every_article_with_its_date_and_gold_offsets() -> None:
    documents = read_meantime(MEANTIME)
    assert len(documents) == 120
    assert sum(article.published is not None for article, _ in documents) >= 118
    for article, gold in documents:
        assert article.text.count("\n") >= 2  # headline and date line on their own lines
        for timex in gold:
            assert article.text[timex["start"] : timex["end"]] == timex["text"]
            assert timex["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_punctuation_is_attached_when_text_is_rebuilt() -> None:
    article, _ = read_meantime(MEANTIME)[0]
    assert " ," not in article.text and "( " not in article.text and " )" not in article.text


def test_tagger_values_on_meantime() -> None:
    gold_total = right = 0
    for article, gold in read_meantime(MEANTIME):
        predicted = tag_times(article.text, article.published)
        for timex in gold:
            gold_total += 1
            hits = [
                t for t in predicted if t.span.start < timex["end"] and timex["start"] < t.span.end
            ]
            right += bool(hits) and hits[0].value == timex["value"]
    # Measured 0.75 of gold timexes found with the right value.
    assert right / gold_total >= 0.72
