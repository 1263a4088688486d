"""eventwire/1 JSON read back into model types: the inverse of Document.to_dict()."""

from __future__ import annotations

import json
from typing import Any

import pytest

from eventwire.document_reader import document_from_dict
from eventwire.errors import InputError
from eventwire.ingest import article_from_text
from eventwire.model import Document, Span, WeaponRef
from shared_data import EXAMPLE


def test_a_pipeline_document_reads_back_unchanged(pipeline: Any) -> None:
    article = article_from_text(EXAMPLE.read_text(encoding="utf-8"), None)
    document: Document = pipeline.process(article)
    as_dict = json.loads(document.to_json())
    read = document_from_dict(as_dict)
    assert read.to_dict() == as_dict
    assert read.events and read.events[0].type == document.events[0].type
    assert any(p.is_demonym for p in read.places) == any(p.is_demonym for p in document.places)
    assert read.weapons == document.weapons


def test_document_weapons_read_back() -> None:
    text = "Kalibr missiles were seen."
    ref = WeaponRef(Span(0, 15, "Kalibr missiles"), "cruise missile", "Kalibr", "RUS")
    data = Document(article_from_text(text, None), weapons=(ref,)).to_dict()
    assert data["weapons"][0]["system"] == "Kalibr"
    assert document_from_dict(data).weapons == (ref,)


def test_fields_added_later_are_ignored() -> None:
    data = Document(article_from_text("Nothing happened.", None)).to_dict()
    data["new_field"] = {"x": 1}
    data["article"]["language"] = "en"
    assert document_from_dict(data).article.text == "Nothing happened."


@pytest.mark.parametrize(
    "data",
    [{"format": "other/2"}, {"format": "eventwire/1"}, {"format": "eventwire/1", "article": 3}],
)
def test_not_a_document_is_an_input_error(data: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        document_from_dict(data)
