"""The event database: SQLite (default `eventwire.db`) or PostgreSQL, one schema.

    from eventwire.store import Store
    with Store.open("eventwire.db") as store:
        store.store_documents(documents)
        for record in store.events(EventFilter(country="UA")):
            ...

See docs/database.md for the tables, views and commands.
"""

from __future__ import annotations

from eventwire.store.errors import NewerDatabaseError, StoreError
from eventwire.store.query import EventFilter, EventRecord, parse_bbox
from eventwire.store.rows import article_hash
from eventwire.store.schema import SCHEMA_VERSION
from eventwire.store.store import DEFAULT_DB, MergedEvent, SourceRef, Store

__all__ = [
    "DEFAULT_DB",
    "SCHEMA_VERSION",
    "EventFilter",
    "EventRecord",
    "MergedEvent",
    "NewerDatabaseError",
    "SourceRef",
    "Store",
    "StoreError",
    "article_hash",
    "parse_bbox",
]
