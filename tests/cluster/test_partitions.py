"""Planning partitions on the driver and reading them back on a worker (no cluster needed)."""

from __future__ import annotations

import json
import shutil
from itertools import pairwise
from pathlib import Path

import pytest

pytest.importorskip("distributed")  # eventwire.cluster needs the `cluster` extra

from eventwire.cluster.partitions import plan_partitions
from eventwire.cluster.reading import PartitionReader
from eventwire.errors import UsageError
from eventwire.ingest.sources import read_sources
from eventwire.model import Article

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample-news.jsonl"
EXAMPLE_TEXT = ROOT / "examples" / "drones-kyiv-2023-06-10.txt"


def _records() -> list[dict[str, object]]:
    return [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]


def _read_all(paths: list[str], size: int) -> list[Article]:
    articles: list[Article] = []
    for partition in plan_partitions(paths, size):
        articles += [a for a in PartitionReader(partition, None) if isinstance(a, Article)]
    return articles


@pytest.mark.parametrize("size", [1, 2, 3, 5, 100])
def test_jsonl_byte_ranges_cover_every_line_once(tmp_path: Path, size: int) -> None:
    corpus = tmp_path / "corpus.jsonl"
    # Copies under new ids and a blank line: more lines than one sample, uneven lengths.
    lines = [json.dumps({**r, "id": f"{r['id']}-{n}"}) for n in range(3) for r in _records()]
    corpus.write_text("\n".join(lines[:10]) + "\n\n" + "\n".join(lines[10:]), encoding="utf-8")
    plan = plan_partitions([str(corpus)], size)
    assert plan[0].start == 0 and plan[-1].end == corpus.stat().st_size
    assert all(a.end == b.start for a, b in pairwise(plan))
    expected = [a for a in read_sources([str(corpus)]) if isinstance(a, Article)]
    assert _read_all([str(corpus)], size) == expected
    if size == 100:
        assert len(plan) == 1


def test_unicode_line_breaks_inside_json_strings_stay_in_their_line(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = _records()
    records[1]["text"] = f"{records[1]['text']}\u2028Second paragraph.\x85Third.\u2029"
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    corpus.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    articles = _read_all([str(corpus)], 3)
    assert [a.text for a in articles] == [r["text"] for r in records]


def test_plan_is_stable_and_keys_change_with_the_file(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    shutil.copy(SAMPLE, corpus)
    first = [p.key for p in plan_partitions([str(corpus)], 2)]
    assert first == [p.key for p in plan_partitions([str(corpus)], 2)]
    assert len(set(first)) == len(first) > 1
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "new", "text": "Troops clashed near Goma."}) + "\n")
    assert set(first).isdisjoint(p.key for p in plan_partitions([str(corpus)], 2))


def test_the_content_hash_names_the_input_not_the_plan(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    shutil.copy(SAMPLE, corpus)
    partition = plan_partitions([str(corpus)], 3)[1]
    hashes = []
    for _ in range(2):
        reader = PartitionReader(partition, None)
        list(reader)
        hashes.append(reader.content_hash)
    assert hashes[0] == hashes[1]
    other = PartitionReader(plan_partitions([str(corpus)], 3)[0], None)
    list(other)
    assert other.content_hash != hashes[0]


def test_folders_are_grouped_into_file_lists(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for number, record in enumerate(_records()):
        (folder / f"{number:02}.txt").write_text(str(record["text"]), encoding="utf-8")
    shutil.copy(EXAMPLE_TEXT, folder / "kyiv.txt")
    plan = plan_partitions([str(folder)], 4)
    assert [p.kind for p in plan] == ["files"] * 3
    assert [len(p.paths) for p in plan] == [4, 4, 1]
    expected = [a for a in read_sources([str(folder)]) if isinstance(a, Article)]
    assert _read_all([str(folder)], 4) == expected


def test_parquet_inputs_split_by_row_groups(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    records = _records()
    table = pa.table({key: [r[key] for r in records] for key in records[0]})
    path = tmp_path / "news.parquet"
    pq.write_table(table, path, row_group_size=3)
    plan = plan_partitions([str(path)], 5)
    assert [(p.start, p.end) for p in plan] == [(0, 2), (2, 3)]
    articles = _read_all([str(path)], 5)
    assert [a.id for a in articles] == [r["id"] for r in records]
    assert [a.text for a in articles] == [r["text"] for r in records]
    assert articles[0].published is not None
    assert articles[0].published.isoformat() == records[0]["published"]


def test_standard_input_and_zero_sizes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        plan_partitions(["-"], 10)
    with pytest.raises(UsageError):
        plan_partitions([str(SAMPLE)], 0)
