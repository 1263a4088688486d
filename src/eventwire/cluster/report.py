"""The run report of a cluster ingest: throughput, time per stage, failures, output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eventwire.cluster.worker import PartitionResult
from eventwire.stage_timing import STAGES


@dataclass(frozen=True)
class Failure:
    """One input that produced no Document: a rejected article, or a partition that failed."""

    input: str
    reason: str
    source_id: str | None = None


@dataclass
class RunReport:
    """What a cluster run did. Filled in as partitions finish; complete once returned.

    `stage_seconds` sums every worker's `Pipeline.timings` (so it is CPU-side time across all
    workers, larger than `seconds` on a cluster); `seconds` is the driver's wall clock from
    submitting the first partition to the last result, the basis of `articles_per_second`.
    `peak_memory_mb` is each worker process's peak resident memory, by worker address.
    """

    cluster: str
    workers: int = 0
    partitions: int = 0
    partitions_done: int = 0
    articles: int = 0
    events: int = 0
    stored: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)
    failed_partitions: int = 0
    seconds: float = 0.0
    setup_seconds: float = 0.0
    merge_seconds: float = 0.0
    pipeline_seconds: float = 0.0
    cpu_seconds: float = 0.0
    stage_seconds: dict[str, float] = field(
        default_factory=lambda: dict.fromkeys((*STAGES, "other"), 0.0)
    )
    peak_memory_mb: dict[str, float] = field(default_factory=dict)
    parquet_dir: str | None = None
    parquet_files: list[str] = field(default_factory=list)
    db_url: str | None = None
    run_id: int | None = None
    merged: str | None = None

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    @property
    def articles_per_cpu_second(self) -> float:
        """Articles per second of worker CPU: per-core throughput, whatever else runs."""
        return self.articles / self.cpu_seconds if self.cpu_seconds > 0 else 0.0

    def add(self, result: PartitionResult) -> None:
        self.partitions_done += 1
        self.articles += result.articles
        self.events += result.events
        self.stored += result.stored
        self.skipped += result.skipped
        self.failures.extend(Failure(*failure) for failure in result.failures)
        for stage, seconds in result.stage_seconds.items():
            self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds
        self.pipeline_seconds += result.pipeline_seconds
        self.cpu_seconds += result.cpu_seconds
        peak = self.peak_memory_mb.get(result.worker, 0.0)
        self.peak_memory_mb[result.worker] = max(peak, result.peak_rss_mb)
        if result.parquet_file is not None:
            self.parquet_files.append(result.parquet_file)

    def add_failed_partition(self, description: str, reason: str) -> None:
        self.partitions_done += 1
        self.failed_partitions += 1
        self.failures.append(Failure(description, reason))

    def line(self) -> str:
        where = [w for w in (self.db_url, self.parquet_dir) if w]
        return (
            f"{self.articles:,} article(s) with {self.events:,} event(s) in "
            f"{self.seconds:.1f} s on {self.workers} worker(s): "
            f"{self.articles_per_second:.1f} articles/s; stored {self.stored:,}, "
            f"skipped {self.skipped:,} already stored, {len(self.failures):,} failed "
            f"({self.failed_partitions} partition(s)); output: {', '.join(where) or 'none'}"
        )

    def to_dict(self) -> dict[str, Any]:
        total = self.pipeline_seconds
        return {
            "cluster": self.cluster,
            "workers": self.workers,
            "partitions": self.partitions,
            "failed_partitions": self.failed_partitions,
            "articles": self.articles,
            "events": self.events,
            "stored": self.stored,
            "skipped": self.skipped,
            "failed": len(self.failures),
            "seconds": self.seconds,
            "setup_seconds": self.setup_seconds,
            "merge_seconds": self.merge_seconds,
            "articles_per_second": self.articles_per_second,
            "articles_per_cpu_second": self.articles_per_cpu_second,
            "cpu_seconds": self.cpu_seconds,
            "pipeline_seconds": total,
            "stage_seconds": dict(self.stage_seconds),
            "stage_shares": {
                stage: seconds / total if total > 0 else 0.0
                for stage, seconds in self.stage_seconds.items()
            },
            "peak_memory_mb": dict(self.peak_memory_mb),
            "parquet_dir": self.parquet_dir,
            "parquet_files": len(self.parquet_files),
            "db_url": self.db_url,
            "run_id": self.run_id,
            "merged": self.merged,
            "failures": [
                {"input": f.input, "reason": f.reason, "id": f.source_id} for f in self.failures
            ],
        }
