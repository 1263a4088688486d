"""Weapon mentions found in parsed sentences: categories, refinements and named warships."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.extract.weapons import find_weapons


def _weapons(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(m.span.text, m.category) for s in doc.sents for m in find_weapons(s)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A VBIED exploded near the checkpoint.",
            ("VBIED", "explosive"),
        ),
        (
            "Insurgents planted several IEDs along the road.",
            ("IEDs", "explosive"),
        ),
        (
            "The strikes destroyed three ISIL tactical vehicles.",
            ("tactical vehicles", "armoured vehicle"),
        ),
        (
            "He was killed by an improvised explosive device.",
            ("improvised explosive device", "explosive"),
        ),
        (
            "Coalition air strikes hit the bridge.",
            ("air strikes", "aircraft"),
        ),
        (
            "The army used loitering munitions against the positions.",
            ("loitering munitions", "drone"),
        ),
        (
            "HMS Ocean sailed from Plymouth on Monday.",
            ("HMS Ocean", "warship"),
        ),
    ],
)
def test_weapon_kinds(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    # The mention spans the noun phrase's modifiers too ("several IEDs"), so contain it.
    words, category = expected
    assert any(words in found and kind == category for found, kind in _weapons(nlp, text))


def test_plain_munitions_are_arms_in_general(nlp: Language) -> None:
    doc = nlp("The convoy carried munitions to the front.")
    mentions = [m for s in doc.sents for m in find_weapons(s)]
    assert [(m.span.text, m.category, m.generic) for m in mentions] == [
        ("munitions", "ammunition", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Workers went on strike over pay.",
        "The vehicle was parked outside the school.",
        "The device was charging on the table.",
    ],
)
def test_ordinary_words_are_no_weapons(nlp: Language, text: str) -> None:
    assert _weapons(nlp, text) == []
