"""The `whosaid` command line: a thin wrapper over the library.

Each group of commands lives in its own module and registers itself on `main`.
"""
from __future__ import annotations

import logging

import click

from bot.config import load_settings


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="WHOSAID_DB", default=None, help="SQLite database file (default: $WHOSAID_DB or whosaid.db).")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, db: str | None, verbose: int) -> None:
    """whosaid: who said what in news articles."""
    settings = load_settings()
    if db:
        from dataclasses import replace

        settings = replace(settings, db_path=db)
    if verbose:
        level = logging.DEBUG if verbose > 1 else logging.INFO
    else:
        level = getattr(logging, settings.log_level.upper(), logging.WARNING)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = settings


def _register() -> None:
    from bot.cli import extract_cmd, slack_cmds, store_cmds  # noqa: F401  (each adds its commands to `main`)
    from bot.cli import backfill_cmd, demo_cmd, feeds_cmds  # noqa: F401


_register()
