"""Our figures equal the reference scorer's (../shared/eval/score.py) on the same predictions.

Predictions are fabricated from real gold with seeded noise: shifted and stretched spans,
wrong coordinates, ids and values, dropped and spurious items, missing documents, so that
every branch of the matching rules is exercised.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from eventwire.evaluate.runner import SCORERS

SHARED_EVAL = Path(__file__).parents[2] / ".." / "shared" / "eval"
pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not SHARED_EVAL.is_dir(), reason="../shared is absent"),
]
RECORDS = 80  # per set: enough for every rule to fire, quick to score

ACLED_SUBS = ["Armed clash", "Air/drone strike", "Peaceful protest", "Grenade", "Other", None]
EVENTWIRE_TYPES = ["natural disaster", "Statement", "denial", "attack", None]


def jitter(rng: random.Random, start: int, end: int) -> tuple[int, int]:
    new_start = max(0, start + rng.randint(-5, 5))
    return new_start, max(new_start + 1, end + rng.randint(-5, 30))


def noisy_span(rng: random.Random, gold: Mapping[str, Any]) -> dict[str, Any]:
    start, end = jitter(rng, gold["start"], gold["end"])
    return {"start": start, "end": end, "text": gold.get("text", "")}


def fabricate(task: str, gold: Mapping[str, Any], rng: random.Random) -> dict[str, Any]:
    doc: dict[str, Any] = {"format": "eventwire/1", "article": {"id": gold["id"]}}
    if task == "geo":
        doc["places"] = [
            {
                **noisy_span(rng, t),
                "lat": rng.choice([t["lat"], t["lat"] + 2, None]),
                "lon": t["lon"] + rng.choice([0.0, 0.4]),
                "geonameid": rng.choice([t.get("geonameid"), None, 1]),
            }
            for t in gold["places"]
            if rng.random() < 0.8
        ] + [{"start": 5, "end": 9, "text": "", "lat": 1.0, "lon": 1.0, "geonameid": None}]
    elif task == "time":
        doc["times"] = [
            {
                **(dict(t) if rng.random() < 0.5 else noisy_span(rng, t)),
                "type": rng.choice([t["type"], "SET"]),
                "value": rng.choice([t["value"], "X", None]),
            }
            for t in gold["times"]
            if rng.random() < 0.8
        ]
    elif task == "attribution":
        doc["attributions"] = []
        for a in gold["attributions"]:
            if not a.get("cue") or rng.random() < 0.2:
                continue
            cue = noisy_span(rng, a["cue"])
            if rng.random() < 0.1:
                cue["end"] = cue["start"] + 300
            source = a.get("source")
            if rng.random() < 0.6:
                source = noisy_span(rng, source) if source else None
            else:
                source = rng.choice([None, {"start": 0, "end": 3, "text": "The"}])
            words = (a.get("content") or {"text": ""})["text"].split()
            content = {"start": 0, "end": 1, "text": " ".join(words[: rng.randint(0, len(words))])}
            doc["attributions"].append({"source": source, "cue": cue, "content": content})
        rng.shuffle(doc["attributions"])
    elif task == "articles":
        doc["events"] = [article_record(rng, e) for e in gold["events"] + gold["background"]]
        doc["events"] += [article_record(rng, e) for e in gold["events"] if rng.random() < 0.3]
    else:
        locations = [s for s in gold.get("spans") or [] if s.get("label") == "LOCATION"]
        doc["events"] = [
            {
                "type": {
                    "acled_sub": rng.choice(ACLED_SUBS),
                    "eventwire": rng.choice(EVENTWIRE_TYPES),
                },
                "confidence": rng.choice([0.5, 0.9, None]),
                "location": noisy_span(rng, rng.choice(locations))
                if locations and rng.random() < 0.7
                else None,
            }
            for _ in range(rng.randint(0, 3))
        ]
    return doc


ACLED_TYPES = ["Battles", "Explosions/Remote violence", "Strategic developments", None]


def article_record(rng: random.Random, gold: Mapping[str, Any]) -> dict[str, Any]:
    """A record for one gold incident: right or wrong in type, place, day, actor and count."""
    mention = rng.choice(gold["mentions"])
    place = gold.get("location") or {}
    day = (gold.get("date") or {}).get("earliest")
    return {
        "type": {
            "acled": rng.choice([gold["acled_type"], gold["acled_type"], *ACLED_TYPES]),
            "acled_sub": rng.choice([gold["acled_sub"], "Arrests", "Disrupted weapons use"]),
        },
        "confidence": rng.choice([0.5, 0.9, None]),
        "evidence": noisy_span(rng, mention) if rng.random() < 0.8 else {"start": 0, "end": 2},
        "location": {
            "lat": (place.get("lat") or 48.0) + rng.choice([0.0, 0.1, 2.0]),
            "lon": place.get("lon") or 31.0,
            "admin1": rng.choice([place.get("admin1"), "Kharkiv Oblast", None]),
            "country": "UA",
        }
        if rng.random() < 0.8
        else None,
        "geo_precision": rng.choice([1, 3, None]),
        "date": {"earliest": rng.choice([day, "2022-03-01", None]), "latest": day},
        "actors": [{"country": rng.choice([(gold.get("actor1") or {}).get("country"), "UKR"])}],
        "fatalities": {"killed": rng.choice([gold.get("fatalities"), 3, None])},
        "claim": {"status": rng.choice([(gold.get("claim") or {}).get("status"), "reported"])},
    }


def reference_figures(task: str, gold_path: Path, predicted_path: Path) -> Any:
    scorer = SHARED_EVAL / "score.py"
    result = subprocess.run(
        [sys.executable, str(scorer), task, str(gold_path), str(predicted_path), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def compare(task: str, gold_records: list[dict[str, Any]], tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    predicted = [fabricate(task, g, rng) for g in gold_records if rng.random() < 0.9]
    gold_path, predicted_path = tmp_path / "gold.jsonl", tmp_path / "predicted.jsonl"
    for path, records in ((gold_path, gold_records), (predicted_path, predicted)):
        path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    ours = SCORERS[task](
        {g["id"]: g for g in gold_records}, {p["article"]["id"]: p for p in predicted}
    )
    # Through JSON, as the reference prints them: tuples become lists.
    assert json.loads(json.dumps(ours)) == reference_figures(task, gold_path, predicted_path)


def first_records(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for _, line in zip(range(RECORDS), lines, strict=False)]


@pytest.mark.parametrize(
    ("task", "gold_file"),
    [
        ("geo", "geo/lgl/gold.jsonl"),
        ("geo", "geo/gwn/gold.jsonl"),
        ("time", "time/tbaq/gold.jsonl"),
        ("attribution", "attribution/polnear-dev/gold.jsonl"),
        ("case", "events/case2021/gold.jsonl"),
        ("evloc", "events/event_location/items.jsonl"),
        ("articles", "events/articles-dev/gold.jsonl"),
    ],
)
@pytest.mark.parametrize("seed", [1, 2])
def test_same_figures_as_reference(task: str, gold_file: str, seed: int, tmp_path: Path) -> None:
    compare(task, first_records(SHARED_EVAL / gold_file), tmp_path, seed)


def test_meantime_same_figures_as_reference(tmp_path: Path) -> None:
    meantime = pytest.importorskip("eventwire.evaluate.meantime")
    documents = meantime.read_meantime(SHARED_EVAL / "time" / "meantime_raw")[:RECORDS]
    gold = [{"id": article.id, "times": times} for article, times in documents]
    compare("time", gold, tmp_path, seed=3)
