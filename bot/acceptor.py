"""HTTP mode's front door in processes of its own: POST /slack/events (events, commands, interactivity) served by
`bot.slack.server` and the Bolt app, while the main process runs the workers, the digest and the feeds.

Why a process: the workers (replies, SQLite writes, the hourglass reactions) share one interpreter lock with
whatever runs beside them. With the front door beside them, acks waited for it: p99 220–320 ms at 50 requests in
flight, against a 100 ms target. Here the front door only verifies the signature, dedupes, queues the delivery and
answers. It queues in an inbox of its own (`store.inbox`: a small SQLite file the main process's writes never
lock). An Events API delivery is kept as it came (`bot.slack.intake`: no Bolt in the ack's path) and handled by the
main process's Bolt app when it moves the inbox; commands and interactivity, whose answers Slack reads, go through
Bolt here. It tells the main process, over a pipe:

    ("ready",)          serving (the main process bound the port and handed over the socket)
    ("kept", i)         events were kept, the last as inbox delivery i: the main process moves the inbox, handing
                        each event to its Bolt app (`dispatch_event`; the listeners queue the jobs and put the hourglass)
    ("queued", r)       a delivery was queued for message r (a `bot.slack.receipts.Receipt`, `r.queued` its inbox
                        id): the main process moves the inbox into the log's job queue (deduped again there), wakes
                        the workers and puts the hourglass on the message if it became a job
    ("error", text)     could not start (the database cannot be opened); it then ends

It stops when the main process says "stop", when the main process is gone (its end of the pipe closes), or on
SIGTERM / Ctrl-C, and closes its connections, its thread pool and the database on the way out. Deliveries acked
but not yet moved stay in the inbox: `Acceptor.start` moves them first.
"""
from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

from bot.app import close_app, create_app
from bot.config import LOG_FORMAT, Settings
from bot.errors import ConfigError, WhosaidError
from bot.inbox_mover import InboxMover, keep_events
from bot.slack import server as http_server
from bot.slack.intake import EventIntake
from bot.slack.receipts import Receipt
from store import Store
from store.inbox import Inbox, inbox_path

log = logging.getLogger("whosaid.acceptor")

STOP = "stop"
#: How long the main process waits for the front door to listen (it imports Bolt and opens the database).
START_TIMEOUT_S = 60.0


class _Forwarder:
    """In the front door: what the listeners would do in-process, sent to the main process instead."""

    def __init__(self, conn: Any):
        self._conn = conn
        self._lock = threading.Lock()  # the server's loop and Bolt's threads share one pipe

    def send(self, message: tuple) -> None:
        with self._lock:
            self._conn.send(message)

    def mark(self, receipt: Receipt, client: Any = None) -> None:  # the `Receipts` interface; the client stays here
        self.send(("queued", receipt))

    def close(self) -> None:
        pass


def _run(settings: Settings, sock: socket.socket, conn: Any, log_levels: tuple[int, int]) -> None:
    """A front door process's main function (a spawned process: an entry point, so it sets up logging as the
    main process did: `log_levels` = the root logger's and whosaid's). Serves `sock`, bound by the main process."""
    logging.basicConfig(level=log_levels[0], format=LOG_FORMAT)
    logging.getLogger("whosaid").setLevel(log_levels[1])
    forward = _Forwarder(conn)
    try:
        store = Store.open(settings.db_path, background_checkpoints=True)  # no WAL checkpoint inside an ack
        # The events the server reads together are kept in one transaction (`keep` below), and so are puts from
        # Bolt's threads at once (a shortcut's job); each is acked once durable.
        inbox = Inbox.open(inbox_path(settings.db_path), group_commit=True)
    except WhosaidError as e:
        forward.send(("error", str(e)))
        return
    app = create_app(settings, store)
    app.whosaid_deps.queue = inbox
    app.whosaid_deps.receipts = forward

    def keep(payloads: list[dict]) -> None:
        kept = [i for i in keep_events(inbox, payloads) if i is not None]  # (None: a redelivery of one kept before)
        if kept:  # one wake-up for the batch: the main process moves all that waits
            forward.send(("kept", kept[-1]))

    intake = EventIntake(settings.slack_signing_secret or "", keep)
    server = http_server.make_server(app, settings.http_host, settings.http_port, sock=sock, intake=intake)

    def _stop(signum, frame):
        server.stop_soon()  # it answers what it has in hand, then `run` returns

    try:  # a stop may come at any moment from here on, even before the first request
        signal.signal(signal.SIGTERM, _stop)
        threading.Thread(target=_watch_main_process, args=(conn,), name="whosaid-acceptor-watch",
                         daemon=True).start()
        forward.send(("ready",))
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        close_app(app)
        inbox.close()
        store.close()
        conn.close()


def _watch_main_process(conn: Any) -> None:
    """Stop this process when the main process says so or is gone (its end of the pipe closed)."""
    try:
        while conn.recv() != STOP:
            pass
    except (EOFError, OSError):
        log.warning("the main process is gone: stopping the HTTP front door")
    os.kill(os.getpid(), signal.SIGTERM)


def _log_levels() -> tuple[int, int]:
    return logging.getLogger().getEffectiveLevel(), logging.getLogger("whosaid").getEffectiveLevel()


