"""`eventwire eval TASK --data DIR`: score eventwire on a gold data set, print one line."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from eventwire.errors import EvaluationError
from eventwire.evaluate.claims import format_confusion
from eventwire.evaluate.event_tasks import EVENT_TASKS
from eventwire.evaluate.figures import format_json, format_line
from eventwire.evaluate.halves import HALVES, Half
from eventwire.evaluate.runner import TASK_NAMES, evaluate

# Tasks with their own runner: merging scores groups of documents; the event tasks read
# their data sets' own formats.
_SPECIAL_TASKS = ("merge", *EVENT_TASKS)


@click.command("eval")
@click.argument("task", type=click.Choice([*TASK_NAMES, *_SPECIAL_TASKS]))
@click.option(
    "--data",
    "data",
    required=True,
    type=click.Path(path_type=Path),
    help="Data set folder (docs.jsonl + gold.jsonl, items.jsonl, or MEANTIME XML for time "
    "and claims).",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also write the predictions here, one eventwire/1 document a line.",
)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N.")
@click.option(
    "--half",
    type=click.Choice(HALVES),
    default=None,
    help="Only the tune or the check half of the data set (split by a hash of the ids): "
    "tune rules on one, report the other.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def eval_command(
    task: str,
    data: Path,
    out: Path | None,
    limit: int | None,
    half: Half | None,
    as_json: bool,
) -> None:
    """Score eventwire on TASK against the gold data in --data (for merge: the shared eval
    folder whose real texts the benchmark names)."""
    # Imported here so that `--help` and argument errors do not wait for the language model.
    from eventwire.pipeline import Pipeline

    started = time.perf_counter()
    if task == "merge":
        _merge(data, as_json)
        print(f"[merge] scored in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        return
    try:
        if task in EVENT_TASKS:
            from eventwire.evaluate.event_tasks import run_event_eval

            figures = run_event_eval(task, data, Pipeline(), limit=limit, half=half)
        else:
            figures = evaluate(task, data, out, Pipeline(), limit=limit, half=half)
    except EvaluationError as error:
        raise click.ClickException(str(error)) from None
    if as_json:
        click.echo(format_json(figures))
    else:
        # Nested tables (claims' confusions) read better as rows than on the figures line.
        tables = {
            k: v for k, v in figures.items() if k.endswith("confusion") and isinstance(v, dict)
        }
        click.echo(format_line({k: v for k, v in figures.items() if k not in tables}))
        for name, table in tables.items():
            click.echo(f"{name}:\n{format_confusion(table)}")
    elapsed = time.perf_counter() - started
    print(f"[{task}] {data} scored in {elapsed:.1f} s", file=sys.stderr)


def _merge(data: Path, as_json: bool) -> None:
    from eventwire.evaluate.merge import format_merge_summary, run_merge_eval

    result = run_merge_eval(data)
    click.echo(format_json(result) if as_json else format_merge_summary(result))
