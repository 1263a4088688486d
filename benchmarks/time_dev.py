"""Score the TIMEX3 tagger on the TempEval-3 (TimeBank + AQUAINT) dev set and on MEANTIME.

usage: python benchmarks/time_dev.py [--errors N]
Writes eventwire/1-shaped predictions to /tmp/eventwire_time_pred.jsonl and runs the shared
scorer on them; then reports value accuracy on MEANTIME.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from eventwire.evaluate.meantime import read_meantime
from eventwire.model import Article, Document
from eventwire.resolve.time import tag_times

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
TBAQ = SHARED / "time" / "tbaq"
MEANTIME = SHARED / "time" / "meantime_raw" / "intra-doc_annotation"
PREDICTIONS = Path("/tmp/eventwire_time_pred.jsonl")


def tbaq(errors: int) -> None:
    articles = []
    with open(TBAQ / "docs.jsonl", encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            published = date.fromisoformat(row["published"]) if row.get("published") else None
            articles.append(Article(id=row["id"], text=row["text"], published=published))
    # CPU time, best of three: the wall clock on a shared machine mostly measures the others.
    elapsed = float("inf")
    for _ in range(3):
        started = time.process_time()
        documents = [Document(article=a, times=tag_times(a.text, a.published)) for a in articles]
        elapsed = min(elapsed, time.process_time() - started)
    words = sum(len(a.text.split()) for a in articles)
    print(f"tbaq: {len(articles)} docs, {1000 * elapsed / words * 600:.2f} ms CPU per 600 words")
    with open(PREDICTIONS, "w", encoding="utf-8") as out:
        for document in documents:
            out.write(document.to_json() + "\n")
    gold = TBAQ / "gold.jsonl"
    subprocess.run(
        [sys.executable, str(SHARED / "score.py"), "time", str(gold), str(PREDICTIONS)], check=True
    )
    if errors:
        _show_errors(gold, documents, errors)


def _show_errors(gold_path: Path, documents: list[Document], limit: int) -> None:
    by_id = {d.article.id: d for d in documents}
    missed, spurious, wrong = [], [], []
    with open(gold_path, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            predicted = [t.to_dict() for t in by_id[row["id"]].times]
            text = by_id[row["id"]].article.text
            used: set[int] = set()
            for g in row["times"]:
                hit = next(
                    (
                        i
                        for i, p in enumerate(predicted)
                        if i not in used and p["start"] < g["end"] and g["start"] < p["end"]
                    ),
                    None,
                )
                if hit is None:
                    missed.append((g["text"], g["value"], row["dct"], _around(text, g)))
                    continue
                used.add(hit)
                if predicted[hit]["value"] != g["value"]:
                    wrong.append(
                        (
                            g["text"],
                            g["value"],
                            predicted[hit]["text"],
                            predicted[hit]["value"],
                            row["dct"],
                            _around(text, g),
                        )
                    )
            for i, p in enumerate(predicted):
                if i not in used:
                    spurious.append(
                        (
                            p["text"],
                            p["value"],
                            text[max(0, p["start"] - 40) : p["end"] + 20].replace("\n", " "),
                        )
                    )
    for title, items in (("MISSED", missed), ("SPURIOUS", spurious), ("WRONG VALUE", wrong)):
        print(f"--- {title} ({len(items)})")
        for item in items[:limit]:
            print("  ", item)


def _around(text: str, span: dict[str, Any]) -> str:
    """The words around a gold expression, to judge a miss by."""
    return text[max(0, span["start"] - 60) : span["end"] + 30].replace("\n", " ")


def meantime() -> None:
    if not MEANTIME.exists():
        return
    documents = read_meantime(MEANTIME)
    gold_total = found = right = predicted_total = 0
    for article, gold in documents:
        # MEANTIME annotates only the opening sentences: score predictions there.
        until = article.meta["annotated_until"]
        times = tag_times(article.text, article.published)
        predicted = [t.to_dict() for t in times if t.span.start < until]
        predicted_total += len(predicted)
        used: set[int] = set()
        for g in gold:
            gold_total += 1
            hit = next(
                (
                    i
                    for i, p in enumerate(predicted)
                    if i not in used and p["start"] < g["end"] and g["start"] < p["end"]
                ),
                None,
            )
            if hit is None:
                continue
            used.add(hit)
            found += 1
            right += predicted[hit]["value"] == g["value"]
    figures: dict[str, Any] = {
        "docs": len(documents),
        "gold": gold_total,
        "pred": predicted_total,
        "recall": round(found / gold_total, 3),
        "precision": round(found / predicted_total, 3),
        "value_acc_matched": round(right / found, 3),
        "value_recall": round(right / gold_total, 3),
    }
    print("meantime:", json.dumps(figures))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--errors", type=int, default=0)
    options = parser.parse_args()
    tbaq(options.errors)
    meantime()
