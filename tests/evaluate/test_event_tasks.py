"""Event scorers (PLOVER, WikiEvents arguments, re3d weapons) on hand-made records, and one
run of the real pipeline on a few dev items of each data set."""

from __future__ import annotations

from typing import Any

import pytest
from tests.shared_data import shared_path

from eventwire.evaluate.event_tasks import run_event_eval
from eventwire.evaluate.plover import score_plover
from eventwire.evaluate.weapons import score_weapons
from eventwire.evaluate.wikievents import rebuild_text, score_wikievents


def _actor(country: str | None, sector: str | None, text: str = "x") -> dict[str, Any]:
    return {"text": text, "name": text, "country": country, "sector": sector}


def _event(
    plover: str | None,
    confidence: float,
    actors: list[dict[str, Any]] | None = None,
    targets: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "type": {"plover": plover},
        "confidence": confidence,
        "actors": actors or [],
        "targets": targets or [],
    }


def test_plover_scores_the_main_event() -> None:
    gold: dict[str, dict[str, Any]] = {
        "a": {
            "event": "AGREE",
            "source": [{"code": "USA", "sector": "GOV"}, {"code": "JOR"}],
            "target": [{"code": "JAP", "sector": "CVLalb"}],
        },
        "b": {"event": "FIGHT", "source": [{"code": "IGO"}], "target": ""},
        "c": {"event": "DEMAND", "source": [{"code": "ISR", "sector": "MIL"}], "target": None},
    }
    predicted: dict[str, dict[str, Any]] = {
        # The less confident event is ignored; JAP is CAMEO's code for JPN, CVL is CIV.
        "a": {
            "events": [
                _event("FIGHT", 0.2),
                _event("AGREE", 0.9, [_actor("JOR", "MIL")], [_actor("JPN", "CIV")]),
            ]
        },
        "b": {"events": [_event("FIGHT", 0.5, targets=[_actor("SYR", None)])]},
        "c": {"events": []},
    }
    figures = score_plover(gold, predicted)
    assert figures["type_acc"] == pytest.approx(2 / 3)
    # "b" names no country on either side: it counts for neither country figure.
    assert (figures["n_source_country"], figures["source_country_acc"]) == (2, 0.5)
    assert (figures["n_target_country"], figures["target_country_acc"]) == (1, 1.0)
    assert (figures["n_source_sector"], figures["source_sector_acc"]) == (2, 0.0)
    assert (figures["n_target_sector"], figures["target_sector_acc"]) == (1, 1.0)
    # "b" and "c" have no gold target; "b" predicts one with a country.
    assert figures["target_spurious"] == 0.5
    assert figures["confusions"] == [("DEMAND->none", 1)]


def test_wikievents_text_keeps_the_token_offsets() -> None:
    sentences = [[[["Bomb", 0, 4], ["kills", 5, 10]], ""], [[["Two", 12, 15]], ""]]
    text, offsets = rebuild_text(sentences)
    assert text == "Bomb kills\n Two"
    assert offsets == [(0, 4), (5, 10), (12, 15)]


