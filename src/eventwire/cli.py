"""The `eventwire` command line: a thin layer over the pipeline and its stages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from typing import IO, get_args

import click

from eventwire import __version__
from eventwire.errors import EventwireError, InputError
from eventwire.ingest import InputFormat, parse_published, read_input
from eventwire.model import Article, Document, RejectedInput
from eventwire.render import render_table

EXIT_USAGE = 2
EXIT_FAILED = 1


def _version_message() -> str:
    from eventwire.resolve.geo import GEONAMES_ATTRIBUTION

    return f"eventwire {__version__}\nGazetteer data: {GEONAMES_ATTRIBUTION}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, message=_version_message())
def main() -> None:
    """Sourced, geocoded event records from news reports (format eventwire/1)."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date: relative dates ('yesterday') are resolved against it.",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["json", "jsonl", "table"]),
    default="json",
    show_default=True,
    help="Output: documents or a table of events.",
)
@click.option(
    "--input-format",
    type=click.Choice(list(get_args(InputFormat))),
    default="auto",
    show_default=True,
    help="How to read PATHS (auto: by file suffix and content).",
)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of standard output.",
)
def extract(
    paths: tuple[str, ...],
    published: str | None,
    output_format: str,
    input_format: InputFormat,
    output: IO[str],
) -> None:
    """Extract events from articles: text or HTML files, JSON Lines corpora, or - (stdin)."""
    try:
        when = parse_published(published) if published else None
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint="--published") from None
    from eventwire.pipeline import Pipeline

    pipeline = Pipeline()
    done = failed = 0
    try:
        for item in pipeline.run_inputs(_inputs(paths, input_format, when)):
            if isinstance(item, RejectedInput):
                failed += 1
                click.echo(f"eventwire: skipped {item.message}", err=True)
                if output_format == "jsonl":
                    output.write(_jsonl(item.to_dict()) + "\n")
                continue
            done += 1
            _write(item, output_format, output)
    except EventwireError as exc:
        click.echo(f"eventwire: {exc}", err=True)
        sys.exit(EXIT_FAILED)
    except BrokenPipeError:
        # The reader went away (`eventwire extract ... | head`): stop quietly, as Unix tools do.
        sys.stderr.close()
        sys.exit(EXIT_FAILED if done == 0 else 0)
    if failed:
        click.echo(f"eventwire: {done} article(s) processed, {failed} skipped", err=True)
    if done == 0:
        sys.exit(EXIT_FAILED)


def _inputs(
    paths: tuple[str, ...], input_format: InputFormat, published: date | None
) -> Iterator[Article | RejectedInput]:
    for path in paths:
        yield from read_input(path, input_format, published)


def _write(doc: Document, output_format: str, output: IO[str]) -> None:
    if output_format == "json":
        output.write(doc.to_json(indent=2) + "\n")
    elif output_format == "jsonl":
        output.write(doc.to_json() + "\n")
    else:
        output.write(render_table(doc) + "\n")
    output.flush()


def _jsonl(record: dict[str, object]) -> str:
    import json

    return json.dumps(record, ensure_ascii=False)


@main.group()
def gazetteer() -> None:
    """The offline gazetteer (GeoNames, ISO 3166-2, curated seas and regions)."""


@gazetteer.command("lookup")
@click.argument("name")
@click.option("--limit", default=10, show_default=True)
def gazetteer_lookup(name: str, limit: int) -> None:
    """Show the candidates for a place name and their scores."""
    from eventwire.resolve.geo import Gazetteer, format_candidates

    candidates = Gazetteer.load().lookup(name, limit=limit)
    if not candidates:
        click.echo(f"no place called {name!r} in the gazetteer", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(format_candidates(candidates))


@gazetteer.command("build")
def gazetteer_build() -> None:
    """Build (or rebuild) the gazetteer index now."""
    from eventwire.resolve.geo import Gazetteer
    from eventwire.resolve.geo.gazetteer import index_path

    path = Gazetteer.build(index_path())
    click.echo(f"gazetteer index written to {path}")


def _mount_eval() -> None:
    from eventwire.evaluate.command import eval_command

    main.add_command(eval_command)


_mount_eval()
