"""`eventwire ingest --cluster local:N` end to end: the same events as the single-process path."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")

REPORTS = [
    {
        "id": "reuters-1",
        "published": "2023-06-28",
        "text": "Russian missiles struck Kramatorsk on Tuesday, killing 12 people.",
    },
    {
        "id": "afp-3",
        "published": "2023-06-24",
        "text": "Russian forces shelled Kherson on Friday, wounding three civilians.",
    },
]


def _ids(db: Path) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-m", "eventwire", "events", "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return sorted(json.loads(line)["id"] for line in out.splitlines())


def test_cluster_ingest_matches_the_single_process_path(tmp_path: Path) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text("\n".join(json.dumps(r) for r in REPORTS) + "\n", encoding="utf-8")
    ingest = [sys.executable, "-m", "eventwire", "ingest", str(corpus)]
    on_cluster = subprocess.run(
        [*ingest, "--db", str(tmp_path / "c.db"), "--cluster", "local:1"],
        capture_output=True,
        text=True,
    )
    assert on_cluster.returncode == 0, on_cluster.stderr
    assert "on 1 worker" in on_cluster.stderr
    alone = subprocess.run([*ingest, "--db", str(tmp_path / "s.db")], capture_output=True)
    assert alone.returncode == 0
    assert _ids(tmp_path / "c.db") == _ids(tmp_path / "s.db") != []


def test_a_mistyped_cluster_is_a_usage_error(tmp_path: Path) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text(json.dumps(REPORTS[0]) + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(corpus), "--cluster", "lokal:2"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2 and "lokal:2" in result.stderr
