"""Slack listeners: the only code that touches Slack payloads.

Each module has `register(app)` and plain callback functions (tests call them
directly with small payload dicts and `context={"deps": Deps(...)}`).
"""
from __future__ import annotations

import logging
import re

from handlers import commands, home, installs, mentions, messages, shortcuts
from handlers.common import Deps

log = logging.getLogger("whosaid.handlers")

MODULES = (messages, mentions, commands, shortcuts, home, installs)

__all__ = ["Deps", "register_all", "MODULES"]


def on_any_other_event(body: dict) -> None:
    """Every other event is acknowledged with 200 (Bolt would answer 404 for unhandled ones)."""
    log.debug("unhandled event %s", (body.get("event") or {}).get("type"))


def register_all(app) -> None:
    for module in MODULES:
        module.register(app)
    # Last: Bolt runs the first matching listener, so this only sees what nobody else wanted.
    app.event(re.compile(r".*"))(on_any_other_event)
