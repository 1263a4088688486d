"""SQLite under bad conditions: a full disk, a read-only path, a file that is no database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from eventwire.store import Store, StoreError
from store.documents import make_document


def _documents(n: int) -> list:  # type: ignore[type-arg]
    return [
        make_document(
            f"Russian forces shelled Kherson on Friday, report {i}. " + "x" * 3000,
            article_id=f"a{i}",
        )
        for i in range(n)
    ]


def test_full_disk_is_a_clear_error_and_earlier_batches_stay(tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    docs = _documents(40)
    with Store.open(str(db)) as store:
        store.store_documents(docs[:5])
        # SQLite's page cap fails a write exactly as a full disk does (SQLITE_FULL).
        pages = store.connection.scalar("PRAGMA page_count")
        store.connection.execute(f"PRAGMA max_page_count = {int(pages) + 8}")
        with pytest.raises(StoreError, match="disk is full"):
            for start in range(5, 40, 5):
                store.store_documents(docs[start : start + 5])
    with Store.open(str(db)) as store:
        stored = store.count("articles")
        assert stored >= 5 and stored % 5 == 0  # whole batches only
        assert store.count("events") == stored


def test_read_only_path_is_a_clear_error(tmp_path: Path) -> None:
    if os.getuid() == 0:
        target = Path("/sys/eventwire-test.db")  # root may write anywhere but sysfs
    else:
        folder = tmp_path / "locked"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "events.db"
    with pytest.raises(StoreError, match="cannot write the database here"):
        Store.open(str(target))


def test_existing_read_only_database_keeps_its_data(tmp_path: Path) -> None:
    if os.getuid() == 0:
        pytest.skip("root ignores file permissions; covered by the /sys path test")
    db = tmp_path / "ro.db"
    with Store.open(str(db)) as store:
        store.store_documents(_documents(2))
    for path in tmp_path.iterdir():
        path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with pytest.raises(StoreError), Store.open(str(db)) as store:
            store.store_documents(_documents(4))
    finally:
        tmp_path.chmod(0o755)
        for path in tmp_path.iterdir():
            path.chmod(0o644)
    with Store.open(str(db)) as store:
        assert store.count("articles") == 2


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    db = tmp_path / "notes.db"
    db.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database"):
        Store.open(str(db))
    assert db.read_text().startswith("these are my notes")
