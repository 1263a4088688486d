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
        ("The authorities lifted the curfew in the northern province.", "RETREAT"),
        ("The kidnappers released two aid workers on Sunday.", "RETREAT"),
        ("Spain will not accept the new fishing quotas.", "REJECT"),
        ("Workers began a hunger strike outside the ministry.", "PROTEST"),
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
