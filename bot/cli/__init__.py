"""The `whosaid` command line: a thin wrapper over the library.

`bot.cli.base` holds the `main` group (settings, logging, `--db`, and the one
place a WhosaidError becomes a click error); each group of commands lives in
its own module and registers itself on `main` when imported here.
"""
from bot.cli import demo_cmd, extract_cmd, slack_cmds, store_cmds
from bot.cli.base import main

__all__ = ["main", "demo_cmd", "extract_cmd", "slack_cmds", "store_cmds"]
