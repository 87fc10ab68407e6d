"""Requests no other listener took: acknowledged (so Slack shows the user no error) and logged.

A stale button from an old message, a shortcut or modal removed from the app, a
view closed: Bolt would answer 404 over HTTP and send no ack in Socket Mode, and
Slack would show the person an error. Registered last, so they only see what
nobody else wanted (Bolt runs the first matching listener).
"""
from __future__ import annotations

import logging
import re
from typing import Any

log = logging.getLogger("whosaid.handlers.unhandled")

_ANY = re.compile(r".*")


def _who(body: dict) -> str:
    return ((body.get("user") or {}).get("id") if isinstance(body.get("user"), dict) else body.get("user_id")) or "?"


def on_unknown_action(ack: Any, body: dict, action: dict | None = None) -> None:
    ack()
    log.info("acknowledged an unknown action %r (%s) from %s", (action or {}).get("action_id"),
             body.get("type"), _who(body))


def on_unknown_shortcut(ack: Any, body: dict) -> None:
    ack()
    log.info("acknowledged an unknown shortcut %r (%s) from %s", body.get("callback_id"), body.get("type"), _who(body))


def on_unknown_view(ack: Any, body: dict) -> None:
    ack()
    view = body.get("view") or {}
    log.info("acknowledged an unknown %s %r from %s", body.get("type"), view.get("callback_id"), _who(body))


def on_unknown_options(ack: Any, body: dict) -> None:
    ack(options=[])
    log.info("answered an unknown options request %r with no options", body.get("action_id"))


def on_any_other_event(body: dict) -> None:
    """Every other event is acknowledged (Bolt would answer 404 for unhandled ones)."""
    log.debug("unhandled event %s", (body.get("event") or {}).get("type"))


def register(app) -> None:
    app.event(_ANY)(on_any_other_event)
    app.action(_ANY)(on_unknown_action)
    app.shortcut(_ANY)(on_unknown_shortcut)
    app.view({"type": "view_submission", "callback_id": _ANY})(on_unknown_view)
    app.view_closed(_ANY)(on_unknown_view)
    app.options(_ANY)(on_unknown_options)
