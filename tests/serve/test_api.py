"""The JSON API against a real uvicorn server over a real SQLite database."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from eventwire.serve.database import open_readonly
from eventwire.store import StoreError
from serve.conftest import LiveServer


@pytest.fixture(scope="module")
def client(live_server: LiveServer) -> httpx.Client:
    return httpx.Client(base_url=live_server.url, timeout=30)


def test_events_lists_current_events_newest_first(client: httpx.Client) -> None:
    body = client.get("/api/events").json()
    assert body["ok"] is True and body["next"] is None
    dates = [r["event_date"] for r in body["rows"] if r["event_date"]]
    assert dates == sorted(dates, reverse=True)
    ids = {r["id"] for r in body["rows"]}
    # The two Kherson reports are one merged event now.
    assert "merged-kherson" in ids
    assert len(ids) == body["count"] == len(body["rows"])
    assert "json" not in body["rows"][0]


def test_pages_follow_next_links_to_the_same_rows(client: httpx.Client) -> None:
    everything = [r["id"] for r in client.get("/api/events", params={"limit": 1000}).json()["rows"]]
    paged: list[str] = []
    url: str | None = "/api/events?limit=3&fields=map"
    while url:
        page = client.get(url).json()
        assert page["ok"] and len(page["rows"]) <= 3
        paged += [r["id"] for r in page["rows"]]
        url = page["next"]
    assert paged == everything
    assert len(everything) > 6
    rows = client.get("/api/events", params={"limit": 1000}).json()["rows"]
    assert rows[-1]["event_date"] is None  # the cursor crossed from dated to undated events


def test_filters_match_eventwire_events(client: httpx.Client, live_server: LiveServer) -> None:
    def ids(**params: str) -> set[str]:
        return {r["id"] for r in client.get("/api/events", params=params).json()["rows"]}

    sample = live_server.sample.ids
    assert ids(country="cd") == {sample["goma"][0], sample["undated"][0]}
    assert ids(status="claimed", country="UA") == {sample["kharkiv"][0]}
    assert ids(type="Peaceful protest") == {sample["goma"][0], sample["hostile"][0]}
    assert ids(actor_country="fji") == {sample["hostile"][0]}
    assert ids(since="2023-05-01", until="2023-05-01") >= {sample["kharkiv"][0]}
    # Fiji: a box across the antimeridian.
    assert ids(bbox="170,-25,-170,-10") == {sample["hostile"][0]}
    assert ids(text="PROTESTED PEACEFULLY") == {sample["goma"][0]}
    assert ids(text="%") == set()  # a character, not a wildcard


@pytest.mark.parametrize(
    ("query", "status", "words"),
    [
        ("limit=1001", 422, "limit"),
        ("limit=0", 422, "limit"),
        ("since=2023-02-30", 400, "since"),
        ("bbox=1,2,3", 400, "bbox"),
        ("after=not-a-cursor", 400, "cursor"),
        ("fields=everything", 422, "fields"),
    ],
)
def test_bad_queries_are_json_errors(
    client: httpx.Client, query: str, status: int, words: str
) -> None:
    response = client.get(f"/api/events?{query}")
    assert response.status_code == status
    body = response.json()
    assert body["ok"] is False and words in body["error"]


def test_hostile_values_travel_as_parameters(client: httpx.Client) -> None:
    response = client.get("/api/events", params={"country": "UA' OR '1'='1", "actor": "'; --"})
    assert response.status_code == 200 and response.json()["rows"] == []


def test_event_detail_has_sources_claims_evidence_and_merge(
    client: httpx.Client, live_server: LiveServer
) -> None:
    body = client.get("/api/events/merged-kherson").json()
    assert body["ok"] and body["record"]["id"] == "merged-kherson"
    assert body["event"]["location"]["name"] == "Kherson"
    assert len(body["sources"]) == 2
    assert {s["killed"] for s in body["sources"]} == {3, 4}
    claim = body["sources"][0]["claim"]
    assert claim["status"] == "reported"
    assert claim["attribution"]["cue_text"] == "said"
    assert next(e["text"] for e in body["evidence"]).startswith(("Russian forces", "Kherson came"))
    merge = body["merge"]
    assert merge["merged"] is True and merge["source_count"] == 2
    assert sorted(merge["disagreements"]["killed"]) == [3, 4]


def test_unknown_ids_are_404(client: httpx.Client) -> None:
    for url in ("/api/events/nope", "/api/articles/nope", "/api/nothing-here"):
        response = client.get(url)
        assert response.status_code == 404 and response.json()["ok"] is False


def test_article_has_text_and_spans(client: httpx.Client, live_server: LiveServer) -> None:
    event_id, article_id = live_server.sample.ids["hostile"]
    body = client.get(f"/api/articles/{article_id}").json()
    text = body["article"]["text"]
    assert "<script>" in text  # stored and returned as it is: escaping is the page's job
    spans = body["spans"]
    for group in ("places", "times"):
        for span in spans[group]:
            assert text[span["start"] : span["end"]] == span["text"]
    assert spans["places"][0]["text"] == "Suva"
    assert spans["times"][0]["text"] == "Friday"
    (event,) = spans["events"]
    assert event["event_id"] == event_id
    assert event["location"]["text"] == "Suva"
    assert spans["attributions"][0]["cue"]["text"] == "said"


def test_real_article_spans_line_up(client: httpx.Client) -> None:
    rows = client.get("/api/events", params={"text": "drone"}).json()["rows"]
    assert rows, "the example article yields drone events"
    body = client.get(f"/api/articles/{rows[0]['article_id']}").json()
    text = body["article"]["text"]
    spans = body["spans"]
    assert spans["places"] and spans["times"] and spans["events"]
    for event in spans["events"]:
        evidence = event["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["text"]


def test_stats(client: httpx.Client) -> None:
    body = client.get("/api/stats").json()
    assert body["ok"] and body["events"] >= 5 and body["articles"] >= 5
    assert body["types"]["protest"] == 2
    assert body["countries"]["FJ"] == 1
    assert body["actor_countries"]["FJI"] == 1
    assert body["first_date"] <= body["last_date"]


def test_extract_refuses_big_bodies(client: httpx.Client) -> None:
    response = client.post("/api/extract", content=b"a" * 200_001)
    assert response.status_code == 413 and response.json()["ok"] is False

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        for _ in range(30):
            yield b"b" * 10_000

    response = client.post("/api/extract", content=chunks())
    assert response.status_code == 413


def test_extract_returns_a_document(client: httpx.Client) -> None:
    response = client.post(
        "/api/extract",
        json={"text": "Russian forces shelled Kherson on Friday.", "published": "2023-06-10"},
    )
    body = response.json()
    assert response.status_code == 200, body
    assert body["document"]["format"] == "eventwire/1"
    assert body["document"]["events"][0]["location"]["name"] == "Kherson"
    bad = client.post("/api/extract", json={"words": "no text key"})
    assert bad.status_code == 400 and bad.json()["ok"] is False


def test_docs_and_openapi_are_served_locally(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/extract" in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "/static/" in docs.text


def test_page_headers_lock_scripts_to_the_server(client: httpx.Client) -> None:
    response = client.get("/")
    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "access-control-allow-origin" not in response.headers
    other = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in other.headers


def test_other_host_names_are_refused(client: httpx.Client) -> None:
    # A DNS-rebinding page would reach us under its own name.
    response = client.get("/api/stats", headers={"Host": "evil.example"})
    assert response.status_code == 400


def test_connection_is_read_only(live_server: LiveServer) -> None:
    connection = open_readonly(str(live_server.sample.path))
    try:
        with pytest.raises(StoreError):
            connection.execute("DELETE FROM events")
    finally:
        connection.close()
    with pytest.raises(StoreError, match="no database"):
        open_readonly(str(live_server.sample.path) + ".missing")


def test_serving_does_not_load_the_language_model() -> None:
    code = (
        "import sys; from eventwire.serve.app import create_app; "
        "from eventwire.serve.command import serve_command; "
        "print('spacy' in sys.modules, 'eventwire.nlp' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.split() == ["False", "False"], result.stderr
