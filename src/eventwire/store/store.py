"""The event store: documents in, events out, on SQLite or PostgreSQL.

A Store writes whole batches of Documents in one transaction each, so that a crash, a kill
or a full disk loses at most the batch in flight and a rerun finds exactly what was stored.
Articles are keyed by content hash: the same content is stored once, a changed text under
the same URL or id becomes a new version and the old one is kept (marked superseded).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

from eventwire import __version__
from eventwire.model import Document, Event, RejectedInput
from eventwire.store import rows
from eventwire.store.connection import Connection, connect
from eventwire.store.errors import NewerDatabaseError, StoreError
from eventwire.store.query import EventFilter, EventRecord, build_query
from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION, SCHEMA_VERSION_TABLE

DEFAULT_DB = "eventwire.db"

_INSERT_ARTICLE = rows.insert_sql("articles", rows.ARTICLE_COLUMNS)
_INSERT_DOCUMENT = rows.insert_sql("documents", rows.DOCUMENT_COLUMNS)
_INSERT_EVENT = rows.insert_sql("events", rows.EVENT_COLUMNS)
_INSERT_SOURCE = rows.insert_sql("event_sources", rows.SOURCE_COLUMNS)
_INSERT_PLACE = rows.insert_sql("places", rows.PLACE_COLUMNS)
_INSERT_ATTRIBUTION = rows.insert_sql("attributions", rows.ATTRIBUTION_COLUMNS)

TABLES = (
    "runs",
    "articles",
    "documents",
    "events",
    "event_sources",
    "places",
    "attributions",
    "failures",
)


@dataclass(frozen=True)
class SourceRef:
    """One source report: the `position`-th event of the stored article `article_id`."""

    article_id: str
    position: int


@dataclass(frozen=True)
class MergedEvent:
    """An event built from several source reports by a merge step (the merge hook's input).

    `event` holds the reconciled values; `sources` every report it was built from (each
    keeps its own values in `event_sources`); `claimed_by` the claimant to show for it.
    """

    id: str
    event: Event
    sources: tuple[SourceRef, ...]
    claimed_by: str | None = None


class Store:
    """A connection to an eventwire database. Open with `Store.open(url)`; close when done."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.dialect = connection.dialect

    @classmethod
    def open(cls, url: str = DEFAULT_DB, create: bool = True) -> Store:
        """Open (and, with `create`, create or migrate) the database at `url`.

        Raises NewerDatabaseError for a database from a newer eventwire, StoreError when the
        database cannot be opened or written.
        """
        store = cls(connect(url, create))
        try:
            store._migrate()
        except BaseException:
            store.close()
            raise
        return store

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- schema ---------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        return int(self.connection.scalar("SELECT MAX(version) FROM schema_version") or 0)

    def _migrate(self) -> None:
        conn = self.connection
        with conn.transaction():
            conn.execute(SCHEMA_VERSION_TABLE)
            current = self.schema_version
            if current > SCHEMA_VERSION:
                raise NewerDatabaseError(
                    f"{conn.label}: this database has schema version {current}, written by a "
                    f"newer eventwire; this eventwire ({__version__}) reads up to version "
                    f"{SCHEMA_VERSION}. Upgrade eventwire, or use another --db."
                )
            for version in range(current, SCHEMA_VERSION):
                for statement in MIGRATIONS[version]:
                    conn.execute(self.dialect.ddl(statement))
                conn.execute(
                    "INSERT INTO schema_version (version, applied_at, eventwire_version) "
                    "VALUES (?, ?, ?)",
                    (version + 1, _now(), __version__),
                )

    # -- runs and failures ----------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str]) -> int:
        """Record a run as started (committed at once, so a killed run is visible)."""
        conn = self.connection
        params = (_now(), "running", command, json.dumps(list(inputs)), __version__)
        sql = (
            "INSERT INTO runs (started_at, status, command, inputs, eventwire_version) "
            "VALUES (?, ?, ?, ?, ?)"
        )
        with conn.transaction():
            if self.dialect.name == "postgresql":
                run_id = conn.scalar(sql + " RETURNING id", params)
            else:
                conn.execute(sql, params)
                run_id = conn.scalar("SELECT last_insert_rowid()")
        return int(run_id)

    def finish_run(
        self,
        run_id: int,
        status: str,
        stored: int,
        skipped: int,
        failed: int,
        seconds: float,
        timings: dict[str, Any] | None = None,
    ) -> None:
        rate = stored / seconds if seconds > 0 else None
        with self.connection.transaction():
            self.connection.execute(
                "UPDATE runs SET finished_at = ?, status = ?, stored = ?, skipped = ?, "
                "failed = ?, seconds = ?, articles_per_second = ?, timings = ? WHERE id = ?",
                (
                    _now(),
                    status,
                    stored,
                    skipped,
                    failed,
                    seconds,
                    rate,
                    json.dumps(timings) if timings is not None else None,
                    run_id,
                ),
            )

    def record_failures(self, failures: Sequence[RejectedInput], run_id: int | None) -> None:
        if not failures:
            return
        now = _now()
        with self.connection.transaction():
            self.connection.executemany(
                "INSERT INTO failures (run_id, input, reason, source_id, recorded_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [(run_id, f.input_name, f.reason, f.id, now) for f in failures],
            )

    # -- articles and documents -----------------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        """Whether content with this hash (see `rows.article_hash`) is stored."""
        found = self.connection.scalar("SELECT 1 FROM articles WHERE id = ?", (article_id,))
        return found is not None

    def store_documents(self, documents: Sequence[Document], run_id: int | None = None) -> int:
        """Store a batch of Documents in one transaction; return how many were new.

        Content already stored (same hash) is left alone, so storing a batch twice is safe.
        """
        conn = self.connection
        now = _now()
        documents_rows: list[rows.Row] = []
        event_rows: list[rows.Row] = []
        source_rows: list[rows.Row] = []
        place_rows: list[rows.Row] = []
        attribution_rows: list[rows.Row] = []
        stored = 0
        with conn.transaction():
            for doc in documents:
                article_id = rows.article_hash(doc.article)
                if self.has_article(article_id):
                    continue
                self._insert_article(doc, article_id, run_id, now)
                stored += 1
                document_json, event_jsons = rows.document_json(doc)
                documents_rows.append(rows.document_row(doc, article_id, document_json))
                for position, event in enumerate(doc.events):
                    event_id = rows.stored_event_id(article_id, position)
                    claimant = rows.claimed_by(doc, event)
                    as_json = event_jsons[position]
                    event_rows.append(
                        rows.event_row(
                            event, event_id, article_id, claimant, now, 1, False, as_json
                        )
                    )
                    source_rows.append(
                        rows.source_row(event, article_id, position, event_id, claimant, as_json)
                    )
                place_rows += rows.place_rows(doc, article_id)
                attribution_rows += rows.attribution_rows(doc, article_id)
            conn.executemany(_INSERT_DOCUMENT, documents_rows)
            conn.executemany(_INSERT_EVENT, event_rows)
            conn.executemany(_INSERT_SOURCE, source_rows)
            conn.executemany(_INSERT_PLACE, place_rows)
            conn.executemany(_INSERT_ATTRIBUTION, attribution_rows)
        return stored

    def _insert_article(self, doc: Document, article_id: str, run_id: int | None, now: str) -> None:
        conn = self.connection
        key = rows.article_key(doc.article)
        versions = conn.fetchall(
            "SELECT id, version, superseded_by FROM articles WHERE article_key = ?", (key,)
        )
        previous = [old_id for old_id, _, newer in versions if newer is None]
        version = max((v for _, v, _ in versions), default=0) + 1
        conn.execute(
            _INSERT_ARTICLE, rows.article_row(doc.article, article_id, key, version, run_id, now)
        )
        for old_id in previous:
            # The old version stays, with its events, but leaves default queries.
            conn.execute("UPDATE articles SET superseded_by = ? WHERE id = ?", (article_id, old_id))
            conn.execute("UPDATE events SET superseded = 1 WHERE article_id = ?", (old_id,))

    def documents(self, include_superseded: bool = False) -> Iterator[tuple[str, dict[str, Any]]]:
        """(article id, eventwire/1 document dict) for every stored article, oldest first."""
        sql = "SELECT d.article_id, d.json FROM documents d JOIN articles a ON a.id = d.article_id"
        if not include_superseded:
            sql += " WHERE a.superseded_by IS NULL"
        sql += " ORDER BY a.stored_at, a.id"
        for article_id, payload in self.connection.fetchall(sql):
            yield article_id, json.loads(payload)

    # -- events ---------------------------------------------------------------------------

    def events(self, spec: EventFilter | None = None) -> list[EventRecord]:
        """The events matching `spec` (by default the newest 500), newest first."""
        sql, params = build_query(spec or EventFilter(), nulls_last=self.dialect.name != "sqlite")
        return [EventRecord(*row) for row in self.connection.fetchall(sql, params)]

    def event_sources(self, event_id: str) -> list[dict[str, Any]]:
        """Every source report of one event, with that source's own values."""
        columns = rows.SOURCE_COLUMNS
        found = self.connection.fetchall(
            f"SELECT {', '.join(columns)} FROM event_sources WHERE event_id = ? "
            "ORDER BY article_id, position",
            (event_id,),
        )
        return [dict(zip(columns, row, strict=True)) for row in found]

    def replace_merged_events(self, merged: Iterable[MergedEvent]) -> int:
        """The merge hook: replace per-report events by merged ones, in one transaction.

        Each MergedEvent becomes one `events` row (merged = 1, source_count = its number of
        sources, article_id = its first source's article); its sources' `event_sources`
        rows are pointed at it, keeping each source's own values, and events left without
        any source (the per-report events merged away) are deleted. Running it again with
        the same merges is harmless. Returns the number of merged events written.
        """
        conn = self.connection
        now = _now()
        written = 0
        with conn.transaction():
            for item in merged:
                if not item.sources:
                    raise StoreError(f"merged event {item.id} has no source reports")
                first = item.sources[0]
                old_ids = {
                    row[0]
                    for ref in item.sources
                    for row in conn.fetchall(
                        "SELECT event_id FROM event_sources WHERE article_id = ? AND position = ?",
                        (ref.article_id, ref.position),
                    )
                }
                conn.execute("DELETE FROM events WHERE id = ? AND merged = 1", (item.id,))
                conn.execute(
                    _INSERT_EVENT,
                    rows.event_row(
                        item.event,
                        item.id,
                        first.article_id,
                        item.claimed_by,
                        now,
                        source_count=len(item.sources),
                        merged=True,
                    ),
                )
                for ref in item.sources:
                    conn.execute(
                        "UPDATE event_sources SET event_id = ? WHERE article_id = ? "
                        "AND position = ?",
                        (item.id, ref.article_id, ref.position),
                    )
                for old_id in old_ids - {item.id}:
                    conn.execute(
                        "DELETE FROM events WHERE id = ? AND NOT EXISTS "
                        "(SELECT 1 FROM event_sources s WHERE s.event_id = ?)",
                        (old_id, old_id),
                    )
                written += 1
        return written

    # -- counts ---------------------------------------------------------------------------

    def count(self, table: str) -> int:
        if table not in TABLES:
            raise StoreError(f"no table {table!r} (tables: {', '.join(TABLES)})")
        return int(self.connection.scalar(f"SELECT COUNT(*) FROM {table}"))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
