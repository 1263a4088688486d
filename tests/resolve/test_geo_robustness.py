"""Bad input for the geocoder: odd scripts, huge words and documents, broken index files."""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest

from eventwire.model import Span
from eventwire.resolve.geo import Gazetteer, Geocoder
from eventwire.resolve.geo.gazetteer import sources_hash


def _sentences(text: str) -> list[Span]:
    return [Span(0, len(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Обстріл Харкова тривав усю ніч, повідомив Kharkiv governor.",
        "القصف على حلب استمر. 东京 and 北京 were quiet.",
        "Ko\u0301nigsberg and Kyi\u0308v and " + "\u0336".join("Zaporizhzhia"),
        "\u0301\u0308 In \u200bOdesa\u200d, 🇺🇦 Mykolaiv\ufe0f and \x00Kherson.",
        "İstanbul, ŁÓDŹ and ǅakovo were named.",
    ],
)
def test_odd_scripts_and_combining_marks_do_not_crash(gazetteer: Gazetteer, text: str) -> None:
    places = Geocoder(gazetteer).find_places(text, [], _sentences(text))
    for p in places:
        assert text[p.span.start : p.span.end] == p.span.text


def test_combining_marks_match_the_plain_name(gazetteer: Gazetteer) -> None:
    text = "Shelling hit Kyi\u0308v and Odesa overnight."
    found = {p.name for p in Geocoder(gazetteer).find_places(text, [], _sentences(text))}
    assert "Odesa" in found or "Odessa" in found


def test_a_5000_character_word(gazetteer: Gazetteer) -> None:
    text = "In Kyiv, " + "Ab" * 2500 + " said nothing. " + "x" * 5000 + " in Odesa."
    started = time.perf_counter()
    places = Geocoder(gazetteer).find_places(text, [], _sentences(text))
    assert time.perf_counter() - started < 1.0
    assert "Kyiv" in {p.span.text for p in places}


def test_a_document_naming_10000_places(gazetteer: Gazetteer) -> None:
    towns = ["Kyiv", "Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava", "Kherson"]
    text = "Strikes hit " + ", ".join(towns[i % len(towns)] for i in range(10_000)) + "."
    geocoder = Geocoder(gazetteer)
    started = time.perf_counter()
    places = geocoder.find_places(text, [], _sentences(text))
    assert time.perf_counter() - started < 5.0
    assert len(places) == 10_000
    assert {p.country_code for p in places} == {"UA"}


@pytest.fixture
def fake_build(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Gazetteer.build replaced by a copy of the built index (a real build takes ~20 s)."""
    calls: list[Path] = []

    def build(path: Path | None = None) -> Path:
        assert path is not None
        calls.append(path)
        shutil.copyfile(gazetteer.path, path)
        return path

    monkeypatch.setattr(Gazetteer, "build", staticmethod(build))
    return calls


def test_a_corrupt_index_is_rebuilt_with_one_warning(
    tmp_path: Path, fake_build: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    target = tmp_path / f"gazetteer-{sources_hash()}.sqlite"
    target.write_bytes(b"this is not a database" * 100)
    with caplog.at_level(logging.WARNING):
        gaz = Gazetteer.load(target)
    assert fake_build == [target]
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1 and "rebuilding" in warnings[0].getMessage()
    assert gaz.lookup("Kyiv")[0].geonameid == 703448
    gaz.close()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        Gazetteer.load(target).close()  # now sound: no second rebuild, no second warning
    assert fake_build == [target] and not caplog.records


def test_an_index_from_an_older_version_is_rebuilt(
    gazetteer: Gazetteer, tmp_path: Path, fake_build: list[Path], caplog: pytest.LogCaptureFixture
) -> None:
    import sqlite3

    target = tmp_path / "old.sqlite"
    shutil.copyfile(gazetteer.path, target)
    db = sqlite3.connect(target)
    db.execute("UPDATE meta SET v = 'older' WHERE k = 'sources'")
    db.commit()
    db.close()
    with caplog.at_level(logging.WARNING):
        Gazetteer.load(target).close()
    assert fake_build == [target]
    assert "another eventwire version" in caplog.records[0].getMessage()
