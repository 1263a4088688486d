"""One connection to SQLite or PostgreSQL behind the same small interface.

Both run in autocommit mode with explicit transactions, so a batch is either wholly stored
or not at all, and whatever was committed before a crash, a full disk or a kill stays.
Driver errors become StoreErrors that say what happened in words (a read-only path, a full
disk) rather than driver codes.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Protocol

from eventwire.store.dialect import POSTGRES, SQLITE, Dialect
from eventwire.store.errors import StoreError

# SQLite waits this long for another writer before giving up with "database is locked".
_BUSY_TIMEOUT_MS = 10_000


class _Cursor(Protocol):
    def fetchall(self) -> list[Any]: ...
    def fetchone(self) -> Any: ...


class Connection:
    """A database connection: `?` SQL in, plain tuples out, driver errors translated."""

    def __init__(self, raw: Any, dialect: Dialect, label: str) -> None:
        self.raw = raw
        self.dialect = dialect
        self.label = label
        self._in_transaction = False

    def execute(self, sql: str, params: Sequence[Any] = ()) -> _Cursor:
        try:
            cursor: _Cursor = self.raw.execute(self.dialect.sql(sql), tuple(params))
        except Exception as exc:
            raise self._translate(exc) from exc
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        try:
            if self.dialect is SQLITE:
                self.raw.executemany(sql, rows)
            else:
                with self.raw.cursor() as cursor:
                    cursor.executemany(self.dialect.sql(sql), rows)
        except Exception as exc:
            raise self._translate(exc) from exc

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        rows: list[tuple[Any, ...]] = self.execute(sql, params).fetchall()
        return rows

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside is committed together, or rolled back on any error."""
        if self._in_transaction:
            yield
            return
        self.execute("BEGIN IMMEDIATE" if self.dialect is SQLITE else "BEGIN")
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self._in_transaction = False
            # The first error is the one worth reporting, not a failed rollback.
            with suppress(Exception):
                self.raw.execute("ROLLBACK")
            raise
        self._in_transaction = False
        self.execute("COMMIT")

    def close(self) -> None:
        # Closing after an error must not hide that error.
        with suppress(Exception):
            self.raw.close()

    def _translate(self, exc: Exception) -> StoreError:
        if isinstance(exc, StoreError):
            return exc
        return StoreError(describe_error(self.label, exc))


def describe_error(label: str, exc: Exception) -> str:
    """A one-line reason for a driver error, naming the database."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    lower = message.lower()
    if "disk is full" in lower or "no space left" in lower or "disk full" in lower:
        return (
            f"{label}: the disk is full; everything stored in earlier batches is kept. "
            "Free some space and run the same command again to continue."
        )
    if "readonly" in lower or "read-only" in lower or "unable to open" in lower:
        return (
            f"{label}: cannot write the database here ({message}); "
            "check that the file and its folder are writable, or choose another --db"
        )
    if "not a database" in lower:
        return f"{label}: this file is not an SQLite database ({message})"
    if "locked" in lower:
        return f"{label}: the database is locked by another process ({message})"
    return f"{label}: {message}"


def connect(url: str, create: bool = True) -> Connection:
    """Open a database by URL: `postgresql://...`, `sqlite:///path` or a plain file path."""
    if url.startswith(("postgresql://", "postgres://")):
        return _connect_postgres(url)
    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    return _connect_sqlite(Path(path), create)


def _connect_sqlite(path: Path, create: bool) -> Connection:
    label = str(path)
    if not create and not path.exists():
        raise StoreError(f"{label}: no database here (run `eventwire ingest` first)")
    if path.is_dir():
        raise StoreError(f"{label}: is a folder, not a database file")
    try:
        raw = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError(describe_error(label, exc)) from exc
    connection = Connection(raw, SQLITE, label)
    try:
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA foreign_keys = ON")
        mode = connection.scalar("PRAGMA journal_mode = WAL")
        if str(mode).lower() != "wal":
            raise StoreError(f"{label}: cannot switch the database to WAL mode (got {mode})")
        # With WAL, NORMAL keeps every committed transaction across a process crash
        # (only a power cut can lose the last ones), at a fraction of FULL's fsyncs.
        connection.execute("PRAGMA synchronous = NORMAL")
        # Checkpoint the WAL every ~40 MB rather than every 4 MB: each checkpoint fsyncs,
        # and at one per few batches they were most of the cost of storing documents.
        connection.execute("PRAGMA wal_autocheckpoint = 10000")
        # 64 MB of page cache: the event indexes are updated at random places.
        connection.execute("PRAGMA cache_size = -65536")
    except StoreError:
        connection.close()
        raise
    return connection


def _connect_postgres(url: str) -> Connection:
    label = _safe_url(url)
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency of the store
        raise StoreError(f"{label}: PostgreSQL needs psycopg 3 (psycopg[binary])") from exc
    try:
        raw = psycopg.connect(url, autocommit=True)
    except psycopg.Error as exc:
        raise StoreError(describe_error(label, exc)) from exc
    return Connection(raw, POSTGRES, label)


def _safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
