"""`whosaid browse`: the log in a browser, read-only, through Datasette (the optional `browse` extra)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from bot.cli.base import main
from store import Store
from store.browse import metadata


def make_datasette(db_path: str):
    """A read-only Datasette over the database at `db_path`, with whosaid's metadata and canned queries."""
    # lazy: datasette is an optional extra (pip install 'whosaid[browse]'); only this command needs it
    from datasette.app import Datasette

    return Datasette([db_path], metadata=metadata(Path(db_path).stem),
                     settings={"default_page_size": 50, "sql_time_limit_ms": 3000})


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (the log is not filtered by who may see what: keep it local).")
@click.pass_context
def browse(ctx: click.Context, port: int, host: str) -> None:
    """Browse the log in a web browser (Datasette, read-only): tables with descriptions and canned queries
    ("What did NAME say", "Quotes per day", "Most quoted this week")."""
    if importlib.util.find_spec("datasette") is None:
        raise click.ClickException("whosaid browse needs Datasette: pip install 'whosaid[browse]'")
    db_path = ctx.find_root().obj.db_path
    Store.open(db_path).close()  # creates and migrates it, so the tables exist
    ds = make_datasette(db_path)
    click.echo(f"Browsing {db_path} read-only at http://{host}:{port}/ (Ctrl-C to stop).", err=True)
    # lazy: uvicorn (Datasette's server) comes with the optional `browse` extra
    import uvicorn

    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
