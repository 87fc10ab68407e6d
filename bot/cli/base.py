"""The `whosaid` group: settings, logging, `--db`, `--version`, and turning a WhosaidError into a click error.

Exit statuses: 0 success; 1 an error, or (query, search) nothing found, or (ingest, retry) some articles failed;
2 a usage error, a configuration error, or an error in query/search (like grep: 1 there means "nothing found");
130 interrupted (Ctrl-C). Errors are one line on standard error, never a traceback.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import click

from bot.config import LOG_FORMAT, load_settings
from bot.errors import ConfigError, WhosaidError
from bot.ingest import error_text

DB_HELP = "SQLite database file (default: $WHOSAID_DB or whosaid.db)."
GREP_LIKE = frozenset({"query", "search"})  # exit status 1 means "nothing found" there, so errors are 2
LOGGING_COMMANDS = frozenset({"serve", "demo"})  # long-running: their log records are their output


def error_message(e: BaseException) -> str:
    """The one line a CLI user sees for an error: the friendly message, plus a hint meant for operators."""
    hint = getattr(e, "operator_hint", None)
    return f"{error_text(e)} {hint}" if hint else error_text(e)


class UserError(click.ClickException):
    """A WhosaidError as click shows it: "Error: <message>", no traceback."""

    def __init__(self, e: WhosaidError, command: str | None = None):
        super().__init__(error_message(e))
        self.exit_code = 2 if isinstance(e, ConfigError) or command in GREP_LIKE else 1


class Interrupted(click.exceptions.Exit):
    """Ctrl-C: says so (callers say what was kept) and exits with status 130."""

    def __init__(self, message: str = "Interrupted."):
        click.echo(message, err=True)
        super().__init__(130)


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
            raise UserError(e, ctx.invoked_subcommand) from e
        except KeyboardInterrupt:
            raise Interrupted() from None


def _version() -> str:
    try:
        return version("whosaid")
    except PackageNotFoundError:  # a source tree that was never installed
        return "unknown"


@click.group(cls=WhosaidGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", "-V", prog_name="whosaid", message="%(prog)s %(version)s")
@click.option("--db", envvar="WHOSAID_DB", default=None, help=DB_HELP)
@click.option("-v", "--verbose", count=True,
              help="Show log records (-v info, -vv debug); otherwise commands print only their messages.")
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
        if level == logging.WARNING and ctx.invoked_subcommand not in LOGGING_COMMANDS:
            level = logging.ERROR  # messages, not log records, unless -v or a more verbose LOG_LEVEL
    logging.basicConfig(level=level, format=LOG_FORMAT)
    ctx.obj = settings
