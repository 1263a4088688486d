"""`eventwire eval` as a click command, with a stand-in pipeline module."""

from __future__ import annotations

import json
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.evaluate.command import eval_command
from eventwire.model import Article, Document, Span, Time


class DateSpotter:
    """Stands in for `eventwire.pipeline.Pipeline`: marks every "Friday" as a date."""

    def run(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            start = article.text.find("Friday")
            times = (
                (Time(Span.of(article.text, start, start + 6), "DATE", "1998-08-07"),)
                if start >= 0
                else ()
            )
            yield Document(article=article, times=times)


@pytest.fixture
def stand_in_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    module = types.ModuleType("eventwire.pipeline")
    module.Pipeline = DateSpotter  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "eventwire.pipeline", module)


def write_time_set(folder: Path) -> Path:
    text = "Bombs exploded Friday."
    docs = [{"id": "t1", "text": text, "published": "1998-08-07"}]
    gold = [
        {"id": "t1", "times": [{"start": 15, "end": 21, "type": "DATE", "value": "1998-08-07"}]}
    ]
    for name, records in (("docs.jsonl", docs), ("gold.jsonl", gold)):
        (folder / name).write_text("".join(json.dumps(r) + "\n" for r in records))
    return folder


@pytest.mark.usefixtures("stand_in_pipeline")
def test_prints_one_line_and_writes_predictions(tmp_path: Path) -> None:
    out = tmp_path / "predictions.jsonl"
    data = str(write_time_set(tmp_path))
    result = CliRunner().invoke(eval_command, ["time", "--data", data, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        "gold=1  pred=1  missing_docs=0  strict_f1=1.000  relaxed_f1=1.000  value_f1=1.000"
        "  type_f1=1.000  value_acc_matched=1.000"
    )
    assert json.loads(out.read_text())["times"][0]["text"] == "Friday"


@pytest.mark.usefixtures("stand_in_pipeline")
def test_missing_data_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, ["geo", "--data", str(tmp_path / "absent")])
    assert result.exit_code == 1
    assert "no such data folder" in result.output


def test_unknown_task_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_command, ["sentiment", "--data", str(tmp_path)])
    assert result.exit_code == 2
