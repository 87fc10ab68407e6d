"""Build signed Slack requests, as Slack would send them to the app's HTTP endpoint.

Used by `whosaid demo`, the end-to-end tests and the load bench. The payload
builders return plain dicts/strings; :func:`signed_headers` adds
``X-Slack-Request-Timestamp`` and ``X-Slack-Signature`` (computed with
``slack_sdk.signature.SignatureVerifier.generate_signature``), and
:class:`SignedPoster` POSTs them over loopback and times the acknowledgement.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from slack_sdk.signature import SignatureVerifier

TEAM_ID = "T0STANDIN"
API_APP_ID = "A0WHOSAID"
BOT_USER_ID = "U0WHOSAID"
DEFAULT_USER = "U0REPORTER"
DEFAULT_CHANNEL = "C0NEWSROOM"

_event_ids = itertools.count(1)
_ev_lock = threading.Lock()


def new_event_id() -> str:
    with _ev_lock:
        return f"Ev{next(_event_ids):08d}{uuid.uuid4().hex[:6].upper()}"


def signed_headers(signing_secret: str, body: str | bytes, *, timestamp: int | None = None,
                   content_type: str = "application/json") -> dict[str, str]:
    """Headers Slack sends with a request: content type, timestamp and v0 signature of ``body``."""
    ts = str(int(time.time()) if timestamp is None else int(timestamp))
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    sig = SignatureVerifier(signing_secret).generate_signature(timestamp=ts, body=text)
    return {"Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}


# ---------------------------------------------------------------- payloads
def message_event(text: str, *, channel: str = DEFAULT_CHANNEL, ts: str | None = None, user: str = DEFAULT_USER,
                  thread_ts: str | None = None, subtype: str | None = None, channel_type: str = "channel",
                  **extra: Any) -> dict[str, Any]:
    """A ``message`` event as found in ``event_callback.event``."""
    ts = ts or f"{time.time():.6f}"
    ev: dict[str, Any] = {"type": "message", "channel": channel, "user": user, "text": text, "ts": ts,
                          "event_ts": ts, "channel_type": channel_type}
    if thread_ts:
        ev["thread_ts"] = thread_ts
    if subtype:
        ev["subtype"] = subtype
    ev.update(extra)
    return ev


def app_mention_event(text: str, *, channel: str = DEFAULT_CHANNEL, ts: str | None = None, user: str = DEFAULT_USER,
                      thread_ts: str | None = None, **extra: Any) -> dict[str, Any]:
    ev = message_event(text if "<@" in text else f"<@{BOT_USER_ID}> {text}", channel=channel, ts=ts, user=user,
                       thread_ts=thread_ts, **extra)
    ev["type"] = "app_mention"
    ev.pop("channel_type", None)
    return ev


def event_callback(event: dict[str, Any], *, event_id: str | None = None, team_id: str = TEAM_ID,
                   api_app_id: str = API_APP_ID, event_time: int | None = None) -> dict[str, Any]:
    """Wrap an event in the Events API ``event_callback`` envelope."""
    return {
        "token": "legacy-verification-token-unused",
        "team_id": team_id,
        "api_app_id": api_app_id,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or new_event_id(),
        "event_time": int(time.time()) if event_time is None else event_time,
        "authorizations": [{"enterprise_id": None, "team_id": team_id, "user_id": BOT_USER_ID, "is_bot": True,
                            "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
        "event_context": f"4-{uuid.uuid4().hex[:16]}",
    }


def slash_command_form(command: str, text: str, *, response_url: str, channel: str = DEFAULT_CHANNEL,
                       user: str = DEFAULT_USER, team_id: str = TEAM_ID, api_app_id: str = API_APP_ID,
                       trigger_id: str | None = None) -> str:
    """The form-encoded body of a slash command invocation."""
    return urlencode({
        "token": "legacy-verification-token-unused", "team_id": team_id, "team_domain": "standin",
        "channel_id": channel, "channel_name": "newsroom", "user_id": user, "user_name": "reporter",
        "command": command, "text": text, "api_app_id": api_app_id, "is_enterprise_install": "false",
        "response_url": response_url, "trigger_id": trigger_id or f"{int(time.time())}.{uuid.uuid4().hex[:10]}",
    })


def block_actions_payload(action_id: str, *, value: str = "", block_id: str = "b", channel: str = DEFAULT_CHANNEL,
                          message_ts: str | None = None, user: str = DEFAULT_USER, response_url: str | None = None,
                          team_id: str = TEAM_ID, api_app_id: str = API_APP_ID) -> dict[str, Any]:
    """An interactive ``block_actions`` payload (a button click in a message)."""
    p: dict[str, Any] = {
        "type": "block_actions", "team": {"id": team_id, "domain": "standin"},
        "user": {"id": user, "username": "reporter", "team_id": team_id}, "api_app_id": api_app_id,
        "token": "legacy-verification-token-unused", "trigger_id": f"{int(time.time())}.{uuid.uuid4().hex[:10]}",
        "channel": {"id": channel, "name": "newsroom"},
        "actions": [{"type": "button", "action_id": action_id, "block_id": block_id, "value": value,
                     "action_ts": f"{time.time():.6f}", "text": {"type": "plain_text", "text": action_id}}],
    }
    if message_ts:
        p["container"] = {"type": "message", "message_ts": message_ts, "channel_id": channel, "is_ephemeral": False}
        p["message"] = {"type": "message", "ts": message_ts, "text": "", "user": BOT_USER_ID}
    if response_url:
        p["response_url"] = response_url
    return p


def message_shortcut_payload(callback_id: str, *, message: dict[str, Any], channel: str = DEFAULT_CHANNEL,
                             user: str = DEFAULT_USER, response_url: str | None = None, team_id: str = TEAM_ID
                             ) -> dict[str, Any]:
    """A message shortcut (``message_action``) payload on ``message``."""
    return {
        "type": "message_action", "callback_id": callback_id, "token": "legacy-verification-token-unused",
        "action_ts": f"{time.time():.6f}", "team": {"id": team_id, "domain": "standin"},
        "user": {"id": user, "name": "reporter"}, "channel": {"id": channel, "name": "newsroom"},
        "message": message, "message_ts": message.get("ts"), "trigger_id": f"{int(time.time())}.{uuid.uuid4().hex[:10]}",
        "response_url": response_url or "",
    }


def global_shortcut_payload(callback_id: str, *, user: str = DEFAULT_USER, team_id: str = TEAM_ID) -> dict[str, Any]:
    return {"type": "shortcut", "callback_id": callback_id, "token": "legacy-verification-token-unused",
            "action_ts": f"{time.time():.6f}", "team": {"id": team_id, "domain": "standin"},
            "user": {"id": user, "username": "reporter", "team_id": team_id},
            "trigger_id": f"{int(time.time())}.{uuid.uuid4().hex[:10]}"}


def interactive_form(payload: dict[str, Any]) -> str:
    """Interactive payloads travel as ``payload=<json>`` form bodies."""
    return urlencode({"payload": json.dumps(payload)})


# ---------------------------------------------------------------- sending
@dataclass
class Ack:
    status: int
    body: str
    headers: dict[str, str]
    seconds: float  # time from send to full response

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


class SignedPoster:
    """POST signed requests to the app's endpoint (e.g. ``http://127.0.0.1:PORT/slack/events``)."""

    def __init__(self, url: str, signing_secret: str, *, timeout: float = 10.0):
        self.url = url
        self.signing_secret = signing_secret
        self.timeout = timeout

    def post_raw(self, body: str | bytes, headers: dict[str, str]) -> Ack:
        data = body.encode("utf-8") if isinstance(body, str) else body
        req = urllib.request.Request(self.url, data=data, method="POST", headers=headers)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never via a proxy
        t0 = time.perf_counter()
        try:
            with opener.open(req, timeout=self.timeout) as resp:
                text = resp.read().decode("utf-8", "replace")
                return Ack(resp.status, text, dict(resp.headers.items()), time.perf_counter() - t0)
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            return Ack(e.code, text, dict(e.headers.items()), time.perf_counter() - t0)

    def post(self, body: str, *, content_type: str, timestamp: int | None = None, secret: str | None = None,
             extra_headers: dict[str, str] | None = None) -> Ack:
        headers = signed_headers(secret or self.signing_secret, body, timestamp=timestamp, content_type=content_type)
        headers.update(extra_headers or {})
        return self.post_raw(body, headers)

    def event(self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None,
              retry_reason: str = "http_timeout", timestamp: int | None = None, secret: str | None = None,
              team_id: str = TEAM_ID) -> Ack:
        """Deliver one Events API event from workspace ``team_id`` (optionally as Slack's retry ``retry_num``)."""
        return self.envelope(event_callback(event, event_id=event_id, team_id=team_id), retry_num=retry_num,
                             retry_reason=retry_reason, timestamp=timestamp, secret=secret)

    def envelope(self, envelope: dict[str, Any], *, retry_num: int | None = None, retry_reason: str = "http_timeout",
                 timestamp: int | None = None, secret: str | None = None) -> Ack:
        extra = {}
        if retry_num:
            extra = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": retry_reason}
        return self.post(json.dumps(envelope), content_type="application/json", timestamp=timestamp, secret=secret,
                         extra_headers=extra)

    def command(self, command: str, text: str, *, response_url: str, **kw: Any) -> Ack:
        return self.post(slash_command_form(command, text, response_url=response_url, **kw),
                         content_type="application/x-www-form-urlencoded")

    def interactive(self, payload: dict[str, Any]) -> Ack:
        return self.post(interactive_form(payload), content_type="application/x-www-form-urlencoded")
