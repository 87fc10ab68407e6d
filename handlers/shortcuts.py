"""Message shortcut "Who said what?": run the extractor on any message, reply in its thread."""
from __future__ import annotations

import logging
from typing import Any

from bot.slack.render import SHORTCUT_CALLBACK_ID
from handlers.common import deps_of, enqueue_extraction, listen, message_target, workspace_of

log = logging.getLogger("whosaid.handlers.shortcuts")


def on_message_shortcut(ack: Any, shortcut: dict, client: Any, context: Any, respond: Any = None) -> None:
    ack()
    deps = deps_of(context)
    message = shortcut.get("message") or {}
    channel = (shortcut.get("channel") or {}).get("id")
    ts = message.get("ts") or shortcut.get("message_ts")
    user = (shortcut.get("user") or {}).get("id")
    if not channel or not ts:
        return
    target = message_target(message, deps.settings, explicit=True)
    if target is None:
        _tell(respond, shortcut, "That message has no link or text I can read.")
        return
    team, enterprise = workspace_of(context, shortcut)
    trigger_id = shortcut.get("trigger_id") or f"{channel}:{ts}:{user}"
    enqueue_extraction(deps, channel=channel, ts=ts, thread_ts=message.get("thread_ts") or ts, user=user,
                       target=target, trigger="shortcut", dedupe_key=f"shortcut:{trigger_id}",
                       response_url=shortcut.get("response_url"), client=client,
                       delivery_keys=(f"shortcut:{trigger_id}",), team_id=team, enterprise_id=enterprise)


def _tell(respond: Any, body: dict, text: str) -> None:
    if respond is not None and body.get("response_url"):
        try:
            respond(response_type="ephemeral", text=text)
        except Exception:  # noqa: BLE001 - logged; the response_url may have expired
            log.info("could not answer the shortcut via response_url")


def register(app) -> None:
    listen(app, "shortcut", SHORTCUT_CALLBACK_ID, on_message_shortcut)