class _Door:
    """One front door process, seen from the main process."""

    def __init__(self, settings: Settings, sock: socket.socket, number: int, *,
                 on_queued: Callable[[Receipt | int], None]):
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no threads or locks copied from this one
        self._conn, child = ctx.Pipe(duplex=True)
        self._on_queued = on_queued
        self.proc = ctx.Process(target=_run, args=(settings, sock, child, _log_levels()),
                                name=f"whosaid-http-{number}", daemon=True)
        self._child_conn = child
        self.ready = threading.Event()
        self.error: str | None = None

    def start(self) -> None:
        self.proc.start()  # the listening socket goes to the child as a file descriptor
        self._child_conn.close()  # only the child's copy stays open: its exit closes the pipe
        threading.Thread(target=self._read, name=f"{self.proc.name}-pipe", daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                message = self._conn.recv()
            except (EOFError, OSError):
                break
            kind = message[0]
            if kind in ("queued", "kept"):
                self._on_queued(message[1])
            elif kind == "ready":
                self.ready.set()
            elif kind == "error":
                self.error = message[1]
        self.ready.set()  # it ended (before it was ready, or later: `Acceptor.wait` tells)

    def ask_to_stop(self) -> None:
        if self.proc.is_alive():
            try:
                self._conn.send(STOP)
            except OSError:
                pass  # already ending (e.g. Ctrl-C reached it too)

    def join(self, timeout: float) -> None:
        self.proc.join(timeout)
        if self.proc.is_alive():
            log.warning("%s did not stop within %.0f s: terminating it", self.proc.name, timeout)
            self.proc.terminate()
            self.proc.join(5)
        self._conn.close()


class Acceptor:
    """HTTP mode's front door: `processes` processes serving one listening socket, queuing into an inbox that this
    process moves into `store`'s job queue. `bind()` first (a taken port is an error before anything else starts),
    `start()` → the URL, `wait()` until one ends, `stop()`."""

    def __init__(self, settings: Settings, store: Store, *, processes: int = 1):
        self.settings = settings
        self.store = store
        self.processes = processes
        self._doors: list[_Door] = []
        self._sock: socket.socket | None = None
        self._stopping = False
        self._mover: InboxMover | None = None

    def bind(self) -> None:
        """Listen on the configured host and port. ConfigError if the port is taken."""
        host, port = self.settings.http_host, self.settings.http_port
        try:
            self._sock = http_server.listening_socket(host, port)
        except OSError as e:
            raise ConfigError(f"Could not listen on {host}:{port}: {e.strerror or e}. Is another whosaid (or "
                              "another server) using that port? Set PORT or --port to use another.") from None

    def start(self, *, on_queued: Callable[[Receipt], None], dispatch_event: Callable[[dict], bool],
              timeout: float = START_TIMEOUT_S) -> str:
        """Start the processes on the bound socket (binding it now if `bind` was not called) and wait until all of
        them serve; returns the URL. ConfigError if the port is taken or a process could not start. `on_queued` runs in
        this process for each job a front door queues (wake the workers, put the hourglass on its message);
        `dispatch_event` for each event a front door kept (this process's Bolt app handles it; False if it failed)."""
        if self._sock is None:
            self.bind()
        assert self._sock is not None
        self._mover = InboxMover(self.store, inbox_path(self.settings.db_path), dispatch_event=dispatch_event,
                                 on_queued=on_queued)
        self._mover.start()
        self._doors = [_Door(self.settings, self._sock, i + 1, on_queued=self._mover.notify)
                       for i in range(self.processes)]
        for door in self._doors:
            door.start()
        bound = self._sock.getsockname()[1]
        self._sock.close()  # each process got its own copy when it started
        deadline = time.monotonic() + timeout
        for door in self._doors:
            if not door.ready.wait(max(0.0, deadline - time.monotonic())) or not door.proc.is_alive():
                why = door.error or (f"it did not start within {timeout:.0f} s" if door.proc.is_alive() else
                                     f"it exited at start-up (exit code {door.proc.exitcode}); see the log above")
                self.stop()
                raise ConfigError(f"The HTTP front door could not start: {why}")
        return http_server.events_url(self.settings.http_host, bound)

    def wait(self) -> None:
        """Block until a front door process ends. ConfigError if it was not asked to."""
        by_sentinel = {door.proc.sentinel: door for door in self._doors}
        ended = by_sentinel[multiprocessing.connection.wait(list(by_sentinel))[0]]
        ended.proc.join()
        if not self._stopping:
            raise ConfigError(f"The HTTP front door stopped unexpectedly ({ended.proc.name}, exit code "
                              f"{ended.proc.exitcode}); see the log above. Queued messages are safe: they are "
                              "answered at the next start.")

    def stop(self, timeout: float = 10.0) -> None:
        """Ask every process to stop (each finishes the requests in hand), then wait; terminate those that do not."""
        self._stopping = True
        for door in self._doors:
            door.ask_to_stop()
        for door in self._doors:
            door.join(timeout)
        if self._sock is not None:
            self._sock.close()
        if self._mover is not None:  # it moves what the front doors acked last, then ends
            self._mover.stop(timeout)
            self._mover = None
