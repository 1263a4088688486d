"""Reading inputs: every bad input is named with its reason; a batch goes on past bad lines."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import InputError
from eventwire.ingest import MAX_CHARS, parse_published, read_input
from eventwire.model import Article, RejectedInput


def _one(path: Path, fmt: str = "auto") -> Article | RejectedInput:
    items = list(read_input(str(path), fmt))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_text_file_becomes_article_with_stable_id(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Gunmen attacked a village in Borno State on Sunday.", encoding="utf-8")
    first, second = _one(path), _one(path)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.id == second.id
    assert first.text.startswith("Gunmen")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "is empty"),
        (b"   \n\n  ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Caf\u00e9 bombing in Kabul".encode("latin-1"), "not valid UTF-8"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    item = _one(path)
    assert isinstance(item, RejectedInput)
    assert reason in item.reason
    assert str(path) in item.message


def test_huge_text_is_rejected_without_reading_it_all(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"Shelling continued. " * (20 * 1024 * 1024 // 20))
    item = _one(path)
    assert isinstance(item, RejectedInput)
    assert "too long" in item.reason
    assert f"{MAX_CHARS:,}" in item.reason


def test_html_without_article_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    item = _one(path)
    assert isinstance(item, RejectedInput)
    assert "no article text" in item.reason


def test_html_article_gives_text_title_and_date(tmp_path: Path) -> None:
    body = "Sudanese paramilitary forces shelled a market in El Fasher on Friday, killing "
    html = (
        "<html><head><title>Shelling in El Fasher</title>"
        '<meta property="article:published_time" content="2024-05-11T08:00:00Z"></head>'
        f"<body><article><h1>Shelling in El Fasher</h1><p>{body * 3}</p>"
        f"<p>{body}twelve people, medics said.</p></article></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    item = _one(path)
    assert isinstance(item, Article), item
    assert "El Fasher" in item.text
    assert item.published == date(2024, 5, 11)
    assert item.published_method == "html metadata"


def test_jsonl_bad_lines_are_recorded_and_the_batch_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps(
            {
                "id": "a",
                "text": "Protesters rallied in Tbilisi.",
                "published": "2024-05-01",
                "lang": "en",
            }
        ),
        "{not json",
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps({"id": "d", "text": "Troops clashed.", "published": "2024-02-30"}),
        json.dumps({"id": "e", "text": "Rebels seized Goma.", "published": None}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_input(str(path)))
    assert [type(i).__name__ for i in items] == [
        "Article",
        "RejectedInput",
        "RejectedInput",
        "RejectedInput",
        "Article",
    ]
    first = items[0]
    assert isinstance(first, Article) and first.meta == {"lang": "en"}
    bad_json, no_text, bad_date = items[1], items[2], items[3]
    assert isinstance(bad_json, RejectedInput) and "line 2" in bad_json.input_name
    assert "not valid JSON" in bad_json.reason
    assert isinstance(no_text, RejectedInput) and no_text.id == "c" and "text" in no_text.reason
    assert isinstance(bad_date, RejectedInput) and "2024-02-30" in bad_date.reason


@pytest.mark.parametrize("value", ["2023-02-30", "yesterday", "10/06/2023", "0001-01-01"])
def test_impossible_published_dates_are_refused(value: str) -> None:
    with pytest.raises(InputError) as err:
        parse_published(value)
    assert value in str(err.value)
