"""Throughput of `eventwire ingest --cluster` on a Dask LocalCluster, 1 worker against 2.

usage: bench_scale.py [--articles N] [--partition-size N] [--shared DIR] [--json FILE]
                      [--big] [--big-articles N] [--strict]

Builds a JSON Lines corpus of at least 2,000 articles from the real geoparsing dev texts in
../shared/eval/geo (LGL, GeoWebNews, GeoVirus), repeated with new ids, then times:
(a) the single-process path, `Pipeline.run` over the same articles in this process;
(b) `ingest_on_cluster` on `local:1`; (c) on `local:2`; each writing Parquet partitions to a
temporary folder. Model loading and cluster start-up are excluded from every rate (each side
is warmed up first), so the rates compare steady-state processing. Targets: (c) at >= 1.7x
the articles/s of (b), and per-core throughput ((c)/2) within 15% of (a). Wall-clock rates
depend on what else runs on the machine, so the load average is printed with each phase,
and CPU-time rates (articles per CPU second) are printed beside them.

`--big` also runs a synthetic corpus of 100,000 articles (`--big-articles`) on `local:2` and
reports the peak resident memory of each worker: it stays bounded because a worker holds one
partition at a time. `--strict` exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO / ".." / "shared"
SETS = ("lgl", "gwn", "geovirus")
MIN_SPEEDUP = 1.7
PER_CORE_TOLERANCE = 0.15
WARM_UP = 10


def dev_records(shared: Path) -> list[dict[str, Any]]:
    records = []
    for name in SETS:
        path = shared / "eval" / "geo" / name / "docs.jsonl"
        with path.open(encoding="utf-8") as handle:
            records += [json.loads(line) for line in handle if line.strip()]
    return records


def repeated(records: list[dict[str, Any]], count: int) -> Iterator[dict[str, Any]]:
    """`count` records: the dev texts in turn, each copy under a new id."""
    for number in range(count):
        record = dict(records[number % len(records)])
        record["id"] = f"{record['id']}-copy{number // len(records)}"
        yield record


def write_corpus(records: list[dict[str, Any]], count: int, path: Path) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for record in repeated(records, count):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min) {five:.2f} (5 min) on {os.cpu_count()} cores"


def single_process(corpus: Path) -> dict[str, Any]:
    from eventwire.ingest.sources import read_sources
    from eventwire.model import Article
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    warm = [a for a in read_sources([str(corpus)]) if isinstance(a, Article)][:WARM_UP]
    for _ in pipeline.run(warm):
        pass
    pipeline.timings.reset()
    load_before = load()
    started, cpu_started = time.perf_counter(), time.process_time()
    count = 0
    for item in pipeline.run_inputs(read_sources([str(corpus)])):
        count += 1
        del item
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "articles": count,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "articles_per_second": count / seconds,
        "articles_per_cpu_second": count / cpu_seconds,
        "stage_seconds": pipeline.timings.to_dict()["stage_seconds"],
        "load_before": load_before,
        "load_after": load(),
    }


def on_cluster(corpus: Path, workers: int, partition_size: int) -> dict[str, Any]:
    from eventwire.cluster import ingest_on_cluster

    load_before = load()
    with tempfile.TemporaryDirectory() as folder:
        report = ingest_on_cluster(
            [str(corpus)],
            None,
            f"local:{workers}",
            parquet_dir=Path(folder),
            partition_size=partition_size,
        )
    figures = report.to_dict()
    figures.pop("failures")
    figures["failure_count"] = len(report.failures)
    figures["load_before"] = load_before
    figures["load_after"] = load()
    return figures


def line(name: str, run: dict[str, Any]) -> str:
    return (
        f"{name:18} {run['articles']:7,} articles {run['seconds']:8.1f} s "
        f"{run['articles_per_second']:7.2f} articles/s  "
        f"{run['articles_per_cpu_second']:6.2f} articles/CPU-s   [{run['load_before']}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (>= 2,000)")
    parser.add_argument("--partition-size", type=int, default=100, help="articles per task")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--big", action="store_true", help="also run the synthetic big corpus")
    parser.add_argument("--big-articles", type=int, default=100_000, help="size with --big")
    parser.add_argument("--skip-compare", action="store_true", help="only the --big run")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    if not (args.shared / "eval" / "geo").is_dir():
        sys.exit(f"bench-scale: {args.shared.resolve()}/eval/geo not found: needs ../shared")
    records = dev_records(args.shared)
    # Imported before the first measurement, so that every phase runs the same code.
    import eventwire.cluster
    import eventwire.pipeline  # noqa: F401

    figures: dict[str, Any] = {}
    missed = False
    with tempfile.TemporaryDirectory() as folder:
        if not args.skip_compare:
            corpus = write_corpus(records, args.articles, Path(folder) / "corpus.jsonl")
            print(f"corpus: {args.articles:,} articles from {len(records)} dev texts; {load()}")
            single = single_process(corpus)
            print(line("single process", single), flush=True)
            one = on_cluster(corpus, 1, args.partition_size)
            print(line("local:1", one), flush=True)
            two = on_cluster(corpus, 2, args.partition_size)
            print(line("local:2", two), flush=True)
            speedup = two["articles_per_second"] / one["articles_per_second"]
            per_core = two["articles_per_second"] / 2 / single["articles_per_second"]
            cpu_per_core = two["articles_per_cpu_second"] / single["articles_per_cpu_second"]
            ok_speedup = speedup >= MIN_SPEEDUP
            ok_core = per_core >= 1 - PER_CORE_TOLERANCE
            missed = not (ok_speedup and ok_core)
            print(
                f"speedup 2 workers / 1 worker: {speedup:.2f}x (target >= {MIN_SPEEDUP}x): "
                f"{'PASS' if ok_speedup else 'MISS'}"
            )
            print(
                f"per core, 2 workers / single process (wall): {per_core:.2f} "
                f"(target >= {1 - PER_CORE_TOLERANCE:.2f}): {'PASS' if ok_core else 'MISS'}"
            )
            print(f"per core, 2 workers / single process (CPU time): {cpu_per_core:.2f}")
            for name, run in (("local:1", one), ("local:2", two)):
                peaks = ", ".join(f"{mb:.0f} MB" for mb in run["peak_memory_mb"].values())
                print(
                    f"{name} peak memory per worker: {peaks}; start-up and model load "
                    f"{run['setup_seconds']:.1f} s (not in the rate)"
                )
            figures.update(
                single=single,
                one_worker=one,
                two_workers=two,
                speedup=speedup,
                per_core=per_core,
                cpu_per_core=cpu_per_core,
            )
        if args.big:
            big = write_corpus(records, args.big_articles, Path(folder) / "big.jsonl")
            run = on_cluster(big, 2, 500)
            print(line("big on local:2", run))
            peaks = ", ".join(f"{w}: {mb:.0f} MB" for w, mb in run["peak_memory_mb"].items())
            print(f"big: peak memory per worker {peaks}")
            figures["big"] = run
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    sys.exit(1 if args.strict and missed else 0)


if __name__ == "__main__":
    main()
