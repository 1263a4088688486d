"""The merge benchmark: are reports of one event merged, and near-misses kept apart?

`data/merge_clusters.jsonl` holds labelled reports, one a line, each with a `cluster` label
(reports of one event share it) and a publication date. Synthetic reports (`"synthetic": true`)
carry their own text; real ones only point at a dev document (`dataset`, `doc_id`, optionally
`start`/`end` of the passage that reports the event), read from the shared eval folder at run
time and skipped when it is absent. Each text runs through the real Pipeline; its report is the
most confident non-speech event (within the passage when one is given). The reports are merged
and scored by pairs: a pair of reports is merged correctly when both share a gold cluster.
Real and synthetic reports are merged and scored separately.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventwire.aggregate.corpus_merge import merge_reports
from eventwire.aggregate.corpus_reports import SourceReport, reports_from_document
from eventwire.aggregate.corpus_rules import NEVER_MERGED, incompatibility, prepare
from eventwire.errors import EvaluationError
from eventwire.model import Article, Document

if TYPE_CHECKING:
    from eventwire.pipeline import Pipeline

BENCHMARK_FILE = "merge_clusters.jsonl"
PARTS = ("real", "synthetic")


@dataclass(frozen=True)
class BenchmarkItem:
    id: str
    cluster: str
    published: date
    synthetic: bool
    source: str | None = None
    text: str | None = None  # synthetic reports only
    dataset: str | None = None  # real reports: where the text is, under the eval folder
    doc_id: str | None = None
    start: int | None = None
    end: int | None = None


def load_benchmark(path: Path | None = None) -> list[BenchmarkItem]:
    """The labelled reports, from `path` or the packaged benchmark."""
    if path is None:
        text = resources.files("eventwire.data").joinpath(BENCHMARK_FILE).read_text("utf-8")
    else:
        text = path.read_text("utf-8")
    items = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            items.append(
                BenchmarkItem(
                    id=row["id"],
                    cluster=row["cluster"],
                    published=date.fromisoformat(row["published"]),
                    synthetic=bool(row.get("synthetic", False)),
                    source=row.get("source"),
                    text=row.get("text"),
                    dataset=row.get("dataset"),
                    doc_id=row.get("doc_id"),
                    start=row.get("start"),
                    end=row.get("end"),
                )
            )
        except (KeyError, ValueError, TypeError) as error:
            raise EvaluationError(f"{BENCHMARK_FILE} line {number}: {error}") from None
    return items


def run_merge_eval(data_dir: Path, pipeline: Pipeline | None = None) -> dict[str, Any]:
    """Run the benchmark; `data_dir` is the shared eval folder holding the real texts."""
    if pipeline is None:
        from eventwire.pipeline import Pipeline

        pipeline = Pipeline()
    items = load_benchmark()
    started = time.perf_counter()
    result: dict[str, Any] = {"task": "merge"}
    for part in PARTS:
        chosen = [i for i in items if i.synthetic == (part == "synthetic")]
        texts = _texts(chosen, data_dir)
        if not texts:
            result[part] = {"skipped": f"no real texts under {data_dir}"}
            continue
        reports = _reports(chosen, texts, pipeline)
        result[part] = score_merge(chosen, reports)
    result["seconds"] = round(time.perf_counter() - started, 2)
    return result


def score_merge(
    items: Sequence[BenchmarkItem], reports: Mapping[str, SourceReport]
) -> dict[str, Any]:
    """Pairwise precision and recall of merging `reports` (item id → its report)."""
    merged = merge_reports(list(reports.values()))
    predicted_cluster = {}
    for event in merged:
        for source in event.sources:
            predicted_cluster[source.article_id] = event.id
    gold_cluster = {i.id: i.cluster for i in items}
    gold_pairs = _pairs(gold_cluster)
    predicted_pairs = _pairs(predicted_cluster)
    right = gold_pairs & predicted_pairs
    clusters = defaultdict(list)
    for item in items:
        clusters[item.cluster].append(item.id)
    return {
        "reports": len(items),
        "reports_with_event": len(reports),
        "gold_clusters": sum(1 for ids in clusters.values() if len(ids) > 1),
        "singletons": sum(1 for ids in clusters.values() if len(ids) == 1),
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": len(predicted_pairs),
        "precision": _ratio(len(right), len(predicted_pairs)),
        "recall": _ratio(len(right), len(gold_pairs)),
        "wrongly_merged": sorted(f"{a} + {b}" for a, b in predicted_pairs - gold_pairs),
        "missed": sorted(f"{a} + {b}" for a, b in gold_pairs - predicted_pairs),
        "no_event": sorted(i.id for i in items if i.id not in reports),
        "missed_because": _miss_causes(gold_pairs - predicted_pairs, reports),
    }


def _miss_causes(
    missed: set[tuple[str, str]], reports: Mapping[str, SourceReport]
) -> dict[str, int]:
    """Why missed pairs were not merged: the first rule that kept the two reports apart."""
    causes: Counter[str] = Counter()
    for a, b in missed:
        if a not in reports or b not in reports:
            causes["no event extracted"] += 1
            continue
        why = incompatibility(prepare(reports[a]), prepare(reports[b]))
        # "12 km apart (limit 10 km)" and "types differ (x / y)": the rule, not the values.
        causes[(why or "joined other reports").split(" (")[0].split(" apart")[0]] += 1
    return dict(causes.most_common())


def format_merge_summary(result: Mapping[str, Any]) -> str:
    """A few printable lines: one per part, then the errors."""
    lines = []
    for part in PARTS:
        figures = result.get(part, {})
        if "skipped" in figures:
            lines.append(f"merge {part:9s} skipped: {figures['skipped']}")
            continue
        lines.append(
            f"merge {part:9s} precision {figures['precision']:.3f}  recall {figures['recall']:.3f}"
            f"  ({figures['gold_clusters']} clusters, {figures['singletons']} singletons, "
            f"{figures['reports']} reports, {figures['gold_pairs']} gold pairs, "
            f"{figures['predicted_pairs']} merged pairs, "
            f"{len(figures['no_event'])} texts without an event)"
        )
    for part in PARTS:
        figures = result.get(part, {})
        if figures.get("missed_because"):
            causes = ", ".join(f"{k}: {v}" for k, v in figures["missed_because"].items())
            lines.append(f"  {part} missed pairs by cause: {causes}")
        for key in ("wrongly_merged", "missed", "no_event"):
            if figures.get(key):
                lines.append(f"  {part} {key.replace('_', ' ')}: {', '.join(figures[key])}")
    return "\n".join(lines)


def _texts(items: Iterable[BenchmarkItem], data_dir: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    documents: dict[str, dict[str, str]] = {}
    for item in items:
        if item.text is not None:
            texts[item.id] = item.text
            continue
        if item.dataset is None or item.doc_id is None:
            raise EvaluationError(f"{BENCHMARK_FILE}: {item.id} has neither text nor doc_id")
        if item.dataset not in documents:
            documents[item.dataset] = _dataset_texts(data_dir, item.dataset)
        text = documents[item.dataset].get(item.doc_id)
        if text is not None:
            texts[item.id] = text
    return texts


def _dataset_texts(data_dir: Path, dataset: str) -> dict[str, str]:
    """id → text of a dev data set, or nothing when the shared folder is not here."""
    for folder in (data_dir / dataset, data_dir / "eval" / dataset):
        docs = folder / "docs.jsonl"
        if docs.is_file():
            with docs.open(encoding="utf-8") as lines:
                rows = (json.loads(line) for line in lines if line.strip())
                return {row["id"]: row["text"] for row in rows}
    return {}


def _reports(
    items: Sequence[BenchmarkItem], texts: Mapping[str, str], pipeline: Pipeline
) -> dict[str, SourceReport]:
    wanted = [i for i in items if i.id in texts]
    articles = (
        Article(id=i.id, text=texts[i.id], published=i.published, source=i.source) for i in wanted
    )
    reports = {}
    for item, document in zip(wanted, pipeline.run(articles), strict=True):
        report = _main_report(item, document)
        if report is not None:
            reports[item.id] = report
    return reports


def _main_report(item: BenchmarkItem, document: Document) -> SourceReport | None:
    """The report the item stands for: its most confident non-speech event in the passage."""
    candidates = [
        r
        for r in reports_from_document(document)
        if r.event.type.eventwire not in NEVER_MERGED
        and (item.start is None or r.event.evidence.end > item.start)
        and (item.end is None or r.event.evidence.start < item.end)
    ]
    if not candidates:
        return None
    return max(candidates, key=lambda r: r.event.confidence)


def _pairs(cluster_of: Mapping[str, str]) -> set[tuple[str, str]]:
    members: defaultdict[str, list[str]] = defaultdict(list)
    for item, cluster in cluster_of.items():
        members[cluster].append(item)
    return {pair for ids in members.values() for pair in combinations(sorted(ids), 2)}


def _ratio(numerator: int, denominator: int) -> float:
    # No merges asked and none made is perfect agreement, not zero.
    return numerator / denominator if denominator else 1.0
