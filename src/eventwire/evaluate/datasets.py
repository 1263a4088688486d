"""Read an evaluation data set: the articles to run and the gold records to score them against.

Layouts understood (all as in ../shared/eval):
- `docs.jsonl` + `gold.jsonl`: one article a line (`id`, `text`, `published`, `title`, ...) and
  one gold record a line with the same `id`;
- `items.jsonl`: one labelled sentence a line that is both article and gold (event_location);
- for `time`, a folder of MEANTIME CAT XML files (read by `eventwire.evaluate.meantime`);
- a folder of such folders (e.g. `geo/`): all of them, in name order.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.model import Article

# What each task's gold records must carry.
GOLD_FIELD = {
    "geo": "places",
    "time": "times",
    "attribution": "attributions",
    "case": "label",
    "evloc": "spans",
    "articles": "events",
}
TASKS = tuple(GOLD_FIELD)

DOCS_FILE = "docs.jsonl"
GOLD_FILE = "gold.jsonl"
ITEMS_FILE = "items.jsonl"
# Article fields with a place of their own in `Article`; any other key goes to `meta`.
ARTICLE_FIELDS = ("id", "text", "published", "title", "url", "source")


@dataclass(frozen=True)
class Dataset:
    """Articles in file order, and their gold records by article id in the same order."""

    articles: list[Article]
    gold: dict[str, Mapping[str, Any]]


def read_dataset(task: str, folder: Path) -> Dataset:
    if task not in GOLD_FIELD:
        raise EvaluationError(f"unknown task {task!r}: choose one of {', '.join(TASKS)}")
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such data folder")
    dataset = _read_folder(task, folder)
    if dataset is None:
        parts = [_read_folder(task, sub) for sub in sorted(folder.iterdir()) if sub.is_dir()]
        found = [part for part in parts if part is not None]
        if not found:
            raise EvaluationError(
                f"{folder}: no data set here: expected {DOCS_FILE} and {GOLD_FILE}, "
                f"{ITEMS_FILE}" + (", or MEANTIME XML files" if task == "time" else "")
            )
        dataset = _combine(folder, found)
    field = GOLD_FIELD[task]
    for doc_id, record in dataset.gold.items():
        if field not in record:
            raise EvaluationError(
                f"{folder}: gold record {doc_id!r} has no {field!r}: is this a {task} data set?"
            )
    return dataset


def _read_folder(task: str, folder: Path) -> Dataset | None:
    """The data set in exactly this folder, or None when it holds none."""
    docs, gold = folder / DOCS_FILE, folder / GOLD_FILE
    if docs.is_file() or gold.is_file():
        for path in (docs, gold):
            if not path.is_file():
                raise EvaluationError(f"{folder}: {path.name} is missing")
        articles = [article_from_record(r, docs, n) for n, r in _read_jsonl(docs)]
        return Dataset(articles, _gold_by_id(gold))
    items = folder / ITEMS_FILE
    if items.is_file():
        return _read_items(items)
    # MEANTIME keeps its XML files in nested folders; a folder that also holds JSON Lines data
    # sets (such as time/) is a folder of data sets instead.
    if task == "time" and not _holds_data_sets(folder) and any(folder.rglob("*.xml")):
        return _read_meantime(folder)
    return None


def _holds_data_sets(folder: Path) -> bool:
    return any(
        next(folder.glob(f"*/{name}"), None) is not None
        for name in (DOCS_FILE, GOLD_FILE, ITEMS_FILE)
    )


def _read_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, record) for each non-blank line."""
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvaluationError(f"{path}:{number}: not JSON: {error.msg}") from None
                if not isinstance(record, dict):
                    raise EvaluationError(f"{path}:{number}: not a JSON object")
                yield number, record
    except OSError as error:
        raise EvaluationError(f"{path}: cannot read: {error.strerror}") from None


def _record_id(record: Mapping[str, Any], path: Path, number: int) -> str:
    doc_id = record.get("id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or doc_id == "":
        raise EvaluationError(f"{path}:{number}: no 'id'")
    return str(doc_id)


def article_from_record(record: Mapping[str, Any], path: Path, number: int) -> Article:
    """An `Article` from one docs.jsonl line; unknown keys are kept in `meta`."""
    doc_id = _record_id(record, path, number)
    text = record.get("text")
    if not isinstance(text, str):
        raise EvaluationError(f"{path}:{number}: article {doc_id!r} has no 'text'")
    return Article(
        id=doc_id,
        text=text,
        title=_optional_str(record.get("title")),
        url=_optional_str(record.get("url")),
        source=_optional_str(record.get("source")),
        published=_published(record.get("published"), path, number),
        published_method="given" if record.get("published") else None,
        meta={k: v for k, v in record.items() if k not in ARTICLE_FIELDS},
    )


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _published(value: object, path: Path, number: int) -> date | None:
    if value is None or value == "":
        return None
    try:
        # Only the day matters here; a time of day after it is ignored.
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise EvaluationError(f"{path}:{number}: 'published' is not a date: {value!r}") from None


def _gold_by_id(path: Path) -> dict[str, Mapping[str, Any]]:
    gold: dict[str, Mapping[str, Any]] = {}
    for number, record in _read_jsonl(path):
        gold[_record_id(record, path, number)] = record
    return gold


def _read_items(path: Path) -> Dataset:
    """Labelled sentences: the sentence is the article and the record its own gold."""
    articles: list[Article] = []
    gold: dict[str, Mapping[str, Any]] = {}
    for number, record in _read_jsonl(path):
        doc_id = _record_id(record, path, number)
        text = record.get("text")
        if not isinstance(text, str):
            raise EvaluationError(f"{path}:{number}: item {doc_id!r} has no 'text'")
        articles.append(Article(id=doc_id, text=text))
        gold[doc_id] = {"id": doc_id, "spans": record.get("spans") or []}
    return Dataset(articles, gold)


def _read_meantime(folder: Path) -> Dataset:
    # Imported here so the other layouts work without the MEANTIME reader.
    from eventwire.evaluate.meantime import read_meantime

    articles: list[Article] = []
    gold: dict[str, Mapping[str, Any]] = {}
    for article, times in read_meantime(folder):
        articles.append(article)
        gold[article.id] = {"id": article.id, "times": times}
    return Dataset(articles, gold)


def _combine(folder: Path, parts: list[Dataset]) -> Dataset:
    articles: list[Article] = []
    gold: dict[str, Mapping[str, Any]] = {}
    for part in parts:
        clash = next((doc_id for doc_id in part.gold if doc_id in gold), None)
        if clash is not None:
            raise EvaluationError(f"{folder}: article id {clash!r} occurs in two data sets")
        articles.extend(part.articles)
        gold.update(part.gold)
    return Dataset(articles, gold)
