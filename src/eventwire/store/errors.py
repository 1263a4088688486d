"""Errors of the event store; each is an EventwireError the CLI reports in one line."""

from __future__ import annotations

from eventwire.errors import EventwireError


class StoreError(EventwireError):
    """The database could not be opened, read or written (read-only path, full disk, ...)."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer eventwire, with a schema this one does not know."""
