"""`ingest_on_cluster` on a real LocalCluster: the same documents as one process, and a
worker killed mid-run costs nothing and duplicates nothing."""

from __future__ import annotations

import json
import os
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

import cloudpickle  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]
from distributed import Client, LocalCluster, WorkerPlugin

from eventwire.cluster import RunReport, ingest_on_cluster
from eventwire.ingest.sources import read_sources
from eventwire.model import Article
from eventwire.store import Store, article_hash

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "sample-news.jsonl"
EXAMPLE_TEXT = ROOT / "examples" / "drones-kyiv-2023-06-10.txt"


def _parquet_documents(folder: Path) -> list[tuple[str, dict[str, Any]]]:
    rows: list[tuple[str, dict[str, Any]]] = []
    # Only finished files: a worker killed while writing leaves a hidden temporary file.
    for path in sorted(folder.glob("part-*.parquet")):
        table = pq.read_table(path).to_pydict()
        rows += zip(table["article_id"], map(json.loads, table["document"]), strict=True)
    return rows


def _single_process(pipeline: Any, paths: list[str]) -> dict[str, dict[str, Any]]:
    documents = pipeline.run(a for a in read_sources(paths) if isinstance(a, Article))
    return {article_hash(d.article): d.to_dict() for d in documents}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(SAMPLE, news / "sample-news.jsonl")
    shutil.copy(EXAMPLE_TEXT, news / "drones-kyiv.txt")
    return [str(news)]


def test_two_workers_give_the_single_process_documents(
    corpus: list[str], tmp_path: Path, pipeline: Any
) -> None:
    db = tmp_path / "events.db"
    out = tmp_path / "parquet"
    seen: list[int] = []
    report = ingest_on_cluster(
        corpus,
        str(db),
        "local:2",
        parquet_dir=out,
        partition_size=3,
        progress=lambda r: seen.append(r.partitions_done),
    )
    expected = _single_process(pipeline, corpus)
    assert len(expected) == 9
    # The jsonl's 8 lines in 3 byte ranges, the text file in a list of its own.
    assert report.partitions == 4 and seen == [1, 2, 3, 4]
    assert report.articles == report.stored == 9 and not report.failures
    assert report.workers == 2 and len(report.peak_memory_mb) <= 2
    assert all(100 < mb < 4000 for mb in report.peak_memory_mb.values())
    assert report.stage_seconds["nlp"] > 0 and report.articles_per_second > 0
    assert report.merged is not None and report.run_id is not None

    from_parquet = _parquet_documents(out)
    assert len(from_parquet) == 9 and len(report.parquet_files) == 4
    assert dict(from_parquet) == expected
    with Store.open(str(db)) as store:
        stored = dict(store.documents())
        assert store.count("articles") == 9
        run = store.connection.fetchall("SELECT status, stored FROM runs")
    assert run == [("done", 9)]
    assert {k: v for k, v in stored.items()} == expected


class _KillOnce(WorkerPlugin):
    """Ends the first worker process that starts a task, a moment into that task, once per
    test (a marker file shared by the worker processes says it happened)."""

    def __init__(self, marker: str, delay: float) -> None:
        self.marker = marker
        self.delay = delay

    def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
        if finish != "executing" or "eventwire-partition" not in str(key):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        # os._exit: no cleanup, no goodbye to the scheduler, as when a machine is lost.
        threading.Timer(self.delay, os._exit, (1,)).start()


@pytest.fixture
def local_cluster() -> Iterator[Any]:
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield cluster, client


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    corpus: list[str], tmp_path: Path, local_cluster: Any
) -> None:
    cluster, client = local_cluster
    # The plugin travels by value: the worker processes cannot import this test module.
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    try:
        marker = tmp_path / "killed"
        client.register_plugin(_KillOnce(str(marker), delay=0.2))
        db = tmp_path / "events.db"
        out = tmp_path / "parquet"
        report: RunReport = ingest_on_cluster(
            corpus, str(db), cluster.scheduler_address, parquet_dir=out, partition_size=2
        )
        assert marker.exists(), "no worker was killed"
        assert report.failed_partitions == 0 and not report.failures
        assert report.articles == 9
        with Store.open(str(db)) as store:
            ids = [row[0] for row in store.connection.fetchall("SELECT id FROM articles")]
            documents = store.count("documents")
        assert len(ids) == len(set(ids)) == documents == 9
        from_parquet = [article_id for article_id, _ in _parquet_documents(out)]
        assert len(from_parquet) == len(set(from_parquet)) == 9
        assert set(from_parquet) == set(ids)
    finally:
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])
