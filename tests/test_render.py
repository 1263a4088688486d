"""`eventwire extract --format table`, run for real on the bundled example: who claims what."""

from __future__ import annotations

import json
from typing import Any

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.render import NO_SOURCE
from shared_data import EXAMPLE

ARGS = ["extract", str(EXAMPLE), "--published", "2023-06-10"]


def _table_and_document() -> tuple[list[str], dict[str, Any]]:
    table = CliRunner().invoke(main, [*ARGS, "--format", "table"])
    assert table.exit_code == 0, table.output
    as_json = CliRunner().invoke(main, [*ARGS, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    return table.stdout.splitlines(), json.loads(as_json.stdout)


def test_claimed_by_column_names_who_and_how(pipeline: object) -> None:
    lines, doc = _table_and_document()
    header, rule, *rows = lines[1:]
    assert header.split("  ")[-1].strip() == "claimed by (how)"
    rows = rows[: len(doc["events"])]
    assert all(len(line) <= 120 for line in [header, rule, *rows])
    for row, event in zip(rows, doc["events"], strict=True):
        claim = event["claim"]
        assert row.endswith(f"({claim['status']})")
        if claim["attribution"] is None:
            assert row.endswith(f"{NO_SOURCE} ({claim['status']})")
    # The Ukrainian ministry's figures on the missile strikes, and Kirby's statements.
    assert any("Ukraine Ministry" in row and row.endswith("(reported)") for row in rows)
    assert any("John Kirby, White H" in row for row in rows)
    assert any(row.endswith(f"{NO_SOURCE} (asserted)") for row in rows)
