"""A read-only connection to the event database, for serving.

The store's `connect` opens for writing (it switches SQLite to WAL and creates files); a
server that only reads must not be able to change the data, even through a bug. SQLite is
opened with a `mode=ro` URI and `query_only`; PostgreSQL sessions are set read-only.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from eventwire.store.connection import Connection, connect, describe_error
from eventwire.store.dialect import SQLITE
from eventwire.store.errors import NewerDatabaseError, StoreError
from eventwire.store.schema import SCHEMA_VERSION

_BUSY_TIMEOUT_MS = 5_000


def open_readonly(url: str) -> Connection:
    """Open `url` (a file path, sqlite:///path or postgresql://...) for reading only.

    Raises StoreError when there is no database there, NewerDatabaseError when it was
    written by a newer eventwire (it would be misread).
    """
    if url.startswith(("postgresql://", "postgres://")):
        connection = connect(url, create=False)
        try:
            connection.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        except StoreError:
            connection.close()
            raise
    else:
        connection = _open_sqlite(Path(url.removeprefix("sqlite:///")))
    try:
        _check_schema(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _open_sqlite(path: Path) -> Connection:
    label = str(path)
    if not path.is_file():
        raise StoreError(f"{label}: no database here (run `eventwire ingest` first)")
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        # check_same_thread off: FastAPI runs handlers on a thread pool; each request uses
        # its own cursor and SQLite serialises access to one connection.
        raw = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        raw.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        raw.execute("PRAGMA query_only = ON")
        raw.execute("PRAGMA cache_size = -65536")
    except sqlite3.Error as exc:
        raise StoreError(describe_error(label, exc)) from exc
    return Connection(raw, SQLITE, label)


def _check_schema(connection: Connection) -> None:
    try:
        version = int(connection.scalar("SELECT MAX(version) FROM schema_version") or 0)
    except StoreError as exc:
        raise StoreError(f"{connection.label}: not an eventwire database ({exc})") from None
    if version > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"{connection.label}: schema version {version} is newer than this eventwire reads "
            f"({SCHEMA_VERSION}); upgrade eventwire"
        )
    if version < 1:
        raise StoreError(f"{connection.label}: the database has no tables yet")


class Database:
    """Read-only connections to one database, one per thread.

    FastAPI runs plain handlers on a thread pool; a connection per thread keeps one
    request's cursor from ever interleaving with another's.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[Connection] = []
        first = open_readonly(url)  # fail at start-up, not on the first request
        self.label = first.label
        self.dialect = first.dialect
        self._adopt(first)

    def connection(self) -> Connection:
        found: Connection | None = getattr(self._local, "connection", None)
        if found is None:
            found = open_readonly(self.url)
            self._adopt(found)
        return found

    def _adopt(self, connection: Connection) -> None:
        self._local.connection = connection
        with self._lock:
            self._all.append(connection)

    def close(self) -> None:
        with self._lock:
            for connection in self._all:
                connection.close()
            self._all.clear()
        self._local = threading.local()
