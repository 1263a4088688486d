"""From a `--cluster` value to a Dask client: `local:N` or a scheduler address."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import dask
from distributed import Client, LocalCluster

from eventwire.errors import UsageError

SCHEDULER_SCHEMES = ("tcp://", "tls://", "ws://", "wss://", "inproc://", "ucx://")
# How long to wait for a remote cluster to have at least one worker.
WORKER_WAIT_SECONDS = 120.0
# Worker settings for a busy, GIL-bound task. By default a worker's event loop wakes every
# 10-100 ms (statistical profiler, tick, memory and system monitors), and each wake-up takes
# the GIL from the task: measured on news articles, that cost 25-30% of the per-core rate
# (spaCy most of all). Glibc's memory trimming, which distributed turns on for its workers,
# cost a few percent more. With these the worker matches a single process per CPU second.
# docs/scale.md gives the same settings for workers started by hand.
QUIET_WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
}


def parse_local(spec: str) -> int | None:
    """N for `local:N`, None for a scheduler address; UsageError for anything else."""
    if spec.startswith(SCHEDULER_SCHEMES):
        return None
    prefix, _, count = spec.partition(":")
    if prefix == "local" and count.isdigit() and int(count) >= 1:
        return int(count)
    raise UsageError(
        f"--cluster {spec!r}: give a scheduler address (tcp://host:8786) or local:N "
        "(N worker processes on this machine)"
    )


@contextmanager
def cluster_client(spec: str) -> Iterator[Client]:
    """A client for the cluster `spec` names; a local cluster is started and shut down here."""
    workers = parse_local(spec)
    if workers is None:
        try:
            client = Client(spec, timeout="30s")  # type: ignore[no-untyped-call]
        except OSError as exc:
            raise UsageError(f"--cluster {spec}: cannot reach the scheduler ({exc})") from None
        try:
            client.wait_for_workers(1, timeout=WORKER_WAIT_SECONDS)
        except TimeoutError:
            client.close()  # type: ignore[no-untyped-call]
            raise UsageError(
                f"--cluster {spec}: the scheduler has no workers "
                f"(waited {WORKER_WAIT_SECONDS:.0f} s); start some with `dask worker {spec}`"
            ) from None
        with client:
            yield client
        return
    environment = dict(dask.config.get("distributed.nanny.pre-spawn-environ"))
    environment.pop("MALLOC_TRIM_THRESHOLD_", None)
    settings = {**QUIET_WORKER_CONFIG, "distributed.nanny.pre-spawn-environ": environment}
    # One thread per process: the pipeline holds the GIL, so threads would only contend.
    # The nannies copy the configuration as they are made, for the workers they start.
    with (
        dask.config.set(settings),
        LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
