"""`whosaid demo`: the real app, end to end, against the bundled local Slack stand-in.

Also the loopback harness the end-to-end tests and the load bench share:

* :class:`ArticleServer` — a tiny HTTP server on 127.0.0.1 serving article pages
  (so link fetching can be shown and tested without the internet);
* :class:`LocalBot` — the real Bolt app in HTTP mode (``bot.slack.server.make_server``)
  plus its workers, configured against a :class:`~bot.demo.standin.SlackStandIn`, with
  a :class:`~bot.demo.signing.SignedPoster` to send it signed requests;
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
import sys
import threading
import time
from dataclasses import replace
from datetime import date, datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from bot import app as app_mod
from bot.article import guess_title
from bot.config import Settings, load_settings
from bot.demo.signing import SignedPoster, message_event
from bot.demo.standin import SlackStandIn
from bot.slack import digest as digest_schedule
from bot.slack import server as server_mod
from bot.slack.render import render_digest
from store import Store, Viewer

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]  # bot/demo/run.py -> the checkout
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

    def __init__(self, *, port: int = 0) -> None:
        self.preferred_port = port  # tried first; a random free port if it is taken
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

            def do_GET(self) -> None:  # noqa: N802 - http.server's method name
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

        try:
            self._server = ThreadingHTTPServer(("127.0.0.1", self.preferred_port), Handler)
        except OSError:
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
    """The real app (Bolt, HTTP mode, bot.slack.server) and its workers, in this process, on 127.0.0.1.

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
        if self.store is None:
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
        day = day or _today(self.settings)
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
        except Exception:  # noqa: BLE001 - not a socket: try the next attribute
            pass
    raise DemoError("could not find the port bot.slack.server.make_server listens on")


def _app_client(app: Any) -> Any:
    return getattr(app, "client", None)


def start_worker_pool(settings: Settings, store: Any, app: Any) -> Any:
    """The app's real background runtime (requeue interrupted jobs, start the workers), digest not scheduled."""
    return app_mod.start_background(settings, store=store, app=app, schedule_digest=False, poll_interval=0.5)


def stop_worker_pool(runtime: Any) -> None:
    runtime.stop()


