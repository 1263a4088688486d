"""The runner with a stand-in pipeline that spots a few known place names."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.runner import evaluate
from eventwire.model import Article, Document, Place, Span

KNOWN = {"Kharkiv": (49.99, 36.23), "Lviv": (49.84, 24.03)}


class PlaceSpotter:
    """Stands in for `eventwire.pipeline.Pipeline`: same `run`, trivial work."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            self.seen.append(article.id)
            places = tuple(
                Place(
                    Span.of(article.text, i, i + len(name)),
                    name,
                    "city",
                    lat,
                    lon,
                    None,
                    "UA",
                    None,
                    1.0,
                )
                for name, (lat, lon) in KNOWN.items()
                if (i := article.text.find(name)) >= 0
            )
            yield Document(article=article, places=places)


def write_geo_set(folder: Path) -> Path:
    docs = [
        {"id": "1", "text": "Shelling in Kharkiv and Odesa."},
        {"id": "2", "text": "Calm in Lviv."},
        {"id": "3", "text": "No gold for this one."},
    ]
    gold = [
        {
            "id": "1",
            "places": [
                {"start": 12, "end": 19, "lat": 50.0, "lon": 36.2},
                {"start": 24, "end": 29, "lat": 46.5, "lon": 30.7},
            ],
        },
        {"id": "2", "places": [{"start": 8, "end": 12, "lat": 49.8, "lon": 24.0}]},
    ]
    for name, records in (("docs.jsonl", docs), ("gold.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


def test_evaluate_scores_and_writes_predictions(tmp_path: Path) -> None:
    pipeline = PlaceSpotter()
    out = tmp_path / "out" / "predictions.jsonl"
    figures = evaluate("geo", write_geo_set(tmp_path), out, pipeline)
    assert pipeline.seen == ["1", "2"]  # articles without gold are not run
    assert figures["gold"] == 3
    assert figures["pred"] == 2
    assert figures["recall"] == pytest.approx(2 / 3)
    assert figures["acc161_matched"] == 1.0
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["article"]["id"] for d in lines] == ["1", "2"]
    assert lines[0]["format"] == "eventwire/1"
    assert lines[0]["places"][0]["text"] == "Kharkiv"


def test_limit_scores_only_what_ran(tmp_path: Path) -> None:
    figures = evaluate("geo", write_geo_set(tmp_path), None, PlaceSpotter(), limit=1)
    assert (figures["gold"], figures["missing_docs"]) == (2, 0)


def test_missing_data(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such data folder"):
        evaluate("geo", tmp_path / "absent", None, PlaceSpotter())


def test_unknown_task(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="unknown task"):
        evaluate("sentiment", write_geo_set(tmp_path), None, PlaceSpotter())


def test_predictions_past_the_annotated_stretch_are_not_scored() -> None:
    from eventwire.evaluate.runner import run_and_keep

    text = "Lviv at the start. Kharkiv only after the annotated part."
    article = Article(id="m1", text=text, meta={"annotated_until": 18})
    kept = run_and_keep(PlaceSpotter(), [article], None, "places")
    assert [p["text"] for p in kept["m1"]["places"]] == ["Lviv"]
