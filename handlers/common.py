"""What every listener shares: the dependencies object, and reading Slack message text.

Listeners get their dependencies from Bolt's `context["deps"]` (a global
middleware in `bot.app.create_app` puts a `Deps` there), so each callback is a
plain function tests can call with a dict: `context={"deps": deps}`.
"""
from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from bot.claims.lexicon import ARTICLE_SIGNAL_WORDS
from bot.config import Settings
from bot.jobs import KIND, MAX_SOURCES, ExtractionJob
from bot.slack.access import Access
from bot.slack.files import readable_files
from bot.slack.receipts import Receipt, Receipts
from store import Viewer

log = logging.getLogger("whosaid.handlers")


@dataclass
class Deps:
    settings: Settings
    store: Any  # store.Store
    # Where deliveries are queued (`enqueue_delivery`): the store, or in HTTP mode's front door its inbox
    # (store.inbox.Inbox: a file of its own, moved into the store's job queue by the main process).
    queue: Any = None
    wake: Callable[[], None] = lambda: None  # nudge the worker pool: a job was queued
    quick_client: Any = None  # a WebClient without retries, for calls made before the ack
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    # The hourglass on a message a job was queued for: inline here; the app does it off the ack path.
    receipts: Any = field(default_factory=Receipts)  # bot.slack.receipts.Receipts (or the HTTP process's forwarder)
    access: Access = field(default_factory=Access)  # channel kinds and users' private memberships, cached
    workspaces: Any = None  # bot.slack.workspaces.Workspaces: installations (OAuth mode)

    def today(self) -> date:
        return self.clock().astimezone(ZoneInfo(self.settings.digest_tz)).date()

    def week_ago(self) -> date:
        return self.today() - timedelta(days=6)


def workspace_of(context: Any, body: dict | None) -> tuple[str | None, str | None]:
    """(team_id, enterprise_id) of a request: Bolt's context, else the payload (commands, events, actions)."""
    get = context.get if hasattr(context, "get") else (lambda k: None)
    body = body or {}
    team = (get("team_id") or body.get("team_id") or (body.get("team") or {}).get("id")
            or (body.get("user") or {}).get("team_id"))
    enterprise = get("enterprise_id") or body.get("enterprise_id") or (body.get("enterprise") or {}).get("id")
    return team or None, enterprise or None


def viewer_for(deps: Deps, client: Any, team_id: str | None, user: str | None, *,
               within: str | None = None) -> Viewer:
    """What `user` of workspace `team_id` may see (`within` a channel: what its members may see, too)."""
    if not team_id:
        log.warning("a request without a workspace id: answering from public operator sources only")
        return Viewer.nobody_in_particular()
    return deps.access.viewer(deps.quick_client or client, team_id, user, within=within)


def deps_of(context: Any) -> Deps:
    try:
        return context["deps"]
    except (KeyError, TypeError) as e:  # pragma: no cover - wiring error
        raise RuntimeError("whosaid listener called without context['deps'] (see bot.app.create_app)") from e


# --------------------------------------------------------------------------
# Slack message text

_LINK = re.compile(r"<((?:https?)://[^|>\s]+)(?:\|([^>]*))?>")
_MARKUP = re.compile(r"<([^>|]*)(?:\|([^>]*))?>")
_SKIP_HOSTS = ("slack.com", "giphy.com", "zoom.us", "meet.google.com")
_SKIP_EXT = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".mp4", ".mov", ".mp3", ".zip", ".ics")
_REPORTING = re.compile(r"\b(" + "|".join(map(re.escape, ARTICLE_SIGNAL_WORDS)) + r")\b", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”«»„]")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


def article_urls(text: str | None) -> list[str]:
    """Web links in a Slack message's text (Slack wraps them as <url> or <url|label>), in order, deduplicated."""
    urls: list[str] = []
    for m in _LINK.finditer(text or ""):
        url = html.unescape(m.group(1))
        try:
            parts = urlsplit(url)
        except ValueError:
            continue
        host = (parts.hostname or "").lower()
        if not host or any(host == h or host.endswith("." + h) for h in _SKIP_HOSTS):
            continue
        if parts.path.lower().endswith(_SKIP_EXT):
            continue
        if url not in urls:
            urls.append(url)
    return urls


