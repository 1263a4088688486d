"""`--cluster` values, and the mistakes refused before any cluster or database is touched."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed")

from eventwire.cluster import ingest_on_cluster
from eventwire.cluster.connect import parse_local
from eventwire.errors import UsageError

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample-news.jsonl"


def test_local_counts_and_scheduler_addresses() -> None:
    assert parse_local("local:4") == 4
    assert parse_local("tcp://scheduler:8786") is None
    assert parse_local("tls://10.0.0.5:8786") is None


@pytest.mark.parametrize("spec", ["local:0", "local", "local:two", "scheduler:8786", ""])
def test_other_values_are_usage_errors(spec: str) -> None:
    with pytest.raises(UsageError, match="--cluster"):
        parse_local(spec)


def test_refused_before_the_database_is_created(tmp_path: Path) -> None:
    db = tmp_path / "events.db"
    with pytest.raises(UsageError, match="--cluster"):
        ingest_on_cluster([str(SAMPLE)], str(db), "locl:2")
    with pytest.raises(UsageError, match="somewhere to write"):
        ingest_on_cluster([str(SAMPLE)], None, "local:2")
    with pytest.raises(UsageError, match="standard input"):
        ingest_on_cluster(["-"], str(db), "local:2")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(UsageError, match="no input files"):
        ingest_on_cluster([str(empty)], str(db), "local:2")
    assert not db.exists()
