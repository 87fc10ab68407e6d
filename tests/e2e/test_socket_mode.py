"""The real app in Socket Mode against a local Socket Mode server (tests/e2e/socket_server.py) and the stand-in.

In-process cases share one app per test (connected with `bot.slack.socket_mode.open_socket_mode`, exactly what
`whosaid serve` runs); the start-up and SIGTERM cases run `whosaid serve` itself in a subprocess.
"""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from typing import Any, Iterator
from urllib.parse import parse_qsl

import pytest

from bot.app import create_app, start_background
from bot.demo.run import local_env
from bot.demo.signing import (
    DEFAULT_CHANNEL,
    block_actions_payload,
    event_callback,
    global_shortcut_payload,
    message_event,
    message_shortcut_payload,
    slash_command_form,
)
from bot.inbox_mover import EVENT, EVENT_ATTEMPTS
from bot.slack.render import SHORTCUT_CALLBACK_ID
from bot.slack.socket_mode import close_socket_mode, open_socket_mode
from bot.socket_door import SocketDoor
from store import Store
from store.errors import StoreBusyError
from store.inbox import Inbox, inbox_path, release_held_deliveries

from .articles import BRIDGE
from .conftest import REPLY_TIMEOUT, reply_text
from .socket_server import APP_TOKEN, SocketModeServer

# Waits are upper bounds for a loaded CI box; each returns as soon as the thing happens.
RECONNECT_WAIT = 60.0


@dataclass
class SocketBot:
    server: SocketModeServer
    standin: Any
    store: Any
    app: Any
    handler: Any

    def message(self, text: str, *, ts: str | None = None, event_id: str | None = None, retry_attempt: int = 0):
        ts = ts or self.standin.next_ts()
        self.standin.add_message(DEFAULT_CHANNEL, text, ts=ts)
        env = self.server.send("events_api", event_callback(message_event(text, ts=ts), event_id=event_id),
                               retry_attempt=retry_attempt, retry_reason="timeout" if retry_attempt else "")
        return env, ts

    def reply(self, ts: str):
        return self.standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts,
                                     timeout=REPLY_TIMEOUT)[0]

    def command(self, text: str) -> tuple[dict, str]:
        url = self.standin.new_response_url()
        payload = dict(parse_qsl(slash_command_form("/whosaid", text, response_url=url)))
        ack = self.server.wait_ack(self.server.send("slash_commands", payload))
        return ack, url


@pytest.fixture
def socket_server(standin) -> Iterator[SocketModeServer]:
    with SocketModeServer(standin) as s:
        yield s


@pytest.fixture
def socket_bot(settings, standin, socket_server) -> Iterator[SocketBot]:
    """The app behind Socket Mode's front door, as `whosaid serve` runs it (events kept in the inbox, then handed
    to Bolt)."""
    settings = replace(settings, slack_app_token=APP_TOKEN)
    store = Store.open(settings.db_path)
    app = create_app(settings, store)
    runtime = start_background(settings, store=store, app=app, schedule_digest=False, poll_interval=0.5)
    door = SocketDoor(settings, store, app, sweep_every_s=0.2)
    door.open()
    try:
        socket_server.wait_connected()
        yield SocketBot(socket_server, standin, store, app, door.handler)
    finally:
        door.close()
        runtime.stop()
        store.close()


def _answers_after_reconnect(bot: SocketBot, count: int) -> None:
    """After a reconnect: a new connection is there and a pasted article sent on it is answered."""
    bot.server.wait_connected(count, timeout=RECONNECT_WAIT)
    env, ts = bot.message(BRIDGE)
    assert bot.server.wait_ack(env)["envelope_id"] == env
    assert "Bennett" in reply_text(bot.reply(ts))


# ---------------------------------------------------------------- the app over Socket Mode
def test_message_is_acked_and_answered_in_thread(socket_bot):
    env, ts = socket_bot.message(BRIDGE)
    ack = socket_bot.server.wait_ack(env)
    assert ack["envelope_id"] == env
    reply = socket_bot.reply(ts)
    assert reply.get("channel") == DEFAULT_CHANNEL and "Bennett" in reply_text(reply)


def test_redelivered_event_is_answered_once(socket_bot, standin):
    event_id = "Ev0SOCKETREDELIVERY"
    env, ts = socket_bot.message(BRIDGE, event_id=event_id)
    socket_bot.server.wait_ack(env)
    again = socket_bot.server.send("events_api", event_callback(message_event(BRIDGE, ts=ts), event_id=event_id),
                                   retry_attempt=1, retry_reason="timeout")
    socket_bot.server.wait_ack(again)
    socket_bot.reply(ts)
    time.sleep(1.0)  # room for a wrong second reply to show up
    assert len(standin.posts(thread_ts=ts)) == 1


