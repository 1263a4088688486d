"""Which place is an event's location, on sentences of other conflicts and wordings."""

from __future__ import annotations

from typing import Any

from eventwire.ingest import article_from_text
from eventwire.model import Event


def _main(pipeline: Any, text: str) -> Event:
    """The event the scorers take as the sentence's own: the most confident one."""
    events = pipeline.process(article_from_text(text)).events
    return max(events, key=lambda e: e.confidence)


def _where(pipeline: Any, text: str) -> str | None:
    event = _main(pipeline, text)
    return event.location.span.text if event.location else None


def test_setting_outside_the_trigger_clause(pipeline: Any) -> None:
    # The only place is in the "while" clause: still where the shooting happened.
    assert _where(pipeline, "A teacher was shot dead while he was walking home in Peshawar.") == (
        "Peshawar"
    )


def test_place_where_the_actor_is(pipeline: Any) -> None:
    assert _where(pipeline, "Gunmen in Kandahar killed two police officers.") == "Kandahar"


def test_town_inside_region_phrase_wins(pipeline: Any) -> None:
    assert _where(pipeline, "Israeli troops raided the West Bank city of Nablus on Monday.") == (
        "Nablus"
    )
    assert (
        _where(pipeline, "In Chechnya, police shot dead three militants in the town of Gudermes.")
        == "Gudermes"
    )


def test_reference_point_of_a_distance_is_not_the_location(pipeline: Any) -> None:
    text = "Gunmen ambushed a police convoy in Baqubah, 60 km north of Baghdad."
    assert _where(pipeline, text) == "Baqubah"


def test_country_naming_equipment_is_not_the_location(pipeline: Any) -> None:
    event = _main(pipeline, "Insurgents shot down a U.S. helicopter in Helmand province.")
    assert event.location is not None and event.location.country_code == "AF"
    assert event.geo_precision == 3


def test_building_in_a_known_town_stays_in_the_town(pipeline: Any) -> None:
    text = "Hundreds of students protested outside the Grand Serena Hotel in Kampala."
    event = _main(pipeline, text)
    assert event.location is not None and event.location.span.text == "Kampala"
    assert event.geo_precision == 1  # a building in the town: the town itself


def test_unknown_neighbourhood_is_placed_at_its_container(pipeline: Any) -> None:
    text = "A roadside bomb exploded in the Qaswari neighbourhood of Kirkuk, killing three people."
    doc = pipeline.process(article_from_text(text))
    kirkuk = next(p for p in doc.places if p.span.text == "Kirkuk")
    event = max(doc.events, key=lambda e: e.confidence)
    place = event.location
    assert place is not None and place.span.text == "Qaswari"
    assert place.kind == "locality" and place.geonameid is None
    assert place.method.startswith("placed at container Kirkuk")
    assert (place.lat, place.lon) == (kirkuk.lat, kirkuk.lon)
    assert event.geo_precision == 2
    assert event.to_dict()["geo_precision"] == 2


def test_possessive_container_of_a_neighbourhood(pipeline: Any) -> None:
    text = "Baghdad's northern neighbourhood of Shaab was hit by a car bomb."
    event = _main(pipeline, text)
    assert event.location is not None and event.location.span.text == "Shaab"


def test_main_event_is_the_main_verb_not_a_circumstance(pipeline: Any) -> None:
    event = _main(pipeline, "Two soldiers were killed in fighting near Goma on Sunday.")
    assert event.trigger is not None and event.trigger.text == "killed"
    assert event.geo_precision == 2  # near it


def test_geo_precision_of_a_town_and_of_no_place(pipeline: Any) -> None:
    assert _main(pipeline, "Russian missiles struck Kharkiv on Tuesday.").geo_precision == 1
    doc = pipeline.process(article_from_text("Rebels attacked an army convoy on Friday."))
    assert all(e.geo_precision is None for e in doc.events if e.location is None)


def test_settlement_named_only_by_its_noun_is_placed_in_its_sentence(pipeline: Any) -> None:
    text = (
        "The militia is now targeting the village of Bir Sawwan with heavy guns, as it closes "
        "in on this outpost in the Sinai Peninsula."
    )
    event = _main(pipeline, text)
    assert event.location is not None and event.location.span.text == "Bir Sawwan"
    assert event.location.method.startswith("placed at container Sinai Peninsula")
    assert event.geo_precision == 3  # only the region's coordinates are known


def test_small_town_read_through_a_settlement_noun(pipeline: Any) -> None:
    # NER calls Gwoza nothing and Luwuk a person; the settlement noun makes them towns.
    text = "Insurgents stormed Gwoza town overnight, killing at least 30 people."
    event = _main(pipeline, text)
    assert event.location is not None and event.location.name == "Gwoza"
    assert event.location.country_code == "NG"
    text = "A smuggler was shot while trying to evade arrest near the town of Luwuk."
    event = _main(pipeline, text)
    assert event.location is not None and event.location.country_code == "ID"


def test_a_hyphen_dateline_is_not_the_event_location(pipeline: Any) -> None:
    text = (
        "KYIV, March 22 (Example Daily) - Russian missiles struck energy facilities in "
        "Kharkiv overnight, the regional governor said."
    )
    event = _main(pipeline, text)
    assert event.location is not None and event.location.name == "Kharkiv"


def test_the_agent_of_a_passive_is_no_location(pipeline: Any) -> None:
    doc = pipeline.process(
        article_from_text(
            "The air force said it shot down 55 of 88 drones launched by Russia.", None
        )
    )
    assert doc.events and all(e.location is None or e.location.name != "Russia" for e in doc.events)
    assert any(e.type.eventwire == "disrupted weapons use" for e in doc.events)
