"""`eventwire ingest` and `eventwire events` end to end: real files, a real SQLite database."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.ingest.sources import iter_files

TEXTS = [
    "Russian forces shelled Kherson on Friday, killing 3 civilians, officials said.",
    "Thousands of people protested in Lagos on Saturday against fuel prices.",
    "M23 rebels attacked an army base near Goma on Monday, the army said.",
    "A car bomb exploded in Mogadishu on Tuesday, killing 8 people.",
]


@pytest.fixture
def shared_pipeline(pipeline, monkeypatch):  # type: ignore[no-untyped-def]
    """The CLI builds a Pipeline; hand it the session's, so the model loads once."""
    import eventwire.pipeline

    monkeypatch.setattr(eventwire.pipeline, "Pipeline", lambda *a, **k: pipeline)
    return pipeline


def _corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "a.txt").write_text(TEXTS[0])
    sub = folder / "more"
    sub.mkdir()
    lines = [
        json.dumps({"id": f"j{i}", "text": t, "published": "2023-06-12"})
        for i, t in enumerate(TEXTS[1:3])
    ]
    (sub / "b.jsonl").write_text("\n".join(lines) + "\n")
    (sub / "c.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item>'
        "<title>Bomb in Mogadishu</title><link>https://ex.org/m</link>"
        "<pubDate>Wed, 14 Jun 2023 08:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;{TEXTS[3]}&lt;/p&gt;</description></item></channel></rss>"
    )
    (sub / "broken.rss").write_text("this feed is not XML at all")
    with gzip.open(sub / "d.jsonl.gz", "wt") as f:
        for i in range(3):
            f.write(json.dumps({"id": f"z{i}", "text": f"{TEXTS[0]} Report {i}."}) + "\n")
    data = (sub / "d.jsonl.gz").read_bytes()
    (sub / "e.jsonl.gz").write_bytes(data[: len(data) - 12])  # truncated: no end marker
    (sub / "notes.bin").write_bytes(b"\x00\x01")  # unknown suffix: not read in folders


def test_ingest_folder_then_again(tmp_path: Path, shared_pipeline) -> None:  # type: ignore[no-untyped-def]
    _corpus(tmp_path / "in")
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "broken.rss: is not a valid XML feed" in first.stderr
    assert "e.jsonl.gz: is a truncated or damaged gzip file" in first.stderr
    assert "stored 7 article(s)" in first.stderr  # d.jsonl.gz's 3 and e's first ones
    assert "skipped 3 already stored" in first.stderr  # e.jsonl.gz repeats d's lines
    again = runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    assert "stored 0 article(s)" in again.stderr and "skipped 10 already stored" in again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        runs = conn.execute("SELECT status, stored, timings FROM runs ORDER BY id").fetchall()
        assert [r[:2] for r in runs] == [("done", 7), ("done", 0)]
        assert "stage_seconds" in json.loads(runs[0][2])
        failures = conn.execute("SELECT input FROM failures WHERE run_id = 1").fetchall()
        assert {Path(f[0]).name for f in failures} == {"broken.rss", "e.jsonl.gz"}
        feed = conn.execute("SELECT url, published FROM articles WHERE url IS NOT NULL").fetchall()
        assert feed == [("https://ex.org/m", "2023-06-14")]


def test_events_exports(tmp_path: Path, shared_pipeline) -> None:  # type: ignore[no-untyped-def]
    _corpus(tmp_path / "in")
    db = str(tmp_path / "ew.db")
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(tmp_path / "in"), "--db", db])
    table = runner.invoke(main, ["events", "--db", db])
    assert table.exit_code == 0 and "Kherson" in table.output
    out = runner.invoke(main, ["events", "--db", db, "--format", "csv", "--country", "SO"])
    rows = list(csv.DictReader(io.StringIO(out.output)))
    assert rows and all(r["country"] == "Somalia" and r["iso"] == "706" for r in rows)
    assert next(iter(csv.reader(io.StringIO(out.output))))[:3] == [
        "event_id_cnty",
        "event_date",
        "year",
    ]
    geo = json.loads(runner.invoke(main, ["events", "--db", db, "--format", "geojson"]).output)
    kherson = [f for f in geo["features"] if f["properties"]["location_name"] == "Kherson"]
    assert kherson and kherson[0]["geometry"]["coordinates"][0] == pytest.approx(32.6, abs=0.1)
    lines = runner.invoke(main, ["events", "--db", db, "--format", "jsonl", "--text", "fuel"])
    assert [json.loads(x)["event"]["type"]["eventwire"] for x in lines.output.splitlines()]
    bad = runner.invoke(main, ["events", "--db", db, "--bbox", "1,2,3"])
    assert bad.exit_code == 2
    missing = runner.invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 1 and "no database here" in missing.stderr


def test_database_from_a_newer_eventwire_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as conn:
        conn.execute(
            "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
            "applied_at TEXT NOT NULL, eventwire_version TEXT NOT NULL)"
        )
        conn.execute("INSERT INTO schema_version VALUES (99, '2099-01-01', '9.0')")
    result = CliRunner().invoke(main, ["events", "--db", str(db)])
    assert result.exit_code == 2
    assert "schema version 99" in result.stderr and "newer eventwire" in result.stderr


def test_folder_of_100000_files_is_walked_lazily(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(100_000):
        (folder / f"{i:06d}.txt").touch()
    files = iter_files([str(folder)])
    assert next(files).endswith("000000.txt")
    assert sum(1 for _ in files) == 99_999


def test_kill_9_mid_run_then_rerun_stores_every_article_once(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    n = 600
    with corpus.open("w") as f:
        for i in range(n):
            text = f"{TEXTS[i % 4]} This is dispatch number {i}."
            f.write(json.dumps({"id": f"d{i}", "text": text, "published": "2023-06-12"}) + "\n")
    db = tmp_path / "crash.db"
    command = [
        sys.executable,
        "-m",
        "eventwire",
        "ingest",
        str(corpus),
        "--db",
        str(db),
        "--batch-size",
        "10",
    ]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        try:
            with sqlite3.connect(db, timeout=1) as conn:
                stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:
            continue
        if stored >= 30:
            break
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as conn:
        partial = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 30 <= partial < n and partial % 10 == 0
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    assert f"skipped {partial} already stored" in finished.stderr
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT source_id FROM articles")]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM events e LEFT JOIN articles a ON a.id = e.article_id "
            "WHERE a.id IS NULL"
        ).fetchone()[0]
        statuses = [r[0] for r in conn.execute("SELECT status FROM runs ORDER BY id")]
    assert sorted(ids) == sorted(f"d{i}" for i in range(n))  # each once, none lost
    assert orphans == 0
    assert statuses == ["running", "done"]  # the killed run stays visible as unfinished
