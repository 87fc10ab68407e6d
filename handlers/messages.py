"""Messages in channels the bot is in: links and pasted articles become extraction jobs.

The listener only filters, dedupes and queues (well inside Slack's 3-second
ack); `bot.worker` does the reading and replies in the thread.

A deleted message (`message_deleted`), or one edited into something else (`message_changed` whose new text is no
longer an article, or no longer links the article), loses its link to the article; an article nothing else links
any more is deleted with its claims (`store.unlink_message`).
"""
from __future__ import annotations

import logging
from typing import Any

from bot.article import article_id
from handlers.common import deps_of, enqueue_extraction, listen, message_target, workspace_of

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
    if event.get("subtype") in ("message_deleted", "message_changed"):
        on_message_gone_or_changed(deps, event)
        return
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
    team, enterprise = workspace_of(context, body)
    event_id = body.get("event_id")
    delivery_keys = ((f"event:{event_id}",) if event_id else ()) + (f"msg:{channel}:{ts}",)
    # A reply also sent to the channel (thread_broadcast) is answered in its own thread.
    thread_ts = event.get("thread_ts") or ts
    enqueue_extraction(deps, channel=channel, ts=ts, thread_ts=thread_ts, user=event.get("user"), target=target,
                       trigger="message", dedupe_key=f"{channel}:{ts}", client=client,
                       delivery_keys=delivery_keys, team_id=team, enterprise_id=enterprise,
                       channel_type=event.get("channel_type"))


def on_message_gone_or_changed(deps: Any, event: dict) -> None:
    """Unlink a deleted message from its articles, or an edited one from the articles it no longer carries."""
    channel = event.get("channel")
    if event.get("subtype") == "message_deleted":
        ts = event.get("deleted_ts") or (event.get("previous_message") or {}).get("ts")
        keep: tuple[str, ...] = ()
    else:
        new = event.get("message") or {}
        ts = new.get("ts")
        target = message_target(new, deps.settings)
        if target is not None and not target["urls"]:
            return  # still reads as a pasted article: the edited text keeps its article
        keep = tuple(article_id(url=u) for u in (target or {}).get("urls", ()))
    if not channel or not ts:
        return
    report = deps.store.unlink_message(channel, ts, keep=keep)
    if not report.empty:
        log.info("message %s:%s %s: %d link(s) removed, %d article(s) deleted", channel, ts,
                 "deleted" if event.get("subtype") == "message_deleted" else "edited", report.messages,
                 len(report.articles))


def register(app) -> None:
    listen(app, "event", "message", on_message)
