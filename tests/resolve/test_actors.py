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


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        # A bare demonym or a capital stands for the state ("Moscow said ...").
        ("Hungarian", "HUN", "GOV"),
        ("Moscow", "RUS", "GOV"),
        ("Kabul", "AFG", "GOV"),
        # Short forms and territories country lookup does not know.
        ("Bosnia", "BIH", "GOV"),
        ("the Gaza Strip", "PSE", "GOV"),
        # The armed branch of an international body is military.
        ("United Nations peacekeepers", None, "MIL"),
        ("Serbian parliament", "SRB", "LEG"),
        ("Ivory Coast's Supreme Court", "CIV", "JUD"),
        ("Turkish Kurd refugees", "TUR", "REF"),
        ("Russian negotiators", "RUS", "GOV"),
        ("Liberation Tigers of Tamil Eelam", "LKA", "REB"),
        ("rebel Kurdistan Workers' Party", "TUR", "REB"),
    ],
)
def test_states_bodies_and_sectors(text: str, country: str | None, sector: str) -> None:
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_capital_inside_a_name_gives_only_the_country() -> None:
    actor = resolve_actor("Baghdad University Medical School")
    assert (actor.country, actor.sector) == ("IRQ", "EDU")
