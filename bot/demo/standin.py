"""A small local stand-in for the Slack Web API, for `whosaid demo`, the end-to-end tests and the load bench.

It is a threaded HTTP server bound to 127.0.0.1 (port 0 picks a free port) that
speaks just enough of the Web API for the app:

* ``auth.test``, ``chat.postMessage`` (answers a fresh, increasing ``ts``),
  ``chat.postEphemeral``, ``chat.update``, ``chat.getPermalink``,
  ``reactions.add``/``reactions.remove``, ``views.publish``,
  ``conversations.replies``/``conversations.history`` (served from messages the
  caller registered with :meth:`SlackStandIn.add_message`, plus everything the
  app posted), ``users.info``, ``conversations.info`` and ``users.conversations``
  (from channels registered with :meth:`SlackStandIn.add_channel`, paginated),
  ``oauth.v2.access`` (codes registered with :meth:`SlackStandIn.add_oauth_code`,
  checked against the client id and secret), and a catch-all that answers ``{"ok": true}``;
* ``response_url`` POSTs (slash-command responses) at ``/response/<id>``,
  recorded as method ``"response_url"``.

Every call is recorded (method, parsed form/JSON/multipart params, headers
without ``Authorization``, and ``team``: the workspace whose token was used, never
the token) in a thread-safe list; :meth:`calls` and :meth:`wait_for` read it.
The bearer token is checked: a wrong one gets ``invalid_auth``, a missing one
``not_authed`` (as Slack does, with HTTP 200). Several workspaces:
:meth:`add_team` gives another team its own bot token.

Fault injection, per method (``"files.download"`` for the file host): :meth:`fail` (answer ``status`` — 429 with
``Retry-After`` or 5xx — for the next ``times`` calls, or for every call; or,
with ``error=``, Slack's own kind of failure: HTTP 200 and
``{"ok": false, "error": ...}``), :meth:`hang` (sleep before answering), and a
global ``latency``.

Use it as a context manager, or ``start()`` / ``close()``; ``base_url`` ends
with ``/`` as slack_sdk's ``WebClient(base_url=...)`` needs.
"""
from __future__ import annotations

import argparse
import base64
import email.parser
import email.policy
import itertools
import json
import logging
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable
from urllib.parse import parse_qsl, urlsplit

log = logging.getLogger(__name__)

DEFAULT_TOKEN = "xoxb-standin-token"
TEAM_ID = "T0STANDIN"
BOT_USER_ID = "U0WHOSAID"
BOT_ID = "B0WHOSAID"
RESPONSE_URL_METHOD = "response_url"


@dataclass
class Call:
    """One request the stand-in received."""

    method: str  # e.g. "chat.postMessage", or "response_url"
    params: dict[str, Any]  # parsed JSON body, or form/multipart/query fields
    headers: dict[str, str]  # lower-cased names; Authorization removed
    status: int = 200  # HTTP status the stand-in answered
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)
    path: str = ""
    team: str | None = None  # the workspace whose bot token made the call

    @property
    def ok(self) -> bool:
        return self.status == 200 and bool(self.response.get("ok"))

    def get(self, key: str, default: Any = None) -> Any:
        return self.params.get(key, default)

    def text_blob(self) -> str:
        """Everything user-visible this call carried (text, blocks, attachments, view), as one string."""
        parts = []
        for key in ("text", "blocks", "attachments", "view", "replace_original", "markdown_text"):
            v = self.params.get(key)
            if v is None:
                continue
            parts.append(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False))
        return "\n".join(parts)


@dataclass
class _Fault:
    status: int | None = None  # HTTP status to answer instead of serving
    retry_after: int | None = None
    hang_s: float = 0.0
    remaining: int | None = None  # None: forever
    error: str | None = None  # the "error" of the ok:false body (default: by status)


