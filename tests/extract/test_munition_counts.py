"""Counts of launched, intercepted and hitting weapons, read from the text around an event."""

from __future__ import annotations

from eventwire.extract.munition_counts import munition_counts
from eventwire.model import Span, WeaponMention


def _weapon(text: str, words: str, category: str, occurrence: int = 0) -> WeaponMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(words, start + 1)
    return WeaponMention(Span(start, start + len(words), words), category)


def _counts(text: str, *weapons: WeaponMention) -> set[tuple[str, str, int]]:
    found = munition_counts(text, weapons, Span(0, len(text), text))
    return {(weapons[c.weapon].span.text, c.role, c.count) for c in found}


def test_launched_counts_of_coordinated_weapons() -> None:
    text = "Russia attacked with 40 Shahed drones and 3 Iskander-M missiles overnight."
    drones = _weapon(text, "Shahed drones", "drone")
    missiles = _weapon(text, "Iskander-M missiles", "ballistic missile")
    assert _counts(text, drones, missiles) == {
        ("Shahed drones", "launched", 40),
        ("Iskander-M missiles", "launched", 3),
    }


def test_a_part_of_a_whole_is_intercepted_of_launched() -> None:
    text = "Air defences shot down 12 of 15 Russian drones over Kharkiv."
    drones = _weapon(text, "Russian drones", "drone")
    assert _counts(text, drones) == {
        ("Russian drones", "launched", 15),
        ("Russian drones", "intercepted", 12),
    }


def test_of_which_and_passive_counts_refer_back() -> None:
    text = "Russia launched 54 drones and two cruise missiles, of which 50 were intercepted."
    drones = _weapon(text, "drones", "drone")
    missiles = _weapon(text, "cruise missiles", "cruise missile")
    assert _counts(text, drones, missiles) == {
        ("drones", "launched", 54),
        ("cruise missiles", "launched", 2),
        ("drones", "intercepted", 50),  # 50 cannot be of the 2 missiles
    }
    text = "Of the 40 drones launched by Russia, 36 were destroyed."
    assert _counts(text, _weapon(text, "drones", "drone")) == {
        ("drones", "launched", 40),
        ("drones", "intercepted", 36),
    }


def test_hits_and_kinds_named_again() -> None:
    text = "Two Kalibr missiles hit the port."
    assert _counts(text, _weapon(text, "Two Kalibr missiles"[4:], "cruise missile")) == {
        ("Kalibr missiles", "hit", 2)
    }
    text = "Russia attacked with Shahed drones. Air defence shot down 36 drones."
    assert _counts(text, _weapon(text, "Shahed drones", "drone")) == {
        ("Shahed drones", "intercepted", 36)
    }


def test_counts_of_other_things_are_not_weapon_counts() -> None:
    text = "Three drones damaged 12 houses; 40 people were evacuated."
    assert _counts(text, _weapon(text, "drones", "drone")) == set()
