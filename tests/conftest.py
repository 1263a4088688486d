"""Fixtures shared by the whole suite: one pipeline, one gazetteer, the shared eval data."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():  # type: ignore[no-untyped-def]
    """The real gazetteer index, built once per machine in the user's data directory."""
    from eventwire.resolve.geo import Gazetteer

    return Gazetteer.load()


@pytest.fixture(scope="session")
def pipeline(gazetteer):  # type: ignore[no-untyped-def]
    from eventwire.pipeline import Pipeline

    return Pipeline()
