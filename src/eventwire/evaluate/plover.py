"""PLOVER gold records: the main event's type, its actors' countries and sectors.

Data: `docs.jsonl` (one sentence a line) and `gold.jsonl` (PLOVER records: `event`, and `source`
and `target` lists of actors with a `code` and an optional `sector`).

Definitions (each figure is over the gold records it applies to; `n_*` says how many):
- the main event is the predicted event with the highest confidence (the first of equals);
  a sentence without events has none, which is wrong for every figure it enters;
- `type_acc`: the main event's `type.plover` equals the gold `event`, over all records;
- `source_country_acc`: one of the main event's actors has a country among the gold source
  codes; over records whose gold source names at least one country. Gold codes are CAMEO
  codes: those that are not ISO 3166-1 alpha-3 countries are mapped where CAMEO spells a
  country its own way (JAP → JPN) and otherwise dropped (IGO, NGO, IMG: not countries), so a
  record whose actors are all international bodies does not count for the country figures;
- `target_country_acc`: the same for the main event's targets and the gold target list;
- `source_sector_acc` / `target_sector_acc`: one of the actors (targets) has a sector equal to
  one of the gold sectors; over records with a gold sector on that side. Gold sectors are
  CAMEO role codes, cut to their first three letters ("CVLalb" → CVL) and CAMEO's CVL read
  as eventwire's CIV;
- `target_spurious`: share of records without a gold target whose main event has a target
  with a country (a record with no gold target is otherwise not scored for targets).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.datasets import Dataset
from eventwire.evaluate.events import main_event
from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.model import Article
from eventwire.resolve.geo.countries import all_countries

# CAMEO country codes that differ from ISO 3166-1 alpha-3.
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "DRC": "COD"}
CONFUSIONS_SHOWN = 8
NO_TYPE = "none"


def read_plover(folder: Path) -> Dataset:
    """Articles (one sentence each, id = record id) and gold records by id."""
    docs, gold_path = folder / "docs.jsonl", folder / "gold.jsonl"
    for path in (docs, gold_path):
        if not path.is_file():
            raise EvaluationError(f"{folder}: {path.name} is missing")
    articles = [
        Article(id=str(r["id"]), text=str(r["text"]), meta={"dataset": "plover"})
        for r in _jsonl(docs)
    ]
    gold: dict[str, Mapping[str, Any]] = {str(r["id"]): r for r in _jsonl(gold_path)}
    return Dataset(articles, gold)


def _jsonl(path: Path) -> Iterable[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise EvaluationError(f"{path}:{number}: not JSON: {error.msg}") from None


def gold_countries(actors: object) -> set[str]:
    """ISO alpha-3 codes of the countries in a gold `source` or `target` list."""
    found: set[str] = set()
    for actor in _actor_list(actors):
        code = str(actor.get("code") or "").upper()[:3]
        code = CAMEO_TO_ISO.get(code, code)
        if _is_country(code):
            found.add(code)
    return found


def gold_sectors(actors: object) -> set[str]:
    """Sectors of a gold actor list, as eventwire codes them (first three letters)."""
    found: set[str] = set()
    for actor in _actor_list(actors):
        sector = str(actor.get("sector") or "").upper()[:3]
        if sector.isalpha() and len(sector) == 3:
            found.add("CIV" if sector == "CVL" else sector)
    return found


def _actor_list(actors: object) -> list[Mapping[str, Any]]:
    if not isinstance(actors, list):
        return []  # the gold writes a missing side as null or ""
    return [a for a in actors if isinstance(a, Mapping)]


def _is_country(code: str) -> bool:
    return code in _alpha3_codes()


@lru_cache(maxsize=1)
def _alpha3_codes() -> frozenset[str]:
    return frozenset(info.country.alpha3 for info in all_countries())


def score_plover(gold: Records, predicted: Records) -> Figures:
    """Type, country and sector figures of the main event (see the module docstring)."""
    counts: Counter[str] = Counter()
    confusions: Counter[str] = Counter()
    for doc_id, record in gold.items():
        event = main_event(predicted.get(doc_id)) or {}
        plover = ((event.get("type") or {}).get("plover")) or NO_TYPE
        counts["n"] += 1
        right_type = plover == record.get("event")
        counts["type"] += right_type
        if not right_type:
            confusions[f"{record.get('event')}->{plover}"] += 1
        for side, ours in (("source", "actors"), ("target", "targets")):
            predicted_actors = [a for a in event.get(ours) or [] if isinstance(a, Mapping)]
            countries = gold_countries(record.get(side))
            mine = {a.get("country") for a in predicted_actors} - {None}
            if countries:
                counts[f"n_{side}_country"] += 1
                counts[f"{side}_country"] += bool(mine & countries)
            elif side == "target" and not _actor_list(record.get(side)):
                counts["n_no_target"] += 1
                counts["target_spurious"] += bool(mine)
            sectors = gold_sectors(record.get(side))
            if sectors:
                counts[f"n_{side}_sector"] += 1
                counts[f"{side}_sector"] += bool(
                    {a.get("sector") for a in predicted_actors} & sectors
                )
    figures: Figures = {"n": counts["n"], "missing_docs": missing_docs(gold, predicted)}
    figures["type_acc"] = _share(counts["type"], counts["n"])
    for name in ("source_country", "target_country", "source_sector", "target_sector"):
        figures[f"{name}_acc"] = _share(counts[name], counts[f"n_{name}"])
        figures[f"n_{name}"] = counts[f"n_{name}"]
    figures["target_spurious"] = _share(counts["target_spurious"], counts["n_no_target"])
    figures["confusions"] = confusions.most_common(CONFUSIONS_SHOWN)
    return figures


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0
