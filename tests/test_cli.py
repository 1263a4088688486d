"""The command line, run for real: outputs, exit codes and messages for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from shared_data import EXAMPLE


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "eventwire", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def test_extract_json_from_stdin_and_exit_codes(pipeline: object, tmp_path: Path) -> None:
    text = "Russian forces shelled Kherson yesterday, killing two civilians, officials said."
    done = _run("extract", "-", "--published", "2023-11-04", stdin=text)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    assert doc["format"] == "eventwire/1"
    event = doc["events"][0]
    assert event["location"]["name"] == "Kherson"
    assert event["date"]["value"] == "2023-11-03"
    assert event["fatalities"]["killed"] == 2

    empty = tmp_path / "empty.txt"
    empty.write_text("")
    failed = _run("extract", str(empty))
    assert failed.returncode == 1
    assert f"{empty}: is empty" in failed.stderr

    usage = _run("extract", str(EXAMPLE), "--published", "2023-02-30")
    assert usage.returncode == 2
    assert "2023-02-30" in usage.stderr


def test_jsonl_batch_keeps_order_ids_and_records_bad_lines(
    pipeline: object, tmp_path: Path
) -> None:
    corpus = tmp_path / "batch.jsonl"
    corpus.write_text(
        "\n".join(
            [
                json.dumps(
                    {
                        "id": "one",
                        "text": "Israeli airstrikes hit Rafah on Monday.",
                        "published": "2024-05-06",
                        "source": "wire",
                    }
                ),
                "not json at all",
                json.dumps(
                    {
                        "id": "three",
                        "text": "Houthi rebels fired a missile at a ship in the Red Sea.",
                        "published": "2024-01-20",
                    }
                ),
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in result.stdout.splitlines()]
    ids = [x["article"]["id"] if "article" in x else x["id"] for x in lines]
    assert ids == ["one", None, "three"]
    assert "error" in lines[1] and "line 2" in lines[1]["input"]
    assert lines[0]["article"]["source"] == "wire"
    assert "skipped" in result.stderr


def test_table_shows_one_row_per_event(pipeline: object) -> None:
    result = CliRunner().invoke(
        main, ["extract", str(EXAMPLE), "--published", "2023-06-10", "--format", "table"]
    )
    assert result.exit_code == 0, result.output
    assert "Kharkiv Oblast" in result.stdout
    assert "Air/drone strike" in result.stdout


def test_without_published_relative_dates_stay_unresolved(pipeline: object) -> None:
    result = CliRunner().invoke(main, ["extract", str(EXAMPLE)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert any("no publication date" in w for w in doc["warnings"])
    yesterday = next(t for t in doc["times"] if t["text"].lower() == "yesterday")
    assert not yesterday["value"][:1].isdigit()


def test_version_names_the_geonames_licence() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert "CC BY 4.0" in result.stdout
