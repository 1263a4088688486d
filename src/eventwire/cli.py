"""The `eventwire` command line: a thin layer over the pipeline and its stages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn, get_args

import click

from eventwire import __version__
from eventwire.errors import EventwireError, InputError, UsageError
from eventwire.ingest import InputFormat, parse_published, read_input
from eventwire.model import Article, Document, RejectedInput
from eventwire.render import render_table
from eventwire.serve.command import serve_command

if TYPE_CHECKING:
    from eventwire.store import Store

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
        _fail(exc)
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


_DB_OPTION = click.option(
    "--db",
    "db_url",
    default="eventwire.db",
    show_default=True,
    envvar="EVENTWIRE_DB",
    metavar="URL",
    help="SQLite file, sqlite:///path or postgresql://user@host/dbname (env EVENTWIRE_DB).",
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_DB_OPTION
@click.option(
    "--published",
    metavar="YYYY-MM-DD",
    help="Publication date for articles that carry none of their own.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "text", "html", "jsonl", "feed"]),
    default="auto",
    show_default=True,
    help="How to read PATHS (auto: by suffix and content; .gz is read as what it holds).",
)
@click.option(
    "--batch-size",
    default=50,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Articles committed per transaction.",
)
@click.option(
    "--merge/--no-merge",
    default=True,
    show_default=True,
    help="Merge reports of one event across articles after extraction.",
)
@click.option(
    "--cluster",
    metavar="tcp://HOST:8786|local:N",
    help="Run the pipeline on a Dask cluster (needs eventwire[cluster]; docs/scale.md).",
)
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --cluster: also write the documents as Parquet partitions to DIR.",
)
def ingest(
    paths: tuple[str, ...],
    db_url: str,
    published: str | None,
    input_format: str,
    batch_size: int,
    merge: bool,
    cluster: str | None,
    parquet_dir: Path | None,
) -> None:
    """Extract events from files, folders, JSON Lines, HTML, RSS/Atom feeds and .gz into a
    database. Rerunning is safe: stored articles are skipped."""
    from eventwire.ingest.sources import SourceFormat, SourceProgress, read_sources
    from eventwire.pipeline import Pipeline
    from eventwire.store.ingest_run import ingest as run_ingest
    from eventwire.store.merging import merge_store
    from eventwire.store.progress import ProgressLine

    try:
        when = parse_published(published) if published else None
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint="--published") from None
    if cluster:
        _ingest_on_cluster(paths, db_url, cluster, parquet_dir, when, merge)
        return
    if parquet_dir is not None:
        raise click.BadParameter("Parquet output needs --cluster", param_hint="--parquet")
    fmt: SourceFormat = input_format  # type: ignore[assignment]  # click.Choice checked it
    store = _open_store(db_url)
    progress = SourceProgress()
    line = ProgressLine.for_stderr(paths, progress)

    def failed(item: RejectedInput) -> None:
        if line is not None:
            line.clear()
        click.echo(f"eventwire: skipped {item.message}", err=True)

    try:
        summary = run_ingest(
            store,
            Pipeline(),
            read_sources(paths, fmt, when, progress),
            inputs=paths,
            batch_size=batch_size,
            on_failure=failed,
            on_progress=line.update if line is not None else None,
        )
        merged = merge_store(store) if merge else None
    except KeyboardInterrupt:
        if line is not None:
            line.clear()
        click.echo("eventwire: interrupted; what was stored is kept, rerun to go on", err=True)
        sys.exit(130)
    except EventwireError as exc:
        if line is not None:
            line.clear()
        _fail(exc)
    finally:
        store.close()
    if line is not None:
        line.clear()
    click.echo(f"eventwire: {summary.line()} (run {summary.run_id}, {db_url})", err=True)
    if merged is not None:
        click.echo(f"eventwire: merged across articles: {merged.line()}", err=True)


def _ingest_on_cluster(
    paths: tuple[str, ...],
    db_url: str,
    cluster: str,
    parquet_dir: Path | None,
    published: date | None,
    merge: bool,
) -> None:
    """`ingest --cluster`: formats go by file suffix; the database is written in batches."""
    try:
        from eventwire.cluster import ingest_on_cluster

        report = ingest_on_cluster(
            paths, db_url, cluster, parquet_dir=parquet_dir, published=published, merge=merge
        )
    except EventwireError as exc:
        _fail(exc)
    click.echo(f"eventwire: {report.line()}", err=True)
    if report.merged:
        click.echo(f"eventwire: merged across articles: {report.merged}", err=True)


@main.command()
@click.argument("event_id")
@_DB_OPTION
def explain(event_id: str, db_url: str) -> None:
    """Why a stored event is what it is: which reports were merged into it, why, and where
    each of its values came from."""
    from eventwire.store.merging import explain_event

    store = _open_store(db_url, create=False)
    try:
        text = explain_event(store, event_id)
    except EventwireError as exc:
        _fail(exc)
    finally:
        store.close()
    if text is None:
        click.echo(f"eventwire: no event {event_id!r} in {db_url}", err=True)
        sys.exit(EXIT_FAILED)
    click.echo(text)


@main.command()
@_DB_OPTION
@click.option("--since", metavar="YYYY-MM-DD", help="Events on or after this day.")
@click.option("--until", metavar="YYYY-MM-DD", help="Events on or before this day.")
@click.option("--type", "event_type", help="eventwire type, ACLED event type or sub-event type.")
@click.option("--country", help="ISO 3166-1 alpha-2 code of the event's place, e.g. UA.")
@click.option("--actor", help="Part of an actor's or target's name or country code.")
@click.option("--status", help="Claim status: asserted, reported, claimed, denied, ...")
@click.option("--bbox", metavar="W,S,E,N", help="Bounding box in degrees.")
@click.option("--text", "text", help="Part of the evidence sentence.")
@click.option("--all-versions", is_flag=True, help="Include events of superseded articles.")
@click.option(
    "--limit",
    default=500,
    show_default=True,
    type=click.IntRange(0, None),
    help="At most this many events (0: no limit).",
)
@click.option("--offset", default=0, type=click.IntRange(0, None), help="Skip this many first.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["table", "jsonl", "csv", "geojson", "parquet"]),
    default="table",
    show_default=True,
)
@click.option("-o", "--output", default="-", help="Write here instead of standard output.")
def events(
    db_url: str,
    since: str | None,
    until: str | None,
    event_type: str | None,
    country: str | None,
    actor: str | None,
    status: str | None,
    bbox: str | None,
    text: str | None,
    all_versions: bool,
    limit: int,
    offset: int,
    output_format: str,
    output: str,
) -> None:
    """Query stored events and export them (CSV in ACLED's columns, GeoJSON, JSON Lines)."""
    from eventwire.export import write_events
    from eventwire.store import EventFilter, parse_bbox

    try:
        spec = EventFilter(
            since=parse_published(since, "--since") if since else None,
            until=parse_published(until, "--until") if until else None,
            type=event_type,
            country=country,
            actor=actor,
            status=status,
            bbox=parse_bbox(bbox) if bbox else None,
            text=text,
            include_superseded=all_versions,
            limit=limit or None,
            offset=offset,
        )
    except InputError as exc:
        raise click.BadParameter(exc.reason, param_hint=exc.input_name) from None
    except UsageError as exc:
        raise click.BadParameter(str(exc), param_hint="--bbox") from None
    if output_format == "parquet" and output == "-":
        raise click.BadParameter("parquet is binary: give a file with -o", param_hint="--output")
    store = _open_store(db_url, create=False)
    try:
        records = store.events(spec)
        if output_format == "parquet":
            from eventwire.export.parquet import write_parquet

            write_parquet(records, output)
        else:
            with click.open_file(output, "w", encoding="utf-8") as out:
                write_events(records, output_format, out)  # type: ignore[arg-type]
    except EventwireError as exc:
        _fail(exc)
    except BrokenPipeError:
        sys.stderr.close()
    finally:
        store.close()


def _open_store(db_url: str, create: bool = True) -> Store:
    from eventwire.store import Store

    try:
        return Store.open(db_url, create=create)
    except EventwireError as exc:
        _fail(exc)


def _mount_eval() -> None:
    from eventwire.evaluate.command import eval_command

    main.add_command(eval_command)


_mount_eval()


# `eventwire serve` imports no language model: the server starts without spaCy.
main.add_command(serve_command)


def _fail(exc: EventwireError) -> NoReturn:
    """Report an error eventwire raised on purpose and exit: 2 for a wrong option or a
    database written by a newer eventwire (the user must change the command or upgrade), 1
    for a run that failed."""
    from eventwire.store.errors import NewerDatabaseError

    click.echo(f"eventwire: {exc}", err=True)
    usage = isinstance(exc, UsageError | NewerDatabaseError)
    sys.exit(EXIT_USAGE if usage else EXIT_FAILED)