def test_wikievents_roles() -> None:
    text = "Rebels attacked a convoy with a bomb in Kabul, killing two soldiers."
    at = {w: (text.index(w), text.index(w) + len(w)) for w in ("Rebels", "convoy", "bomb")}
    at.update({w: (text.index(w), text.index(w) + len(w)) for w in ("Kabul", "soldiers")})

    def arg(role: str, word: str) -> dict[str, Any]:
        return {"role": role, "start": at[word][0], "end": at[word][1], "text": word}

    gold = {
        "d": {
            "arguments": [
                arg("Attacker", "Rebels"),
                arg("Target", "convoy"),
                arg("Victim", "soldiers"),
                arg("Instrument", "bomb"),
                arg("Place", "Kabul"),
            ]
        }
    }
    sentence = {"start": 0, "end": len(text)}
    predicted = {
        "d": {
            "article": {"text": text},
            "events": [
                {
                    "evidence": sentence,
                    "actors": [{"text": "Rebels"}],
                    "targets": [{"text": "a convoy"}, {"text": "Kabul"}],
                    "weapons": [{"text": "bomb"}],
                    "location": {"start": at["Kabul"][0], "end": at["Kabul"][1]},
                },
                # The same actor again adds nothing; a wrong instrument is a false alarm.
                {
                    "evidence": sentence,
                    "actors": [{"text": "Rebels"}],
                    "weapons": [{"text": "with"}],
                },
            ],
        }
    }
    figures = score_wikievents(gold, predicted)
    assert (figures["attacker_p"], figures["attacker_r"]) == (1.0, 1.0)
    assert (figures["target_victim_p"], figures["target_victim_r"]) == (0.5, 0.5)
    assert (figures["target_r"], figures["victim_r"]) == (1.0, 0.0)
    assert (figures["instrument_p"], figures["instrument_r"]) == (0.5, 1.0)
    assert figures["instrument_f1"] == pytest.approx(2 / 3)
    assert (figures["place_p"], figures["place_r"]) == (1.0, 1.0)
    assert (figures["all_gold"], figures["all_pred"]) == (5, 6)
    assert figures["all_r"] == pytest.approx(4 / 5)


def test_weapons_recall_and_precision() -> None:
    text = "Two Tornado jets fired Brimstone missiles at a VBIED near the HMS Daring."

    def entity(kind: str, word: str, confidence: float = 1.0) -> dict[str, Any]:
        start = text.index(word)
        return {"type": kind, "start": start, "end": start + len(word), "confidence": confidence}

    gold = {
        "r": {
            "entities": [
                entity("MilitaryPlatform", "Tornado jets"),
                entity("Weapon", "Brimstone missiles"),
                entity("Weapon", "VBIED"),
                # Low confidence: not gold to find, but not a false alarm either.
                entity("Weapon", "HMS Daring", 0.2),
            ]
        }
    }
    predicted = {
        "r": {
            "article": {"text": text},
            "events": [
                {
                    "evidence": {"start": 0, "end": len(text)},
                    "weapons": [{"text": "jets"}, {"text": "missiles"}, {"text": "HMS Daring"}],
                },
                {"evidence": {"start": 0, "end": len(text)}, "weapons": [{"text": "near"}]},
            ],
        }
    }
    figures = score_weapons(gold, predicted)
    assert (figures["weapon_r"], figures["weapon_gold"]) == (0.5, 2)
    assert (figures["platform_r"], figures["platform_gold"]) == (1.0, 1)
    assert figures["r"] == pytest.approx(2 / 3)
    assert (figures["p"], figures["pred"]) == (0.75, 4)


def test_document_level_weapons_are_scored() -> None:
    text = "Patriot batteries guard the port; no missiles were fired."
    start = text.index("Patriot batteries")
    gold = {
        "d": {
            "entities": [{"type": "Weapon", "start": start, "end": start + 17, "confidence": 1.0}]
        }
    }
    predicted = {
        "d": {
            "article": {"text": text},
            "events": [],
            "weapons": [
                {
                    "start": start,
                    "end": start + 17,
                    "text": "Patriot batteries",
                    "category": "air defence",
                    "system": "Patriot",
                    "origin": "USA",
                }
            ],
        }
    }
    figures = score_weapons(gold, predicted)
    assert (figures["weapon_r"], figures["p"], figures["pred"]) == (1.0, 1.0, 1)


@pytest.mark.parametrize(
    ("task", "folder", "figure"),
    [
        ("plover", "plover", "type_acc"),
        ("wikievents", "wikievents-dev", "all_f1"),
        ("weapons", "re3d", "r"),
    ],
)
def test_real_pipeline_on_dev_items(task: str, folder: str, figure: str) -> None:
    data = shared_path("eval", "events", folder)
    figures = run_event_eval(task, data, limit=3)
    assert figures["n"] == 3
    assert figures["missing_docs"] == 0
    assert 0.0 <= float(figures[figure]) <= 1.0  # type: ignore[arg-type]
