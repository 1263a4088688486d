"""`eventwire serve [DB]`: the API and map page on a read-only connection to a database."""

from __future__ import annotations

import sys

import click

from eventwire.errors import EventwireError

_ANY_ADDRESS = ("0.0.0.0", "::", "")


@click.command("serve")
@click.argument("db_url", metavar="[DB]", default="eventwire.db", envvar="EVENTWIRE_DB")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on; other machines can reach the page only if you change it.",
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535))
def serve_command(db_url: str, host: str, port: int) -> None:
    """Serve a map-and-timeline page and a JSON API (docs at /docs) over DB, read-only.

    DB: SQLite file, sqlite:///path or postgresql://... (env EVENTWIRE_DB; default
    eventwire.db).
    """
    import uvicorn

    from eventwire.serve.app import LOCAL_HOSTS, create_app

    # Requests must name the address we listen on (or localhost): this refuses pages on
    # other sites that rebind their DNS name to this machine.
    hosts = ["*"] if host in _ANY_ADDRESS else sorted({*LOCAL_HOSTS, host})
    try:
        app = create_app(db_url, allowed_hosts=hosts)
    except EventwireError as exc:
        click.echo(f"eventwire: {exc}", err=True)
        sys.exit(1)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"eventwire: serving {db_url} at http://{shown}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
