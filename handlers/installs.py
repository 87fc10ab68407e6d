"""The app leaving a workspace: `app_uninstalled` and `tokens_revoked` delete that workspace's installation.

Its articles and claims stay (they are the operator's log) until `whosaid forget --team T`; nothing of them is
shown anywhere else in the meantime (the store only shows a workspace's claims to that workspace's users).
"""
from __future__ import annotations

import logging
from typing import Any

from handlers.common import deps_of, listen

log = logging.getLogger("whosaid.handlers.installs")


def _where(body: dict, context: Any) -> tuple[str | None, str | None]:
    team = (context.get("team_id") if hasattr(context, "get") else None) or body.get("team_id")
    enterprise = (context.get("enterprise_id") if hasattr(context, "get") else None) or body.get("enterprise_id")
    return team, enterprise


def on_app_uninstalled(body: dict, context: Any) -> None:
    deps = deps_of(context)
    team, enterprise = _where(body, context)
    if deps.workspaces.forget_installation(team, enterprise):
        log.info("app uninstalled from workspace %s; its log stays until `whosaid forget --team %s`", team, team)
    else:
        log.warning("app uninstalled from workspace %s (single-workspace mode: remove SLACK_BOT_TOKEN)", team)


def on_tokens_revoked(event: dict, body: dict, context: Any) -> None:
    deps = deps_of(context)
    team, enterprise = _where(body, context)
    tokens = event.get("tokens") or {}
    if not tokens.get("bot"):
        log.info("user tokens revoked in workspace %s: whosaid holds none", team)
        return
    if deps.workspaces.forget_installation(team, enterprise):
        log.info("bot token of workspace %s revoked; installation deleted", team)
    else:
        log.warning("bot token of workspace %s revoked (single-workspace mode: SLACK_BOT_TOKEN no longer works)",
                    team)


def register(app) -> None:
    listen(app, "event", "app_uninstalled", on_app_uninstalled)
    listen(app, "event", "tokens_revoked", on_tokens_revoked)
