"""Train the incident model (src/eventwire/data/incident_model.json): `make incident-model`.

Runs the pipeline over the labelled texts of shared/corpus/ukraine-president-ua with every
violent or protest record kept as its sentence gave it, labels each record an incident when its
sentence is one the labels give for an incident (current or background), and fits a logistic
regression (L2, classes weighed equally) over `incident_features` by gradient descent. The dev
sets are never read here: the threshold is chosen on articles-dev's tune half separately
(`eventwire eval articles --half tune`) and passed as --threshold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.aggregate.incidents.features import home_country, incident_features
from eventwire.aggregate.incidents.model import IncidentModel
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "labels" / "incidents-ukraine-president-ua.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "ukraine-president-ua" / "docs.jsonl"
OUT = ROOT / "src" / "eventwire" / "data" / "incident_model.json"
L2 = 1.0
STEPS = 3000
RATE = 0.5


def _overlaps(event: Event, spans: list[dict[str, int]]) -> bool:
    return any(event.evidence.start < s["end"] and s["start"] < event.evidence.end for s in spans)


def candidates(labels: dict[str, Any]) -> tuple[list[dict[str, float]], list[int]]:
    articles = []
    with CORPUS.open(encoding="utf-8") as corpus:
        for line in corpus:
            doc = json.loads(line)
            if doc["id"] in labels:
                articles.append(
                    Article(
                        id=doc["id"],
                        text=doc["text"],
                        title=doc.get("title"),
                        published=doc.get("published"),
                    )
                )
    pipeline = Pipeline()
    pipeline.incident_model = IncidentModel.accept_all()
    pipeline.incident_candidates = True
    rows: list[dict[str, float]] = []
    ys: list[int] = []
    for document in pipeline.run(articles):
        label = labels[document.article.id]
        positive = [
            m for part in ("events", "background") for e in label[part] for m in e["mentions"]
        ]
        home = home_country(document.places)
        for event in document.events:
            if event.incident is None:
                continue
            rows.append(incident_features(event, document.article.published, home))
            ys.append(int(_overlaps(event, positive)))
    return rows, ys


def fit(rows: list[dict[str, float]], ys: list[int]) -> tuple[dict[str, float], float]:
    names = sorted({name for row in rows for name in row})
    x = np.array([[row.get(n, 0.0) for n in names] for row in rows])
    y = np.array(ys, dtype=float)
    weight = np.where(y == 1, 0.5 / max(y.mean(), 1e-9), 0.5 / max(1 - y.mean(), 1e-9))
    w = np.zeros(len(names))
    b = 0.0
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        g = weight * (p - y)
        w -= RATE * (x.T @ g / len(y) + L2 * w / len(y))
        b -= RATE * g.mean()
    return {n: round(float(v), 4) for n, v in zip(names, w, strict=True) if abs(v) > 1e-4}, float(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--snippet-threshold", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"{CORPUS}: not found; the corpus is in ../shared", file=sys.stderr)
        return 1
    with LABELS.open(encoding="utf-8") as lines:
        labels = {r["id"]: r for r in map(json.loads, lines)}
    rows, ys = candidates(labels)
    weights, bias = fit(rows, ys)
    model = IncidentModel(
        weights=weights,
        bias=round(bias, 4),
        threshold=args.threshold,
        snippet_threshold=args.snippet_threshold,
        meta={
            "method": "incident model (logistic regression)",
            "trained_on": f"{LABELS.relative_to(ROOT)}: {len(labels)} articles, "
            f"{len(ys)} candidate records, {sum(ys)} incidents",
        },
    )
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"{args.out}: {len(weights)} weights from {len(ys)} records ({sum(ys)} incidents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
