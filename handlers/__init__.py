"""Slack listeners: the only code that touches Slack payloads.

Each module has `register(app)` and plain callback functions (tests call them
directly with small payload dicts and `context={"deps": Deps(...)}`).
"""
from __future__ import annotations

import logging

from handlers import commands, home, installs, mentions, messages, shortcuts, show_all, unhandled
from handlers.common import Deps

log = logging.getLogger("whosaid.handlers")

MODULES = (messages, mentions, commands, shortcuts, home, show_all, installs)

__all__ = ["Deps", "register_all", "MODULES"]


def register_all(app) -> None:
    for module in MODULES:
        module.register(app)
    # Last: Bolt runs the first matching listener, so these only see what nobody else wanted.
    unhandled.register(app)
