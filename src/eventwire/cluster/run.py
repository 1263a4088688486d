"""`ingest_on_cluster`: the pipeline over a corpus on a Dask cluster, driven from here.

The driver plans partitions (see `partitions`), registers the worker plugin that loads the
Pipeline once per worker, submits one task per partition and collects small results as they
finish. Workers read their own input and write their own output (Parquet files, database
rows); the driver only records failures, the run, and merges across articles at the end.
When a worker dies, Dask reschedules the partitions it held; the idempotent writes make the
recomputation harmless.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from time import perf_counter

from distributed import Client, as_completed
from distributed.client import Future

from eventwire.cluster.connect import cluster_client, parse_local
from eventwire.cluster.partitions import DEFAULT_PARTITION_SIZE, Partition, plan_partitions
from eventwire.cluster.report import Failure, RunReport
from eventwire.cluster.worker import PartitionResult, PipelineLoader, process_partition
from eventwire.errors import UsageError
from eventwire.model import RejectedInput, content_id
from eventwire.store.merging import merge_store
from eventwire.store.store import Store

Progress = Callable[[RunReport], None]


def ingest_on_cluster(
    paths: Sequence[str],
    db_url: str | None,
    cluster: str,
    *,
    parquet_dir: Path | None = None,
    published: date | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    merge: bool = True,
    progress: Progress | None = None,
) -> RunReport:
    """Extract every article under `paths` on the Dask cluster `cluster`.

    `cluster` is `local:N` (N worker processes here) or a scheduler address such as
    `tcp://host:8786`. Documents go to `db_url` (stored idempotently by content hash; with
    `merge`, reports are then merged across articles on the driver) and/or to one Parquet
    file per partition in `parquet_dir`. `progress` is called with the report so far after
    every partition. Raises UsageError when there is nowhere to write or nothing to read.
    """
    if db_url is None and parquet_dir is None:
        raise UsageError("a cluster run needs somewhere to write: a database, --parquet, or both")
    parse_local(cluster)  # a mistyped --cluster fails here, before the database is touched
    # Absolute paths: a worker on another machine (or another working folder) reads them.
    partitions = plan_partitions([_absolute(p) for p in paths], partition_size)
    if db_url is not None and not db_url.startswith(("postgresql://", "postgres://")):
        db_url = os.path.abspath(db_url.removeprefix("sqlite:///"))
    if not partitions:
        raise UsageError("no input files found under the given paths")
    report = RunReport(
        cluster=cluster,
        partitions=len(partitions),
        db_url=db_url,
        parquet_dir=str(parquet_dir) if parquet_dir is not None else None,
    )
    store = Store.open(db_url) if db_url is not None else None
    try:
        if store is not None:
            # Created and migrated here, before any worker opens it.
            report.run_id = store.start_run("ingest --cluster", list(paths))
        with cluster_client(cluster) as client:
            _run(client, partitions, report, store, parquet_dir, published, progress)
        if store is not None and merge:
            started = perf_counter()
            report.merged = merge_store(store).line()
            report.merge_seconds = perf_counter() - started
        if store is not None and report.run_id is not None:
            _finish(store, report, "done")
    except BaseException as exc:
        if store is not None and report.run_id is not None:
            status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
            _finish(store, report, status)
        raise
    finally:
        if store is not None:
            store.close()
    return report


def _run(
    client: Client,
    partitions: list[Partition],
    report: RunReport,
    store: Store | None,
    parquet_dir: Path | None,
    published: date | None,
    progress: Progress | None,
) -> None:
    started = perf_counter()
    client.register_plugin(PipelineLoader())
    report.workers = len(client.nthreads())  # type: ignore[no-untyped-call]
    report.setup_seconds = perf_counter() - started
    folder = str(parquet_dir.resolve()) if parquet_dir is not None else None
    db_url = report.db_url
    described = {_task_key(p, db_url, folder, published): p for p in partitions}
    started = perf_counter()
    futures = client.map(
        process_partition,
        partitions,
        db_url=db_url,
        parquet_dir=folder,
        published=published,
        run_id=report.run_id,
        key=list(described),
    )
    try:
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            _collect(future, described, report, store)
            future.release()
            report.seconds = perf_counter() - started
            if progress is not None:
                progress(report)
    except BaseException:
        client.cancel(futures)  # type: ignore[no-untyped-call]
        raise
    report.seconds = perf_counter() - started
    report.workers = max(report.workers, len(report.peak_memory_mb))


def _collect(
    future: Future[PartitionResult],
    described: dict[str, Partition],
    report: RunReport,
    store: Store | None,
) -> None:
    failures_before = len(report.failures)
    try:
        report.add(future.result())
    except Exception as exc:
        # The partition's task raised, or Dask gave up on it after losing several workers
        # while it ran (KilledWorker): the rest of the run goes on.
        partition = described[str(future.key)]
        report.add_failed_partition(partition.describe(), f"{type(exc).__name__}: {exc}")
    if store is not None and len(report.failures) > failures_before:
        store.record_failures(
            [_rejected(f) for f in report.failures[failures_before:]], report.run_id
        )


def _rejected(failure: Failure) -> RejectedInput:
    return RejectedInput(failure.input, failure.reason, failure.source_id)


def _task_key(
    partition: Partition, db_url: str | None, folder: str | None, published: date | None
) -> str:
    # The output is part of the key: two runs of one corpus to two databases are two tasks.
    return f"eventwire-partition-{content_id(partition.key, db_url, folder, published)}"


def _finish(store: Store, report: RunReport, status: str) -> None:
    timings = {
        "articles": report.articles,
        "rejected": len(report.failures),
        "total_seconds": report.pipeline_seconds,
        "articles_per_second": report.articles_per_second,
        "stage_seconds": report.stage_seconds,
        "workers": report.workers,
        "cluster": report.cluster,
    }
    store.finish_run(
        report.run_id or 0,
        status,
        report.stored,
        report.skipped,
        len(report.failures),
        report.seconds,
        timings,
    )


def _absolute(path: str) -> str:
    return path if path == "-" else os.path.abspath(path)  # "-" is refused by the plan
