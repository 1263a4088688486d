"""WikiEvents (KAIROS) arguments: who attacked, whom or what, with what, where.

Data: `gold.jsonl` records with `tokens`, `sentences` (tokens with character offsets),
`entity_mentions` (token ranges) and `event_mentions` (arguments by entity id). The article
text is rebuilt from the tokens at their own offsets (gaps filled with spaces, a newline
between sentences), so that the gold offsets hold in it.

Definitions (document level, trigger-agnostic: an argument is scored whatever event of ours
carries it, as KAIROS and eventwire types do not align one-to-one):
- gold arguments, deduplicated by role and span, are the entity mentions of these roles:
  Attacker (KAIROS Attacker, and Killer/Injurer of Life.Die/Injure: who did the violence),
  Target and Victim, Instrument (Instrument, and ExplosiveDevice of DetonateExplode),
  Place; the span is the entity mention, which in WikiEvents is mostly the head word;
- predicted arguments, from every event: `actors` → Attacker, `targets` → Target/Victim
  (eventwire does not tell a target from a victim, so the two gold roles are scored as one,
  and recall is also given for each), `weapons` → Instrument, `location` → Place. Actors,
  targets and weapons are located in the text by `argument_spans.locate`;
- a predicted argument matches a gold one of its role when the spans overlap; each gold one is
  matched to at most one prediction (the unused one overlapping it most);
- per role: precision = matched / predicted, recall = matched / gold, F1; `all_*` is the
  micro average over the roles.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from eventwire.errors import EvaluationError
from eventwire.evaluate.argument_spans import SpanDict, event_argument_spans
from eventwire.evaluate.datasets import Dataset
from eventwire.evaluate.figures import Figures, Records, missing_docs
from eventwire.evaluate.matching import f1, take_best_unused
from eventwire.extract.triggers import DIPLOMATIC_LABELS
from eventwire.model import Article

# Scored role → the KAIROS roles it stands for.
GOLD_ROLES: dict[str, frozenset[str]] = {
    "Attacker": frozenset({"Attacker", "Killer", "Injurer"}),
    "Target": frozenset({"Target"}),
    "Victim": frozenset({"Victim"}),
    "Instrument": frozenset({"Instrument", "ExplosiveDevice"}),
    "Place": frozenset({"Place"}),
}
TARGET_VICTIM = "Target/Victim"
# Scored role → the gold roles it matches.
SCORED_ROLES: dict[str, tuple[str, ...]] = {
    "Attacker": ("Attacker",),
    TARGET_VICTIM: ("Target", "Victim"),
    "Instrument": ("Instrument",),
    "Place": ("Place",),
}
PREDICTED_FIELDS = {"actors": "Attacker", "targets": TARGET_VICTIM, "weapons": "Instrument"}

# Events of talk and diplomacy (demands, meetings, pledges, statements): their actors are no
# attackers and their objects no targets or victims.
NON_CONFLICT_LABELS = DIPLOMATIC_LABELS | {"statement", "accusation", "denial", "threat"}


def read_wikievents(folder: Path) -> Dataset:
    """Articles rebuilt from the gold tokens, and gold arguments by document id."""
    path = folder / "gold.jsonl"
    if not path.is_file():
        raise EvaluationError(f"{folder}: gold.jsonl is missing")
    articles: list[Article] = []
    gold: dict[str, Mapping[str, Any]] = {}
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                doc_id = str(record["doc_id"])
                text, offsets = rebuild_text(record["sentences"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                raise EvaluationError(
                    f"{path}:{number}: not a WikiEvents record: {error}"
                ) from None
            articles.append(Article(id=doc_id, text=text, meta={"dataset": "wikievents"}))
            gold[doc_id] = {"id": doc_id, "arguments": gold_arguments(record, offsets, text)}
    return Dataset(articles, gold)


def rebuild_text(sentences: Sequence[Any]) -> tuple[str, list[tuple[int, int]]]:
    """The text with every token at its offsets, and the (start, end) of each token in order."""
    chars: list[str] = []
    offsets: list[tuple[int, int]] = []
    for sentence in sentences:
        tokens = sentence[0]
        if chars:
            chars.append("\n")  # sentences are always apart in WikiEvents; mark where
        for word, start, end in tokens:
            if start < len(chars):
                raise ValueError(f"token {word!r} at {start} overlaps the one before")
            chars.extend(" " * (start - len(chars)))
            piece = str(word)[: end - start].ljust(end - start)
            chars.extend(piece)
            offsets.append((int(start), int(end)))
    return "".join(chars), offsets


def gold_arguments(
    record: Mapping[str, Any], offsets: Sequence[tuple[int, int]], text: str
) -> list[SpanDict]:
    """Arguments of the scored roles: role, span and event type, one per role and span."""
    entities = {e["id"]: e for e in record.get("entity_mentions") or []}
    found: dict[tuple[str, int, int], SpanDict] = {}
    for event in record.get("event_mentions") or []:
        for argument in event.get("arguments") or []:
            role = next((r for r, kairos in GOLD_ROLES.items() if argument["role"] in kairos), None)
            entity = entities.get(argument.get("entity_id"))
            if role is None or entity is None:
                continue
            start = offsets[entity["start"]][0]
            end = offsets[entity["end"] - 1][1]
            found.setdefault(
                (role, start, end),
                {
                    "role": role,
                    "start": start,
                    "end": end,
                    "text": text[start:end],
                    "event_type": event.get("event_type"),
                },
            )
    return list(found.values())


def predicted_arguments(document: Mapping[str, Any] | None) -> dict[str, list[SpanDict]]:
    """Spans of every event's arguments by scored role, one per role and span."""
    by_role: dict[str, dict[tuple[int, int], SpanDict]] = {r: {} for r in SCORED_ROLES}
    for event in (document or {}).get("events") or []:
        if (event.get("type") or {}).get("eventwire") in NON_CONFLICT_LABELS:
            continue  # KAIROS's attack and harm roles belong to conflict events only
        for field, role in PREDICTED_FIELDS.items():
            for span in event_argument_spans(document or {}, event, field):
                by_role[role].setdefault((span["start"], span["end"]), span)
        location = event.get("location")
        if isinstance(location, Mapping) and "start" in location:
            by_role["Place"].setdefault((location["start"], location["end"]), dict(location))
    return {role: list(spans.values()) for role, spans in by_role.items()}


