"""A local Socket Mode server, following Slack's protocol, for tests and the reconnect bench.

Slack's Socket Mode: the app calls ``apps.connections.open`` with its app-level
token (``xapp-…``) and gets a one-time ``wss://`` URL; it opens a WebSocket
there; the server says ``{"type": "hello"}``, then sends envelopes
(``events_api``, ``slash_commands``, ``interactive``) each with an
``envelope_id`` the app must acknowledge (``{"envelope_id": …, "payload": …}``)
within 3 s; ``{"type": "disconnect", "reason": "refresh_requested"}`` asks the
app to open a new connection; the server may also close a connection at any time.

:class:`SocketModeServer` is a plain RFC 6455 WebSocket server on 127.0.0.1
(stdlib only, ``ws://``) that registers ``apps.connections.open`` on a
:class:`~bot.demo.standin.SlackStandIn`, so the real app's Web API client and
Socket Mode client both talk to loopback. For fault injection it can send
``disconnect``, close a connection with a close frame, drop it (TCP close, no
frame), or *freeze* it: keep the TCP connection open but drop whatever the client
sends and answer nothing (no pongs, no acks), as a silently dead network path
looks from the client.
"""
from __future__ import annotations

import base64
import hashlib
import itertools
import json
import logging
import os
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from bot.demo.standin import SlackStandIn

log = logging.getLogger(__name__)

APP_TOKEN = "xapp-1-A0WHOSAID-standin"
_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_TEXT, OP_CLOSE, OP_PING, OP_PONG = 0x1, 0x8, 0x9, 0xA
#: How long the waits below give the app by default: a blow-up guard, generous for a loaded 2-core CI machine
#: (the waits return as soon as what they wait for happens).
WAIT_S = 30.0


@dataclass
class Connection:
    """One WebSocket connection the app opened."""

    number: int
    sock: socket.socket
    opened_at: float = field(default_factory=time.monotonic)
    closed_at: float | None = None
    close_code: int | None = None  # the code of the close frame the CLIENT sent (None: none, e.g. TCP drop)
    frozen: bool = False
    _send_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def open(self) -> bool:
        return self.closed_at is None

    def send_frame(self, opcode: int, payload: bytes = b"") -> None:
        header = bytes([0x80 | opcode])
        n = len(payload)
        if n < 126:
            header += bytes([n])
        elif n < 65536:
            header += bytes([126]) + struct.pack("!H", n)
        else:
            header += bytes([127]) + struct.pack("!Q", n)
        with self._send_lock:
            self.sock.sendall(header + payload)

    def send_json(self, obj: dict[str, Any]) -> None:
        self.send_frame(OP_TEXT, json.dumps(obj).encode("utf-8"))


