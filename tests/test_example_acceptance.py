"""The bundled example, end to end: the acceptance items of the core issue."""

from __future__ import annotations

import math
from typing import Any

import pytest

from eventwire.ingest import article_from_text
from shared_data import EXAMPLE


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


@pytest.fixture(scope="module")
def doc(pipeline: Any) -> dict[str, Any]:
    from datetime import date

    text = EXAMPLE.read_text(encoding="utf-8")
    result: dict[str, Any] = pipeline.process(article_from_text(text, date(2023, 6, 10))).to_dict()
    return result


def _countries(actors: list[dict[str, Any]]) -> set[str]:
    return {a["country"] for a in actors if a["country"]}


def _attribution(doc: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    index = event["claim"]["attribution"]
    assert index is not None, event["evidence"]["text"]
    result: dict[str, Any] = doc["attributions"][index]
    return result


OBLAST_CENTRES = {"Kharkiv": (49.99, 36.23), "Poltava": (49.59, 34.55), "Odesa": (46.48, 30.73)}


def test_three_oblast_attacks_with_weapons_actor_date_and_source(doc: dict[str, Any]) -> None:
    for oblast, (lat, lon) in OBLAST_CENTRES.items():
        matches = [
            e
            for e in doc["events"]
            if e["location"]
            and e["location"]["kind"] == "admin1"
            and oblast in (e["location"]["admin1"] or "")
        ]
        assert len(matches) == 1, oblast
        event = matches[0]
        assert event["type"]["plover"] == "FIGHT"
        assert km(lat, lon, event["location"]["lat"], event["location"]["lon"]) < 150
        categories = {w["category"] for w in event["weapons"]}
        assert "cruise missile" in categories
        assert any(w["system"] in ("Iskander", "Iskander-M") for w in event["weapons"])
        assert any(w["category"] == "drone" and w["origin"] == "IRN" for w in event["weapons"])
        assert "RUS" in _countries(event["actors"])
        assert event["date"]["value"].startswith("2023-06-09")
        attribution = _attribution(doc, event)
        assert "Ministry of Defence" in (attribution["speaker"]["organization"] or "")
        assert "Defen" in attribution["source"]["text"]  # "Defense of Ukraine (@DefenceU)"


def test_kyiv_drone_attack_in_recent_weeks_claimed_by_kirby(doc: dict[str, Any]) -> None:
    kyiv = [
        e
        for e in doc["events"]
        if e["location"] and km(50.45, 30.52, e["location"]["lat"], e["location"]["lon"]) < 30
    ]
    assert kyiv
    event = kyiv[0]
    assert any(w["category"] == "drone" and w["origin"] == "IRN" for w in event["weapons"])
    assert "RUS" in _countries(event["actors"])
    assert event["date"]["earliest"] < "2023-06-01"
    assert event["date"]["latest"] == "2023-06-10"
    attribution = _attribution(doc, event)
    assert attribution["speaker"]["name"] == "John Kirby"
    assert "White House" in (attribution["speaker"]["organization"] or "")
    content = attribution["content"]
    assert content["start"] <= event["trigger"]["start"] < content["end"]


def test_arms_transfer_from_iran_to_russia_across_the_caspian(doc: dict[str, Any]) -> None:
    event = next(e for e in doc["events"] if e["type"]["eventwire"] == "arms transfer")
    assert "IRN" in _countries(event["actors"])
    assert "RUS" in _countries(event["targets"])
    assert event["quantity"]["text"] == "hundreds of attack drones"
    caspian = [p for p in event["places"] if p["name"] == "Caspian Sea"]
    assert caspian and caspian[0]["kind"] == "water"
    assert km(41.9, 50.7, caspian[0]["lat"], caspian[0]["lon"]) < 500
    assert "White House" in _attribution(doc, event)["source"]["text"]
    assert event["claim"]["status"] in ("reported", "claimed")


def test_planned_drone_plant_at_alabuga(doc: dict[str, Any]) -> None:
    event = next(
        e
        for e in doc["events"]
        if e["type"]["eventwire"] == "weapons production"
        and e["location"]
        and "Alabuga" in e["location"]["name"]
    )
    assert km(55.75, 52.05, event["location"]["lat"], event["location"]["lon"]) < 50
    assert {"RUS", "IRN"} <= _countries(event["actors"])
    assert event["claim"]["status"] in ("planned", "possible")
    assert event["date"]["value"].startswith("2024")
    assert event["date"]["earliest"].startswith("2024-01")


def test_us_military_aid_to_ukraine(doc: dict[str, Any]) -> None:
    event = next(e for e in doc["events"] if e["type"]["eventwire"] == "military aid")
    assert "USA" in _countries(event["actors"])
    assert "UKR" in _countries(event["targets"])
    assert event["quantity"]["value"] == pytest.approx(2.1e9)
    assert event["quantity"]["unit"] == "USD"
    assert event["date"]["value"] == "2023-06-09"


def test_dam_breach_flooding_kherson(doc: dict[str, Any]) -> None:
    event = next(e for e in doc["events"] if e["type"]["eventwire"] == "man-made disaster")
    assert km(46.64, 32.61, event["location"]["lat"], event["location"]["lon"]) < 50
    assert event["quantity"]["value"] == pytest.approx(600)
    assert event["quantity"]["unit"] == "km2"
    assert "2023-06-03" <= event["date"]["earliest"] <= event["date"]["latest"] <= "2023-06-09"


def test_mutual_blame_for_shelling_is_disputed(doc: dict[str, Any]) -> None:
    disputed = [e for e in doc["events"] if e["claim"]["status"] == "disputed"]
    assert disputed
    named = _countries(disputed[0]["actors"]) | _countries(disputed[0]["targets"])
    assert {"RUS", "UKR"} <= named


def test_putin_statement_and_no_background_events_in_june(doc: dict[str, Any]) -> None:
    statements = [
        e
        for e in doc["events"]
        if e["type"]["eventwire"] == "statement" and e["date"]["value"] == "2023-06-09"
    ]
    assert statements
    statement = statements[0]
    assert statement["claim"]["status"] == "claimed"
    assert "Putin" in _attribution(doc, statement)["speaker"]["name"]
    for event in doc["events"]:
        evidence = event["evidence"]["text"]
        if "under US sanctions" in evidence and event["trigger"]["text"] == "sanctions":
            pytest.fail("a state described in passing became an event")
        if event["trigger"] and event["trigger"]["text"] == "invaded":
            assert not (event["date"]["value"] or "").startswith("2023-06")


def test_times_resolve_against_publication(doc: dict[str, Any]) -> None:
    values = {t["text"].lower(): t["value"] for t in doc["times"]}
    assert values["yesterday"] == "2023-06-09"
    assert values["last night"].startswith("2023-06-09")
    assert values["early 2024"].startswith("2024")


def test_every_span_is_the_text_at_its_offsets(doc: dict[str, Any]) -> None:
    text = doc["article"]["text"]
    spans = [e["evidence"] for e in doc["events"]]
    spans += [e["trigger"] for e in doc["events"] if e["trigger"]]
    for a in doc["attributions"]:
        spans += [a["cue"], a["content"]] + ([a["source"]] if a["source"] else [])
    spans += doc["places"] + doc["times"]
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]
