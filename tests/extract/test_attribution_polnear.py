"""Attribution extraction against PolNeAR dev gold, scored by the shared reference scorer."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from eventwire.extract.attribution import find_attributions

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"
DEV = SHARED / "attribution" / "polnear-dev"


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SHARED / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_polnear_dev_scores(nlp: Language) -> None:
    if not (DEV / "gold.jsonl").exists():
        pytest.skip(f"needs {DEV} (../shared is not beside this clone)")
    docs = [json.loads(x) for x in (DEV / "docs.jsonl").open(encoding="utf-8")]
    gold = {g["id"]: g for g in map(json.loads, (DEV / "gold.jsonl").open(encoding="utf-8"))}
    pred = {}
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        pred[d["id"]] = {"attributions": [a.to_dict() for a in find_attributions(doc)]}
    res = _scorer().attribution(gold, pred)
    # Measured: cue 0.788, source 0.736, content 0.663, joint 0.627.
    assert res["cue_f1"] >= 0.77
    assert res["source_f1"] >= 0.71
    assert res["content_f1"] >= 0.63
    assert res["joint_f1"] >= 0.60