def test_slash_command_answers_after_an_article(socket_bot, standin):
    env, ts = socket_bot.message(BRIDGE)
    socket_bot.reply(ts)
    ack, url = socket_bot.command("Bennett")
    rid = url.rsplit("/", 1)[-1]
    text = json.dumps(ack.get("payload") or {})
    if "fantasy" not in text:
        text += "\n".join(c.text_blob() for c in standin.wait_for(
            "response_url", lambda c: c.get("_response_id") == rid, timeout=10))
    assert "Bennett" in text and "fantasy" in text


def test_message_shortcut_is_acked_and_answered(socket_bot, standin):
    ts = standin.next_ts()
    msg = standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    env = socket_bot.server.send("interactive", message_shortcut_payload(
        SHORTCUT_CALLBACK_ID, message=msg, response_url=standin.new_response_url()))
    socket_bot.server.wait_ack(env)
    assert "Bennett" in reply_text(socket_bot.reply(ts))


@pytest.mark.parametrize("payload", [
    block_actions_payload("whosaid_button_from_an_old_version", value="x"),
    global_shortcut_payload("a_shortcut_removed_from_the_app"),
    message_shortcut_payload("stale_message_shortcut", message={"type": "message", "ts": "1.000001", "text": "hi"}),
    {"type": "view_submission", "user": {"id": "U0REPORTER"}, "team": {"id": "T0STANDIN"},
     "view": {"id": "V1", "type": "modal", "callback_id": "unknown_modal", "state": {"values": {}}}},
    {"type": "view_closed", "user": {"id": "U0REPORTER"}, "team": {"id": "T0STANDIN"},
     "view": {"id": "V2", "type": "modal", "callback_id": "unknown_modal"}},
], ids=["unknown-button", "stale-global-shortcut", "stale-message-shortcut", "view-submission", "view-closed"])
def test_every_interaction_is_acknowledged_and_logged(socket_bot, caplog, payload):
    caplog.set_level("INFO", logger="whosaid.handlers.unhandled")
    env = socket_bot.server.send("interactive", payload)
    assert socket_bot.server.wait_ack(env)["envelope_id"] == env
    assert any("acknowledged an unknown" in r.getMessage() for r in caplog.records)


def test_an_event_set_aside_after_failing_is_answered_after_whosaid_retry(socket_bot, standin):
    """What the inbox mover sets aside when an event's listener keeps failing (tests/bot/test_inbox_mover.py) is
    handed to the running bot again by `whosaid retry`."""
    ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    inbox = Inbox.open(inbox_path(socket_bot.store.path))
    try:
        kept = inbox.enqueue_delivery(EVENT, event_callback(message_event(BRIDGE, ts=ts), event_id="Ev0HELD"))
        inbox.hold(kept, EVENT_ATTEMPTS)
    finally:
        inbox.close()
    time.sleep(0.5)  # sweeps pass: a held event stays held
    assert not standin.posts(thread_ts=ts)
    assert release_held_deliveries(socket_bot.store.path) == 1
    assert "Bennett" in reply_text(socket_bot.reply(ts))


def test_an_event_that_could_not_be_kept_is_not_acked_so_slack_sends_it_again(settings, standin, socket_server):
    kept: list[str] = []

    def keep(payload: dict) -> None:  # the inbox: locked the first time
        if not kept:
            kept.append("busy")
            raise StoreBusyError("The inbox stayed locked.")
        kept.append(payload["event_id"])

    store = Store.open(settings.db_path)
    handler = open_socket_mode(create_app(settings, store), APP_TOKEN, keep_event=keep)
    try:
        socket_server.wait_connected()
        payload = event_callback(message_event("hello", ts=standin.next_ts()), event_id="Ev0KEEP")
        first = socket_server.send("events_api", payload)
        deadline = time.monotonic() + REPLY_TIMEOUT
        while kept != ["busy"] and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # room for a wrong ack to arrive
        assert kept == ["busy"] and not socket_server.acked(first)
        again = socket_server.send("events_api", payload, retry_attempt=1, retry_reason="timeout")
        assert socket_server.wait_ack(again)["envelope_id"] == again
        assert kept == ["busy", "Ev0KEEP"]
    finally:
        close_socket_mode(handler)
        store.close()


