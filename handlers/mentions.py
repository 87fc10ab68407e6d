"""@whosaid mentions: in a thread, run on the thread's first message; otherwise on the message itself."""
from __future__ import annotations

import logging
from typing import Any

from bot.slack.render import HELP_TEXT
from handlers.common import deps_of, enqueue_extraction, listen, message_target, workspace_of

log = logging.getLogger("whosaid.handlers.mentions")


def fetch_parent(client: Any, channel: str, thread_ts: str) -> dict | None:
    """The first message of a thread (conversations.replies, falling back to conversations.history)."""
    try:
        resp = client.conversations_replies(channel=channel, ts=thread_ts, limit=1, inclusive=True)
        for m in resp.get("messages") or []:
            if m.get("ts") == thread_ts:
                return m
    except Exception as e:  # noqa: BLE001 - logged; falls back to conversations.history below
        log.info("conversations.replies failed: %s", e)
    try:
        resp = client.conversations_history(channel=channel, latest=thread_ts, oldest=thread_ts, inclusive=True, limit=1)
        for m in resp.get("messages") or []:
            if m.get("ts") == thread_ts:
                return m
    except Exception as e:  # noqa: BLE001 - logged; the caller answers with help instead
        log.info("conversations.history failed: %s", e)
    return None


def on_mention(event: dict, body: dict, client: Any, context: Any) -> None:
    deps = deps_of(context)
    channel, ts, user = event.get("channel"), event.get("ts"), event.get("user")
    if not channel or not ts or event.get("bot_id"):
        return
    team, enterprise = workspace_of(context, body)
    event_id = body.get("event_id")
    event_keys = (f"event:{event_id}",) if event_id else ()

    def answer(thread: str, text: str) -> None:  # a direct answer, deduped on the event like the jobs are
        if all(deps.store.first_delivery(k) for k in event_keys):
            _say(client, channel, thread, user, text)

    thread_ts = event.get("thread_ts")
    if thread_ts and thread_ts != ts:
        parent = fetch_parent(client, channel, thread_ts)
        target = message_target(parent, deps.settings, explicit=True) if parent else None
        if target is None:
            answer(thread_ts, "I couldn't find an article or a link in this thread's first message.")
            return
        enqueue_extraction(deps, channel=channel, ts=thread_ts, thread_ts=thread_ts, user=user, target=target,
                           trigger="mention", dedupe_key=f"mention:{channel}:{ts}", react_ts=ts, client=client,
                           delivery_keys=event_keys, team_id=team, enterprise_id=enterprise)
        return
    # Top level: the mention itself may carry the article (the message listener dedupes on channel+ts).
    target = message_target(event, deps.settings, explicit=True)
    has_article = target is not None and (target["urls"] or len(target["text"]) >= deps.settings.min_article_chars)
    if not has_article:
        answer(ts, HELP_TEXT)
        return
    enqueue_extraction(deps, channel=channel, ts=ts, thread_ts=ts, user=user, target=target,
                       trigger="mention", dedupe_key=f"{channel}:{ts}", client=client,
                       delivery_keys=event_keys + (f"msg:{channel}:{ts}",), team_id=team, enterprise_id=enterprise)


def _say(client: Any, channel: str, thread_ts: str, user: str | None, text: str) -> None:
    try:
        if user:
            client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text)
        else:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
    except Exception as e:  # noqa: BLE001 - logged; answering a mention is best effort
        log.info("could not answer a mention: %s", e)


def register(app) -> None:
    listen(app, "event", "app_mention", on_mention)
