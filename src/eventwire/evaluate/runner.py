"""Run a pipeline over an evaluation data set, keep its predictions, and score them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any, Protocol

from eventwire.errors import EvaluationError
from eventwire.evaluate.articles import score_articles
from eventwire.evaluate.attributions import score_attributions
from eventwire.evaluate.claims import read_claims_dataset, score_claims, score_gold_triggers
from eventwire.evaluate.datasets import read_dataset
from eventwire.evaluate.events import score_case, score_event_location
from eventwire.evaluate.figures import Figures, Records
from eventwire.evaluate.geo import score_geo
from eventwire.evaluate.halves import Half, in_half
from eventwire.evaluate.times import score_times
from eventwire.model import Article, Document

SCORERS: dict[str, Callable[[Records, Records], Figures]] = {
    "geo": score_geo,
    "time": score_times,
    "attribution": score_attributions,
    "case": score_case,
    "evloc": score_event_location,
    "claims": score_claims,
    "articles": score_articles,
}
TASK_NAMES = tuple(SCORERS)

# The parts of a predicted document each task scores; only they are kept in memory.
SCORED_FIELDS: dict[str, tuple[str, ...]] = {
    "geo": ("places",),
    "time": ("times",),
    "attribution": ("attributions",),
    "case": ("events",),
    "evloc": ("events",),
    # Attributions too: claim status is also scored with gold mentions as triggers.
    "claims": ("events", "attributions"),
    "articles": ("events",),
}


class DocumentPipeline(Protocol):
    def run(self, articles: Iterable[Article]) -> Iterator[Document]: ...


def evaluate(
    task: str,
    data: Path,
    out: Path | None,
    pipeline: DocumentPipeline,
    *,
    limit: int | None = None,
    half: Half | None = None,
) -> Figures:
    """Figures for `pipeline` on the data set in `data` (the first `limit` articles of `half`).

    Predictions are written to `out` (one eventwire/1 document a line) as they come.
    Raises `EvaluationError` when the data set is missing or malformed.
    """
    if task not in SCORERS:
        raise EvaluationError(f"unknown task {task!r}: choose one of {', '.join(SCORERS)}")
    # Claim status is scored on MEANTIME's event mentions, which only its XML files carry.
    dataset = read_claims_dataset(data) if task == "claims" else read_dataset(task, data)
    chosen = in_half(dataset.gold, half)
    articles = [a for a in dataset.articles if a.id in chosen]
    if limit is not None:
        articles = articles[: max(0, limit)]
    if not articles:
        raise EvaluationError(f"{data}: no articles with gold records to evaluate")
    predicted = run_and_keep(pipeline, articles, out, SCORED_FIELDS[task])
    gold = {doc_id: record for doc_id, record in dataset.gold.items() if doc_id in chosen}
    if limit is not None:
        # Only what ran is scored; without a limit, gold with no article counts as missed.
        ran = {a.id for a in articles}
        gold = {doc_id: record for doc_id, record in gold.items() if doc_id in ran}
    figures = SCORERS[task](gold, predicted)
    nlp = getattr(pipeline, "nlp", None)
    if task == "claims" and nlp is not None:
        figures.update(score_gold_triggers(nlp, articles, gold, predicted))
    return figures


def run_and_keep(
    pipeline: DocumentPipeline,
    articles: Iterable[Article],
    out: Path | None,
    fields: str | tuple[str, ...],
) -> dict[str, Mapping[str, Any]]:
    """Predicted documents by article id, reduced to `fields`; all of them written to `out`."""
    if isinstance(fields, str):
        fields = (fields,)
    predicted: dict[str, Mapping[str, Any]] = {}
    with ExitStack() as stack:
        sink = _open_out(out, stack) if out is not None else None
        for document in pipeline.run(iter(articles)):
            as_dict = document.to_dict()
            if sink is not None:
                sink.write(json.dumps(as_dict, ensure_ascii=False) + "\n")
            predicted[document.article.id] = {f: _annotated_part(as_dict, f) for f in fields}
    return predicted


def _annotated_part(document: Mapping[str, Any], field: str) -> Any:
    """Predictions inside the stretch of text the gold annotates.

    MEANTIME annotates only each article's opening sentences (`meta.annotated_until`);
    a time or event found after them can be neither right nor wrong, so it is not scored.
    An event is placed by its trigger (else its evidence sentence).
    """
    items = document.get(field)
    until = (document.get("article") or {}).get("meta", {}).get("annotated_until")
    if until is None or not isinstance(items, list):
        return items
    return [item for item in items if _start_of(item) < until]


def _start_of(item: Mapping[str, Any]) -> int:
    if "start" in item:
        return int(item["start"])
    anchor = item.get("trigger") or item.get("evidence") or {}
    return int(anchor.get("start", 0))


def _open_out(path: Path, stack: ExitStack) -> IO[str]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return stack.enter_context(path.open("w", encoding="utf-8"))
    except OSError as error:
        raise EvaluationError(f"{path}: cannot write predictions: {error.strerror}") from None
