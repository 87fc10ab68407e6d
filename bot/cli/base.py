"""The `whosaid` group: settings, logging, `--db`, and turning a WhosaidError into a click error."""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import click

from bot.config import load_settings
from bot.errors import ConfigError, WhosaidError

DB_HELP = "SQLite database file (default: $WHOSAID_DB or whosaid.db)."


class UserError(click.ClickException):
    """A WhosaidError as click shows it: "Error: <user_message>", no traceback."""

    def __init__(self, e: WhosaidError):
        super().__init__(e.user_message)
        self.exit_code = 2 if isinstance(e, ConfigError) else 1


def _db_after_command(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    """`whosaid query Bennett --db x.db`: --db given after the command overrides the one before it."""
    if value:
        ctx.obj = replace(ctx.obj, db_path=value)
        ctx.find_root().obj = ctx.obj


class WhosaidGroup(click.Group):
    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        cmd.params.append(click.Option(["--db"], default=None, expose_value=False, callback=_db_after_command,
                                       help=DB_HELP))
        super().add_command(cmd, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except WhosaidError as e:  # the one place library errors become CLI errors
            raise UserError(e) from e


@click.group(cls=WhosaidGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="WHOSAID_DB", default=None, help=DB_HELP)
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug).")
@click.pass_context
def main(ctx: click.Context, db: str | None, verbose: int) -> None:
    """whosaid: who said what in news articles."""
    settings = load_settings()
    if db:
        settings = replace(settings, db_path=db)
    if verbose:
        level = logging.DEBUG if verbose > 1 else logging.INFO
    else:
        level = getattr(logging, settings.log_level.upper(), logging.WARNING)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = settings