class SlackStandIn:
    """A local Slack Web API stand-in. Thread-safe; all traffic stays on 127.0.0.1."""

    def __init__(self, *, token: str = DEFAULT_TOKEN, host: str = "127.0.0.1", port: int = 0,
                 latency: float = 0.0, team_id: str = TEAM_ID, bot_user_id: str = BOT_USER_ID,
                 check_token: bool = True):
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the Slack stand-in only listens on loopback")
        self.token = token
        self.host = host
        self.port = port
        self.latency = latency
        self.team_id = team_id
        self.bot_user_id = bot_user_id
        self.check_token = check_token
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._calls: list[Call] = []
        self._faults: dict[str, list[_Fault]] = {}
        self._messages: dict[str, list[dict[str, Any]]] = {}  # channel -> messages
        self._users: dict[str, dict[str, Any]] = {}
        self._tokens: dict[str, str] = {token: team_id}  # bot token -> its workspace
        self._channels: dict[str, dict[str, Any]] = {}  # channel id -> {"kind", "members", "team"}
        self._codes: dict[str, dict[str, Any]] = {}  # OAuth code -> the installation it grants
        self._routes: dict[str, Callable[[dict[str, Any], str], dict[str, Any]]] = {}
        self._files: dict[str, tuple[str, bytes, str | None]] = {}  # path -> (content type, body, redirect)
        self._file_ids = itertools.count(1)
        self._ts_counter = itertools.count(1)
        self._ts_base = int(time.time())
        self._response_ids = itertools.count(1)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "SlackStandIn":
        if self._server is not None:
            return self
        standin = self

        class Handler(_Handler):
            pass

        Handler.standin = standin
        server = ThreadingHTTPServer((self.host, self.port), Handler)
        server.daemon_threads = True
        server.block_on_close = False
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="slack-standin", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> "SlackStandIn":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The Web API base URL, with the trailing slash slack_sdk needs."""
        return f"{self.url}/api/"

    def new_response_url(self, ident: str | None = None) -> str:
        """A fresh ``response_url`` (for slash commands / interactions) served by this stand-in."""
        ident = ident or f"R{next(self._response_ids):06d}"
        return f"{self.url}/response/{ident}"

    # ------------------------------------------------------------------ data
    def next_ts(self) -> str:
        """A fresh message ts, strictly increasing, shaped like Slack's ("1700000000.000123")."""
        with self._lock:
            return self._next_ts_locked()

    def _next_ts_locked(self) -> str:
        n = next(self._ts_counter)
        return f"{self._ts_base + n // 1_000_000}.{n % 1_000_000:06d}"

    def add_message(self, channel: str, text: str, *, ts: str | None = None, thread_ts: str | None = None,
                    user: str = "U0REPORTER", **extra: Any) -> dict[str, Any]:
        """Register a message so conversations.replies / .history can serve it; returns the message."""
        with self._lock:
            msg = {"type": "message", "user": user, "text": text, "ts": ts or self._next_ts_locked()}
            if thread_ts:
                msg["thread_ts"] = thread_ts
            msg.update(extra)
            self._messages.setdefault(channel, []).append(msg)
            return dict(msg)

    def add_user(self, user_id: str, name: str, *, real_name: str | None = None, **extra: Any) -> None:
        with self._lock:
            self._users[user_id] = {
                "id": user_id, "team_id": self.team_id, "name": name, "real_name": real_name or name,
                "tz": "UTC", "is_bot": False,
                "profile": {"display_name": name, "real_name": real_name or name}, **extra,
            }

    def add_team(self, team_id: str, token: str) -> None:
        """Another workspace, whose bot token is `token`."""
        with self._lock:
            self._tokens[token] = team_id

    def revoke(self, token: str) -> None:
        """The token stops working (``invalid_auth``), as after an uninstall."""
        with self._lock:
            self._tokens.pop(token, None)

    def add_channel(self, channel: str, kind: str = "public", members: tuple[str, ...] | list[str] = (), *,
                    team_id: str | None = None) -> None:
        """A conversation: `kind` public / private / mpim / im, with its `members` (user ids)."""
        if kind not in ("public", "private", "mpim", "im"):
            raise ValueError(kind)
        with self._lock:
            self._channels[channel] = {"kind": kind, "members": set(members), "team": team_id or self.team_id}

    def add_oauth_code(self, code: str, *, team_id: str, token: str, client_id: str, client_secret: str,
                       team_name: str = "Another Newsroom") -> None:
        """An OAuth `code` that oauth.v2.access exchanges (once) for `token`, a bot token of `team_id`."""
        with self._lock:
            self._codes[code] = {"team_id": team_id, "token": token, "client_id": client_id,
                                 "client_secret": client_secret, "team_name": team_name}

    def messages(self, channel: str) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(m) for m in self._messages.get(channel, [])]

    def add_file(self, name: str, body: bytes | str, *, mimetype: str = "text/plain", filetype: str = "text",
                 redirect_to: str | None = None, team: str | None = None) -> dict[str, Any]:
        """Host a file as Slack's file server does (the bot token of its workspace required; ``team``: the
        workspace it was shared in, default the stand-in's own); returns the Slack file object.

        ``redirect_to``: the download answers 302 to that URL instead (to test that the token stays behind).
        """
        data = body.encode("utf-8") if isinstance(body, str) else body
        fid = f"F{next(self._file_ids):08d}"
        path = f"/files-pri/{team or self.team_id}-{fid}/download/{name}"
        with self._lock:
            self._files[path] = (mimetype, data, redirect_to)
        return {"id": fid, "name": name, "title": name, "mimetype": mimetype, "filetype": filetype,
                "size": len(data), "mode": "snippet" if filetype == "text" else "hosted", "is_external": False,
                "url_private": f"{self.url}{path.replace('/download', '')}", "url_private_download": f"{self.url}{path}",
                "permalink": f"{self.url}/files/{fid}"}

    def route(self, method: str, fn: Callable[[dict[str, Any], str], dict[str, Any]]) -> None:
        """Serve ``method`` with ``fn(params, bearer_token)`` (it checks the token itself, e.g. an app-level one)."""
        with self._lock:
            self._routes[method] = fn

    # ------------------------------------------------------------------ faults
    def fail(self, method: str, *, status: int | None = None, times: int | None = 1, retry_after: int | None = None,
             error: str | None = None) -> None:
        """Answer HTTP ``status`` to the next ``times`` calls of ``method`` (``times=None``: all of them).

        ``status`` defaults to 500, or to 200 when ``error`` is given: ``fail("chat.postMessage",
        error="channel_not_found")`` answers ``{"ok": false, "error": "channel_not_found"}`` as Slack does.
        For 429 give ``retry_after`` (seconds; default 1), sent as the ``Retry-After`` header.
        ``method="*"`` applies to every method.
        """
        if status is None:
            status = 500 if error is None else 200
        if status == 429 and retry_after is None:
            retry_after = 1
        with self._lock:
            self._faults.setdefault(method, []).append(
                _Fault(status=status, retry_after=retry_after, remaining=times, error=error))

    def hang(self, method: str, seconds: float, *, times: int | None = 1) -> None:
        """Sleep ``seconds`` before answering the next ``times`` calls of ``method`` (then answer normally)."""
        with self._lock:
            self._faults.setdefault(method, []).append(_Fault(hang_s=seconds, remaining=times))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self.latency = 0.0

    def _take_fault(self, method: str) -> _Fault | None:
        with self._lock:
            for key in (method, "*"):
                queue = self._faults.get(key) or []
                while queue:
                    f = queue[0]
                    if f.remaining is None:
                        return f
                    if f.remaining > 0:
                        f.remaining -= 1
                        if f.remaining == 0:
                            queue.pop(0)
                        return f
                    queue.pop(0)
        return None

    # ------------------------------------------------------------------ recorded calls
    def calls(self, method: str | None = None) -> list[Call]:
        """Recorded calls, oldest first (all of them, or those of one method)."""
        with self._lock:
            return [c for c in self._calls if method is None or c.method == method]

    def ok_calls(self, method: str) -> list[Call]:
        """Calls of ``method`` the stand-in answered successfully (status 200, ok: true)."""
        return [c for c in self.calls(method) if c.ok]

    def posts(self, *, channel: str | None = None, thread_ts: str | None = None) -> list[Call]:
        """Successful chat.postMessage calls, optionally in one channel / thread."""
        return [c for c in self.ok_calls("chat.postMessage")
                if (channel is None or c.get("channel") == channel)
                and (thread_ts is None or str(c.get("thread_ts")) == thread_ts)]

    def responses(self) -> list[Call]:
        """Everything POSTed to a response_url."""
        return self.calls(RESPONSE_URL_METHOD)

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def wait_for(self, method: str, predicate: Callable[[Call], bool] | None = None, *, timeout: float = 10.0,
                 count: int = 1, ok_only: bool = True) -> list[Call]:
        """Wait until at least ``count`` recorded calls of ``method`` match ``predicate``; return them.

        Raises TimeoutError (listing what was seen) after ``timeout`` seconds.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [c for c in self._calls if c.method == method and (not ok_only or c.ok or method == RESPONSE_URL_METHOD)
                         and (predicate is None or predicate(c))]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = sorted({c.method for c in self._calls})
                    raise TimeoutError(f"stand-in: waited {timeout:.1f}s for {count} x {method}, "
                                       f"got {len(found)}; methods seen: {seen}")
                self._cond.wait(min(left, 0.2))

    def all_text(self) -> str:
        """Every user-visible text the app sent (messages, updates, ephemerals, views, responses)."""
        return "\n".join(c.text_blob() for c in self.calls())

    def _record(self, call: Call) -> None:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()

    # ------------------------------------------------------------------ API methods
    def _api(self, method: str, p: dict[str, Any], team: str | None = None) -> dict[str, Any]:
        if method in _TEAM_METHODS:
            return _TEAM_METHODS[method](self, p, team or self.team_id)
        fn = _METHODS.get(method)
        if fn is None:
            return {"ok": True}
        return fn(self, p)

    def _auth_test(self, p: dict[str, Any], team: str) -> dict[str, Any]:
        return {"ok": True, "url": f"{self.url}/", "team": "Stand-in Newsroom", "user": "whosaid",
                "team_id": team, "user_id": self.bot_user_id, "bot_id": BOT_ID, "is_enterprise_install": False}

    def _conversations_info(self, p: dict[str, Any], team: str) -> dict[str, Any]:
        channel = p.get("channel") or ""
        with self._lock:
            c = self._channels.get(channel)
        if c is None or c["team"] != team:
            return {"ok": False, "error": "channel_not_found"}
        kind = c["kind"]
        return {"ok": True, "channel": {"id": channel, "is_channel": kind in ("public", "private"),
                                        "is_group": False, "is_private": kind != "public", "is_im": kind == "im",
                                        "is_mpim": kind == "mpim", "context_team_id": team}}

    def _users_conversations(self, p: dict[str, Any], team: str) -> dict[str, Any]:
        user = p.get("user") or ""
        wanted = {t.strip() for t in str(p.get("types") or "public_channel").split(",")}
        slack_kind = {"public": "public_channel", "private": "private_channel", "mpim": "mpim", "im": "im"}
        with self._lock:
            ids = sorted(cid for cid, c in self._channels.items()
                         if c["team"] == team and user in c["members"] and slack_kind[c["kind"]] in wanted)
        start = int(p.get("cursor") or 0)
        limit = _as_int(p.get("limit"), 100)
        page = ids[start:start + limit]
        nxt = str(start + limit) if start + limit < len(ids) else ""
        return {"ok": True, "channels": [{"id": cid} for cid in page], "response_metadata": {"next_cursor": nxt}}

    def _oauth_v2_access(self, p: dict[str, Any], client_id: str, client_secret: str) -> dict[str, Any]:
        with self._lock:
            grant = self._codes.pop(str(p.get("code") or ""), None)
            if grant is None:
                return {"ok": False, "error": "invalid_code"}
            if (client_id, client_secret) != (grant["client_id"], grant["client_secret"]):
                return {"ok": False, "error": "invalid_client_id" if client_id != grant["client_id"]
                        else "bad_client_secret"}
            self._tokens[grant["token"]] = grant["team_id"]
        return {"ok": True, "app_id": "A0WHOSAID", "authed_user": {"id": "U0INSTALLER"},
                "scope": str(p.get("scope") or ""), "token_type": "bot", "access_token": grant["token"],
                "bot_user_id": self.bot_user_id, "team": {"id": grant["team_id"], "name": grant["team_name"]},
                "enterprise": None, "is_enterprise_install": False}

    def _post_message(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = p.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if not (p.get("text") or p.get("blocks") or p.get("attachments")):
            return {"ok": False, "error": "no_text"}
        with self._lock:
            ts = self._next_ts_locked()
            msg = {"type": "message", "user": self.bot_user_id, "bot_id": BOT_ID, "ts": ts, "text": p.get("text") or ""}
            if p.get("blocks"):
                msg["blocks"] = p["blocks"]
            if p.get("thread_ts"):
                msg["thread_ts"] = str(p["thread_ts"])
            if isinstance(p.get("metadata"), dict):
                msg["metadata"] = p["metadata"]
            self._messages.setdefault(channel, []).append(msg)
        return {"ok": True, "channel": channel, "ts": ts, "message": dict(msg)}

    def _post_ephemeral(self, p: dict[str, Any]) -> dict[str, Any]:
        return {"ok": True, "message_ts": self.next_ts()}

    def _update(self, p: dict[str, Any]) -> dict[str, Any]:
        channel, ts = p.get("channel"), str(p.get("ts") or "")
        with self._lock:
            for m in self._messages.get(channel, []):
                if m["ts"] == ts:
                    if "text" in p:
                        m["text"] = p["text"]
                    if "blocks" in p:
                        m["blocks"] = p["blocks"]
                    break
            else:
                return {"ok": False, "error": "message_not_found"}
        return {"ok": True, "channel": channel, "ts": ts, "text": p.get("text", "")}

    def _permalink(self, p: dict[str, Any]) -> dict[str, Any]:
        ts = str(p.get("message_ts") or "").replace(".", "")
        return {"ok": True, "channel": p.get("channel"), "permalink": f"{self.url}/archives/{p.get('channel')}/p{ts}"}

    def _replies(self, p: dict[str, Any]) -> dict[str, Any]:
        channel, ts = p.get("channel"), str(p.get("ts") or "")
        with self._lock:
            msgs = [dict(m) for m in self._messages.get(channel, [])
                    if m["ts"] == ts or m.get("thread_ts") == ts]
        if not msgs:
            return {"ok": False, "error": "thread_not_found"}
        msgs.sort(key=lambda m: (m["ts"] != ts, float(m["ts"])))
        if str(p.get("include_all_metadata", "")).lower() not in ("1", "true"):
            for m in msgs:  # as Slack does: message metadata only when asked for
                m.pop("metadata", None)
        limit = _as_int(p.get("limit"), 1000)
        return {"ok": True, "messages": msgs[:limit], "has_more": len(msgs) > limit,
                "response_metadata": {"next_cursor": ""}}

    def _history(self, p: dict[str, Any]) -> dict[str, Any]:
        channel = p.get("channel")
        inclusive = str(p.get("inclusive", "")).lower() in ("1", "true")
        latest = float(p["latest"]) if p.get("latest") else None
        oldest = float(p["oldest"]) if p.get("oldest") else None
        with self._lock:
            msgs = [dict(m) for m in self._messages.get(channel, []) if not m.get("thread_ts") or m.get("thread_ts") == m["ts"]]
        def keep(m: dict[str, Any]) -> bool:
            t = float(m["ts"])
            if latest is not None and (t > latest or (t == latest and not inclusive)):
                return False
            if oldest is not None and (t < oldest or (t == oldest and not inclusive)):
                return False
            return True
        msgs = sorted((m for m in msgs if keep(m)), key=lambda m: -float(m["ts"]))
        limit = _as_int(p.get("limit"), 100)
        return {"ok": True, "messages": msgs[:limit], "has_more": len(msgs) > limit,
                "response_metadata": {"next_cursor": ""}}

    def _users_info(self, p: dict[str, Any]) -> dict[str, Any]:
        uid = p.get("user") or ""
        with self._lock:
            user = self._users.get(uid)
        if user is None:
            user = {"id": uid, "team_id": self.team_id, "name": uid.lower(), "real_name": uid, "tz": "UTC",
                    "is_bot": uid == self.bot_user_id, "profile": {"display_name": uid.lower(), "real_name": uid}}
        return {"ok": True, "user": user}

    def _views_publish(self, p: dict[str, Any]) -> dict[str, Any]:
        view = p.get("view")
        if isinstance(view, str):
            try:
                view = json.loads(view)
            except ValueError:
                return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": {"id": "V0STANDIN", "type": (view or {}).get("type", "home"), **(view or {})}}


def _as_int(v: Any, default: int) -> int:
    try:
        return max(1, int(v))
    except (TypeError, ValueError):
        return default


#: Methods whose answer depends on the workspace of the token used.
_TEAM_METHODS: dict[str, Callable[[SlackStandIn, dict[str, Any], str], dict[str, Any]]] = {
    "auth.test": SlackStandIn._auth_test,
    "conversations.info": SlackStandIn._conversations_info,
    "users.conversations": SlackStandIn._users_conversations,
}

_METHODS: dict[str, Callable[[SlackStandIn, dict[str, Any]], dict[str, Any]]] = {
    "chat.postMessage": SlackStandIn._post_message,
    "chat.postEphemeral": SlackStandIn._post_ephemeral,
    "chat.update": SlackStandIn._update,
    "chat.getPermalink": SlackStandIn._permalink,
    "conversations.replies": SlackStandIn._replies,
    "conversations.history": SlackStandIn._history,
    "users.info": SlackStandIn._users_info,
    "views.publish": SlackStandIn._views_publish,
}


def _client_credentials(auth: str, params: dict[str, Any]) -> tuple[str, str]:
    """oauth.v2.access credentials: HTTP Basic auth (as slack_sdk sends them), else form fields."""
    if auth.startswith("Basic "):
        try:
            user, _, password = base64.b64decode(auth[len("Basic "):]).decode("utf-8").partition(":")
            return user, password
        except (ValueError, UnicodeDecodeError):
            return "", ""
    return str(params.get("client_id") or ""), str(params.get("client_secret") or "")


def _parse_body(content_type: str, raw: bytes) -> dict[str, Any]:
    ctype = content_type.split(";")[0].strip().lower()
    if not raw:
        return {}
    if ctype == "application/json":
        try:
            data = json.loads(raw.decode("utf-8"))
        except ValueError:
            return {"_raw": raw.decode("utf-8", "replace")}
        return data if isinstance(data, dict) else {"_json": data}
    if ctype == "multipart/form-data":
        msg = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + raw)
        out: dict[str, Any] = {}
        for part in msg.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not name:
                continue
            payload = part.get_payload(decode=True) or b""
            out[name] = payload.decode("utf-8", "replace") if part.get_filename() is None else f"<{len(payload)} bytes>"
        return out
    return dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))


def _decode_json_fields(params: dict[str, Any]) -> dict[str, Any]:
    """Form-encoded calls carry blocks/attachments/view as JSON strings: decode them for easy assertions."""
    for key in ("blocks", "attachments", "view", "metadata"):
        v = params.get(key)
        if isinstance(v, str) and v[:1] in "[{":
            try:
                params[key] = json.loads(v)
            except ValueError:
                pass
    return params


class _Handler(BaseHTTPRequestHandler):
    standin: SlackStandIn
    protocol_version = "HTTP/1.1"
    server_version = "SlackStandIn/1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
        log.debug("stand-in: " + format, *args)

    def _send(self, status: int, body: dict[str, Any] | str, headers: dict[str, str] | None = None) -> None:
        data = (body if isinstance(body, str) else json.dumps(body)).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8" if not isinstance(body, str) else "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _serve_file(self, path: str, headers: dict[str, str]) -> None:
        """Slack's file server: the file with a valid bot token, else a redirect to a sign-in page (as Slack does)."""
        s = self.standin
        auth = self.headers.get("Authorization", "")
        team = path.split("/")[2].split("-", 1)[0]  # /files-pri/T0TEAM-F0000001/download/name
        with s._lock:
            entry = s._files.get(path)
            authorized = s._tokens.get(auth.removeprefix("Bearer ").strip()) == team and auth.startswith("Bearer ")
        call = Call(method="files.download", params={"path": path, "authorized": authorized},
                    headers=headers, path=path)
        fault = s._take_fault("files.download")  # the file host down or slow: fail("files.download", status=503)
        if fault is not None and fault.hang_s:
            time.sleep(fault.hang_s)
        if fault is not None and fault.status:
            call.status = fault.status
            s._record(call)
            self._send(fault.status, "file host unavailable")
            return
        if entry is None:
            call.status = 404
            s._record(call)
            self._send(404, "not found")
            return
        mimetype, data, redirect = entry
        if redirect is not None:
            call.status = 302
            s._record(call)
            self._send(302, "", {"Location": redirect})
            return
        if not authorized:  # no token, or another workspace's
            call.status = 302
            s._record(call)
            self._send(302, "", {"Location": f"{s.url}/signin"})
            return
        s._record(call)
        self.send_response(200)
        self.send_header("Content-Type", mimetype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:  # noqa: N802 - http.server's method name
        self._handle()

    def do_POST(self) -> None:  # noqa: N802 - http.server's method name
        self._handle()

    def _handle(self) -> None:
        s = self.standin
        split = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        headers = {k.lower(): v for k, v in self.headers.items() if k.lower() != "authorization"}
        params = dict(parse_qsl(split.query, keep_blank_values=True))
        params.update(_parse_body(self.headers.get("Content-Type", ""), raw))
        form_token = str(params.pop("token", "") or "")  # never keep a token in the record
        _decode_json_fields(params)

        if split.path.startswith("/files-pri/"):
            self._serve_file(split.path, headers)
            return
        if split.path == "/signin":
            page = b"<!doctype html><html><head><title>Sign in | Slack</title></head><body>Sign in</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        if split.path.startswith("/response/"):
            method = RESPONSE_URL_METHOD
            params.setdefault("_response_id", split.path.rsplit("/", 1)[-1])
        elif split.path.startswith("/api/"):
            method = split.path[len("/api/"):].strip("/")
        else:
            call = Call(method="?", params=params, headers=headers, status=404, response={"ok": False}, path=split.path)
            s._record(call)
            self._send(404, {"ok": False, "error": "unknown_path"})
            return

        if s.latency:
            time.sleep(s.latency)
        fault = s._take_fault(method)
        if fault is not None and fault.hang_s:
            time.sleep(fault.hang_s)
        if fault is not None and fault.status:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            body = {"ok": False, "error": fault.error or ("ratelimited" if fault.status == 429 else "internal_error")}
            s._record(Call(method=method, params=params, headers=headers, status=fault.status, response=body, path=split.path))
            self._send(fault.status, body, extra)
            return

        if method == RESPONSE_URL_METHOD:
            s._record(Call(method=method, params=params, headers=headers, status=200, response={"ok": True}, path=split.path))
            self._send(200, "ok")
            return

        auth = self.headers.get("Authorization", "")
        if method == "oauth.v2.access":  # the app authenticates with its client id and secret, not a token
            client_id, client_secret = _client_credentials(auth, params)
            params.pop("client_secret", None)  # never keep a secret in the record
            body = s._oauth_v2_access(params, client_id, client_secret)
            s._record(Call(method=method, params=params, headers=headers, status=200, response=body, path=split.path))
            self._send(200, body)
            return
        token = auth[len("Bearer "):].strip() if auth.startswith("Bearer ") else form_token
        with s._lock:
            team = s._tokens.get(token)
            route = s._routes.get(method)
        if route is not None:
            body = route(params, token)
        elif s.check_token and not token:
            body = {"ok": False, "error": "not_authed"}
        elif s.check_token and team is None:
            body = {"ok": False, "error": "invalid_auth"}
        else:
            try:
                body = s._api(method, params, team)
            except Exception as e:  # a bug in the stand-in must not look like a Slack outage
                log.exception("stand-in: %s failed", method)
                body = {"ok": False, "error": f"standin_error: {type(e).__name__}"}
        s._record(Call(method=method, params=params, headers=headers, status=200, response=body, path=split.path,
                       team=team))
        self._send(200, body)


def main(argv: list[str] | None = None) -> None:
    """`python -m bot.demo.standin [--port N] [--token T]`: run the stand-in in the foreground and log calls."""
    ap = argparse.ArgumentParser(description="Local Slack Web API stand-in (127.0.0.1 only)")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--token", default=DEFAULT_TOKEN)
    args = ap.parse_args(argv)
    with SlackStandIn(token=args.token, port=args.port) as s:
        print(f"Slack stand-in on {s.base_url}  (token: set SLACK_BOT_TOKEN to the one you passed)", flush=True)
        seen = 0
        try:
            while True:
                time.sleep(0.5)
                calls = s.calls()
                for c in calls[seen:]:
                    print(f"{c.method} {c.status} {json.dumps(c.params, ensure_ascii=False)[:200]}", flush=True)
                seen = len(calls)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
