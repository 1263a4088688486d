"""Actor phrases resolved to a name, a country (alpha-3) and a sector."""

from __future__ import annotations

import pytest

from eventwire.model import Span
from eventwire.resolve.actors import resolve_actor
from eventwire.resolve.actors.phrase import Completion, completed_phrase


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
        ("African Union peacekeepers", None, "MIL"),
        ("Serbian parliament", "SRB", "LEG"),
        ("Sierra Leone's High Court", "SLE", "JUD"),
        ("Turkish Kurd refugees", "TUR", "REF"),
        ("Russian negotiators", "RUS", "GOV"),
        ("National Patriotic Front of Liberia", "LBR", "REB"),
        ("rebel Allied Democratic Forces", "COD", "REB"),
    ],
)
def test_states_bodies_and_sectors(text: str, country: str | None, sector: str) -> None:
    actor = resolve_actor(text)
    assert (actor.country, actor.sector) == (country, sector)


def test_a_capital_inside_a_name_gives_only_the_country() -> None:
    actor = resolve_actor("Nairobi University Law School")
    assert (actor.country, actor.sector) == ("KEN", "EDU")


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        # The head decides: a military government governs, a defence minister is a minister.
        ("military government of President Emile Dorval", "GOV"),
        ("Canadian Defence Minister Kate Morrow", "GOV"),
        ("Serbian military police", "COP"),
        # A head that speaks or acts for a body takes the body's sector.
        ("army spokesman", "MIL"),
        ("opposition leader Amina Rasuli", "OPP"),
        ("Uruguayan government officials", "GOV"),
        ("Togolese leader Koffi Amede", "GOV"),
        # Office holders out of office are elites; hyphenated offices are offices.
        ("Ousted President Rafael Montero", "ELI"),
        ("former prime minister Andreas Papandreou", "ELI"),
        ("Vice-President Grace Mbeki", "GOV"),
        # PLOVER's own codes for the press, medics, labour and the faiths.
        ("prominent journalist", "JRN"),
        ("Swiss doctors", "MED"),
        ("French paper workers", "LAB"),
        ("aid workers", "CIV"),
        ("Christian missionary", "REL"),
        ("members of his cabinet", "GOV"),
        # People held or abroad are civilians.
        ("hundreds of hostages", "CIV"),
        ("45 retired Dutch nationals", "CIV"),
    ],
)
def test_sector_of_the_head(text: str, sector: str) -> None:
    assert resolve_actor(text).sector == sector


def test_unions_of_states_are_not_labour() -> None:
    assert resolve_actor("European Union").sector == "IGO"
    assert resolve_actor("Soviet Union").sector != "LAB"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # An ethnic group is not its kin state; where it lives is named after it.
        ("ethnic Albanians in south Serbia", "SRB"),
        ("ethnic Uzbek militias operating in Tajikistan", "TJK"),
        ("Up to 300 ethnic Serbs", None),
        # A country named in a locative phrase is the actor's.
        ("Student groups in Malawi", "MWI"),
        ("Liberation Tigers", "LKA"),
    ],
)
def test_countries_of_groups(text: str, country: str | None) -> None:
    assert resolve_actor(text).country == country


def test_a_region_named_like_a_country_is_not_that_country() -> None:
    assert resolve_actor("a unionist group in Northern Ireland").country == "GBR"
    assert resolve_actor("the Irish government").country == "IRL"


def _completed(text: str, part: str) -> Completion:
    start = text.index(part)
    return completed_phrase(text, Span(start, start + len(part), part))


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ("Prince Ali of Jordan met the envoy.", "Prince Ali", ("Prince Ali of Jordan", False)),
        (
            "The Front for the Liberation of Mozambique said so.",
            "Front",
            ("Front for the Liberation of Mozambique", False),
        ),
        (
            "Rebels in the Central African Republic freed them.",
            "Rebels",
            ("Rebels in the Central African Republic", True),
        ),
        (
            "Farmers in northern Kenya protested.",
            "Farmers",
            ("Farmers in northern Kenya", True),
        ),
        # nothing to add: a day, a lower-case phrase, the end of the text
        ("The minister of Monday fame spoke.", "minister", ("minister", False)),
        ("Soldiers in the town fired.", "Soldiers", ("Soldiers", False)),
        ("It was said by the army", "army", ("army", False)),
    ],
)
def test_completed_phrase(text: str, part: str, expected: tuple[str, bool]) -> None:
    assert tuple(_completed(text, part)) == expected
