"""Claim status and the attribution carrying each event, on news sentences run end to end."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from eventwire.aggregate.claims import claim_for, cue_status
from eventwire.ingest import article_from_text
from eventwire.model import Attribution, Event, Span
from shared_data import shared_path


def _events(pipeline: Any, text: str) -> tuple[Any, list[Event]]:
    doc = pipeline.process(article_from_text(text, date(2024, 3, 15)))
    return doc, list(doc.events)


def _event(events: list[Event], triggers: str) -> Event:
    """The event whose trigger is one of `triggers` ("launch|attack": either may name it)."""
    names = triggers.split("|")
    return next(e for e in events if e.trigger is not None and e.trigger.text in names)


@pytest.mark.parametrize(
    ("text", "trigger", "status"),
    [
        # Negation of the event itself is a denial; of a participant it is not.
        (
            "Russian forces did not attack the city on Sunday, the governor said.",
            "attack",
            "denied",
        ),
        ("No one was killed in the attack, the regional governor said.", "killed", "reported"),
        (
            "The army did not launch an attack on the town, a spokesman said.",
            "launch|attack",
            "denied",
        ),
        # The purpose of using something is what was done: the strikes happened.
        (
            "Russia has been using Iranian drones to strike Kyiv, a spokesman said.",
            "strike",
            "reported",
        ),
        # Modals: possible; "will" and intentions: planned; "if": possible.
        (
            "Israeli troops may have shelled the village overnight, according to local residents.",
            "shelled",
            "possible",
        ),
        (
            "Russia could launch a new offensive in the spring, Ukrainian officials warned.",
            "launch",
            "possible",
        ),
        ("Ukrainian forces will attack Bakhmut from the north.", "attack", "planned"),
        ("The army plans to attack the rebel stronghold next week.", "attack", "planned"),
        (
            "If the talks fail, the rebels will resume attacks on government positions.",
            "attacks",
            "possible",
        ),
        # Negating verbs: the event did not happen.
        (
            "Police said the attack was foiled before the bombers reached the station.",
            "attack",
            "denied",
        ),
        # Accusations and mutual blame.
        ("Russia accused Ukraine of attacking a fuel depot in Belgorod.", "attacking", "alleged"),
        (
            "Kyiv and Moscow blamed each other for the shelling of the nuclear plant.",
            "shelling",
            "disputed",
        ),
        # Denying reports denies what they report.
        (
            "Guevara denied reports that troops had attacked protesters in Caracas.",
            "attacked",
            "denied",
        ),
        # A plain report.
        (
            "Rebels fired rockets at the airport on Monday, killing three civilians.",
            "fired|killing",
            "asserted",
        ),
    ],
)
def test_claim_status(pipeline: Any, text: str, trigger: str, status: str) -> None:
    _, events = _events(pipeline, text)
    assert _event(events, trigger).claim.status == status


def test_each_event_points_to_the_attribution_carrying_it(pipeline: Any) -> None:
    doc, events = _events(
        pipeline, "Russian forces did not attack the city on Sunday, the governor said."
    )
    event = _event(events, "attack")
    assert event.claim.attribution is not None
    assert doc.attributions[event.claim.attribution].cue.text == "said"
    _, plain = _events(pipeline, "Rebels fired rockets at the airport on Monday.")
    assert _event(plain, "fired").claim.attribution is None


def _plover_texts() -> dict[str, str]:
    path = shared_path("eval", "events", "plover", "docs.jsonl")
    with path.open(encoding="utf-8") as lines:
        return {r["id"]: r["text"] for r in map(json.loads, lines)}


@pytest.mark.shared
@pytest.mark.parametrize(
    ("doc_id", "trigger", "status"),
    [
        ("PLOVER-GSR01-RETREAT-0023", "storm", "planned"),  # "threatened to storm"
        ("PLOVER-GSR01-AGREE-0010", "attacked", "possible"),  # "if it is attacked"
        ("PLOVER-GSR01-REJECT-0011", "deploy", "denied"),  # "has refused to deploy"
        ("PLOVER-GSR01-REJECT-0017", "agreement", "denied"),  # "failed to reach agreement"
    ],
)
def test_claim_status_on_plover_sentences(
    pipeline: Any, doc_id: str, trigger: str, status: str
) -> None:
    _, events = _events(pipeline, _plover_texts()[doc_id])
    assert _event(events, trigger).claim.status == status


def test_cue_words_set_the_status() -> None:
    assert cue_status("said") == "reported"
    assert cue_status("strongly denied") == "denied"
    assert cue_status("accused") == "alleged"
    assert cue_status("rejected") == "disputed"
    assert cue_status("claimed") == "claimed"


def test_the_clause_outranks_the_cue_and_keeps_the_attribution() -> None:
    text = "Moscow claimed that Kyiv may have shelled the plant."
    content = Span.of(text, 20, len(text) - 1)
    attribution = Attribution(Span.of(text, 0, 6), Span.of(text, 7, 14), content, None, "indirect")
    start = text.index("shelled")
    trigger = Span.of(text, start, start + len("shelled"))
    assert trigger.text == "shelled"
    sentence = Span.of(text, 0, len(text))
    assert claim_for(trigger, sentence, "possible", [attribution]).to_dict() == {
        "attribution": 0,
        "status": "possible",
    }
    assert claim_for(trigger, sentence, None, [attribution]).status == "claimed"
    hedged = "Troops allegedly shelled the plant."
    shelled = Span.of(hedged, 17, 24)
    assert claim_for(shelled, Span.of(hedged, 0, len(hedged)), None, []).status == "alleged"
