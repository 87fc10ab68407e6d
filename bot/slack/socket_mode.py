"""Socket Mode: check the app token, connect, stay connected, close cleanly.

We use slack_bolt's built-in adapter (slack_sdk's stdlib WebSocket client: no
extra dependency, threads like the rest of the app) with these settings:

* ``PING_INTERVAL`` = 2 s: the client pings every 2 s and its monitor checks
  the connection as often; a connection with no pong for more than
  4 × PING_INTERVAL (8 s) is dropped and replaced, so a silently dead path is
  replaced within about 12 s (with the default 5 s, 40–60 s);
* a close frame from Slack, or a ``disconnect`` message (``refresh_requested``,
  ``warning``), makes the client open a new connection at once;
* :class:`_Watchdog` covers what the built-in client does slowly: a TCP close
  without a close frame, a reset connection, and the old socket's blocking read
  that holds up envelope processing while a connection is replaced.

bench/socket_mode.py measures each case against the stock handler.

``open_socket_mode`` checks the app-level token first (``apps.connections.open``)
and raises :class:`SocketModeError` with a readable reason; ``close_socket_mode``
sends a normal close frame (1000) before closing, so Slack sees a clean goodbye.
"""
from __future__ import annotations

import logging
import os
import select
import socket
import struct
import threading
import time
from collections.abc import Callable

from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_sdk.errors import SlackApiError
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.errors import WhosaidError

log = logging.getLogger(__name__)

PING_INTERVAL = 2.0
_WATCH_EVERY_S = 0.25
_MAX_BACKOFF_S = 30.0


class SocketModeError(WhosaidError):
    """Socket Mode could not start (bad app token, unreachable endpoint); the message says what to do."""


def open_socket_mode(app: App, app_token: str, *, keep_event: Callable[[dict], None] | None = None,
                     logger: logging.Logger | None = None, ping_interval: float = PING_INTERVAL,
                     watchdog: bool = True) -> SocketModeHandler:
    """A connected Socket Mode handler for `app`, or SocketModeError (nothing left running).

    With `keep_event`, an Events API envelope does not go to Bolt: it is handed to `keep_event` (which makes it
    durable, for the app to handle later) and then acked; if `keep_event` raises, it is not acked, so Slack sends it
    again. Commands and interactivity, whose answers ride on the ack, always go to Bolt.
    `ping_interval` and `watchdog` are there for bench/socket_mode.py, which compares settings.
    """
    handler = SocketModeHandler(app, app_token, logger=logger or logging.getLogger("whosaid.socket_mode"),
                                ping_interval=ping_interval)
    client = handler.client
    if keep_event is not None:
        client.socket_mode_request_listeners[:] = [_EventKeeper(handler, keep_event)]
    try:
        try:
            client.wss_uri = client.issue_new_wss_url()
        except SlackApiError as e:
            code = (e.response.get("error") if e.response is not None else None) or "error"
            raise SocketModeError(
                f"Slack rejected SLACK_APP_TOKEN ({code}). Create an app-level token with the connections:write "
                "scope (Basic Information > App-Level Tokens) and make sure Socket Mode is enabled.",
                detail=f"apps.connections.open: {code}") from None
        except Exception as e:  # noqa: BLE001 - connection refused, DNS, TLS: say where we tried
            raise SocketModeError(
                f"Could not reach Slack to open a Socket Mode connection ({type(e).__name__}).",
                detail=f"apps.connections.open: {type(e).__name__}") from None
        handler.connect()
        if not client.is_connected():
            raise SocketModeError("Slack gave a Socket Mode address but the WebSocket connection failed; "
                                  "check the network (a proxy or firewall blocking wss://?) and try again.")
    except BaseException:
        client.close()
        raise
    if watchdog:
        _Watchdog(client).start()
    return handler