def plain_text(text: str | None) -> str:
    """Slack mrkdwn as plain text: <url|label> → label (or url), <@U1> dropped, entities decoded."""

    def repl(m: re.Match) -> str:
        target, label = m.group(1), m.group(2)
        if target.startswith(("@", "!", "#")):
            return label or ""
        return label or target

    return html.unescape(_MARKUP.sub(repl, text or "")).strip()


def strip_mentions(text: str | None) -> str:
    return _MENTION.sub("", text or "").strip()


def looks_like_article(text: str, min_chars: int) -> bool:
    """Long enough, and has quote marks or reporting verbs: worth running the extractor on."""
    return len(text) >= min_chars and bool(_QUOTE_MARKS.search(text) or _REPORTING.search(text))


def message_target(message: dict, settings: Settings, *, explicit: bool = False) -> dict | None:
    """What to read for this message, or None if it is chatter.

    {'urls': [...], 'files': [SharedFile...], 'text': ..., 'skipped': N}: up to MAX_SOURCES links and readable
    files (snippets, .txt/.html/PDF), or the pasted text itself; `skipped` counts links left over.
    `explicit` (the user asked: shortcut / mention) skips the length heuristic.
    """
    raw = message.get("text") or ""
    files = readable_files(message)
    urls = article_urls(raw)
    text = plain_text(strip_mentions(raw)) if explicit else plain_text(raw)
    if looks_like_article(text, settings.min_article_chars) and not files:
        # A long article pasted (links around it or not): read the pasted text (no fetch needed).
        return {"urls": [], "files": [], "text": text, "skipped": 0}
    if urls or files:
        files = files[:MAX_SOURCES]
        urls_read = urls[:MAX_SOURCES - len(files)]
        return {"urls": urls_read, "files": files, "text": "", "skipped": len(urls) - len(urls_read)}
    if explicit:
        return {"urls": [], "files": [], "text": text, "skipped": 0} if text else None
    return None


def enqueue_extraction(deps: Deps, *, channel: str, ts: str, thread_ts: str, user: str | None, target: dict,
                       trigger: str, dedupe_key: str | None, react_ts: str | None = None,
                       response_url: str | None = None, client: Any = None,
                       delivery_keys: tuple[str, ...] = (), team_id: str | None = None,
                       enterprise_id: str | None = None, channel_type: str | None = None) -> int | None:
    """A durable job (the worker replies in the thread), then an hourglass on the message. Returns the job id.

    `delivery_keys` (Slack event id, channel+ts) are marked seen in the same transaction that queues the
    job, so a crash in between cannot make Slack's retry look like a duplicate. None: already handled.
    The job records the workspace and the kind of channel (the event's `channel_type`, else conversations.info,
    cached): they decide who may see the article.
    """
    react_ts = react_ts or ts
    quick = deps.quick_client or client
    kind = deps.access.channel_type(quick, channel, channel_type)
    job = ExtractionJob(channel=channel, ts=ts, thread_ts=thread_ts, user=user, react_ts=react_ts,
                        urls=tuple(target.get("urls", ())), text=target.get("text", ""), trigger=trigger,
                        response_url=response_url, files=tuple(target.get("files", ())),
                        skipped_links=target.get("skipped", 0), team_id=team_id, enterprise_id=enterprise_id,
                        channel_type=kind)
    job_id = (deps.queue or deps.store).enqueue_delivery(KIND, job.to_payload(), delivery_keys=delivery_keys,
                                                         dedupe_key=dedupe_key)
    if job_id is None:
        log.info("delivery %s already handled", dedupe_key or delivery_keys)
        return None
    deps.wake()
    deps.receipts.mark(Receipt(channel, react_ts, team_id, enterprise_id, queued=job_id), quick)
    return job_id


def listen(app: Any, kind: str, key: str, fn: Callable) -> None:
    """Register `fn` on the Bolt app and note it in `app.whosaid_listeners` (tests check the manifest against it)."""
    registry = getattr(app, "whosaid_listeners", None)
    if registry is None:
        registry = {}
        app.whosaid_listeners = registry
    if kind == "event":
        app.event(key)(fn)
    elif kind == "command":
        app.command(key)(fn)
    elif kind == "shortcut":
        app.shortcut(key)(fn)
    elif kind == "action":
        app.action(key)(fn)
    else:  # pragma: no cover
        raise ValueError(kind)
    registry[(kind, key)] = fn
