"""bot/slack/server.py over real loopback sockets: HTTP/1.1 as clients send it (keep-alive, pipelining, 100-continue),
bounds (head, body, idle connections), signed events kept in batches and acked, everything else answered by Bolt."""
from __future__ import annotations

import json
import socket
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from slack_bolt import App
from slack_bolt.authorization import AuthorizeResult

from bot.demo.signing import event_callback, message_event, new_event_id, signed_headers
from bot.slack.intake import EventIntake
from bot.slack.server import EVENTS_PATH, MAX_BODY_BYTES, MAX_HEAD_BYTES, HttpServer, make_server

SECRET = "server-test-secret"


class Kept:
    """The intake's `keep`: records each batch; raises while `.fail` is set."""

    def __init__(self):
        self.batches: list[list[dict]] = []
        self.fail = False
        self.lock = threading.Lock()

    def __call__(self, payloads: list[dict]) -> None:
        if self.fail:
            raise OSError("disk full")
        with self.lock:
            self.batches.append(list(payloads))

    @property
    def ids(self) -> list[str]:
        return [p["event_id"] for batch in self.batches for p in batch]


@pytest.fixture
def kept():
    return Kept()


@pytest.fixture
def app():
    def authorize(**_):  # (no auth.test call: nothing here talks to Slack)
        return AuthorizeResult(enterprise_id=None, team_id="T1", bot_token="xoxb-server-test", bot_user_id="UBOT",
                               bot_id="BBOT")

    bolt = App(signing_secret=SECRET, authorize=authorize)

    @bolt.command("/whosaid")
    def whosaid(ack, command):
        ack(f"You asked about {command['text']}")

    return bolt


@pytest.fixture
def server(app, kept):
    srv = make_server(app, "127.0.0.1", 0, intake=EventIntake(SECRET, kept)).start()
    yield srv
    srv.close()


