"""Train the incident model (src/eventwire/data/incident_model.json): `make incident-model`.

Runs the pipeline over the labelled texts of shared/corpus/ukraine-president-ua with every
violent or protest record kept as its sentence gave it, labels each record an incident when its
sentence is one the labels give for an incident (current or background), and fits a logistic
regression (L2, classes weighed equally) over `incident_features` by gradient descent. The dev
sets are never read here. The threshold for articles is the one with the best F1 over the
out-of-fold probabilities of a 5-fold cross-validation by article (a rule that needs no dev
data); the snippet threshold is chosen on CASE 2021's tune half and passed in.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

from eventwire.aggregate.incidents.features import home_country, incident_features
from eventwire.aggregate.incidents.model import IncidentModel
from eventwire.evaluate.matching import overlaps
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "labels" / "incidents-ukraine-president-ua.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "ukraine-president-ua" / "docs.jsonl"
OUT = ROOT / "src" / "eventwire" / "data" / "incident_model.json"
L2 = 10.0  # chosen by 5-fold cross-validation over the labelled articles (average precision)
STEPS = 3000
RATE = 0.5


def _overlaps(event: Event, spans: list[dict[str, int]]) -> bool:
    return any(overlaps(event.evidence.to_dict(), s) for s in spans)


FOLDS = 5
THRESHOLDS = [round(0.3 + 0.05 * i, 2) for i in range(13)]  # 0.30 … 0.90


def candidates(
    labels: dict[str, Any],
) -> tuple[list[dict[str, float]], list[int], list[str]]:
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
    articles_of: list[str] = []
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
            articles_of.append(document.article.id)
    return rows, ys, articles_of


def cross_validated_threshold(
    rows: list[dict[str, float]], ys: list[int], articles_of: list[str]
) -> tuple[float, float]:
    """The threshold with the best F1 over out-of-fold probabilities, and that F1."""
    ids = sorted(set(articles_of))
    fold = {a: i % FOLDS for i, a in enumerate(sorted(ids, key=_stable_hash))}
    scores = np.zeros(len(ys))
    for k in range(FOLDS):
        train = [i for i in range(len(ys)) if fold[articles_of[i]] != k]
        weights, bias = fit([rows[i] for i in train], [ys[i] for i in train])
        model = IncidentModel(weights, bias, 0.5)
        for i in range(len(ys)):
            if fold[articles_of[i]] == k:
                scores[i] = model.probability(rows[i])
    truth = np.array(ys) == 1
    best = (0.0, 0.5)
    for threshold in THRESHOLDS:
        chosen = scores >= threshold
        f1 = 2 * float((chosen & truth).sum()) / max(1, int(chosen.sum()) + int(truth.sum()))
        best = max(best, (f1, threshold))
    return best[1], best[0]


def _stable_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    parser.add_argument("--snippet-threshold", type=float, default=0.5)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not CORPUS.is_file():
        print(f"{CORPUS}: not found; the corpus is in ../shared", file=sys.stderr)
        return 1
    with LABELS.open(encoding="utf-8") as lines:
        labels = {r["id"]: r for r in map(json.loads, lines)}
    rows, ys, articles_of = candidates(labels)
    threshold, cv_f1 = cross_validated_threshold(rows, ys, articles_of)
    weights, bias = fit(rows, ys)
    model = IncidentModel(
        weights=weights,
        bias=round(bias, 4),
        threshold=threshold,
        snippet_threshold=args.snippet_threshold,
        meta={
            "method": "incident model (logistic regression)",
            "trained_on": f"{LABELS.relative_to(ROOT)}: {len(labels)} articles, "
            f"{len(ys)} candidate records, {sum(ys)} incidents",
            "threshold": f"best F1 ({cv_f1:.3f}) of {FOLDS}-fold cross-validation by article",
        },
    )
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(
        f"{args.out}: {len(weights)} weights from {len(ys)} records ({sum(ys)} incidents), "
        f"threshold {threshold} (cross-validated F1 {cv_f1:.3f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
