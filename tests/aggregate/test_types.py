"""ACLED and PLOVER types from eventwire labels, weapons, targets and the sentence."""

from __future__ import annotations

import pytest

from eventwire.aggregate.types import event_type
from eventwire.model import Actor, Weapon


def _actor(text: str, sector: str | None = None) -> Actor:
    return Actor(text=text, name=text, country=None, sector=sector)


@pytest.mark.parametrize(
    ("evidence", "trigger", "sub", "plover"),
    [
        (
            "Six people were killed when government forces used chlorine gas on the town.",
            "killed",
            "Chemical weapon",
            "FIGHT",
        ),
        (
            "A roadside bomb killed three soldiers on the highway.",
            "killed",
            "Remote explosive/landmine/IED",
            "ASSAULT",
        ),
        (
            "The army began its invasion of the southern province.",
            "invasion",
            "Armed clash",
            "FIGHT",
        ),
        (
            "Two villagers were killed in a gunbattle between police and bandits.",
            "killed",
            "Armed clash",
            "FIGHT",
        ),
        ("Gunmen killed two farmers in their field.", "killed", "Attack", "ASSAULT"),
    ],
)
def test_attacks_are_typed_by_how_they_were_done(
    evidence: str, trigger: str, sub: str, plover: str
) -> None:
    etype = event_type("attack", (), (), evidence, trigger)
    assert (etype.acled_sub, etype.plover) == (sub, plover)


def test_an_attack_on_a_military_post_is_a_battle() -> None:
    etype = event_type(
        "attack",
        (),
        (_actor("a military post"),),
        "Militants attacked a military post.",
        "attacked",
    )
    assert etype.acled_sub == "Armed clash"


def test_grenades_and_bombs_are_assaults_in_plover() -> None:
    grenade = Weapon(text="grenade", category="grenade")
    etype = event_type("attack", (grenade,), (), "A grenade was thrown at the shop.", "thrown")
    assert (etype.acled_sub, etype.plover) == ("Grenade", "ASSAULT")


def test_a_robbery_is_crime_not_political_violence() -> None:
    etype = event_type("attack", (), (), "A guard was shot during a bank robbery.", "shot")
    assert etype.eventwire == "organized crime"


def test_surrenders_and_releases_are_acled_agreements() -> None:
    etype = event_type("release", (), (), "Forty fighters surrendered to the army.", "surrendered")
    assert (etype.acled_sub, etype.plover) == ("Agreement", "RETREAT")
    resigned = event_type("release", (), (), "The prime minister resigned.", "resigned")
    assert (resigned.acled_sub, resigned.plover) == (None, "RETREAT")


def test_seized_arms_are_coercion_and_intercepted_arms_fighting() -> None:
    seized = event_type("disrupted weapons use", (), (), "Police seized rifles.", "seized")
    downed = event_type("disrupted weapons use", (), (), "Air defences downed a drone.", "downed")
    assert seized.acled_sub == downed.acled_sub == "Disrupted weapons use"
    assert (seized.plover, downed.plover) == ("COERCE", "FIGHT")


def test_restrictions_and_hacking_are_coercion() -> None:
    assert event_type("restriction", (), (), "A curfew was imposed.", "imposed").plover == "COERCE"
    assert event_type("cyber attack", (), (), "Hackers hit the bank.", "hit").plover == "COERCE"


def test_territory_taken_by_troops_with_militias_is_regained_by_the_state() -> None:
    actors = (_actor("the army", "MIL"), _actor("allied militias", "REB"))
    etype = event_type("territory change", (), (), "They took control of the town.", "took", actors)
    assert etype.acled_sub == "Government regains territory"
    rebels = event_type("territory change", (), (), "", "took", (_actor("rebels", "REB"),))
    assert rebels.acled_sub == "Non-state actor overtakes territory"


@pytest.mark.parametrize(
    ("evidence", "sub"),
    [
        ("Protesters pelted the police with stones during the march.", "Violent demonstration"),
        ("Police used water cannons to disperse the rally.", "Protest with intervention"),
        (
            "Two protesters died when police fired live rounds at the march.",
            "Excessive force against protesters",
        ),
        ("Thousands marched peacefully through the capital.", "Peaceful protest"),
    ],
)
def test_protests_are_typed_by_what_happened_at_them(evidence: str, sub: str) -> None:
    assert event_type("protest", (), (), evidence, "march").acled_sub == sub


def test_protesters_detained_are_a_protest_met_with_intervention() -> None:
    held = event_type(
        "arrest", (), (), "Police detained dozens of protesters in Minsk.", "detained"
    )
    assert (held.acled_sub, held.plover) == ("Protest with intervention", "COERCE")
    after = event_type(
        "arrest", (), (), "Protesters rallied, and police later arrested 20 people.", "arrested"
    )
    assert after.acled_sub == "Arrests"
