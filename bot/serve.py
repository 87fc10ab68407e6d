"""`whosaid serve`: the app and its background work (`bot.app`) behind Slack's front door, until Ctrl-C or SIGTERM.

Socket Mode: the connection to Slack runs in this process (`bot.socket_door`: events kept in an inbox before the
ack, then handed to the app). HTTP mode: the Events endpoint runs in a process of
its own (`bot.acceptor`), so acks never wait for the workers; this process runs the workers, the digest, the
feeds and the hourglass reactions.
"""
from __future__ import annotations

import faulthandler
import logging
import signal
import threading
from collections.abc import Callable
from functools import partial

from bot import neardup
from bot.acceptor import Acceptor
from bot.app import close_app, create_app, dispatch_event, mark_received, start_background
from bot.config import Settings
from bot.errors import ConfigError, WhosaidError
from bot.slack.client import check_token, make_client
from bot.slack.receipts import Receipt
from bot.socket_door import SocketDoor
from store import Store

log = logging.getLogger("whosaid.serve")

#: How long `serve` waits for the extraction processes to load the language model before it says it is running.
MODEL_LOAD_WAIT_S = 120.0
#: If stopping takes longer than this, every thread's stack goes to stderr: where it hangs, for the bug report.
SHUTDOWN_REPORT_S = 30.0


def serve(settings: Settings, *, http_mode: bool, schedule_digest: bool = True, poll_feeds: bool = True,
          say: Callable[[str], None] = print) -> None:
    """Run the bot until Ctrl-C or SIGTERM: Socket Mode, or HTTP mode (bot.slack.server, in its own process) with
    `http_mode`.

    Checks the token first (a ConfigError says what is wrong). `say` gets the one-line status messages.
    """
    client = make_client(settings)
    who = {"user": "whosaid (several workspaces)"} if settings.oauth else check_token(client)
    store = Store.open(settings.db_path, background_checkpoints=True)
    front_door = Acceptor(settings, store, processes=settings.http_processes) if http_mode else None
    if front_door is not None:
        try:
            front_door.bind()  # a taken port is an error now, not after the model has loaded
        except ConfigError:
            store.close()
            raise
    app = create_app(settings, store, client=client)
    socket_door = None
    if not http_mode:
        # Connect before anything else runs: a bad app token is a one-line error, and "running" means connected.
        socket_door = SocketDoor(settings, store, app)
        try:
            socket_door.open()
        except WhosaidError as e:  # the app token refused, Slack unreachable (SocketModeError), the inbox unwritable
            log.warning("Socket Mode did not start: %s", e)
            close_app(app)
            store.close()
            raise
    runtime = start_background(settings, store=store, app=app, schedule_digest=schedule_digest,
                               poll_feeds=poll_feeds)
    # "running" once the first reply will be as quick as any: the near-duplicate index's library imported here
    # (meanwhile the extraction processes load the language model and the page and PDF readers)
    neardup.warm_up()
    if not runtime.pool.wait_ready(MODEL_LOAD_WAIT_S):
        log.warning("the language model is still loading after %.0f s; starting anyway", MODEL_LOAD_WAIT_S)

    def _terminate(signum, frame):  # SIGTERM (docker stop, systemd): shut down like Ctrl-C
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (embedded use): no signal handling
        previous = None
    digest = (f"daily digest to {settings.digest_channel} at {settings.digest_time} {settings.digest_tz}"
              if settings.digest_channel and schedule_digest else "no daily digest")
    try:
        if front_door is not None:
            def on_queued(receipt: Receipt) -> None:
                runtime.pool.wake()
                mark_received(app, receipt)

            url = front_door.start(on_queued=on_queued, dispatch_event=partial(dispatch_event, app))
            say(f"whosaid is running as @{who.get('user', 'whosaid')} in HTTP mode on {url} "
                f"({settings.workers} workers, {digest}). Ctrl-C to stop.")
            if settings.oauth:
                say(f"Install it in a workspace from {url.rsplit('/slack/', 1)[0]}/slack/install "
                    "(through your public https URL).")
            front_door.wait()
        else:
            say(f"whosaid is running as @{who.get('user', 'whosaid')} in Socket Mode "
                f"({settings.workers} workers, {digest}). Ctrl-C to stop.")
            threading.Event().wait()  # until Ctrl-C / SIGTERM (KeyboardInterrupt)
    except KeyboardInterrupt:
        pass
    finally:
        say("whosaid: stopping (unfinished jobs stay queued and resume at the next start)…")
        faulthandler.dump_traceback_later(SHUTDOWN_REPORT_S)
        try:
            if front_door is not None:
                front_door.stop()
            if socket_door is not None:
                socket_door.close()
            runtime.stop()
            store.close()
        finally:
            faulthandler.cancel_dump_traceback_later()
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
