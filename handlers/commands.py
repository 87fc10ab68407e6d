"""The /whosaid slash command, and the "Share to channel" button on its answers.

Everything here reads from the local SQLite log, so the answer goes straight
into the ack (ephemeral): no extra Web API call, well inside 3 seconds.
"""
from __future__ import annotations

import logging
from typing import Any

from bot.errors import WhosaidError
from bot.slack.render import (
    SHARE_ACTION_ID,
    Message,
    escape,
    parse_share_value,
    render_check,
    render_digest,
    render_help,
    render_quote_hits,
    render_top_speakers,
    section,
)
from handlers.common import Deps, deps_of, listen, viewer_for, workspace_of
from store import Viewer

log = logging.getLogger("whosaid.handlers.commands")

COMMAND = "/whosaid"
MAX_NAME = 100
MAX_CHECK = 1000


def _note(text: str) -> Message:
    return Message(text=text, blocks=[section(text)])


def follow_answer(deps: Deps, user: str | None, team: str | None, text: str, viewer: Viewer) -> Message | None:
    """`/whosaid follow NAME`, `unfollow NAME`, `following` (None: not one of these). Only a speaker `viewer`
    (the user asking) may see quoted can be followed: a name quoted only in a private channel they are not in
    stays unknown to them."""
    verb, _, name = text.partition(" ")
    verb, name = verb.lower(), name.strip()[:MAX_NAME]
    if verb not in ("follow", "unfollow", "following"):
        return None
    if not user:
        return _note("I can't tell who is asking, so I can't keep a follow list for you.")
    store = deps.store
    if verb == "following":
        names = store.following(user)
        if not names:
            return _note("You follow no one yet: `/whosaid follow NAME`.")
        return _note("You follow: " + ", ".join(f"*{escape(n)}*" for n in names) + ".")
    if not name:
        return _note(f"Who? `/whosaid {verb} NAME`")
    if verb == "follow":
        match = store.follow(user, name, team_id=team, viewer=viewer)
        if match is None:
            return _note(f"I haven't logged anyone called {escape(name)} yet, so there is no one to follow.")
        return _note(f"You follow *{escape(match.name)}*: I'll send you a direct message when they are quoted in a "
                     "new article (one message per article).")
    gone = store.unfollow(user, name)
    return _note(f"You no longer follow *{escape(gone)}*." if gone else f"You don't follow {escape(name)}.")


def answer(deps: Deps, text: str, viewer: Viewer, *, shareable: bool = True,
           shared_by: str | None = None) -> Message:
    """The reply to `/whosaid <text>` for `viewer` (also used to re-render a shared answer)."""
    text = " ".join((text or "").split())
    word = text.lower()
    store = deps.store
    if word in ("", "help", "?", "-h", "--help"):
        return render_help()
    if word == "top":
        top = store.top_speakers(limit=10, since=deps.week_ago(), viewer=viewer)
        return render_top_speakers(top, period="this week", shareable=shareable, shared_by=shared_by)
    if word == "check" or word.startswith("check "):
        words = text[len("check"):].strip().strip("\"“”'‘’").strip()
        if not words:
            return Message(text="Give me the words to check: `/whosaid check \"words of a quote\"`",
                           blocks=[section("Give me the words to check: `/whosaid check \"words of a quote\"`")])
        return render_check(words, store.check(words[:MAX_CHECK], viewer=viewer))
    if word in ("digest", "today"):
        digest = store.digest(deps.today(), tz=deps.settings.digest_tz, viewer=viewer)
        return render_digest(digest, shareable=shareable, shared_by=shared_by)
    if word.startswith("search ") or word == "search":
        words = text[len("search"):].strip()[:MAX_NAME]
        if not words:
            return render_help()
        hits = store.search_quotes(words, limit=20, viewer=viewer)
        return render_quote_hits(words, hits, shareable=shareable, shared_by=shared_by, search=True)
    name = text[:MAX_NAME]
    hits = store.query_grouped(name, limit=20, viewer=viewer)
    suggestions: list[str] = []
    if not hits:
        try:
            suggestions = [m.name for m in store.find_speakers(name, viewer=viewer)]
        except WhosaidError:
            suggestions = []
    return render_quote_hits(name, hits, shareable=shareable, shared_by=shared_by, suggestions=suggestions)


def on_command(ack: Any, command: dict, context: Any, client: Any = None) -> None:
    """`/whosaid NAME | check "words" | follow NAME | unfollow NAME | following | top | search WORDS | digest |
    help` → an ephemeral answer, from what the user may see."""
    deps = deps_of(context)
    try:
        team, _ = workspace_of(context, command)
        user = command.get("user_id")
        viewer = viewer_for(deps, client, team, user)
        text = " ".join((command.get("text") or "").split())
        msg = follow_answer(deps, user, team, text, viewer) or answer(deps, text, viewer)
    except WhosaidError as e:
        msg = Message(text=e.user_message, blocks=[section(f":warning: {e.user_message}")])
    except Exception:  # noqa: BLE001 - never show a traceback in Slack
        log.exception("/whosaid %r failed", command.get("text"))
        msg = Message(text="Sorry, something went wrong looking that up. Please try again.",
                      blocks=[section(":warning: Sorry, something went wrong looking that up. Please try again.")])
    ack(response_type="ephemeral", text=msg.text, blocks=msg.blocks)


_CMD_TEXT = {"who": lambda arg: arg, "top": lambda arg: "top", "digest": lambda arg: "digest",
             "search": lambda arg: f"search {arg}"}


def on_share(ack: Any, body: dict, client: Any, context: Any, respond: Any = None) -> None:
    """The "Share to channel" button: post the same answer in the channel, attributed to who shared it.

    What is posted is re-read for what both the sharer and every member of the channel may see."""
    ack()
    deps = deps_of(context)
    action = (body.get("actions") or [{}])[0]
    cmd, arg = parse_share_value(action.get("value") or "")
    if cmd not in _CMD_TEXT:
        return
    user = (body.get("user") or {}).get("id")
    channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
    if not channel:
        return
    try:
        team, _ = workspace_of(context, body)
        viewer = viewer_for(deps, client, team, user, within=channel)
        msg = answer(deps, _CMD_TEXT[cmd](arg), viewer, shareable=False, shared_by=user)
        client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False, **msg.kwargs())
    except Exception as e:  # noqa: BLE001 - logged, and the user is told below
        log.warning("sharing /whosaid %s failed: %s", cmd, getattr(getattr(e, "response", None), "data", e))
        if respond is not None and body.get("response_url"):
            try:
                respond(response_type="ephemeral", replace_original=False,
                        text="I couldn't post that in this channel. Invite me first (`/invite @whosaid`) and try again.")
            except Exception as e2:  # noqa: BLE001 - the person already saw nothing posted; log why
                log.warning("could not tell the user sharing failed: %s", type(e2).__name__)
        return
    if respond is not None and body.get("response_url"):
        try:
            respond(delete_original=True)
        except Exception as e:  # noqa: BLE001 - the shared post is out; a stale ephemeral is harmless
            log.info("could not remove the ephemeral answer after sharing: %s", type(e).__name__)


def register(app) -> None:
    listen(app, "command", COMMAND, on_command)
    listen(app, "action", SHARE_ACTION_ID, on_share)
