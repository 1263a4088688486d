"""The pipeline as a stream, and the Python API."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

import eventwire
from eventwire.model import Article, Document, RejectedInput


def test_articles_are_read_lazily(pipeline: Any) -> None:
    pulled = 0

    def corpus() -> Iterator[Article]:
        nonlocal pulled
        for i in range(10_000):
            pulled += 1
            yield Article(id=str(i), text=f"Gunmen attacked a checkpoint near Gao on day {i}.")

    first = list(islice(pipeline.run(corpus()), 3))
    assert [d.article.id for d in first] == ["0", "1", "2"]
    assert pulled <= 2 * pipeline.batch_size  # a batch ahead, not the whole corpus


def test_rejected_inputs_keep_their_place(pipeline: Any) -> None:
    items = [
        Article(id="a", text="Protesters marched in Dakar."),
        RejectedInput("corpus.jsonl line 2", "is not valid JSON"),
        Article(id="c", text="Troops clashed with rebels in Goma."),
    ]
    out = list(pipeline.run_inputs(items))
    assert [type(x).__name__ for x in out] == ["Document", "RejectedInput", "Document"]


def test_python_api_returns_a_document_with_stable_ids() -> None:
    text = "Houthi forces fired two missiles at a tanker in the Red Sea on Tuesday."
    first = eventwire.extract(text, published="2024-02-08")
    again = eventwire.extract(text, published="2024-02-08")
    assert isinstance(first, Document)
    assert first.to_dict() == again.to_dict()
    event = first.events[0]
    assert event.date.value == "2024-02-06"
    assert event.places or event.location


def test_an_article_takes_an_iso_date_and_names_itself_on_a_bad_one() -> None:
    import datetime

    import pytest

    from eventwire.errors import InputError

    assert Article(id="a", text="x", published="2024-03-04").published == datetime.date(2024, 3, 4)  # type: ignore[arg-type]
    with pytest.raises(InputError, match="article b: published must be a date"):
        Article(id="b", text="x", published="March 4th")  # type: ignore[arg-type]