class SocketModeServer:
    """Socket Mode on loopback. Use as a context manager with a started :class:`SlackStandIn`."""

    def __init__(self, standin: SlackStandIn, *, app_token: str = APP_TOKEN):
        self.standin = standin
        self.app_token = app_token
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._conns: list[Connection] = []
        self._acks: dict[str, dict[str, Any]] = {}
        self._sent_at: dict[str, float] = {}
        self._ids = itertools.count(1)
        self._tickets: set[str] = set()
        self.opens = 0  # apps.connections.open calls answered ok
        self._listener: socket.socket | None = None
        self._closing = False

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> "SocketModeServer":
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.standin.route("apps.connections.open", self._connections_open)
        threading.Thread(target=self._accept_loop, name="socket-mode-accept", daemon=True).start()
        return self

    def close(self) -> None:
        self._closing = True
        if self._listener is not None:
            self._listener.close()
        for c in self.connections():
            if c.open:
                self._finish(c)

    def __enter__(self) -> "SocketModeServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ apps.connections.open
    def _connections_open(self, params: dict[str, Any], token: str) -> dict[str, Any]:
        if not token:
            return {"ok": False, "error": "not_authed"}
        if token != self.app_token:
            return {"ok": False, "error": "invalid_auth"}
        ticket = base64.urlsafe_b64encode(os.urandom(9)).decode()
        with self._lock:
            self._tickets.add(ticket)
            self.opens += 1
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/?{urlencode({'ticket': ticket})}"}

    # ------------------------------------------------------------------ connections
    def _accept_loop(self) -> None:
        n = itertools.count(1)
        while not self._closing:
            try:
                sock, _ = self._listener.accept()  # type: ignore[union-attr]
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock, next(n)), name="socket-mode-conn", daemon=True).start()

    def _serve(self, sock: socket.socket, number: int) -> None:
        try:
            request = _read_http_head(sock)
        except OSError:
            sock.close()
            return
        lines = request.split("\r\n")
        path = lines[0].split(" ")[1] if len(lines[0].split(" ")) > 1 else ""
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:] if ln)}
        ticket = path.split("ticket=", 1)[-1] if "ticket=" in path else ""
        with self._lock:
            valid = ticket in self._tickets
            self._tickets.discard(ticket)  # one-time URL, as Slack's
        key = headers.get("sec-websocket-key", "")
        if not valid or headers.get("upgrade", "").lower() != "websocket" or not key:
            sock.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            sock.close()
            return
        accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
        sock.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Accept: {accept}\r\n\r\n").encode())
        conn = Connection(number=number, sock=sock)
        with self._cond:
            self._conns.append(conn)
            self._cond.notify_all()
        conn.send_json({"type": "hello", "num_connections": 1,
                        "debug_info": {"host": "standin", "approximate_connection_time": 18060},
                        "connection_info": {"app_id": "A0WHOSAID"}})
        try:
            self._read_loop(conn)
        finally:
            self._finish(conn)

    def _read_loop(self, conn: Connection) -> None:
        reader = _FrameReader(conn.sock)
        while True:
            frame = reader.next()
            if frame is None:
                return
            opcode, payload = frame
            if conn.frozen:  # a dead path: what the client sends is lost, nothing is answered
                continue
            if opcode == OP_PING:
                try:
                    conn.send_frame(OP_PONG, payload)
                except OSError:
                    return
            elif opcode == OP_CLOSE:
                conn.close_code = struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else 1005
                try:
                    conn.send_frame(OP_CLOSE, payload[:2])
                except OSError:
                    pass
                return
            elif opcode == OP_TEXT:
                try:
                    msg = json.loads(payload.decode("utf-8"))
                except ValueError:
                    continue
                if isinstance(msg, dict) and msg.get("envelope_id"):
                    with self._cond:
                        msg["_received_at"] = time.monotonic()
                        self._acks[msg["envelope_id"]] = msg
                        self._cond.notify_all()

    def _finish(self, conn: Connection) -> None:
        with self._cond:
            if conn.closed_at is None:
                conn.closed_at = time.monotonic()
            self._cond.notify_all()
        try:
            conn.sock.close()
        except OSError:
            pass

    def connections(self) -> list[Connection]:
        with self._lock:
            return list(self._conns)

    def current(self) -> Connection | None:
        """The newest open connection."""
        with self._lock:
            open_ = [c for c in self._conns if c.closed_at is None and not c.frozen]
        return open_[-1] if open_ else None

    def wait_connected(self, count: int = 1, *, timeout: float = WAIT_S) -> Connection:
        """Wait until at least `count` connections were opened in all and one is open; return the newest open one."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                open_ = [c for c in self._conns if c.closed_at is None and not c.frozen]
                if len(self._conns) >= count and open_:
                    return open_[-1]
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"socket mode: {len(self._conns)} connection(s) opened, "
                                       f"{len(open_)} open; wanted {count}")
                self._cond.wait(min(left, 0.1))

    def wait_closed(self, conn: Connection, *, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        with self._cond:
            while conn.closed_at is None:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"socket mode: connection {conn.number} still open")
                self._cond.wait(min(left, 0.1))

    # ------------------------------------------------------------------ faults
    def request_refresh(self) -> Connection:
        """Send ``disconnect`` (refresh_requested) on the current connection, as Slack does before rotating."""
        conn = self._need_current()
        conn.send_json({"type": "disconnect", "reason": "refresh_requested",
                        "debug_info": {"host": "standin"}})
        return conn

    def close_current(self, code: int = 1001) -> Connection:
        """Close the current connection from the server side with a close frame (then TCP close)."""
        conn = self._need_current()
        try:
            conn.send_frame(OP_CLOSE, struct.pack("!H", code))
        except OSError:
            pass
        self._finish(conn)
        return conn

    def drop_current(self) -> Connection:
        """Close the current connection's TCP socket without a close frame."""
        conn = self._need_current()
        try:
            conn.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._finish(conn)
        return conn

    def freeze_current(self) -> Connection:
        """Make the current connection silently dead: open, but nothing it sends is answered again."""
        conn = self._need_current()
        conn.frozen = True
        with self._cond:
            self._cond.notify_all()
        return conn

    def _need_current(self) -> Connection:
        conn = self.current()
        if conn is None:
            raise RuntimeError("socket mode: no open connection")
        return conn

    # ------------------------------------------------------------------ envelopes
    def send(self, kind: str, payload: dict[str, Any], *, retry_attempt: int = 0, retry_reason: str = "",
             accepts_response_payload: bool | None = None, conn: Connection | None = None) -> str:
        """Send an envelope (events_api, slash_commands, interactive) on the current connection; its envelope_id."""
        conn = conn or self._need_current()
        envelope_id = f"env-{next(self._ids):06d}-{os.urandom(3).hex()}"
        if accepts_response_payload is None:
            accepts_response_payload = kind != "events_api"
        msg = {"envelope_id": envelope_id, "type": kind, "payload": payload,
               "accepts_response_payload": accepts_response_payload}
        if kind == "events_api":
            msg["retry_attempt"] = retry_attempt
            msg["retry_reason"] = retry_reason
        with self._lock:
            self._sent_at[envelope_id] = time.monotonic()
        conn.send_json(msg)
        return envelope_id

    def wait_ack(self, envelope_id: str, *, timeout: float = WAIT_S) -> dict[str, Any]:
        """The app's acknowledgement of an envelope (with ``_seconds``: time from send to ack)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while envelope_id not in self._acks:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"socket mode: no ack for {envelope_id}")
                self._cond.wait(min(left, 0.1))
            ack = dict(self._acks[envelope_id])
            ack["_seconds"] = ack["_received_at"] - self._sent_at.get(envelope_id, ack["_received_at"])
            return ack

    def acked(self, envelope_id: str) -> bool:
        with self._lock:
            return envelope_id in self._acks


def _read_http_head(sock: socket.socket, limit: int = 16384) -> str:
    data = b""
    sock.settimeout(5)
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(1024)
        if not chunk or len(data) > limit:
            raise OSError("bad handshake")
        data += chunk
    sock.settimeout(None)
    head, _, rest = data.partition(b"\r\n\r\n")
    if rest:  # the client sent nothing after its request line before our 101; keep it simple
        raise OSError("unexpected data after handshake")
    return head.decode("latin-1")


class _FrameReader:
    """Reads client frames (masked, possibly fragmented) from a socket; returns (opcode, payload) or None at EOF."""

    def __init__(self, sock: socket.socket):
        self.sock = sock
        self.buf = b""

    def _need(self, n: int) -> bytes | None:
        while len(self.buf) < n:
            try:
                chunk = self.sock.recv(65536)
            except OSError:
                return None
            if not chunk:
                return None
            self.buf += chunk
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def next(self) -> tuple[int, bytes] | None:
        message_op, parts = None, []
        while True:
            head = self._need(2)
            if head is None:
                return None
            fin, opcode = head[0] & 0x80, head[0] & 0x0F
            masked, n = head[1] & 0x80, head[1] & 0x7F
            if n == 126:
                ext = self._need(2)
                if ext is None:
                    return None
                n = struct.unpack("!H", ext)[0]
            elif n == 127:
                ext = self._need(8)
                if ext is None:
                    return None
                n = struct.unpack("!Q", ext)[0]
            mask = self._need(4) if masked else b""
            if mask is None:
                return None
            data = self._need(n) if n else b""
            if data is None:
                return None
            if masked:
                data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
            if opcode >= 0x8:  # control frames may come between fragments
                return opcode, data
            if opcode != 0:
                message_op = opcode
            parts.append(data)
            if fin:
                return message_op or OP_TEXT, b"".join(parts)
