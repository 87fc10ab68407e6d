"""`whosaid demo`: the real app, end to end, against the bundled local Slack stand-in.

Also the loopback harness the end-to-end tests and the load bench share:

* :class:`ArticleServer` — a tiny HTTP server on 127.0.0.1 serving article pages
  (so link fetching can be shown and tested without the internet);
* :class:`LocalBot` — the real Bolt app in HTTP mode (``bot.server.make_server``)
  plus its workers, configured against a :class:`~bot.standin.SlackStandIn`, with
  a :class:`~bot.signing.SignedPoster` to send it signed requests;
* :func:`blocks_to_text` — render Block Kit blocks as readable plain text.

Everything listens on and talks to 127.0.0.1 only.
"""
from __future__ import annotations

import html
import json
import logging
import os
import re
import secrets
import socket
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, TextIO

from bot.config import Settings, load_settings
from bot.signing import DEFAULT_CHANNEL, SignedPoster, message_event
from bot.standin import SlackStandIn

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
DIGEST_CHANNEL = "C0DIGEST"


class DemoError(Exception):
    """The demo could not finish; the message says what went wrong."""


# ---------------------------------------------------------------- article pages
def article_html(title: str, text: str) -> str:
    """A plain news page for ``text``: a <title>, an <h1> and one <p> per paragraph."""
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    if paras and paras[0] == title:
        paras = paras[1:]
    body = "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paras)
    t = html.escape(title, quote=False)
    return (f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{t}</title></head>"
            f"<body><header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>{t}</h1>\n{body}\n"
            f"</article></main><footer>Local test newspaper</footer></body></html>")


