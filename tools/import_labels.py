"""Turn hand labels written with quoted sentences into ids and offsets (no article text).

The labellers (people or helpers following shared/spec/event-annotation.md) quote each sentence
about an incident; the project keeps only where it is: article id, character offsets, ACLED
type, date range, countries and counts. `python tools/import_labels.py OUT.jsonl IN.jsonl...`
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

CORPUS = Path(__file__).resolve().parents[2] / "shared/corpus/ukraine-president-ua/docs.jsonl"
KEPT = (
    "acled_type",
    "acled_sub",
    "precision",
    "date_earliest",
    "date_latest",
    "actor1_country",
    "actor2_country",
    "fatalities",
    "injured",
)


def _offsets(text: str, quotes: list[str], where: str) -> list[dict[str, int]]:
    spans = []
    for quote in quotes:
        start = text.find(quote)
        if start < 0:
            raise SystemExit(f"{where}: quoted sentence not in the article: {quote[:60]!r}")
        spans.append({"start": start, "end": start + len(quote)})
    return spans


def convert(record: dict[str, Any], text: str) -> dict[str, Any]:
    out: dict[str, Any] = {"id": record["id"]}
    for part in ("events", "background"):
        out[part] = [
            {
                **{k: event.get(k) for k in KEPT},
                "mentions": _offsets(text, event.get("mentions") or [], record["id"]),
            }
            for event in record.get(part) or []
        ]
    out["not_codable"] = [
        {"why": item.get("why"), **_offsets(text, [item["quote"]], record["id"])[0]}
        for item in record.get("not_codable") or []
    ]
    return out


def main(argv: list[str]) -> int:
    texts = {}
    with CORPUS.open(encoding="utf-8") as corpus:
        for line in corpus:
            doc = json.loads(line)
            texts[doc["id"]] = doc["text"]
    out_path, *inputs = argv
    with open(out_path, "w", encoding="utf-8") as out:
        for path in inputs:
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    record = json.loads(line)
                    out.write(json.dumps(convert(record, texts[record["id"]])) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
