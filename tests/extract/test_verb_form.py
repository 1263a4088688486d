"""extract.verb_form: how a sentence tells its event."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.extract.verb_form import verb_form


@pytest.mark.parametrize(
    ("sentence", "word", "form"),
    [
        ("Artillery shelled the village on Monday.", "shelled", "verb past"),
        ("The village was shelled on Monday.", "shelled", "verb passive past"),
        ("They have destroyed forty bridges.", "destroyed", "verb perfect present"),
        ("The army will strike the depot.", "strike", "verb future"),
        ("The shelling of the village went on.", "shelling", "noun"),
    ],
)
def test_forms(nlp: Language, sentence: str, word: str, form: str) -> None:
    token = next(t for t in nlp(sentence) if t.text == word)
    assert verb_form(token) == form