def score_wikievents(gold: Records, predicted: Records) -> Figures:
    """Per-role precision, recall and F1 of arguments (see the module docstring)."""
    tally = {r: [0, 0, 0] for r in SCORED_ROLES}  # matched, predicted, gold
    found_by_gold_role = {r: [0, 0] for r in ("Target", "Victim")}  # matched, gold
    for doc_id, record in gold.items():
        ours = predicted_arguments(predicted.get(doc_id))
        arguments = record.get("arguments") or []
        for role, gold_roles in SCORED_ROLES.items():
            wanted = [a for a in arguments if a["role"] in gold_roles]
            used: set[int] = set()
            for argument in wanted:
                hit = take_best_unused(argument, ours[role], used) is not None
                tally[role][0] += hit
                if argument["role"] in found_by_gold_role:
                    found_by_gold_role[argument["role"]][0] += hit
                    found_by_gold_role[argument["role"]][1] += 1
            tally[role][1] += len(ours[role])
            tally[role][2] += len(wanted)
    figures: Figures = {"n": len(gold), "missing_docs": missing_docs(gold, predicted)}
    for role, (matched, n_pred, n_gold) in tally.items():
        _add_prf(figures, _key(role), matched, n_pred, n_gold)
    for role, (matched, n_gold) in found_by_gold_role.items():
        figures[f"{_key(role)}_r"] = matched / n_gold if n_gold else 0.0
    totals = [sum(t[i] for t in tally.values()) for i in range(3)]
    _add_prf(figures, "all", *totals)
    return figures


def _key(role: str) -> str:
    return role.lower().replace("/", "_")


def _add_prf(figures: Figures, name: str, matched: int, n_pred: int, n_gold: int) -> None:
    precision = matched / n_pred if n_pred else 0.0
    recall = matched / n_gold if n_gold else 0.0
    figures[f"{name}_p"] = precision
    figures[f"{name}_r"] = recall
    figures[f"{name}_f1"] = f1(precision, recall)
    figures[f"{name}_gold"] = n_gold
    figures[f"{name}_pred"] = n_pred
