"""The `whosaid` command line: a thin wrapper over the library.

`bot.cli.base` holds the `main` group (settings, logging, `--db`, and the one
place a WhosaidError becomes a click error); each group of commands lives in
its own module and registers itself on `main` when imported here.
"""
from bot.cli import backfill_cmd, browse_cmd, demo_cmd, extract_cmd, feeds_cmds, privacy_cmds, slack_cmds, store_cmds
from bot.cli.base import main

__all__ = ["main", "backfill_cmd", "browse_cmd", "demo_cmd", "extract_cmd", "feeds_cmds", "privacy_cmds", "slack_cmds",
           "store_cmds"]
