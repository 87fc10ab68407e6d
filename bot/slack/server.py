"""HTTP mode's server: Slack's Events API, slash commands and interactivity at POST /slack/events, `GET /healthz`
for load balancers and, with OAuth, the install pages. One thread runs a `selectors` loop over non-blocking sockets;
requests are parsed by httptools (llhttp, Node's parser); Bolt's answers are made in a small thread pool.

Bolt verifies each request's signature with SLACK_SIGNING_SECRET (401 when it does not match). With an `intake`
(HTTP mode's front door, `bot.acceptor`), signed Events API deliveries are verified and kept by it and acked without
Bolt (`bot.slack.intake`): the loop itself does that, and the deliveries that arrived together are kept in one
transaction before their acks go out.

Why not a WSGI server: waitress hands each request from its I/O thread to a worker thread and back, and spent
0.4–0.5 ms of CPU per request doing so, against about 0.1 ms for this loop (`bench/README.md`, issue 13 round 12).
At 50 requests in flight, the ack's latency is mostly that CPU time queued 50 deep.

Bounded: a request's head (≤ MAX_HEAD_BYTES) and body (≤ MAX_BODY_BYTES, else 413), the connections open at once
(MAX_CONNECTIONS; more wait in the listen backlog), and a connection idle or trickling for IDLE_TIMEOUT_S is closed.
"""
from __future__ import annotations

import logging
import queue
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import urlsplit

import httptools
from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse

from bot.slack.intake import EventIntake

log = logging.getLogger("whosaid.server")

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_HEAD_BYTES = 64 * 1024
MAX_BODY_BYTES = 5 * 1024 * 1024  # Slack's payloads are far smaller; an event's text is at most 40,000 characters
MAX_CONNECTIONS = 1000
IDLE_TIMEOUT_S = 60.0
#: Requests one keep-alive connection may have waiting behind the one being answered (pipelining).
MAX_PIPELINED = 16
#: How long a stop waits for the answers Bolt is still making.
STOP_GRACE_S = 5.0


class _BadRequest(Exception):
    def __init__(self, status: int):
        super().__init__(status)
        self.status = status


@dataclass
class _Request:
    method: str
    path: str
    query: str
    headers: dict[str, str]
    body: bytes
    keep_alive: bool
    started: float  # perf_counter when it was complete: the app's own handling time runs from here
    payload: dict | None = None  # a signed event the intake took, to be kept with the others of its round


@dataclass(eq=False)
class _Conn:
    """One client connection: its parser's callbacks fill in the request being read."""

    sock: socket.socket
    seen: float
    parser: Any = None
    url: bytearray = field(default_factory=bytearray)
    headers: dict[str, str] = field(default_factory=dict)
    head_bytes: int = 0
    body: list[bytes] = field(default_factory=list)
    body_bytes: int = 0
    ready: deque[_Request] = field(default_factory=deque)  # complete, not yet answered
    busy: bool = False  # the answer to ready[0] is being made (by Bolt, or kept with the round's events)
    out: bytes = b""
    watching: int = 0  # what the selector watches it for: 0, EVENT_READ or EVENT_WRITE
    eof: bool = False  # the client shut its side after sending: answer what it sent, then close
    close_after: bool = False
    wants_continue: bool = False

    # -- httptools callbacks --------------------------------------------------

    def on_message_begin(self) -> None:
        self.url.clear()
        self.headers = {}
        self.head_bytes = 0
        self.body = []
        self.body_bytes = 0
        self.wants_continue = False

    def on_url(self, url: bytes) -> None:
        self._count_head(len(url))
        self.url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count_head(len(name) + len(value))
        key = name.decode("latin-1").lower()
        text = value.decode("latin-1")
        self.headers[key] = f"{self.headers[key]}, {text}" if key in self.headers else text

    def on_headers_complete(self) -> None:
        length = self.headers.get("content-length", "0").strip()  # (a chunked body is counted in on_body)
        if not length.isdigit():
            raise _BadRequest(400)
        if int(length) > MAX_BODY_BYTES:
            raise _BadRequest(413)
        self.wants_continue = self.headers.get("expect", "").lower() == "100-continue"

    def on_body(self, chunk: bytes) -> None:
        self.body_bytes += len(chunk)
        if self.body_bytes > MAX_BODY_BYTES:
            raise _BadRequest(413)
        self.body.append(chunk)

    def on_message_complete(self) -> None:
        if len(self.ready) >= MAX_PIPELINED:
            raise _BadRequest(429)
        parts = urlsplit(self.url.decode("latin-1"))
        self.ready.append(_Request(self.parser.get_method().decode("latin-1"), parts.path, parts.query, self.headers,
                                   b"".join(self.body), self.parser.should_keep_alive(), time.perf_counter()))

    def _count_head(self, n: int) -> None:
        self.head_bytes += n
        if self.head_bytes > MAX_HEAD_BYTES:
            raise _BadRequest(431)


