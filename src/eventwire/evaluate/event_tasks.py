"""Run the pipeline on an event data set (PLOVER, WikiEvents, re3d) and score it.

`run_event_eval("plover" | "wikievents" | "weapons", folder)` reads the data set with its own
reader, runs `eventwire.pipeline.Pipeline` over the articles and returns the scorer's figures.
The figures are defined in the docstrings of `plover`, `wikievents` and `weapons` beside this.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Protocol

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets import Dataset
from eventwire.evaluate.figures import Figures, Records
from eventwire.evaluate.halves import Half, in_half
from eventwire.evaluate.plover import read_plover, score_plover
from eventwire.evaluate.weapons import read_re3d, score_weapons
from eventwire.evaluate.wikievents import read_wikievents, score_wikievents
from eventwire.model import Article, Document

EVENT_TASKS: dict[str, tuple[Callable[[Path], Dataset], Callable[[Records, Records], Figures]]] = {
    "plover": (read_plover, score_plover),
    "wikievents": (read_wikievents, score_wikievents),
    "weapons": (read_re3d, score_weapons),
}


class DocumentPipeline(Protocol):
    def run(self, articles: Iterable[Article]) -> Iterator[Document]: ...


def run_event_eval(
    task: str,
    data: Path,
    pipeline: DocumentPipeline | None = None,
    limit: int | None = None,
    half: Half | None = None,
) -> Figures:
    """Figures for `task` on the data set in `data` (the first `limit` articles of `half`).

    Raises `EvaluationError` for an unknown task or a missing or malformed data set.
    """
    if task not in EVENT_TASKS:
        raise EvaluationError(f"unknown task {task!r}: choose one of {', '.join(EVENT_TASKS)}")
    if not data.is_dir():
        raise EvaluationError(f"{data}: no such data folder")
    reader, scorer = EVENT_TASKS[task]
    dataset = reader(data)
    chosen = in_half(dataset.gold, half)
    articles = [a for a in dataset.articles if a.id in chosen]
    if limit is not None:
        articles = articles[: max(0, limit)]
    if not articles:
        raise EvaluationError(f"{data}: no articles with gold records to evaluate")
    if pipeline is None:
        from eventwire.pipeline import Pipeline

        pipeline = Pipeline()
    predicted = predict(pipeline, articles)
    ran = set(predicted) | {a.id for a in articles}
    gold = {doc_id: record for doc_id, record in dataset.gold.items() if doc_id in ran}
    return scorer(gold, predicted)


def predict(pipeline: DocumentPipeline, articles: list[Article]) -> dict[str, Mapping[str, Any]]:
    """eventwire/1 dicts by article id, with the article text (the scorers locate spans in it)."""
    return {doc.article.id: doc.to_dict() for doc in pipeline.run(iter(articles))}
