"""Merging stored reports across articles, through the real CLI and a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main

REPORTS = [
    {
        "id": "reuters-1",
        "source": "Reuters",
        "published": "2023-06-28",
        "text": "Russian missiles struck Kramatorsk on Tuesday, killing 12 people, "
        "Ukrainian officials said.",
    },
    {
        "id": "ap-2",
        "source": "AP",
        "published": "2023-06-28",
        "text": "A Russian missile attack on the city of Kramatorsk killed at least 10 people "
        "on Tuesday, police said.",
    },
    {
        # Same town a week later: another event.
        "id": "afp-3",
        "source": "AFP",
        "published": "2023-07-05",
        "text": "Russian missiles struck Kramatorsk on Tuesday, killing 2 people, officials said.",
    },
]


@pytest.fixture
def shared_pipeline(pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    import eventwire.pipeline

    monkeypatch.setattr(eventwire.pipeline, "Pipeline", lambda *a, **k: pipeline)
    return pipeline


def _events(db: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_reports_of_one_strike_merge_and_explain_themselves(
    tmp_path: Path, shared_pipeline: Any
) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    db = tmp_path / "events.db"
    runner = CliRunner()
    result = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "3 reports → 2 events (1 merged)" in result.output

    rows = _events(db)
    merged = [r for r in rows if r["source_count"] == 2]
    assert len(rows) == 2 and len(merged) == 1
    assert (
        merged[0]["killed"] == 10 and merged[0]["killed_max"] == 12
    )  # the lowest report: ACLED's conservative count

    explained = runner.invoke(main, ["explain", merged[0]["id"], "--db", str(db)])
    assert explained.exit_code == 0, explained.output
    assert "Reuters" in explained.output and "AP" in explained.output
    assert "ACLED's conservative rule" in explained.output

    # A rerun stores nothing new and merges to the same events.
    again = runner.invoke(main, ["ingest", str(corpus), "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert sorted(r["id"] for r in _events(db)) == sorted(r["id"] for r in rows)


def test_explain_names_an_unknown_event(tmp_path: Path, shared_pipeline: Any) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text(json.dumps(REPORTS[0]) + "\n", encoding="utf-8")
    db = tmp_path / "events.db"
    assert CliRunner().invoke(main, ["ingest", str(corpus), "--db", str(db)]).exit_code == 0
    result = CliRunner().invoke(main, ["explain", "nope", "--db", str(db)])
    assert result.exit_code == 1 and "no event 'nope'" in result.output
