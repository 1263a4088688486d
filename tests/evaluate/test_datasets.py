"""Reading data sets from small files written in a temporary folder."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets import read_dataset


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def geo_set(folder: Path, prefix: str) -> Path:
    write_jsonl(
        folder / "docs.jsonl",
        [
            {
                "id": f"{prefix}-1",
                "text": "Fighting in Kharkiv.",
                "published": "2023-06-09",
                "title": "Kharkiv",
                "dataset": prefix,
            },
            {"id": f"{prefix}-2", "text": "Calm in Lviv.", "published": None},
        ],
    )
    write_jsonl(
        folder / "gold.jsonl",
        [
            {"id": f"{prefix}-1", "places": [{"start": 12, "end": 19, "lat": 50.0, "lon": 36.2}]},
            {"id": f"{prefix}-2", "places": []},
        ],
    )
    return folder


def test_docs_and_gold(tmp_path: Path) -> None:
    dataset = read_dataset("geo", geo_set(tmp_path, "x"))
    first, second = dataset.articles
    assert first.id == "x-1"
    assert first.published == date(2023, 6, 9)
    assert first.title == "Kharkiv"
    assert first.meta == {"dataset": "x"}
    assert second.published is None
    assert list(dataset.gold) == ["x-1", "x-2"]
    assert dataset.gold["x-1"]["places"][0]["end"] == 19


def test_folder_of_data_sets(tmp_path: Path) -> None:
    geo_set(tmp_path / "b", "b")
    geo_set(tmp_path / "a", "a")
    (tmp_path / "notes").mkdir()
    dataset = read_dataset("geo", tmp_path)
    assert [a.id for a in dataset.articles] == ["a-1", "a-2", "b-1", "b-2"]


def test_items_are_articles_and_gold(tmp_path: Path) -> None:
    spans = [{"start": 0, "end": 4, "label": "VERB"}, {"start": 8, "end": 12, "label": "LOCATION"}]
    write_jsonl(tmp_path / "items.jsonl", [{"id": "e-0", "text": "Shot in Gaza.", "spans": spans}])
    dataset = read_dataset("evloc", tmp_path)
    assert dataset.articles[0].text == "Shot in Gaza."
    assert dataset.gold["e-0"]["spans"] == spans


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no such data folder"):
        read_dataset("geo", tmp_path / "nowhere")


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="no data set here"):
        read_dataset("geo", tmp_path)


def test_gold_file_missing(tmp_path: Path) -> None:
    geo_set(tmp_path, "x")
    (tmp_path / "gold.jsonl").unlink()
    with pytest.raises(EvaluationError, match=r"gold\.jsonl is missing"):
        read_dataset("geo", tmp_path)


def test_bad_json_names_the_line(tmp_path: Path) -> None:
    geo_set(tmp_path, "x")
    with (tmp_path / "docs.jsonl").open("a") as docs:
        docs.write("{not json\n")
    with pytest.raises(EvaluationError, match=r"docs\.jsonl:3: not JSON"):
        read_dataset("geo", tmp_path)


def test_gold_of_another_task(tmp_path: Path) -> None:
    with pytest.raises(EvaluationError, match="has no 'times': is this a time data set"):
        read_dataset("time", geo_set(tmp_path, "x"))


def test_bad_date(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "docs.jsonl", [{"id": "d", "text": "t", "published": "last week"}])
    write_jsonl(tmp_path / "gold.jsonl", [{"id": "d", "label": "OTHER"}])
    with pytest.raises(EvaluationError, match="'published' is not a date"):
        read_dataset("case", tmp_path)


def test_meantime_beside_jsonl_sets() -> None:
    shared_time = Path(__file__).parents[2] / ".." / "shared" / "eval" / "time"
    if not shared_time.is_dir():
        pytest.skip("../shared is absent")
    pytest.importorskip("eventwire.evaluate.meantime")
    dataset = read_dataset("time", shared_time)
    prefixes = {doc_id.split("-")[0] for doc_id in dataset.gold}
    assert prefixes == {"meantime", "tbaq"}
    assert len(dataset.articles) == 256 + 120
