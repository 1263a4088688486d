"""Weapon mentions found in parsed sentences: categories, refinements and named warships."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.extract.weapons import document_weapons, find_weapons


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
            "A patrol truck hit an improvised explosive device near the dam.",
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
        ("Shells fell on the market overnight.", ("Shells", "artillery")),
        ("One jet bombed the bridge.", ("jet", "aircraft")),
        ("A military plane flew low over the town.", ("military plane", "aircraft")),
        ("Tankers refuel fighters and airlifters.", ("airlifters", "aircraft")),
        ("The refuelling was done by a KC-135R tanker.", ("KC-135R", "aircraft")),
        ("Troops landed from an amphibious assault ship.", ("assault ship", "warship")),
        ("An armoured bulldozer demolished the house.", ("bulldozer", "engineering vehicle")),
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
        "The shell company paid no tax.",
        "Jet fuel prices rose again.",
        "Prices at Shell stations rose.",
        "The ship docked with grain.",
        "Delegates at the G-20 summit met.",
    ],
)
def test_ordinary_words_are_no_weapons(nlp: Language, text: str) -> None:
    assert _weapons(nlp, text) == []


def test_document_weapons_include_arms_no_event_uses(nlp: Language) -> None:
    text = "The army keeps Iranian-made drones and Kalibr missiles at the base near Tartus."
    found = document_weapons(nlp(text))
    by_text = {w.span.text: w for w in found}
    assert by_text["Iranian-made drones"].origin == "IRN"
    assert by_text["Kalibr missiles"].system == "Kalibr"
    assert all(text[w.span.start : w.span.end] == w.span.text for w in found)
