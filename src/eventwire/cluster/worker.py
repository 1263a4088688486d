"""What runs on a Dask worker: one Pipeline per worker process, one task per partition.

`PipelineLoader` is a worker plugin that loads the Pipeline (language model and gazetteer)
as the worker starts, so a task never pays for it and the model is loaded once per process.
`process_partition` is the task: it reads its partition, runs it through the Pipeline with
`nlp.pipe` batching, and writes the Documents to Parquet and/or the database. Both writes are
idempotent (file named by input hash, articles keyed by content hash), so a partition that
Dask recomputes after losing a worker writes nothing twice.
"""

from __future__ import annotations

import resource
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from time import perf_counter, process_time

from distributed import Worker, WorkerPlugin, get_worker

from eventwire.cluster.parquet_output import write_documents
from eventwire.cluster.partitions import Partition
from eventwire.cluster.reading import PartitionReader
from eventwire.ingest import article_from_text
from eventwire.model import Article, Document, RejectedInput
from eventwire.pipeline import Pipeline
from eventwire.store.errors import StoreError
from eventwire.store.rows import article_hash
from eventwire.store.store import Store

STORE_BATCH = 50

_PIPELINE: Pipeline | None = None
_WARM_UP_TEXT = (
    "KYIV, June 10 (Reuters) - Russian forces shelled the city of Kherson on Friday, killing "
    'two civilians, the regional governor said. "The strikes hit a market," he told reporters.'
)
# A worker started with several threads would run tasks side by side: one Pipeline (one
# spaCy model) is not safe to share that way, and the GIL would gain nothing anyway.
_LOCK = threading.Lock()


def worker_pipeline() -> Pipeline:
    """This process's Pipeline, loaded on first use."""
    global _PIPELINE
    if _PIPELINE is None:
        pipeline = Pipeline()
        # One short article through every stage: the stages import and build their tables
        # on first use, which would otherwise land in the first partition's time.
        pipeline.process(article_from_text(_WARM_UP_TEXT, date(2023, 6, 10)))
        pipeline.timings.reset()
        _PIPELINE = pipeline
    return _PIPELINE


class PipelineLoader(WorkerPlugin):
    """Loads the worker's Pipeline when the worker starts (and when a restarted one does)."""

    name = "eventwire-pipeline"
    idempotent = True

    def setup(self, worker: Worker) -> None:
        worker_pipeline()


@dataclass
class PartitionResult:
    """What one partition produced, sent back to the driver (small: no documents)."""

    partition: str
    worker: str
    articles: int = 0
    events: int = 0
    stored: int = 0
    skipped: int = 0
    failures: list[tuple[str, str, str | None]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    pipeline_seconds: float = 0.0
    cpu_seconds: float = 0.0
    seconds: float = 0.0
    parquet_file: str | None = None
    peak_rss_mb: float = 0.0


def process_partition(
    partition: Partition,
    db_url: str | None,
    parquet_dir: str | None,
    published: date | None,
    run_id: int | None = None,
) -> PartitionResult:
    """Run one partition through this worker's Pipeline and write its Documents."""
    with _LOCK:
        return _process(partition, db_url, parquet_dir, published, run_id)


def _process(
    partition: Partition,
    db_url: str | None,
    parquet_dir: str | None,
    published: date | None,
    run_id: int | None,
) -> PartitionResult:
    started, cpu_started = perf_counter(), process_time()
    pipeline = worker_pipeline()
    pipeline.timings.reset()
    result = PartitionResult(partition=partition.describe(), worker=_worker_address())
    reader = PartitionReader(partition, published)
    store = Store.open(db_url) if db_url is not None else None
    try:
        items: Iterator[Article | RejectedInput] = iter(reader)
        if store is not None and parquet_dir is None:
            # Only the database is written: content it holds need not be parsed again.
            items = _new_only(store, items, result)
        kept: list[Document] = []
        batch: list[Document] = []
        for item in pipeline.run_inputs(items):
            if isinstance(item, RejectedInput):
                result.failures.append((item.input_name, item.reason, item.id))
                continue
            result.articles += 1
            result.events += len(item.events)
            if parquet_dir is not None:
                kept.append(item)
            if store is not None:
                batch.append(item)
                if len(batch) >= STORE_BATCH:
                    result.stored += _store(store, batch, run_id)
                    batch = []
        if store is not None:
            result.stored += _store(store, batch, run_id)
        if parquet_dir is not None:
            path = write_documents(kept, Path(parquet_dir), reader.content_hash)
            result.parquet_file = str(path)
    finally:
        if store is not None:
            store.close()
    timings = pipeline.timings
    result.stage_seconds = {**timings.stage_seconds(), "other": timings.other_seconds}
    result.pipeline_seconds = timings.total
    result.cpu_seconds = process_time() - cpu_started
    result.seconds = perf_counter() - started
    result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def _new_only(
    store: Store, items: Iterator[Article | RejectedInput], result: PartitionResult
) -> Iterator[Article | RejectedInput]:
    for item in items:
        if isinstance(item, Article) and store.has_article(article_hash(item)):
            result.skipped += 1
            continue
        yield item


def _store(store: Store, batch: list[Document], run_id: int | None) -> int:
    if not batch:
        return 0
    try:
        return store.store_documents(batch, run_id)
    except StoreError:
        # Two workers may race to insert one article (a partition recomputed while the
        # worker presumed lost still runs, or one text in two partitions): the loser's
        # transaction fails on the key; once more, it finds the winner's rows and skips them.
        return store.store_documents(batch, run_id)


def _worker_address() -> str:
    try:
        return str(get_worker().address)
    except ValueError:  # called outside a worker, e.g. directly in a test
        return "local"
