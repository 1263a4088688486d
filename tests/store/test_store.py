"""The store on both backends: batches, idempotence, versions, queries, the merge hook."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import RejectedInput
from eventwire.store import (
    SCHEMA_VERSION,
    EventFilter,
    MergedEvent,
    NewerDatabaseError,
    SourceRef,
    Store,
)
from eventwire.store.rows import article_hash
from store.documents import make_document

KHERSON = "Russian forces shelled Kherson on Friday, killing 3 civilians."
KHARKIV = "Russian forces struck Kharkiv with missiles, killing 5 people."
GOMA = "M23 rebels attacked Goma, killing 7 civilians."


def _three() -> list:  # type: ignore[type-arg]
    return [
        make_document(KHERSON, article_id="k1", url="https://ex.org/k"),
        make_document(KHARKIV, article_id="h1", place="Kharkiv", day=date(2023, 5, 1), killed=5),
        make_document(
            GOMA,
            article_id="g1",
            place="Goma",
            actor="M23 rebels",
            actor_country=None,
            day=date(2022, 11, 3),
        ),
    ]


def test_schema_created_with_version(db_url: str) -> None:
    with Store.open(db_url) as store:
        assert store.schema_version == SCHEMA_VERSION
        for table in ("articles", "documents", "events", "event_sources", "failures", "runs"):
            assert store.count(table) == 0
    with Store.open(db_url) as store:  # opening again migrates nothing
        assert store.schema_version == SCHEMA_VERSION


def test_store_is_idempotent(db_url: str) -> None:
    docs = _three()
    with Store.open(db_url) as store:
        run = store.start_run("test", ["x"])
        assert store.store_documents(docs, run) == 3
        assert store.store_documents(docs, run) == 0
        assert store.count("articles") == 3
        assert store.count("events") == 3
        assert store.count("event_sources") == 3
        assert store.count("places") == 3
        assert store.count("attributions") == 3
        assert store.has_article(article_hash(docs[0].article))
        stored = dict(store.documents())
    assert stored[article_hash(docs[0].article)]["format"] == "eventwire/1"


def test_changed_text_is_a_new_version_and_the_old_one_is_kept(db_url: str) -> None:
    old = make_document(KHERSON, article_id="k1", url="https://ex.org/k")
    new = make_document(KHERSON + " Two were injured.", article_id="k1", url="https://ex.org/k")
    with Store.open(db_url) as store:
        store.store_documents([old])
        store.store_documents([new])
        versions = store.connection.fetchall(
            "SELECT version, superseded_by FROM articles ORDER BY version"
        )
        assert [v for v, _ in versions] == [1, 2]
        assert versions[0][1] == article_hash(new.article) and versions[1][1] is None
        current = store.events(EventFilter())
        assert [e.evidence_text for e in current] == [new.events[0].evidence.text]
        everything = store.events(EventFilter(include_superseded=True))
        assert len(everything) == 2


def test_filters(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.store_documents(_three())

        def places(**kw: object) -> list[str | None]:
            return [e.location_name for e in store.events(EventFilter(**kw))]  # type: ignore[arg-type]

        assert places() == ["Kherson", "Kharkiv", "Goma"]  # newest first
        assert places(since=date(2023, 1, 1)) == ["Kherson", "Kharkiv"]
        assert places(until=date(2023, 5, 1)) == ["Kharkiv", "Goma"]
        assert places(country="cd") == ["Goma"]
        assert places(actor="M23") == ["Goma"]
        assert places(actor="rus") == ["Kherson", "Kharkiv"]
        assert places(type="Shelling/artillery/missile attack") == ["Kherson", "Kharkiv", "Goma"]
        assert places(type="protest") == []
        assert places(status="reported") == ["Kherson", "Kharkiv", "Goma"]
        assert places(bbox=(30.0, 45.0, 40.0, 51.0)) == ["Kherson", "Kharkiv"]
        assert places(text="MISSILES") == ["Kharkiv"]
        assert places(text="100%") == []  # a literal percent sign, not a wildcard
        assert places(limit=1, offset=1) == ["Kharkiv"]


def test_bbox_across_the_antimeridian(db_url: str) -> None:
    suva = make_document("Police clashed with protesters in Suva.", place="Suva", article_id="s")
    with Store.open(db_url) as store:
        store.store_documents([suva, *_three()])
        found = store.events(EventFilter(bbox=(170.0, -30.0, -170.0, 0.0)))
        assert [e.location_name for e in found] == ["Suva"]


def test_runs_and_failures(db_url: str) -> None:
    with Store.open(db_url) as store:
        run = store.start_run("ingest", ["corpus.jsonl"])
        store.record_failures([RejectedInput("feed.rss", "is not a valid XML feed")], run)
        store.finish_run(run, "done", 1, 2, 1, 0.5, {"articles": 1})
        row = store.connection.fetchall("SELECT status, stored, skipped, failed FROM run_list")
        assert row[0][:4] == ("done", 1, 2, 1)
        failures = store.connection.fetchall("SELECT run_id, input, reason FROM failure_list")
        assert failures == [(run, "feed.rss", "is not a valid XML feed")]


def test_views_read_like_tables(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.store_documents(_three())
        rows = store.connection.fetchall(
            "SELECT location, claimed_by, article_source FROM event_list ORDER BY location"
        )
        assert rows[0] == (
            "Goma",
            "Oleksandr Prokudin (Kherson military administration)",
            "Test Wire",
        )
        assert len(store.connection.fetchall("SELECT * FROM article_list")) == 3
        assert len(store.connection.fetchall("SELECT * FROM source_list")) == 3


def test_merge_hook_keeps_every_source(db_url: str) -> None:
    a = make_document(KHERSON, article_id="k1", killed=3)
    b = make_document(
        "Russian shelling hit Kherson on Friday, killing 4.", article_id="k2", killed=4
    )
    with Store.open(db_url) as store:
        store.store_documents([a, b])
        ids = [article_hash(a.article), article_hash(b.article)]
        merged = MergedEvent(
            id="merged-1",
            event=a.events[0],
            sources=(SourceRef(ids[0], 0), SourceRef(ids[1], 0)),
            claimed_by="governor",
        )
        assert store.replace_merged_events([merged]) == 1
        assert store.replace_merged_events([merged]) == 1  # again: harmless
        events = store.events()
        assert [(e.id, e.source_count, e.merged) for e in events] == [("merged-1", 2, 1)]
        sources = store.event_sources("merged-1")
        assert sorted(s["killed"] for s in sources) == [3, 4]


def test_newer_database_is_refused(db_url: str) -> None:
    with Store.open(db_url) as store:
        store.connection.execute(
            "INSERT INTO schema_version (version, applied_at, eventwire_version) VALUES (?, ?, ?)",
            (SCHEMA_VERSION + 1, "2099-01-01", "9.0"),
        )
    with pytest.raises(NewerDatabaseError, match="newer eventwire"):
        Store.open(db_url)
