"""One ingest run: articles through the pipeline into the store, batch by batch.

Articles whose content is already stored are skipped before the pipeline parses them, so a
rerun after a crash only does the missing work. Documents are committed every `batch_size`
articles in one transaction each: a kill loses at most the batch in flight, which the next
run stores. The run is recorded in `runs` at its start and completed with its counts and the
pipeline's per-stage timings at its end.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass
from time import perf_counter
from typing import TYPE_CHECKING

from eventwire.model import Article, Document, RejectedInput
from eventwire.store.rows import article_hash
from eventwire.store.store import Store

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

DEFAULT_BATCH = 50


@dataclass
class IngestSummary:
    run_id: int
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    seconds: float = 0.0
    status: str = "running"

    @property
    def articles_per_second(self) -> float:
        return self.stored / self.seconds if self.seconds > 0 else 0.0

    def line(self) -> str:
        return (
            f"stored {self.stored:,} article(s) with {self.events:,} event(s), "
            f"skipped {self.skipped:,} already stored, {self.failed:,} failed; "
            f"{self.articles_per_second:.1f} articles/s"
        )


def ingest(
    store: Store,
    pipeline: Pipeline,
    items: Iterable[Article | RejectedInput],
    inputs: Iterable[str] = (),
    batch_size: int = DEFAULT_BATCH,
    on_failure: Callable[[RejectedInput], None] | None = None,
    on_progress: Callable[[IngestSummary], None] | None = None,
) -> IngestSummary:
    """Store every new article of `items`; record failures and the run.

    On an error (a full disk, a lost database) or an interrupt, what was committed stays,
    the run is marked failed or interrupted when the database still accepts it, and the
    error propagates.
    """
    summary = IngestSummary(run_id=store.start_run("ingest", list(inputs)))
    started = perf_counter()
    pipeline.timings.reset()
    batch: list[Document] = []
    failures: list[RejectedInput] = []

    def flush() -> None:
        if batch:
            summary.stored += store.store_documents(batch, summary.run_id)
            summary.events += sum(len(d.events) for d in batch)
            batch.clear()
        if failures:
            store.record_failures(failures, summary.run_id)
            failures.clear()

    try:
        for item in pipeline.run_inputs(_new_only(store, items, summary)):
            if isinstance(item, RejectedInput):
                summary.failed += 1
                failures.append(item)
                if on_failure is not None:
                    on_failure(item)
            else:
                batch.append(item)
            if len(batch) >= batch_size or len(failures) >= batch_size:
                flush()
            if on_progress is not None:
                summary.seconds = perf_counter() - started
                on_progress(summary)
        flush()
        summary.status = "done"
    except KeyboardInterrupt:
        summary.status = "interrupted"
        try:
            flush()  # what was parsed before Ctrl-C is worth keeping
        finally:
            _finish_quietly(store, summary, started, pipeline)
        raise
    except BaseException:
        summary.status = "failed"
        _finish_quietly(store, summary, started, pipeline)
        raise
    summary.seconds = perf_counter() - started
    store.finish_run(
        summary.run_id,
        summary.status,
        summary.stored,
        summary.skipped,
        summary.failed,
        summary.seconds,
        pipeline.timings.to_dict(),
    )
    return summary


def _new_only(
    store: Store, items: Iterable[Article | RejectedInput], summary: IngestSummary
) -> Iterator[Article | RejectedInput]:
    """Drop articles whose content is stored (or already queued in this run)."""
    queued: set[str] = set()
    for item in items:
        if isinstance(item, Article):
            key = article_hash(item)
            if key in queued or store.has_article(key):
                summary.skipped += 1
                continue
            queued.add(key)
        yield item


def _finish_quietly(
    store: Store, summary: IngestSummary, started: float, pipeline: Pipeline
) -> None:
    summary.seconds = perf_counter() - started
    # The database may be what failed: the first error is the one to report.
    with suppress(Exception):
        store.finish_run(
            summary.run_id,
            summary.status,
            summary.stored,
            summary.skipped,
            summary.failed,
            summary.seconds,
            pipeline.timings.to_dict(),
        )
