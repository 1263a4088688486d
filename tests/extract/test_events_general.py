"""Event extraction on sentences of other conflicts and wordings (not the bundled example)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.ingest import article_from_text


def _events(pipeline: Any, text: str, published: date = date(2024, 3, 15)) -> list[Any]:
    doc = pipeline.process(article_from_text(text, published))
    return list(doc.events)


def test_airstrike_with_casualties_location_and_date(pipeline: Any) -> None:
    events = _events(
        pipeline,
        "Israeli jets bombed a clinic in Rafah on Tuesday, "
        "killing at least 9 people and injuring 21, hospital officials said.",
    )
    event = next(e for e in events if e.type.eventwire == "attack")
    assert event.type.acled_sub == "Air/drone strike"
    assert event.location is not None and event.location.country_code == "PS"
    assert event.location.geonameid == 281102  # Rafah
    assert event.date.value == "2024-03-12"
    assert event.fatalities.killed == 9 and event.fatalities.injured == 21
    assert any(a.country == "ISR" for a in event.actors)
    assert event.claim.status == "reported"


def test_origin_place_is_not_the_event_location(pipeline: Any) -> None:
    events = _events(pipeline, "Russian forces from Belgorod shelled Vovchansk overnight.")
    event = next(e for e in events if e.type.eventwire == "attack")
    assert event.location is not None and event.location.name == "Vovchansk"
    assert event.type.acled_sub == "Shelling/artillery/missile attack"


def test_coordinated_places_give_one_record_each(pipeline: Any) -> None:
    events = _events(
        pipeline, "Al-Shabaab militants attacked Mogadishu and Baidoa with mortars on Friday."
    )
    places = sorted(e.location.name for e in events if e.location and e.type.eventwire == "attack")
    assert places == ["Baidoa", "Mogadishu"]
    assert all(any(a.sector == "REB" for a in e.actors) for e in events if e.location)


def test_protest_and_arrests(pipeline: Any) -> None:
    events = _events(
        pipeline,
        "Thousands of protesters rallied in Tbilisi against the "
        "foreign agents law, and police arrested 20 people.",
    )
    labels = {e.type.acled_sub for e in events}
    assert "Arrests" in labels
    assert labels & {"Peaceful protest", "Protest with intervention"}


def test_denied_and_planned_events(pipeline: Any) -> None:
    denied = _events(pipeline, "The army did not attack the village of Tawila, a spokesman said.")
    assert any(e.claim.status == "denied" for e in denied)
    planned = _events(pipeline, "Turkey will send armed drones to Azerbaijan next month.")
    transfer = next(e for e in planned if e.type.eventwire == "arms transfer")
    assert transfer.claim.status == "planned"
    assert any(a.country == "TUR" for a in transfer.actors)
    assert any(t.country == "AZE" for t in transfer.targets)


def test_earthquake_is_a_natural_disaster(pipeline: Any) -> None:
    events = _events(
        pipeline,
        "A magnitude 6.8 earthquake struck near Marrakesh on Friday "
        "night, killing more than 2,000 people.",
    )
    quake = next(e for e in events if e.type.eventwire == "natural disaster")
    assert quake.fatalities.killed == 2000


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Rebels seized the town of Bunagana after heavy fighting.", "territory change"),
        ("The two sides signed a ceasefire agreement in Jeddah.", "agreement"),
        ("Gunmen kidnapped 30 students from a school in Kaduna State.", "abduction"),
        (
            "Air defences shot down 14 drones over the Kyiv region overnight.",
            "disrupted weapons use",
        ),
        ("Somalia cut diplomatic ties with Iran on Thursday.", "sanction"),
        (
            "Government forces took control of the town after a week of fighting.",
            "territory change",
        ),
        ("Hundreds of demonstrators gathered outside parliament in Yerevan.", "protest"),
        ("A gang of armed robbers attacked a jewellery shop in Lagos.", "organized crime"),
        ("The commander defected to the rebels with 200 of his fighters.", "group change"),
        ("Militiamen destroyed dozens of homes in Geneina.", "looting"),
        (
            "Soldiers destroyed a cache of rockets and mortars near Kandahar.",
            "disrupted weapons use",
        ),
    ],
)
def test_labels_on_other_wordings(pipeline: Any, sentence: str, label: str) -> None:
    assert label in {e.type.eventwire for e in _events(pipeline, sentence)}


def test_rioters_clashing_with_police_is_a_violent_demonstration(pipeline: Any) -> None:
    events = _events(pipeline, "Rioters clashed with police in Nablus, throwing stones.")
    assert events[0].type.acled_sub == "Violent demonstration"


def test_patrols_are_deployments_ranked_below_violence(pipeline: Any) -> None:
    events = _events(pipeline, "French soldiers have not patrolled inside Gao since October.")
    deployment = next(e for e in events if e.type.eventwire == "deployment")
    assert deployment.type.acled_sub == "Other" and deployment.type.plover == "MOBILIZE"
    assert deployment.location is not None and deployment.location.span.text == "Gao"
    events = _events(pipeline, "Troops patrolling the city shot and killed two protesters in Gao.")
    main = max(events, key=lambda e: e.confidence)
    assert main.type.acled_sub == "Excessive force against protesters"


def test_police_in_a_named_city_place_the_arrest(pipeline: Any) -> None:
    events = _events(
        pipeline,
        "In overnight raids, police in the coastal city of Mombasa captured four suspects.",
    )
    main = max(events, key=lambda e: e.confidence)
    assert main.type.eventwire == "arrest"
    assert main.location is not None and main.location.name == "Mombasa"


def test_days_are_never_targets(pipeline: Any) -> None:
    events = _events(pipeline, "Russian missiles struck Kramatorsk on Tuesday, killing 12 people.")
    assert events and all(t.text != "Tuesday" for e in events for t in e.targets)


def _main_type(pipeline: Any, text: str) -> Any:
    doc = pipeline.process(article_from_text(text, date(2024, 3, 15)))
    events = list(doc.events)
    assert events, text
    return max(events, key=lambda e: e.confidence).type


def test_sexual_assault_is_sexual_violence(pipeline: Any) -> None:
    etype = _main_type(pipeline, "Police said two women were sexually assaulted in the camp.")
    assert etype.acled_sub == "Sexual violence"


def test_the_disaster_that_killed_and_injured_is_the_event(pipeline: Any) -> None:
    etype = _main_type(
        pipeline, "A tsunami killed 40 people and injured hundreds on the coast of Sumatra."
    )
    assert etype.eventwire == "natural disaster"


def test_bombers_who_blew_themselves_up_made_a_suicide_bombing(pipeline: Any) -> None:
    etype = _main_type(
        pipeline, "Two suicide bombers blew themselves up at a market in Maiduguri on Monday."
    )
    assert etype.acled_sub == "Suicide bomb"


def test_a_denial_of_involvement_is_the_news(pipeline: Any) -> None:
    etype = _main_type(pipeline, "Iran denied involvement in the attack on the tanker.")
    assert etype.eventwire == "denial"


def test_a_commander_captured_is_an_arrest(pipeline: Any) -> None:
    etype = _main_type(
        pipeline, "The army captured a commander of the group's explosives unit in Baidoa."
    )
    assert etype.acled_sub == "Arrests"


def test_a_press_release_releases_no_one(pipeline: Any) -> None:
    doc = pipeline.process(
        article_from_text("The police said in a press release that the road was open.", None)
    )
    assert all(e.type.eventwire != "release" for e in doc.events)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Verbs the parser reads as nouns or adjectives.
        (
            "Fuel warehouse explodes, catches fire; hundreds of residents evacuated",
            "man-made disaster",
        ),
        # Poisoned by gas: an accident; poisonous gas used by fighters: a chemical attack.
        (
            "Four children died after being poisoned by a gas from a pest chemical.",
            "man-made disaster",
        ),
        ("Civilians fell ill after exposure to poisonous gas used by militants.", "attack"),
        # People caught, with a crime told in the next sentence.
        (
            "Border guards detained 34 people travelling in a lorry. The case is linked to "
            "a gang smuggling migrants.",
            "organized crime",
        ),
        # A flood with an evacuation: the flood is the event.
        ("Troops helped evacuate residents after flooding hit the province.", "natural disaster"),
    ],
)
def test_main_event_label(pipeline: Any, text: str, label: str) -> None:
    assert _main_type(pipeline, text).eventwire == label


def test_a_thing_described_by_a_deed_is_not_the_news(pipeline: Any) -> None:
    # "handed over" only says which letter: what the letter says is the event.
    event = _main_type(
        pipeline,
        "In a note handed over to the African Union, Chad said it would allow the monitors back.",
    )
    assert event.plover == "AGREE"


@pytest.mark.parametrize(
    "sentence",
    [
        "A bus with refugees came under fire near Orikhiv on Sunday.",
        "The museum in Kharkiv was damaged by rocket fire last night.",
        "Yesterday Russia used 12 cruise missiles against Odesa.",
        "Homes in Kherson were hit by shelling.",
    ],
)
def test_attacks_told_by_what_the_target_underwent(pipeline: Any, sentence: str) -> None:
    assert "attack" in {e.type.eventwire for e in _events(pipeline, sentence)}


@pytest.mark.parametrize(
    "sentence",
    ["The house was destroyed by fire on Friday.", "The company used the drones for mapping."],
)
def test_a_blaze_or_a_tool_is_no_attack(pipeline: Any, sentence: str) -> None:
    assert "attack" not in {e.type.eventwire for e in _events(pipeline, sentence)}


def test_taking_to_the_streets_is_a_protest(pipeline: Any) -> None:
    events = _events(pipeline, "Farmers took to the streets in Warsaw on Monday.")
    assert [e.type.acled_sub for e in events] == ["Peaceful protest"]


def test_what_people_act_against_is_no_event_of_its_own(pipeline: Any) -> None:
    events = _events(pipeline, "Students marched in Tbilisi against the occupation.")
    assert "territory change" not in {e.type.eventwire for e in events}


# Kinds of violence the sentence decides, made once in extract whatever word named the event.
def test_suicide_bombers_are_a_suicide_bombing(pipeline: Any) -> None:
    text = "Two suicide bombers blew themselves up in a crowded bus station, killing nine."
    assert "Suicide bomb" in {e.type.acled_sub for e in _events(pipeline, text)}


def test_arrests_of_smugglers_are_organized_crime(pipeline: Any) -> None:
    caught = _events(pipeline, "Police detained four drug smugglers at the port.")
    assert "organized crime" in {e.type.eventwire for e in caught}
    plain = _events(pipeline, "Police detained four opposition activists.")
    assert [e.type.acled_sub for e in plain] == ["Arrests"]