def _response(status: int, headers: list[tuple[str, str]], body: bytes, *, keep_alive: bool,
              started: float | None = None) -> bytes:
    """An HTTP/1.1 response as bytes. `started`: add the app's handling time (`Server-Timing`), which
    bench/load.py reports beside the sender's view."""
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    lines = [f"HTTP/1.1 {status} {phrase}"]
    for name, value in headers:
        if name.lower() not in ("content-length", "connection", "transfer-encoding") and not (
                set(name + value) & {"\r", "\n"}):
            lines.append(f"{name}: {value}")
    lines.append(f"Content-Length: {len(body)}")
    lines.append("Connection: keep-alive" if keep_alive else "Connection: close")
    if started is not None:
        lines.append(f"Server-Timing: app;dur={(time.perf_counter() - started) * 1000:.2f}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _plain(status: int, text: str, **kw: Any) -> bytes:
    return _response(status, [("Content-Type", "text/plain; charset=utf-8")], text.encode("utf-8"), **kw)


class HttpServer:
    """`.run()` blocks, `.close()` stops it (from any thread); `.start()` runs it in a daemon thread."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 3000, *, threads: int = 4,
                 sock: socket.socket | None = None, intake: EventIntake | None = None,
                 idle_timeout_s: float = IDLE_TIMEOUT_S):
        """`sock`: serve this listening socket (shared with other processes) instead of binding host:port.
        `intake`: takes signed Events API deliveries before Bolt (`bot.slack.intake`)."""
        self.app = app
        self._intake = intake
        self._listener = sock if sock is not None else listening_socket(host, port)
        self._listener.setblocking(False)
        self.host = host
        self.port = int(self._listener.getsockname()[1])
        self._idle_timeout_s = idle_timeout_s
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="whosaid-bolt")
        self._sel = selectors.DefaultSelector()
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._answers: queue.SimpleQueue[tuple[_Conn, bytes]] = queue.SimpleQueue()  # from Bolt's threads
        self._events: list[tuple[_Conn, _Request]] = []  # signed events read in this round of the loop
        self._conns: set[_Conn] = set()
        self._accepting = False
        self._ran = False
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return events_url(self.host, self.port)

    # -- lifecycle --------------------------------------------------------------

    def run(self) -> None:
        log.info("listening on %s", self.url)
        self._ran = True
        self._sel.register(self._wake_r, selectors.EVENT_READ, None)
        self._accept_more(True)
        try:
            self._loop()
        finally:
            for conn in list(self._conns):
                self._drop(conn)
            self._release()

    def _release(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._sel.close()
        self._listener.close()
        self._wake_r.close()
        self._wake_w.close()

    def start(self) -> "HttpServer":
        self._thread = threading.Thread(target=self.run, name="whosaid-http", daemon=True)
        self._thread.start()
        return self

    def stop_soon(self) -> None:
        """Ask the loop to stop (safe from a signal handler or another thread): it stops accepting, sends the
        answers in hand (waiting up to STOP_GRACE_S for Bolt's), closes every connection and returns."""
        self._stop.set()
        self._wake()

    def close(self) -> None:
        """Stop, and wait until the loop has (when it runs in `.start()`'s thread)."""
        self.stop_soon()
        if self._thread is not None:
            self._thread.join(STOP_GRACE_S + 5)
            self._thread = None
        elif not self._ran:  # never served: `run` did not get to free what it holds
            self._ran = True
            self._release()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"x")
        except (BlockingIOError, OSError):
            pass  # already woken, or closed: the loop is ending

    # -- the loop ---------------------------------------------------------------

    def _loop(self) -> None:
        stop_by: float | None = None
        idle_checked = time.monotonic()
        while True:
            if self._stop.is_set() and stop_by is None:
                stop_by = time.monotonic() + STOP_GRACE_S
                self._accept_more(False)
            if stop_by is not None and (not any(c.busy or c.out for c in self._conns)
                                        or time.monotonic() > stop_by):
                return
            for key, mask in self._sel.select(timeout=1.0):
                if key.data is None:
                    self._drain_wake()
                elif key.data == "listener":
                    self._accept()
                else:
                    conn = key.data
                    try:
                        if mask & selectors.EVENT_WRITE:
                            self._flush(conn)
                            self._next(conn)
                        else:
                            self._read(conn)
                    except Exception:
                        log.exception("error on a connection: closing it")
                        self._drop(conn)
            self._collect_answers()
            while self._events:  # (answering one may take the next request of its connection)
                batch, self._events = self._events, []
                self._keep_events(batch)
            if time.monotonic() - idle_checked > 1.0:
                idle_checked = time.monotonic()
                self._close_idle()

    def _accept_more(self, on: bool) -> None:
        if on and not self._accepting:
            self._sel.register(self._listener, selectors.EVENT_READ, "listener")
        elif not on and self._accepting:
            self._sel.unregister(self._listener)
        self._accepting = on

    def _accept(self) -> None:
        while len(self._conns) < MAX_CONNECTIONS:
            try:
                sock, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:  # e.g. out of file descriptors: the client waits in the backlog
                log.warning("could not accept a connection: %s", e)
                return
            sock.setblocking(False)
            conn = _Conn(sock, time.monotonic())
            conn.parser = httptools.HttpRequestParser(conn)
            self._conns.add(conn)
            self._watch(conn, selectors.EVENT_READ)
        self._accept_more(False)  # full: accept again when one closes

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass

    def _read(self, conn: _Conn) -> None:
        try:
            data = conn.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data = b""
        if not data:
            if conn.ready or conn.busy:  # shut after sending: it still gets its answers
                conn.eof = True
                self._watch(conn, selectors.EVENT_WRITE if conn.out else 0)
            else:
                self._drop(conn)
            return
        conn.seen = time.monotonic()
        try:
            conn.parser.feed_data(data)
        except httptools.HttpParserCallbackError as e:
            cause = e.__context__
            self._refuse(conn, cause.status if isinstance(cause, _BadRequest) else 400)
            return
        except (httptools.HttpParserError, httptools.HttpParserUpgrade):
            self._refuse(conn, 400)
            return
        if conn.wants_continue and not conn.ready:
            conn.wants_continue = False
            self._send(conn, b"HTTP/1.1 100 Continue\r\n\r\n")
        self._next(conn)

    def _next(self, conn: _Conn) -> None:
        """Answer the connection's next complete request, unless one is being answered or written."""
        if conn.busy or conn.out or not conn.ready or conn.close_after or conn not in self._conns:
            return
        request = conn.ready[0]
        if request.method == "POST" and request.path == EVENTS_PATH:
            if self._intake is not None:
                request.payload = self._intake.check(request.body, request.headers.get("x-slack-request-timestamp", ""),
                                                     request.headers.get("x-slack-signature", ""))
            if request.payload is not None:
                conn.busy = True
                self._events.append((conn, request))  # kept with the others of this round
            else:
                self._to_bolt(conn, request, self.app.dispatch)
        elif request.method == "GET" and request.path == HEALTH_PATH:
            self._answer(conn, _plain(200, "ok\n", keep_alive=request.keep_alive))
        elif request.method == "GET" and (handle := self._oauth_page(request.path)) is not None:
            self._to_bolt(conn, request, handle)
        else:
            self._answer(conn, _plain(404, "Not Found", keep_alive=request.keep_alive))

    def _answer(self, conn: _Conn, raw: bytes) -> None:
        """Send the answer to the connection's oldest request, then go on with the next."""
        if not conn.ready:
            return  # refused meanwhile (a malformed request pipelined behind it)
        request = conn.ready.popleft()
        conn.busy = False
        self._send(conn, raw, close=not request.keep_alive)
        self._next(conn)

    def _oauth_page(self, path: str) -> Callable[[BoltRequest], BoltResponse] | None:
        flow = self.app.oauth_flow
        if flow is None:
            return None
        return {flow.install_path: flow.handle_installation, flow.redirect_uri_path: flow.handle_callback}.get(path)

    def _keep_events(self, events: list[tuple[_Conn, _Request]]) -> None:
        """Keep the signed events read in one round, in one transaction, then ack each."""
        assert self._intake is not None
        try:
            self._intake.keep([request.payload for _, request in events])
            status, text = 200, ""
        except Exception:
            log.exception("could not keep %d Slack event(s): answering 500 (Slack delivers them again)",
                          len(events))
            status, text = 500, "Internal Server Error"
        for conn, request in events:
            if conn in self._conns:
                self._answer(conn, _plain(status, text, keep_alive=request.keep_alive, started=request.started))

    def _to_bolt(self, conn: _Conn, request: _Request, handle: Callable[[BoltRequest], BoltResponse]) -> None:
        conn.busy = True
        self._pool.submit(self._bolt, conn, request, handle)

    def _bolt(self, conn: _Conn, request: _Request, handle: Callable[[BoltRequest], BoltResponse]) -> None:
        """In a pool thread: Bolt's answer, handed back to the loop."""
        try:
            bolt_request = BoltRequest(body=request.body.decode("utf-8", "replace"), query=request.query,
                                       headers=request.headers)
            answer = handle(bolt_request)
            headers = [(name, value) for name, values in answer.headers.items() for value in values]
            raw = _response(answer.status, headers, (answer.body or "").encode("utf-8"),
                            keep_alive=request.keep_alive, started=request.started)
        except Exception:
            log.exception("Bolt failed on %s %s: answering 500", request.method, request.path)
            raw = _plain(500, "Internal Server Error", keep_alive=request.keep_alive, started=request.started)
        self._answers.put((conn, raw))
        self._wake()

    def _collect_answers(self) -> None:
        while True:
            try:
                conn, raw = self._answers.get_nowait()
            except queue.Empty:
                return
            if conn in self._conns and conn.busy:  # (else it closed meanwhile)
                self._answer(conn, raw)

    # -- writing and closing ------------------------------------------------------

    def _send(self, conn: _Conn, raw: bytes, *, close: bool = False) -> None:
        conn.out += raw
        conn.close_after = conn.close_after or close
        self._flush(conn)

    def _flush(self, conn: _Conn) -> None:
        """Write what the connection has to send; the rest when the socket can take it."""
        if conn not in self._conns:
            return
        try:
            sent = conn.sock.send(conn.out) if conn.out else 0
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError:
            self._drop(conn)
            return
        conn.out = conn.out[sent:]
        conn.seen = time.monotonic()
        if conn.out:
            self._watch(conn, selectors.EVENT_WRITE)
        elif conn.close_after or conn.eof and not conn.ready and not conn.busy:
            self._drop(conn)
        else:
            self._watch(conn, 0 if conn.eof else selectors.EVENT_READ)

    def _watch(self, conn: _Conn, events: int) -> None:
        if events == conn.watching:
            return
        if not conn.watching:
            self._sel.register(conn.sock, events, conn)
        elif not events:
            self._sel.unregister(conn.sock)
        else:
            self._sel.modify(conn.sock, events, conn)
        conn.watching = events

    def _refuse(self, conn: _Conn, status: int) -> None:
        """A request that cannot be read: say why, then close (the parser cannot find the next one)."""
        phrase = HTTPStatus(status).phrase
        log.info("refused a request: %d %s", status, phrase)
        conn.ready.clear()
        conn.busy = False
        self._send(conn, _plain(status, phrase, keep_alive=False), close=True)

    def _drop(self, conn: _Conn) -> None:
        if conn not in self._conns:
            return
        self._conns.discard(conn)
        self._watch(conn, 0)
        conn.sock.close()
        if not self._stop.is_set():
            self._accept_more(True)

    def _close_idle(self) -> None:
        """Close connections idle (or trickling a request) for longer than the idle time-out."""
        cutoff = time.monotonic() - self._idle_timeout_s
        for conn in [c for c in self._conns if c.seen < cutoff and not c.busy]:
            self._drop(conn)


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
