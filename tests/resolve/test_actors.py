"""Actor phrases resolved to a name, a country (alpha-3) and a sector."""

from __future__ import annotations

import pytest

from eventwire.resolve.actors import resolve_actor


@pytest.mark.parametrize(
    ("text", "name", "country", "sector"),
    [
        ("Russia", "Russia", "RUS", "GOV"),
        ("the Pentagon", "United States Department of Defense", "USA", "MIL"),
        ("Sudanese army", "Sudanese army", "SDN", "MIL"),
        ("Hamas militants", "Hamas", "PSE", "REB"),
        ("IS fighters", "Islamic State", None, "REB"),
        ("riot police", "riot police", None, "COP"),
        ("the Ukrainian population", "Ukrainian population", "UKR", "CIV"),
        ("Israeli warplanes", "Israeli warplanes", "ISR", "MIL"),
    ],
)
def test_actor_phrases(text: str, name: str, country: str | None, sector: str | None) -> None:
    actor = resolve_actor(text)
    assert (actor.name, actor.country, actor.sector) == (name, country, sector)
    assert actor.text == text


def test_acronyms_match_only_in_capitals() -> None:
    assert resolve_actor("this is it").country is None
    assert resolve_actor("this is it").name == "this is it"