class ArticleServer:
    """Serve pages on 127.0.0.1: ``add(path, body, status=200)``; ``url(path)``; records every request path."""

    def __init__(self) -> None:
        self._routes: dict[str, tuple[int, str, bytes]] = {}
        self._lock = threading.Lock()
        self.requests: list[str] = []
        self._server: ThreadingHTTPServer | None = None
        self.port = 0

    def add(self, path: str, body: str | bytes, *, status: int = 200, content_type: str = "text/html; charset=utf-8") -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        with self._lock:
            self._routes[path] = (status, content_type, data)
        return self.url(path)

    def add_article(self, path: str, title: str, text: str) -> str:
        return self.add(path, article_html(title, text))

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> "ArticleServer":
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *a: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                path = self.path.split("?", 1)[0]
                with outer._lock:
                    outer.requests.append(path)
                    status, ctype, data = outer._routes.get(path, (404, "text/html; charset=utf-8",
                                                                   b"<html><body><h1>Not found</h1></body></html>"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_HEAD = do_GET

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._server.block_on_close = False
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                         name="article-server", daemon=True).start()
        return self

    def close(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "ArticleServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------- blocks as text
def _unescape(text: str) -> str:
    text = re.sub(r"<(https?://[^|>]+)\|([^>]+)>", r"\2 (\1)", text)
    text = re.sub(r"<(https?://[^>]+)>", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def blocks_to_text(blocks: list[dict[str, Any]] | None, fallback: str = "") -> str:
    """Readable plain text for a Block Kit message (the fallback ``text`` when there are no blocks)."""
    if not blocks:
        return _unescape(fallback or "")
    out: list[str] = []

    def t(obj: Any) -> str:
        return _unescape(obj.get("text", "")) if isinstance(obj, dict) else ""

    for b in blocks:
        kind = b.get("type")
        if kind == "header":
            out.append(t(b.get("text")).upper())
        elif kind == "section":
            if b.get("text"):
                out.append(t(b["text"]))
            for f in b.get("fields") or []:
                out.append(t(f))
        elif kind == "context":
            out.append("  " + " · ".join(t(e) for e in b.get("elements", []) if e.get("type") != "image"))
        elif kind == "divider":
            out.append("-" * 40)
        elif kind == "rich_text":
            out.append(_unescape(json.dumps(b.get("elements", []), ensure_ascii=False)))
        elif kind == "actions":
            labels = [t(e.get("text")) for e in b.get("elements", [])]
            out.append("[" + "] [".join(x for x in labels if x) + "]")
    return "\n".join(x for x in out if x is not None)


# ---------------------------------------------------------------- the app on loopback
def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def local_settings(standin: SlackStandIn, db_path: str | os.PathLike, *, signing_secret: str | None = None,
                   base: Settings | None = None, **overrides: Any) -> Settings:
    """Settings for the real app pointed at ``standin``: loopback only, private fetches allowed, fresh secrets."""
    s = base or load_settings({}, dotenv_path=None)
    fetch = replace(s.fetch, allow_private=True, timeout_s=min(s.fetch.timeout_s, 5.0))
    return replace(
        s,
        db_path=str(db_path),
        slack_bot_token=standin.token,
        slack_app_token=None,
        slack_signing_secret=signing_secret or secrets.token_hex(16),
        slack_api_url=standin.base_url,
        digest_channel=s.digest_channel or DIGEST_CHANNEL,
        http_host="127.0.0.1",
        http_port=0,
        fetch=fetch,
        **overrides,
    )


def local_env(standin: SlackStandIn, db_path: str | os.PathLike, signing_secret: str, *, port: int,
              workers: int = 2, extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for running ``whosaid serve --http`` in a subprocess against ``standin``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "WHOSAID_", "DIGEST_"))}
    env.update({
        "SLACK_BOT_TOKEN": standin.token, "SLACK_SIGNING_SECRET": signing_secret, "SLACK_API_URL": standin.base_url,
        "WHOSAID_DB": str(db_path), "DIGEST_CHANNEL": DIGEST_CHANNEL, "FETCH_ALLOW_PRIVATE": "1",
        "WHOSAID_WORKERS": str(workers), "WHOSAID_HOST": "127.0.0.1", "PORT": str(port),
        "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost",
    })
    env.update(extra or {})
    return env


class LocalBot:
    """The real app (Bolt, HTTP mode, waitress) and its workers, in this process, on 127.0.0.1.

    ``LocalBot(settings, store=None, start_workers=True).start()``; ``poster`` sends signed requests;
    ``stop()`` closes the server and the workers (the store too, if LocalBot opened it).
    """

    def __init__(self, settings: Settings, *, store: Any = None, start_workers: bool = True, client: Any = None):
        self.settings = settings
        self._own_store = store is None
        self.store = store
        self.start_workers = start_workers
        self.client = client
        self.app: Any = None
        self.server: Any = None
        self.workers: Any = None
        self.port = 0
        self._thread: threading.Thread | None = None

    # -- lifecycle
    def start(self) -> "LocalBot":
        from bot import app as app_mod
        from bot import server as server_mod

        if self.store is None:
            from store import Store

            self.store = Store.open(self.settings.db_path)
        self.app = app_mod.create_app(self.settings, self.store, client=self.client)
        self.server = server_mod.make_server(self.app, "127.0.0.1", self.settings.http_port or 0)
        self.port = _server_port(self.server)
        self._thread = threading.Thread(target=self.server.run, name="whosaid-http", daemon=True)
        self._thread.start()
        if self.start_workers:
            self.workers = start_worker_pool(self.settings, self.store, self.app)
        _wait_listening(self.port, timeout=10)
        return self

    def start_pool(self) -> None:
        """Start the workers later (e.g. after a burst was accepted with none running)."""
        if self.workers is None:
            self.workers = start_worker_pool(self.settings, self.store, self.app)

    def stop(self) -> None:
        if self.workers is not None:
            stop_worker_pool(self.workers)
            self.workers = None
        if self.server is not None:
            try:
                self.server.close()
            finally:
                self.server = None
        if self._thread is not None:
            self._thread.join(timeout=10)
            self._thread = None
        if self._own_store and self.store is not None:
            self.store.close()
            self.store = None

    def __enter__(self) -> "LocalBot":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- sending
    @property
    def events_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{EVENTS_PATH}"

    @property
    def poster(self) -> SignedPoster:
        return SignedPoster(self.events_url, self.settings.slack_signing_secret or "")

    def post_digest(self, day: date | None = None) -> Any:
        from bot import digest_schedule

        day = day or datetime.now(timezone.utc).date()
        return digest_schedule.post_digest(self.settings, self.store, _app_client(self.app), day)


def _server_port(server: Any) -> int:
    for attr in ("port", "effective_port"):
        v = getattr(server, attr, None)
        if isinstance(v, int) and v:
            return v
    inner = getattr(server, "server", None) or getattr(server, "_server", None)
    for obj in (inner, getattr(inner, "socket", None)):
        if obj is None:
            continue
        v = getattr(obj, "effective_port", None)
        if isinstance(v, int) and v:
            return v
        try:
            return obj.getsockname()[1]  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001
            pass
    raise DemoError("could not find the port bot.server.make_server listens on")


def _app_client(app: Any) -> Any:
    return getattr(app, "client", None)


def start_worker_pool(settings: Settings, store: Any, app: Any) -> Any:
    from bot import worker as worker_mod

    return worker_mod.start_workers(settings, store, _app_client(app))


def stop_worker_pool(pool: Any) -> None:
    pool.stop()


def _wait_listening(port: int, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise DemoError(f"the app did not start listening on 127.0.0.1:{port} within {timeout:.0f}s")
