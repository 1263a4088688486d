"""The pipeline on a Dask cluster: `eventwire ingest PATH... --cluster local:N | tcp://...`.

    from eventwire.cluster import ingest_on_cluster
    report = ingest_on_cluster(["corpus.jsonl"], "postgresql://...", "tcp://scheduler:8786",
                               parquet_dir=Path("out/"))
    print(report.line())

Needs the optional `cluster` extra (dask, distributed, pyarrow). See docs/scale.md.
"""

from __future__ import annotations

from eventwire.errors import UsageError

try:
    import distributed  # noqa: F401
    import pyarrow  # type: ignore[import-untyped, import-not-found, unused-ignore]  # noqa: F401
except ImportError as exc:  # pragma: no cover - the extra is installed where tests run
    raise UsageError(
        f"running on a cluster needs the `cluster` extra ({exc.name} is missing): "
        "pip install 'eventwire[cluster]'"
    ) from None

from eventwire.cluster.partitions import DEFAULT_PARTITION_SIZE, Partition, plan_partitions
from eventwire.cluster.report import Failure, RunReport
from eventwire.cluster.run import ingest_on_cluster

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "Failure",
    "Partition",
    "RunReport",
    "ingest_on_cluster",
    "plan_partitions",
]