# ---------------------------------------------------------------- recovery
def test_refresh_requested_opens_a_new_connection_and_keeps_answering(socket_bot):
    old = socket_bot.server.request_refresh()
    socket_bot.server.wait_closed(old, timeout=RECONNECT_WAIT)
    _answers_after_reconnect(socket_bot, 2)


def test_server_close_frame_is_followed_by_a_reconnect(socket_bot):
    socket_bot.server.close_current(1001)
    _answers_after_reconnect(socket_bot, 2)


def test_server_dropping_tcp_without_close_frame_is_followed_by_a_reconnect(socket_bot):
    socket_bot.server.drop_current()
    _answers_after_reconnect(socket_bot, 2)


def test_silently_dead_connection_is_replaced(socket_bot):
    dead = socket_bot.server.freeze_current()
    _answers_after_reconnect(socket_bot, 2)
    socket_bot.server.wait_closed(dead, timeout=RECONNECT_WAIT)  # the client gave up on it, no leak


def test_close_sends_a_normal_close_frame(settings, standin, socket_server):
    store = Store.open(settings.db_path)
    try:
        handler = open_socket_mode(create_app(settings, store), APP_TOKEN)
        conn = socket_server.wait_connected()
        close_socket_mode(handler)
        socket_server.wait_closed(conn)
        assert conn.close_code == 1000
    finally:
        store.close()


def test_close_returns_when_the_server_never_answers_the_close_frame(settings, standin, socket_server):
    store = Store.open(settings.db_path)
    try:
        handler = open_socket_mode(create_app(settings, store), APP_TOKEN)
        socket_server.wait_connected()
        socket_server.freeze_current()  # our close frame gets no echo: the client closes on its own side
        close_socket_mode(handler)
        client = handler.client
        runners = (client.current_session_runner, client.current_app_monitor, client.message_processor)
        assert all(not r.is_alive() for r in runners), "a Socket Mode client thread is still running"
        assert not client.is_connected()
    finally:
        store.close()


# ---------------------------------------------------------------- `whosaid serve` in Socket Mode
def _serve(standin, tmp_path, app_token: str) -> subprocess.Popen:
    env = local_env(standin, tmp_path / "serve.db", "unused-signing-secret", port=0,
                    extra={"SLACK_APP_TOKEN": app_token, "WHOSAID_EXTRACT_PROCESSES": "0", "LOG_LEVEL": "INFO"})
    env.pop("SLACK_SIGNING_SECRET")
    cmd = [sys.executable, "-c", "from bot.cli import main; main()", "serve", "--no-digest"]
    return subprocess.Popen(cmd, env=env, cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def _read_until(proc: subprocess.Popen, needle: str, timeout: float = 60.0) -> list[str]:
    lines: list[str] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            break
        lines.append(line)
        if needle in line:
            return lines
    raise AssertionError(f"{needle!r} not printed; got:\n{''.join(lines)}")


def test_serve_with_a_rejected_app_token_says_so_and_exits_1(standin, tmp_path, socket_server):
    proc = _serve(standin, tmp_path, "xapp-1-revoked")
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 1, out
    assert "SLACK_APP_TOKEN" in out and "invalid_auth" in out
    assert "Traceback" not in out and "running" not in out
    assert "xapp-1-revoked" not in out
    assert socket_server.connections() == []


def test_serve_with_an_unwritable_inbox_says_so_and_exits_1(standin, tmp_path, socket_server):
    (tmp_path / "serve.db-inbox").mkdir()  # where the inbox file should be: it cannot be opened
    proc = _serve(standin, tmp_path, APP_TOKEN)
    out, _ = proc.communicate(timeout=120)
    assert proc.returncode == 1, out
    assert "inbox" in out and "Traceback" not in out and "running" not in out
    assert socket_server.connections() == []


def test_serve_prints_ready_once_connected_and_closes_cleanly_on_sigterm(standin, tmp_path, socket_server):
    proc = _serve(standin, tmp_path, APP_TOKEN)
    try:
        lines = _read_until(proc, "running")
        # "running" is printed only after the WebSocket is open
        assert socket_server.connections(), "ready line printed before connecting"
        assert sum("running" in ln for ln in lines) == 1
        conn = socket_server.wait_connected()
        env = socket_server.send("events_api", event_callback(message_event("hello there", ts=standin.next_ts())))
        socket_server.wait_ack(env)
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    socket_server.wait_closed(conn)
    assert conn.close_code == 1000, "no close frame: the server saw an abnormal closure (1006)"
    assert "Traceback" not in "".join(lines) + out
