"""HTTP mode: Slack's Events API, slash commands and interactivity at POST /slack/events, served by waitress.

Bolt verifies each request's signature with SLACK_SIGNING_SECRET (401 when it
does not match). `GET /healthz` answers 200 for load balancers.
"""
from __future__ import annotations

import logging
import threading
import time
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from waitress import wasyncore
from waitress.server import create_server

log = logging.getLogger("whosaid.server")

EVENTS_PATH = "/slack/events"


def wsgi_app(app: App, path: str = EVENTS_PATH):
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

        return bolt(environ, timed_start_response)

    return application


class HttpServer:
    """A waitress server: `.run()` blocks, `.close()` stops it; `.start()` runs it in a daemon thread."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 3000, *, threads: int = 4):
        self._server: Any = create_server(wsgi_app(app), host=host, port=port, threads=threads,
                                          ident="whosaid", clear_untrusted_proxy_headers=True)
        self.host = host
        self.port = int(getattr(self._server, "effective_port", port))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host = "127.0.0.1" if self.host in ("0.0.0.0", "") else self.host
        return f"http://{host}:{self.port}{EVENTS_PATH}"

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


def make_server(app: App, host: str = "127.0.0.1", port: int = 3000, *, threads: int = 4) -> HttpServer:
    return HttpServer(app, host, port, threads=threads)