def close_socket_mode(handler: SocketModeHandler, *, wait_s: float = 1.0) -> None:
    """Close the WebSocket handshake-style: our close frame (1000), Slack's echo, then stop the client's threads.

    Waiting for the echo (read by the client's own reader, which then drops the socket) matters: closing a
    socket with unread bytes makes the kernel send a reset, and the peer may lose our close frame with it.
    """
    client = handler.client
    client.auto_reconnect_enabled = False
    # The client's session runner (an IntervalRunner) restarts its receive loop every 0.1 s while the session is
    # open, and each start sets the session state's `terminated` back to False. If that restart falls between
    # `close()` setting `terminated` and closing the socket (a loaded machine: the closing thread waits for the
    # GIL or the reader's lock), the loop never ends and `close()` joins it forever. Stop the restarts first; the
    # loop running now still reads Slack's echo and ends with the connection.
    client.current_session_runner.event.set()
    session = getattr(client, "current_session", None)
    sock = getattr(session, "sock", None)
    if sock is not None:
        try:
            with session.sock_send_lock:
                sock.sendall(_masked_close_frame(1000))
        except OSError as e:
            log.info("could not send the Socket Mode close frame: %s", type(e).__name__)
        else:
            deadline = time.monotonic() + wait_s
            while session.sock is not None and time.monotonic() < deadline:
                time.sleep(0.02)
    handler.close()


class _EventKeeper:
    """The client's request listener with `keep_event`: events kept then acked, everything else to Bolt."""

    def __init__(self, handler: SocketModeHandler, keep_event: Callable[[dict], None]):
        self._bolt = handler.handle
        self._keep = keep_event

    def __call__(self, client, req: SocketModeRequest) -> None:
        if req.type != "events_api" or not isinstance(req.payload, dict) \
                or req.payload.get("type") != "event_callback":
            self._bolt(client, req)
            return
        try:
            self._keep(req.payload)
        except WhosaidError as e:  # e.g. the inbox stayed locked: no ack, Slack sends it again
            log.warning("could not keep event %s (%s); not acknowledged, so Slack sends it again",
                        req.payload.get("event_id"), e)
            return
        client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))


def _masked_close_frame(code: int) -> bytes:
    """A client-to-server WebSocket close frame (RFC 6455: client frames are masked)."""
    payload = struct.pack("!H", code)
    mask = os.urandom(4)
    return bytes([0x88, 0x80 | len(payload)]) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload))


class _Watchdog(threading.Thread):
    """Every quarter second, fixes the three slow spots of the built-in client:

    * the peer closed TCP (no close frame): the client would spin on ``recv() == b""`` until a ping failed,
      so drop the connection;
    * a connection is gone (dropped above, reset, closed by Slack): reconnect now, not at the monitor's
      next tick (every PING_INTERVAL);
    * a connection is being replaced (``disconnect`` from Slack): the client's ``connect()`` waits for the
      old socket's blocking ``recv`` (3 s timeout) before it carries on processing envelopes, so shut the old
      socket down to release it at once. Envelopes still in flight on it are redelivered by Slack (no ack).
    """

    def __init__(self, client) -> None:
        super().__init__(name="whosaid-socket-watchdog", daemon=True)
        self.client = client

    def run(self) -> None:
        stop = threading.Event()
        client = self.client
        backoff, next_try = 0.0, 0.0  # after failed reconnects: 0.5 s, 1 s, 2 s ... 30 s between attempts
        while not client.closed and not stop.wait(_WATCH_EVERY_S):
            session = client.current_session
            sock = getattr(session, "sock", None)
            if sock is not None and client.current_session_state.terminated:
                _shutdown(sock)  # being replaced: unblock its reader
                continue
            if sock is not None and _peer_closed(sock):
                log.info("the Socket Mode connection was closed by the server; reconnecting")
                session.disconnect()
                sock = None
            if sock is not None:
                backoff = 0.0
                continue
            if not client.auto_reconnect_enabled or client.closed or time.monotonic() < next_try:
                continue
            try:
                client.connect_to_new_endpoint()
            except Exception as e:  # noqa: BLE001 - Slack unreachable: logged, tried again after a back-off
                log.warning("Socket Mode reconnect failed (%s); trying again", type(e).__name__)
            if not client.is_connected():
                backoff = min(_MAX_BACKOFF_S, max(0.5, backoff * 2))
                next_try = time.monotonic() + backoff


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _peer_closed(sock: socket.socket) -> bool:
    """True if the peer has closed the TCP connection (readable, and a peek reads 0 bytes).

    Consumes nothing, so it needs no lock against the client's reader. Peeks on a duplicate of the raw TCP
    descriptor: TLS sockets refuse MSG_PEEK, and TLS bytes waiting mean "open".
    """
    try:
        ready, _, _ = select.select([sock], [], [], 0)
        if not ready:
            return False
        with socket.fromfd(sock.fileno(), socket.AF_INET, socket.SOCK_STREAM) as raw:
            return raw.recv(1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
    except BlockingIOError:
        return False
    except (OSError, ValueError):  # closed under us: the client is already replacing it
        return False
