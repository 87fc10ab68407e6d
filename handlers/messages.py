"""Messages in channels the bot is in: links and pasted articles become extraction jobs.

The listener only filters, dedupes and queues (well inside Slack's 3-second
ack); `bot.worker` does the reading and replies in the thread.
"""
from __future__ import annotations

import logging
from typing import Any

from handlers.common import deps_of, enqueue_extraction, listen, message_target

log = logging.getLogger("whosaid.handlers.messages")

# Message subtypes that are a person posting something new; everything else
# (edits, deletions, joins, bot messages, channel topic changes...) is ignored.
ACCEPTED_SUBTYPES = {None, "file_share", "thread_broadcast"}


def should_ignore(event: dict, *, bot_user_id: str | None = None) -> str | None:
    """Why this message event is not for us (None if it is)."""
    if event.get("subtype") not in ACCEPTED_SUBTYPES:
        return f"subtype {event.get('subtype')}"
    if event.get("bot_id") or event.get("bot_profile") or (bot_user_id and event.get("user") == bot_user_id):
        return "bot message"
    if not event.get("user"):
        return "no user"
    thread_ts = event.get("thread_ts")
    if thread_ts and thread_ts != event.get("ts") and event.get("subtype") != "thread_broadcast":
        return "thread reply"
    if event.get("channel_type") == "im":
        return "direct message"
    return None


def on_message(event: dict, body: dict, context: Any, client: Any = None) -> None:
    """`message` events (message.channels / message.groups): queue articles, ignore the rest."""
    deps = deps_of(context)
    bot_user_id = context.get("bot_user_id") if hasattr(context, "get") else None
    why = should_ignore(event, bot_user_id=bot_user_id)
    if why:
        log.debug("ignoring message: %s", why)
        return
    channel, ts = event.get("channel"), event.get("ts")
    if not channel or not ts or not deps.settings.watches(channel):
        return
    target = message_target(event, deps.settings)
    if target is None:
        return  # chatter
    event_id = body.get("event_id")
    delivery_keys = ((f"event:{event_id}",) if event_id else ()) + (f"msg:{channel}:{ts}",)
    # A reply also sent to the channel (thread_broadcast) is answered in its own thread.
    thread_ts = event.get("thread_ts") or ts
    enqueue_extraction(deps, channel=channel, ts=ts, thread_ts=thread_ts, user=event.get("user"), target=target,
                       trigger="message", dedupe_key=f"{channel}:{ts}", client=client,
                       delivery_keys=delivery_keys)


def register(app) -> None:
    listen(app, "event", "message", on_message)
