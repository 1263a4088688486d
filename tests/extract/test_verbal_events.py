"""Verbal and cooperative events (PLOVER types ACLED does not code), and how they rank."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from eventwire.evaluate.events import main_event
from eventwire.ingest import article_from_text


def _main(pipeline: Any, text: str) -> dict[str, Any]:
    doc = pipeline.process(article_from_text(text, date(2024, 5, 2)))
    event = main_event(doc.to_dict())
    assert event is not None, text
    return dict(event)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Kenya urged Ethiopia to reopen the border crossing.", "DEMAND"),
        ("The opposition called for new elections in Zambia.", "DEMAND"),
        ("Ghana rejected the proposal from Togo.", "REJECT"),
        ("The Peruvian foreign minister visited Chile on Monday.", "CONSULT"),
        ("Delegations from Sudan and Chad held talks in Khartoum.", "CONSULT"),
        ("Norway praised Kenya for its handling of the refugee crisis.", "SUPPORT"),
        ("Prosecutors in Lima opened an investigation into the contracts.", "INVESTIGATE"),
        ("The authorities lifted the curfew in the northern province.", "CONCEDE"),
        ("The kidnappers released two aid workers on Sunday.", "RETREAT"),
        ("Spain will not accept the new fishing quotas.", "REJECT"),
        ("Workers began a hunger strike outside the ministry.", "PROTEST"),
        # What is said of a deed not yet done: demanded, promised or threatened.
        ("Ghana said on Monday that Togo must reopen the border.", "DEMAND"),
        ("The Peruvian president will visit Bolivia in June.", "AGREE"),
        ("Norway is ready to send doctors to the camps in Chad.", "AGREE"),
        ("Kenya said it will withdraw its troops unless the talks resume.", "THREATEN"),
        ("The union said it would boycott the elections in Zambia.", "THREATEN"),
        ("The ministers failed to reach an agreement on the border.", "REJECT"),
        ("The United States said it would not meet the kidnappers' demands.", "REJECT"),
        # Coercion, help and cutting help, named by a verb and its object.
        ("The government imposed a curfew on the capital on Sunday.", "COERCE"),
        ("The parliament outlawed the largest opposition party.", "COERCE"),
        ("Swiss doctors handed over medicine to the Red Cross in Bam.", "AID"),
        ("Japan halted economic aid to Myanmar on Tuesday.", "SANCTION"),
        # Letting others in, help arriving, giving in, sworn violence.
        ("Ghana opened the border crossing with Togo on Monday.", "RETREAT"),
        (
            "The Georgian prime minister received a team of monitors from the European Union.",
            "RETREAT",
        ),
        ("The first peacekeeping troops arrived in Freetown on Tuesday.", "AID"),
        ("The teachers' union called off its strike after talks with the ministry.", "CONCEDE"),
        ("Rebels have vowed to fight until they take the capital.", "THREATEN"),
        ("The rebels declared a unilateral ceasefire in the south.", "RETREAT"),
        ("The agency dispatched inspectors to the plant in Isfahan.", "INVESTIGATE"),
        ("Israel strengthened its forces along the northern border.", "MOBILIZE"),
        ("The forum concluded that rich nations must fund the battle against poverty.", "DEMAND"),
    ],
)
def test_verbal_events_are_typed_as_plover_types_them(
    pipeline: Any, text: str, plover: str
) -> None:
    assert _main(pipeline, text)["type"]["plover"] == plover


def test_a_violent_event_stays_the_main_event(pipeline: Any) -> None:
    event = _main(
        pipeline,
        "The governor urged calm after gunmen attacked a police station in Maiduguri, "
        "killing four officers.",
    )
    assert event["type"]["eventwire"] == "attack"


def test_what_a_rejection_is_about_is_not_the_main_event(pipeline: Any) -> None:
    event = _main(pipeline, "Lebanon refused to deploy troops along the southern border.")
    assert event["type"]["plover"] == "REJECT"


def test_backed_as_a_description_is_no_event(pipeline: Any) -> None:
    doc = pipeline.process(
        article_from_text("Iranian-backed militias shelled the airbase near Erbil.", None)
    )
    assert all(e.type.eventwire != "support" for e in doc.events)


def test_a_threat_outranks_what_it_threatens(pipeline: Any) -> None:
    event = _main(pipeline, "The president threatened to impose a curfew on the capital.")
    assert event["type"]["plover"] == "THREATEN"


def test_a_demand_outranks_the_deed_it_is_about(pipeline: Any) -> None:
    event = _main(
        pipeline,
        "Brazil said on Wednesday that Paraguay must hand back a fishing boat that was impounded "
        "last month.",
    )
    assert event["type"]["plover"] == "DEMAND"


def test_a_planned_arms_delivery_stays_an_arms_transfer(pipeline: Any) -> None:
    event = _main(pipeline, "Turkey will send armed drones to Azerbaijan next month.")
    assert event["type"]["eventwire"] == "arms transfer"


def test_a_protest_ended_by_police_is_no_concession(pipeline: Any) -> None:
    event = _main(
        pipeline, "A huge demonstration was forcefully suspended by police after riots started."
    )
    assert event["type"]["plover"] != "CONCEDE"


@pytest.mark.parametrize(
    "text",
    [
        "Hungary lodged a formal protest with Romania over the new language law.",
        "Romania is failing to protect its minorities, a Hungarian minister protested on Monday.",
        "Chile protested to Argentina that its patrol boats had entered Chilean waters.",
    ],
)
def test_a_protest_in_words_is_disapproval(pipeline: Any, text: str) -> None:
    assert _main(pipeline, text)["type"]["plover"] == "DISAPPROVE"


def test_a_crowd_protesting_stays_a_protest(pipeline: Any) -> None:
    event = _main(pipeline, "Thousands of students protested against the new law in Bucharest.")
    assert event["type"]["plover"] == "PROTEST"


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("The election board decided to allow the exiled leader to run for president.", "CONCEDE"),
        ("The governor allowed the opposition to hold its rally in the main square.", "CONCEDE"),
        # A permission promised is a promise; one as a purpose is no permission given.
        ("Iraq said it would allow the return of the inspectors.", "AGREE"),
    ],
)
def test_a_permission_given_is_a_concession(pipeline: Any, text: str, plover: str) -> None:
    assert _main(pipeline, text)["type"]["plover"] == plover


def test_a_permission_as_a_purpose_is_no_concession(pipeline: Any) -> None:
    doc = pipeline.process(
        article_from_text("The general resigned on Friday to allow elections to take place.", None)
    )
    assert all(e.type.eventwire != "concession" for e in doc.events)


def test_help_given_is_not_ranked_below_the_war_it_follows(pipeline: Any) -> None:
    event = _main(
        pipeline,
        "Chile has granted asylum to three officers hiding in its embassy since last "
        "year's invasion.",
    )
    assert event["type"]["plover"] == "AID"


def test_a_surrender_after_an_offensive_is_the_news(pipeline: Any) -> None:
    event = _main(
        pipeline, "Two hundred rebels surrendered in Gulu following an army offensive last month."
    )
    assert event["type"]["plover"] == "RETREAT"


def test_words_still_rank_below_a_deed_they_follow(pipeline: Any) -> None:
    # A deed that is an incident (a place, a day); "following the invasion" alone would be the
    # war in general, which is no incident (aggregate/incidents).
    event = _main(pipeline, "The minister offered talks after rebels shelled Goma on Monday.")
    assert event["type"]["plover"] == "FIGHT"
