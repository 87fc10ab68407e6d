"""HTTP mode: Slack's Events API, slash commands and interactivity at POST /slack/events, served by waitress.

Bolt verifies each request's signature with SLACK_SIGNING_SECRET (401 when it
does not match). With an `intake` (HTTP mode's front door, `bot.acceptor`), signed Events API deliveries are
verified and kept by it and acked without Bolt (`bot.slack.intake`). `GET /healthz` answers 200 for load balancers.
"""
from __future__ import annotations

import io
import logging
import socket
import threading
import time
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import wasyncore
from waitress.server import create_server

from bot.slack.intake import EventIntake

log = logging.getLogger("whosaid.server")

EVENTS_PATH = "/slack/events"
#: At most one "requests are waiting for a thread" line per this many seconds (waitress says it for every one).
QUEUE_NOTICE_EVERY_S = 60.0


class QueueDepthNotice(logging.Filter):
    """waitress logs "Task queue depth is N" (WARNING) for every request that waits for one of its threads: in a
    burst of Slack events, hundreds of lines, each written while waitress holds its queue's lock. A queue of a few
    dozen is normal there (each request takes milliseconds), so let one line through per QUEUE_NOTICE_EVERY_S,
    saying the deepest queue since the last one."""

    def __init__(self, every_s: float = QUEUE_NOTICE_EVERY_S, clock=time.monotonic):
        super().__init__()
        self.every_s, self._clock = every_s, clock
        self._last = float("-inf")
        self._deepest = 0

    def filter(self, record: logging.LogRecord) -> bool:
        depth = record.args[0] if isinstance(record.args, tuple) and record.args else 0
        self._deepest = max(self._deepest, depth if isinstance(depth, int) else 0)
        now = self._clock()
        if now - self._last < self.every_s:
            return False
        record.msg, record.args = "%d requests were waiting for a server thread (the most since the last notice)", (
            self._deepest,)
        self._last, self._deepest = now, 0
        return True


def quiet_queue_warnings() -> None:
    """Put a QueueDepthNotice on waitress's queue logger (once)."""
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(f, QueueDepthNotice) for f in queue_log.filters):
        queue_log.addFilter(QueueDepthNotice())


def wsgi_app(app: App, path: str = EVENTS_PATH, *, intake: EventIntake | None = None):
    """The WSGI application: Bolt at `path` (after `intake`, which takes the signed events), GET /healthz."""
    bolt = SlackRequestHandler(app, path=path)

    def application(environ, start_response):
        if environ.get("PATH_INFO") == "/healthz" and environ.get("REQUEST_METHOD") == "GET":
            start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
            return [b"ok\n"]
        t0 = time.perf_counter()

        def timed_start_response(status, headers, exc_info=None):
            # The app's own handling time (verify, dedupe, queue), for bench/load.py beside the sender's view.
            headers = list(headers) + [("Server-Timing", f"app;dur={(time.perf_counter() - t0) * 1000:.2f}")]
            return start_response(status, headers, exc_info)

        if intake is not None and environ.get("PATH_INFO") == path and environ.get("REQUEST_METHOD") == "POST":
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            if intake.take(body, environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", ""),
                           environ.get("HTTP_X_SLACK_SIGNATURE", "")):
                timed_start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8")])
                return [b""]
            environ["wsgi.input"] = io.BytesIO(body)  # Bolt reads it again
        return bolt(environ, timed_start_response)

    return application


class HttpServer:
    """A waitress server: `.run()` blocks, `.close()` stops it; `.start()` runs it in a daemon thread."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 3000, *, threads: int = 4,
                 sock: socket.socket | None = None, intake: EventIntake | None = None):
        """`sock`: serve this listening socket (shared with other processes) instead of binding host:port.
        `intake`: takes signed Events API deliveries before Bolt (`bot.slack.intake`)."""
        where: dict[str, Any] = {"sockets": [sock]} if sock is not None else {"host": host, "port": port}
        quiet_queue_warnings()
        self._server: Any = create_server(wsgi_app(app, intake=intake), threads=threads, ident="whosaid",
                                          clear_untrusted_proxy_headers=True, **where)
        self.host = host
        self.port = int(getattr(self._server, "effective_port", port))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return events_url(self.host, self.port)

    def run(self) -> None:
        log.info("listening on %s", self.url)
        try:
            self._server.run()
        except (OSError, ValueError):  # closed from another thread
            pass

    def start(self) -> "HttpServer":
        self._thread = threading.Thread(target=self.run, name="whosaid-http", daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop accepting, close every connection, stop waitress's threads; the run loop then returns."""
        srv = self._server
        try:
            socket_map = getattr(srv, "map", None) or getattr(srv, "_map", None)
            srv.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
            if socket_map is not None:
                wasyncore.close_all(socket_map)
            else:  # pragma: no cover
                srv.close()
        finally:
            if self._thread is not None:
                self._thread.join(5)
                self._thread = None


def events_url(host: str, port: int) -> str:
    host = "127.0.0.1" if host in ("0.0.0.0", "") else host
    return f"http://{host}:{port}{EVENTS_PATH}"


def listening_socket(host: str, port: int) -> socket.socket:
    """Bind and listen on host:port (0: any free port), for processes that each serve it (`HttpServer(sock=...)`):
    they accept from the one queue. OSError if the port is taken."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host or "0.0.0.0", port))
        sock.listen(1024)
    except OSError:
        sock.close()
        raise
    return sock


def make_server(app: App, host: str = "127.0.0.1", port: int = 3000, *, threads: int = 4,
                sock: socket.socket | None = None, intake: EventIntake | None = None) -> HttpServer:
    return HttpServer(app, host, port, threads=threads, sock=sock, intake=intake)