class Client:
    """A raw HTTP/1.1 client on one connection: what is sent is exactly what a test wrote."""

    def __init__(self, srv):
        self.sock = socket.create_connection(("127.0.0.1", srv.port), timeout=10)
        self.buf = b""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.sock.close()

    def send(self, raw: bytes) -> None:
        self.sock.sendall(raw)

    def _more(self) -> None:
        chunk = self.sock.recv(65536)
        assert chunk, f"closed before a whole response: {self.buf!r}"
        self.buf += chunk

    def response(self) -> tuple[int, dict[str, str], bytes]:
        """The next response (by its Content-Length)."""
        while b"\r\n\r\n" not in self.buf:
            self._more()
        head, self.buf = self.buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v for k, v in (line.split(": ", 1) for line in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(self.buf) < length:
            self._more()
        body, self.buf = self.buf[:length], self.buf[length:]
        return int(lines[0].split()[1]), headers, body

    def closed_by_server(self) -> bool:
        try:
            return self.sock.recv(1) == b""
        except ConnectionResetError:
            return True


def request(method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None, *,
            close: bool = False) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1", f"Content-Length: {len(body)}"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def signed_event(event_id: str | None = None, *, secret: str = SECRET) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(event_callback(message_event("An article."), event_id=event_id or new_event_id()))
    return body.encode(), signed_headers(secret, body)


def test_health_check_then_more_requests_on_the_same_connection(server):
    with Client(server) as c:
        for _ in range(3):
            c.send(request("GET", "/healthz"))
            status, headers, body = c.response()
            assert (status, body, headers["connection"]) == (200, b"ok\n", "keep-alive")


def test_pipelined_requests_are_answered_in_order(server):
    with Client(server) as c:
        c.send(request("GET", "/nowhere") + request("GET", "/healthz") + request("GET", "/healthz", close=True))
        assert [c.response()[0] for _ in range(3)] == [404, 200, 200]
        assert c.closed_by_server()


def test_a_signed_event_is_kept_and_acked_without_bolt(server, kept):
    body, headers = signed_event("Ev0SERVER1")
    with Client(server) as c:
        c.send(request("POST", EVENTS_PATH, body, headers, close=True))
        status, resp_headers, _ = c.response()
    assert status == 200
    assert resp_headers["server-timing"].startswith("app;dur=")
    assert kept.ids == ["Ev0SERVER1"]


def test_an_event_that_could_not_be_kept_is_not_acked(server, kept):
    kept.fail = True
    body, headers = signed_event()
    with Client(server) as c:
        c.send(request("POST", EVENTS_PATH, body, headers, close=True))
        assert c.response()[0] == 500  # Slack delivers it again
    assert kept.batches == []


def test_a_badly_signed_event_goes_to_bolt_which_refuses_it(server, kept):
    body, headers = signed_event(secret="not-the-secret")
    with Client(server) as c:
        c.send(request("POST", EVENTS_PATH, body, headers, close=True))
        assert c.response()[0] == 401
    assert kept.batches == []


def test_a_slash_command_is_answered_by_bolt(server):
    form = "command=%2Fwhosaid&text=Bennett&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2Fx"
    headers = signed_headers(SECRET, form, content_type="application/x-www-form-urlencoded")
    with Client(server) as c:
        c.send(request("POST", EVENTS_PATH, form.encode(), headers, close=True))
        status, _, body = c.response()
    assert status == 200 and b"You asked about Bennett" in body


def test_events_in_flight_at_once_are_each_kept_once_and_acked(server, kept):
    events = [signed_event(f"Ev0BATCH{i:03d}") for i in range(40)]

    def send(event) -> int:
        with Client(server) as c:
            c.send(request("POST", EVENTS_PATH, *event, close=True))
            return c.response()[0]

    with ThreadPoolExecutor(20) as pool:
        assert list(pool.map(send, events)) == [200] * 40
    assert sorted(kept.ids) == [f"Ev0BATCH{i:03d}" for i in range(40)]


def test_expect_100_continue_gets_its_interim_answer(server, kept):
    body, headers = signed_event("Ev0CONTINUE")
    head = request("POST", EVENTS_PATH, body, {**headers, "Expect": "100-continue"}, close=True)[:-len(body)]
    with Client(server) as c:
        c.send(head)
        assert c.response()[0] == 100
        c.send(body)
        assert c.response()[0] == 200
    assert kept.ids == ["Ev0CONTINUE"]


@pytest.mark.parametrize("why, raw, status", [
    ("a body over the limit", request("POST", EVENTS_PATH).replace(b"Content-Length: 0",
                                                                   f"Content-Length: {MAX_BODY_BYTES + 1}".encode()),
     413),
    ("a head over the limit", request("GET", "/healthz", headers={"X-Big": "a" * (MAX_HEAD_BYTES + 1)}), 431),
    ("not HTTP", b"HELLO THERE\r\n\r\n", 400),
    ("a bad length", request("POST", EVENTS_PATH).replace(b"Content-Length: 0", b"Content-Length: ten"), 400),
])
def test_requests_that_cannot_be_read_are_refused_and_closed(server, kept, why, raw, status):
    with Client(server) as c:
        c.send(raw)
        assert c.response()[0] == status, why
        assert c.closed_by_server(), why
    assert kept.batches == []


def test_a_client_that_shuts_its_side_after_sending_still_gets_its_answers(server, kept):
    body, headers = signed_event("Ev0HALFCLOSE")
    form = "command=%2Fwhosaid&text=Kim&user_id=U1&channel_id=C1&team_id=T1&response_url=http%3A%2F%2Fx"
    with Client(server) as c:
        c.send(request("POST", EVENTS_PATH, body, headers)
               + request("POST", EVENTS_PATH, form.encode(),
                         signed_headers(SECRET, form, content_type="application/x-www-form-urlencoded")))
        c.sock.shutdown(socket.SHUT_WR)
        assert c.response()[0] == 200
        status, _, answer = c.response()
        assert status == 200 and b"You asked about Kim" in answer
        assert c.closed_by_server()
    assert kept.ids == ["Ev0HALFCLOSE"]


def test_a_server_closed_without_serving_frees_its_port(app):
    srv = make_server(app, "127.0.0.1", 0)
    port = srv.port
    srv.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()


def test_an_idle_connection_is_closed(app):
    srv = HttpServer(app, "127.0.0.1", 0, idle_timeout_s=0.2).start()
    try:
        with Client(srv) as c:
            c.send(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")  # and then nothing
            assert c.closed_by_server()  # (checked about once a second; the client waits up to 10 s)
    finally:
        srv.close()


def test_close_stops_the_loop_and_frees_the_port(app):
    srv = make_server(app, "127.0.0.1", 0).start()
    port = srv.port
    with Client(srv) as c:
        c.send(request("GET", "/healthz"))
        assert c.response()[0] == 200
        srv.close()
        assert c.closed_by_server()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
