"""re3d weapons: are the Weapon and MilitaryPlatform entities of the gold found as weapons?

Data: a folder of source folders, each with `documents.json` and `entities.json` (one
mongoexport JSON object a line; entity offsets `begin`/`end` into the document `text`).

Definitions:
- gold: entities of type Weapon or MilitaryPlatform with `confidence` ≥ 0.5 (re3d keeps the
  less likely readings of a span with a low confidence), one per type and span;
- predicted: the document's `weapons` (every weapon the article names, with its span; an
  eventwire addition to eventwire/1) and the weapons of every event, located in the text by
  `argument_spans.locate`; one per span;
- a gold entity is found when a predicted weapon overlaps it (several gold entities may be
  found by one prediction); `weapon_r` and `platform_r` are the shares found, `r` over both;
- precision: the share of predicted weapons that overlap a gold Weapon or MilitaryPlatform
  entity of any confidence (re3d marks every weapon and platform, so a prediction overlapping
  none is a false alarm, or a name annotated as something else such as a Vehicle).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.argument_spans import SpanDict, event_argument_spans
from eventwire.evaluate.datasets import Dataset
from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import f1, overlaps
from eventwire.model import Article

GOLD_TYPES = {"Weapon": "weapon", "MilitaryPlatform": "platform"}
MIN_CONFIDENCE = 0.5


def read_re3d(folder: Path) -> Dataset:
    """Articles of every source folder (id = re3d document id) and their gold entities."""
    sources = sorted(p for p in folder.iterdir() if (p / "documents.json").is_file())
    if not sources:
        raise EvaluationError(f"{folder}: no re3d source folders with documents.json")
    articles: list[Article] = []
    gold: dict[str, dict[str, Any]] = {}
    for source in sources:
        for doc in _objects(source / "documents.json"):
            doc_id = str(doc["_id"])
            articles.append(
                Article(
                    id=doc_id,
                    text=str(doc["text"]),
                    title=doc.get("title") or None,
                    url=doc.get("sourceUrl") or None,
                    source=doc.get("sourceName") or None,
                    meta={"dataset": "re3d"},
                )
            )
            gold[doc_id] = {"id": doc_id, "entities": []}
        entities_path = source / "entities.json"
        if not entities_path.is_file():
            continue
        for entity in _objects(entities_path):
            if entity.get("type") not in GOLD_TYPES:
                continue
            record = gold.get(str(entity.get("documentId")))
            if record is not None:
                record["entities"].append(
                    {
                        "type": entity["type"],
                        "start": int(entity["begin"]),
                        "end": int(entity["end"]),
                        "text": entity.get("value"),
                        "confidence": float(entity.get("confidence") or 0),
                    }
                )
    return Dataset(articles, dict(gold))


def _objects(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvaluationError(f"{path}:{number}: not JSON: {error.msg}") from None


def predicted_weapons(document: Mapping[str, Any] | None) -> list[SpanDict]:
    """The document's weapons and the located weapons of every event, one per span."""
    found: dict[tuple[int, int], SpanDict] = {}
    for weapon in (document or {}).get("weapons") or []:
        span: SpanDict = {
            "start": int(weapon["start"]),
            "end": int(weapon["end"]),
            "text": str(weapon.get("text") or ""),
        }
        found.setdefault((span["start"], span["end"]), span)
    for event in (document or {}).get("events") or []:
        for span in event_argument_spans(document or {}, event, "weapons"):
            found.setdefault((span["start"], span["end"]), span)
    return list(found.values())


def score_weapons(gold: Records, predicted: Records) -> Figures:
    """Recall of Weapon and MilitaryPlatform entities and precision of our weapons."""
    found = {name: [0, 0] for name in GOLD_TYPES.values()}  # found, gold
    right = n_pred = 0
    for doc_id, record in gold.items():
        entities = record.get("entities") or []
        ours = predicted_weapons(predicted.get(doc_id))
        confident: dict[tuple[str, int, int], Mapping[str, Any]] = {}
        for e in entities:
            if e["confidence"] >= MIN_CONFIDENCE:
                confident.setdefault((e["type"], e["start"], e["end"]), e)
        for entity in confident.values():
            tally = found[GOLD_TYPES[entity["type"]]]
            tally[0] += any(overlaps(entity, p) for p in ours)
            tally[1] += 1
        n_pred += len(ours)
        right += sum(any(overlaps(p, e) for e in entities) for p in ours)
    figures: Figures = {"n": len(gold), "missing_docs": missing_docs(gold, predicted)}
    for name, (hit, total) in found.items():
        figures[f"{name}_r"] = hit / total if total else 0.0
        figures[f"{name}_gold"] = total
    hits = sum(t[0] for t in found.values())
    total = sum(t[1] for t in found.values())
    recall = hits / total if total else 0.0
    precision = right / n_pred if n_pred else 0.0
    figures.update({"r": recall, "p": precision, "f1": f1(precision, recall), "pred": n_pred})
    return figures
