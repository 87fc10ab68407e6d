"""The `whosaid` command line: a thin wrapper over the library.

Each group of commands lives in its own module and registers itself on `main`.
Exit statuses: 0 success; 1 an error, or (query, search) nothing found, or (ingest, retry) some articles failed;
2 a usage error, or an error in query/search (like grep: 1 is reserved there for "nothing found");
130 interrupted (Ctrl-C). Errors are one line on standard error, never a traceback.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from importlib.metadata import PackageNotFoundError, version

import click

from bot.config import load_settings
from bot.errors import WhosaidError

GREP_LIKE = frozenset({"query", "search"})  # exit 1 means "nothing found" there, so errors exit 2
LOGGING_COMMANDS = frozenset({"serve", "demo"})  # long-running: their log records are their output


def error_text(e: BaseException) -> str:
    """The one line a CLI user sees for an error: the friendly message (plus a hint meant for operators)."""
    if isinstance(e, WhosaidError):
        hint = getattr(e, "operator_hint", None)
        return f"{e.user_message} {hint}" if hint else e.user_message
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


class Interrupted(click.exceptions.Exit):
    """Ctrl-C: the message says what was kept; exit status 130."""

    def __init__(self, message: str = "Interrupted."):
        click.echo(message, err=True)
        super().__init__(130)


class WhosaidGroup(click.Group):
    """Turns a WhosaidError into a one-line error and Ctrl-C into exit status 130, for every command."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except WhosaidError as e:
            err = click.ClickException(error_text(e))
            err.exit_code = 2 if ctx.invoked_subcommand in GREP_LIKE else 1
            raise err from e
        except KeyboardInterrupt:
            raise Interrupted() from None


def _version() -> str:
    try:
        return version("whosaid")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
        return "unknown"


@click.group(cls=WhosaidGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(_version(), "--version", "-V", prog_name="whosaid", message="%(prog)s %(version)s")
@click.option("--db", envvar="WHOSAID_DB", default=None, help="SQLite database file (default: $WHOSAID_DB or whosaid.db).")
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
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = settings


def _register() -> None:
    from bot.cli import extract_cmd, slack_cmds, store_cmds  # noqa: F401  (each adds its commands to `main`)
    from bot.cli import demo_cmd  # noqa: F401


_register()