def _wait_listening(port: int, *, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise DemoError(f"the app did not start listening on 127.0.0.1:{port} within {timeout:.0f}s")


# ---------------------------------------------------------------- the demo
DEMO_CHANNEL = "C0NEWSROOM"
REPLY_TIMEOUT_S = 40.0
DEMO_PAGES_PORT = 8765


def find_seeds(seeds_dir: str | os.PathLike | None = None) -> list[Path]:
    """The sample articles: ``seeds_dir``, else ./seeds, else the repository's seeds/ folder."""
    candidates = [Path(seeds_dir)] if seeds_dir else [Path.cwd() / "seeds", REPO_ROOT / "seeds"]
    for d in candidates:
        files = sorted(d.glob("*.txt")) if d.is_dir() else []
        if files:
            return files
    raise DemoError(f"no sample articles (*.txt) found in {' or '.join(str(c) for c in candidates)}")


def _indent(text: str, prefix: str = "    │ ") -> str:
    return "\n".join(prefix + line for line in text.splitlines() or [""])


def _wait_thread_reply(standin: SlackStandIn, channel: str, ts: str, timeout: float) -> Any:
    try:
        return standin.wait_for("chat.postMessage", lambda c: c.get("channel") == channel
                                and str(c.get("thread_ts")) == ts, timeout=timeout)[0]
    except TimeoutError as e:
        raise DemoError(f"no reply in the thread of message {ts} within {timeout:.0f}s ({e})") from e


def _render_call(call: Any) -> str:
    return blocks_to_text(call.get("blocks"), call.get("text") or "")


def run_demo(*, db_path: str | os.PathLike = "whosaid.db", seeds_dir: str | os.PathLike | None = None,
             out: TextIO | None = None, query: str = "Bennett", reply_timeout: float = REPLY_TIMEOUT_S) -> dict[str, Any]:
    """Run the whole demo; print as it goes; return a summary. Raises DemoError on failure."""
    out = out or sys.stdout
    started = time.monotonic()

    def say(text: str = "") -> None:
        print(text, file=out, flush=True)

    seeds = find_seeds(seeds_dir)
    db_path = Path(db_path).resolve()
    summary: dict[str, Any] = {"db": str(db_path), "replies": 0}
    # A stable port when free, so the demo link (and its article id) is the same from run to run.
    with SlackStandIn() as standin, ArticleServer(port=DEMO_PAGES_PORT) as pages:
        settings = local_settings(standin, db_path)
        say("whosaid demo: the real app, against a local stand-in of the Slack Web API (nothing leaves this machine)")
        say(f"  Slack stand-in  {standin.base_url}")
        say("  loading the app (spaCy model)...")
        bot = LocalBot(settings)
        try:
            bot.start()
        except DemoError:
            raise
        except Exception as e:  # noqa: BLE001 - re-raised as a DemoError with the cause
            raise DemoError(f"the app did not start: {type(e).__name__}: {e}") from e
        try:
            say(f"  app             {bot.events_url}  (signed requests, as Slack sends them)")
            say(f"  database        {db_path}")
            say()
            # 1. pasted articles
            posted: list[tuple[Path, str]] = []
            for path in seeds:
                text = path.read_text(encoding="utf-8", errors="replace")
                ts = standin.next_ts()
                standin.add_message(DEMO_CHANNEL, text, ts=ts)
                ack = bot.poster.event(message_event(text, channel=DEMO_CHANNEL, ts=ts))
                if ack.status != 200:
                    raise DemoError(f"the app answered HTTP {ack.status} to the message event for {path.name}")
                say(f"→ pasted {path.name} into #newsroom ({len(text):,} characters; acked in {ack.seconds * 1000:.0f} ms)")
                posted.append((path, ts))
            for path, ts in posted:
                t0 = time.monotonic()
                reply = _wait_thread_reply(standin, DEMO_CHANNEL, ts, reply_timeout)
                say(f"\n← whosaid replied in the thread of {path.name}:")
                say(_indent(_render_call(reply)))
                summary["replies"] += 1
                del t0
            # 2. a link, fetched from a local web server
            path = seeds[0]
            text = path.read_text(encoding="utf-8", errors="replace")
            title = guess_title(text) or path.stem
            url = pages.add_article(f"/news/{path.stem}", title, text)
            ts = standin.next_ts()
            msg = f"Have you seen this? <{url}>"
            standin.add_message(DEMO_CHANNEL, msg, ts=ts)
            ack = bot.poster.event(message_event(msg, channel=DEMO_CHANNEL, ts=ts))
            if ack.status != 200:
                raise DemoError(f"the app answered HTTP {ack.status} to the link message")
            say(f"\n→ posted a link to {url} (a local web page)")
            reply = _wait_thread_reply(standin, DEMO_CHANNEL, ts, reply_timeout)
            rendered = _render_call(reply)
            failed = rendered.lstrip().startswith(":warning:")
            fetched = pages.requests.count(f"/news/{path.stem}") > 0
            say("← whosaid replied in the thread:" if failed or not fetched else
                "← whosaid fetched it and replied in the thread:")
            if not failed and not fetched:
                say("  (this link is already in the log from an earlier run, so it was not fetched again)")
            say(_indent(rendered))
            summary["replies"] += 1
            if failed:
                raise DemoError(f"the app could not read the locally served article at {url} (see its reply above)")
            # 3. the slash command
            say(f"\n→ /whosaid {query}")
            response_url = standin.new_response_url()
            ack = bot.poster.command("/whosaid", query, response_url=response_url)
            if ack.status != 200:
                raise DemoError(f"the app answered HTTP {ack.status} to /whosaid")
            answer = ""
            if ack.body.strip():
                try:
                    body = json.loads(ack.body)
                    answer = blocks_to_text(body.get("blocks"), body.get("text") or "")
                except ValueError:
                    answer = ack.body
            if not answer.strip():
                try:
                    resp = standin.wait_for("response_url", lambda c: c.path.endswith(response_url.rsplit("/", 1)[-1]),
                                            timeout=10)
                except TimeoutError as e:
                    raise DemoError("/whosaid gave no answer within 10s") from e
                answer = "\n".join(_render_call(c) for c in resp)
            say("← " + ("answer (only you can see this):" if "ephemeral" in ack.body or not ack.body else "answer:"))
            say(_indent(answer))
            summary["command"] = answer
            # 4. the daily digest
            say(f"\n→ posting today's digest to #{DIGEST_CHANNEL}")
            try:
                posted_now = bot.post_digest(_today(settings))
            except Exception as e:  # noqa: BLE001 - re-raised as a DemoError with the cause
                raise DemoError(f"posting the digest failed: {type(e).__name__}: {e}") from e
            if posted_now:
                reply = standin.wait_for("chat.postMessage", lambda c: c.get("channel") == settings.digest_channel,
                                         timeout=10)[0]
                say("← digest:")
                say(_indent(_render_call(reply)))
            else:

                say("← today's digest was already posted from this database (once a day, even across runs); it reads:")
                d = render_digest(bot.store.digest(_today(settings), tz=settings.digest_tz, viewer=Viewer.operator()))
                say(_indent(blocks_to_text(d.blocks, d.text)))
            calls = standin.calls()
            summary["calls"] = len(calls)
        finally:
            bot.stop()
    secs = time.monotonic() - started
    say(f"\nDone in {secs:.1f}s: {summary['replies']} thread replies, {summary.get('calls', 0)} Web API calls "
        f"recorded by the stand-in. The log is in {db_path}")
    exe = _short(Path(sys.argv[0]).absolute()) if sys.argv and os.path.basename(sys.argv[0]) == "whosaid" else "whosaid"
    say(f"Try:  {exe} --db {_short(db_path)} query {query}    ·    {exe} --db {_short(db_path)} speakers")
    summary["seconds"] = secs
    return summary


def _today(settings: Settings) -> date:
    return datetime.now(timezone.utc).astimezone(ZoneInfo(settings.digest_tz)).date()


def _short(p: Path) -> str:
    try:
        return str(p.relative_to(Path.cwd()))
    except ValueError:
        return str(p)


def real_slack_configured(settings: Settings) -> bool:
    """True if the environment has Slack credentials pointed at real Slack (not a local stand-in)."""
    api = settings.slack_api_url or ""
    local = api.startswith(("http://127.0.0.1", "http://localhost"))
    return bool(settings.slack_bot_token or settings.slack_app_token) and not local
