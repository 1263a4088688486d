"""The database schema, as numbered migrations.

`MIGRATIONS[n]` takes a database from version n to n + 1. A database records each applied
version in `schema_version`; one whose highest version is above `SCHEMA_VERSION` was written
by a newer eventwire and is refused rather than misread. The DDL is portable between SQLite
and PostgreSQL except for the `{real}`, `{autoid}` and `{bigint}` types the dialect fills in.
Column and table names avoid words either database reserves (`end`, `order`, `user`).
"""

from __future__ import annotations

SCHEMA_VERSION = 1

SCHEMA_VERSION_TABLE = """
CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL,
    eventwire_version TEXT NOT NULL
)
"""

_V1 = (
    """
    CREATE TABLE runs (
        id {autoid},
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL,
        command TEXT NOT NULL,
        inputs TEXT NOT NULL,
        stored INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        seconds {real},
        articles_per_second {real},
        timings TEXT,
        eventwire_version TEXT NOT NULL
    )
    """,
    # id is the content hash of (text, given publication date): the same content is stored
    # once. article_key names "the same article" across versions (its URL, its corpus id or
    # its file); a changed text under one key is a new version, and the old one is kept.
    """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        article_key TEXT NOT NULL,
        version INTEGER NOT NULL,
        superseded_by TEXT,
        source_id TEXT NOT NULL,
        url TEXT,
        title TEXT,
        source TEXT,
        published TEXT,
        published_method TEXT,
        input TEXT,
        text TEXT NOT NULL,
        meta TEXT NOT NULL,
        run_id {bigint} REFERENCES runs(id),
        stored_at TEXT NOT NULL,
        UNIQUE (article_key, version)
    )
    """,
    "CREATE INDEX articles_url ON articles(url)",
    "CREATE INDEX articles_published ON articles(published)",
    """
    CREATE TABLE documents (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        format TEXT NOT NULL,
        warnings TEXT NOT NULL,
        json TEXT NOT NULL
    )
    """,
    # One row per event after merging; before any merge step runs, one per report.
    """
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        report_id TEXT NOT NULL,
        superseded INTEGER NOT NULL DEFAULT 0,
        merged INTEGER NOT NULL DEFAULT 0,
        source_count INTEGER NOT NULL DEFAULT 1,
        eventwire_type TEXT NOT NULL,
        acled_type TEXT,
        acled_sub_type TEXT,
        plover_type TEXT,
        event_date TEXT,
        date_value TEXT,
        date_earliest TEXT,
        date_latest TEXT,
        date_precision TEXT,
        date_text TEXT,
        location_name TEXT,
        location_kind TEXT,
        lat {real},
        lon {real},
        country TEXT,
        admin1 TEXT,
        geonameid {bigint},
        geo_precision INTEGER,
        actor1 TEXT,
        actor1_country TEXT,
        actor1_sector TEXT,
        assoc_actors1 TEXT,
        actor2 TEXT,
        actor2_country TEXT,
        actor2_sector TEXT,
        assoc_actors2 TEXT,
        actor_search TEXT NOT NULL,
        weapons TEXT,
        killed INTEGER,
        killed_max INTEGER,
        injured INTEGER,
        injured_max INTEGER,
        claim_status TEXT NOT NULL,
        claimed_by TEXT,
        evidence_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        confidence {real} NOT NULL,
        stored_at TEXT NOT NULL,
        json TEXT NOT NULL
    )
    """,
    "CREATE INDEX events_date ON events(event_date)",
    "CREATE INDEX events_type_date ON events(eventwire_type, event_date)",
    "CREATE INDEX events_acled_sub_date ON events(acled_sub_type, event_date)",
    "CREATE INDEX events_country_date ON events(country, event_date)",
    "CREATE INDEX events_lat_lon ON events(lat, lon)",
    "CREATE INDEX events_article ON events(article_id)",
    # Every source report of an event with its own values, so that merging keeps each
    # source's version of the facts.
    """
    CREATE TABLE event_sources (
        article_id TEXT NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        event_id TEXT NOT NULL REFERENCES events(id) DEFERRABLE INITIALLY DEFERRED,
        report_id TEXT NOT NULL,
        date_value TEXT,
        date_earliest TEXT,
        date_latest TEXT,
        location_name TEXT,
        lat {real},
        lon {real},
        killed INTEGER,
        injured INTEGER,
        claim_status TEXT NOT NULL,
        claimed_by TEXT,
        evidence_text TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    )
    """,
    "CREATE INDEX event_sources_event ON event_sources(event_id)",
    """
    CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        mention TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        lat {real} NOT NULL,
        lon {real} NOT NULL,
        geonameid {bigint},
        country_code TEXT,
        admin1 TEXT,
        score {real} NOT NULL,
        method TEXT NOT NULL,
        PRIMARY KEY (article_id, position)
    )
    """,
    "CREATE INDEX places_geonameid ON places(geonameid)",
    """
    CREATE TABLE attributions (
        article_id TEXT NOT NULL REFERENCES articles(id),
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        source_text TEXT,
        cue_text TEXT NOT NULL,
        content_text TEXT NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        speaker_name TEXT,
        speaker_role TEXT,
        speaker_organization TEXT,
        speaker_country TEXT,
        PRIMARY KEY (article_id, position)
    )
    """,
    """
    CREATE TABLE failures (
        id {autoid},
        run_id {bigint} REFERENCES runs(id),
        input TEXT NOT NULL,
        reason TEXT NOT NULL,
        source_id TEXT,
        recorded_at TEXT NOT NULL
    )
    """,
    # Views with plain names, for SQLite browsers and psql.
    """
    CREATE VIEW event_list AS
    SELECT e.id AS event_id, e.event_date, e.eventwire_type AS type,
           e.acled_sub_type AS acled_sub_type, e.location_name AS location, e.country,
           e.admin1, e.lat, e.lon, e.geo_precision, e.actor1, e.actor2, e.killed, e.injured,
           e.claim_status, e.claimed_by, e.source_count, e.confidence, e.evidence_text AS evidence,
           a.title AS article_title, a.url AS article_url, a.source AS article_source,
           a.published AS article_published
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE e.superseded = 0
    """,
    """
    CREATE VIEW article_list AS
    SELECT a.id AS article_id, a.article_key, a.version, a.superseded_by, a.title, a.url,
           a.source, a.published, a.input, a.stored_at,
           (SELECT COUNT(*) FROM event_sources s WHERE s.article_id = a.id) AS reports
    FROM articles a
    """,
    """
    CREATE VIEW source_list AS
    SELECT s.event_id, s.article_id, s.position, s.report_id, s.date_value, s.location_name,
           s.killed, s.injured, s.claim_status, s.claimed_by, s.evidence_text AS evidence,
           a.title AS article_title, a.url AS article_url, a.source AS article_source
    FROM event_sources s JOIN articles a ON a.id = s.article_id
    """,
    """
    CREATE VIEW failure_list AS
    SELECT f.id, f.run_id, f.input, f.reason, f.source_id, f.recorded_at FROM failures f
    """,
    """
    CREATE VIEW run_list AS
    SELECT id, started_at, finished_at, status, stored, skipped, failed, seconds,
           articles_per_second, command FROM runs
    """,
)

# MIGRATIONS[0] builds version 1 from an empty database.
MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)
assert len(MIGRATIONS) == SCHEMA_VERSION
