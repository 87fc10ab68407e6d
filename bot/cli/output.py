"""Human and JSON output for the CLI.

JSON: the records of store/records.py, described by output.schema.json (next to this file, shipped as package
data). Text: wrapped to the terminal's width, speakers in bold, only when standard output is a terminal (click
drops the styling otherwise; a pipe gets one unwrapped line per item)."""
from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from datetime import date, datetime
from importlib.resources import files

import click

from bot import pipeline

SCHEMA_FILE = "output.schema.json"


def schema() -> dict:
    """The JSON Schema of every command's JSON output (bot/cli/output.schema.json)."""
    return json.loads(files("bot.cli").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def _jsonable(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(type(o))


def echo_json(data) -> None:
    click.echo(json.dumps(data, default=_jsonable, ensure_ascii=False, indent=2))


def terminal_width() -> int | None:
    """Columns of the terminal standard output goes to; None when it is not a terminal (pipes are not wrapped)."""
    try:
        if not sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return max(shutil.get_terminal_size().columns, 40)


def interactive() -> bool:
    """Standard error is a terminal someone is watching (progress and "loading" lines go there, never into logs)."""
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def loading_model() -> None:
    """Say so, then load the language model (a few seconds, more on a busy machine) before any progress bar."""
    click.echo("Loading the language model\u2026", err=True)
    pipeline.load_language_model()


def echo_wrapped(text: str, indent: str = "", subsequent: str | None = None, *, bold: str | None = None) -> None:
    """One paragraph, wrapped to the terminal width (never wrapped into a pipe); `bold` (a speaker's name in it)
    is set in bold, which click shows only on a terminal."""
    width = terminal_width()
    if width:
        out = textwrap.fill(text, width=width, initial_indent=indent,
                            subsequent_indent=indent if subsequent is None else subsequent,
                            break_long_words=False, break_on_hyphens=False)
    else:
        out = indent + text
    if bold and bold in out:
        out = out.replace(bold, click.style(bold, bold=True), 1)
    click.echo(out)


_TRAILING = re.compile(r"[\s,;:]+$")


def quote_text(q: str) -> str:
    """A quote as shown to people: no trailing comma kept from "...," said X."""
    return _TRAILING.sub("", q)
