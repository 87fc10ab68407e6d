"""`whosaid serve --http` for real, in a subprocess: the Events endpoint runs in a process of its own (bot.acceptor)
beside the workers; it answers, forwards the hourglass and the wake-up, and stops with the main process."""
from __future__ import annotations

import os
import signal
import socket
import sqlite3
import time
from pathlib import Path

import pytest

from bench.proc_rss import listening_pids
from bot.demo.signing import DEFAULT_CHANNEL, message_event
from store.inbox import Inbox, inbox_path

from .articles import BRIDGE
from .conftest import REPLY_TIMEOUT


def _refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def _reactions(standin, ts: str, method: str) -> list[str]:
    return [c.get("name") for c in standin.calls(method) if c.get("timestamp") == ts]


pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")


def test_front_door_is_its_own_process_and_everything_reaches_the_thread(serve, standin, tmp_path):
    serve.start()
    doors = listening_pids(serve.port)
    assert len(doors) == 1 and serve.proc.pid not in doors  # the endpoint is not in the workers' process
    ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    ack = serve.poster.event(message_event(BRIDGE, ts=ts))
    assert ack.status == 200
    standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts, timeout=REPLY_TIMEOUT)
    standin.wait_for("reactions.add", lambda c: c.get("timestamp") == ts and c.get("name") == "white_check_mark",
                     timeout=10)
    # The hourglass was forwarded to the main process and put on the message once, then swapped for the tick.
    assert _reactions(standin, ts, "reactions.add") == ["hourglass_flowing_sand", "white_check_mark"]
    assert _reactions(standin, ts, "reactions.remove") == ["hourglass_flowing_sand"]
    assert len(standin.posts(thread_ts=ts)) == 1
    # A redelivery of the same message is acknowledged by the front door and answered by nobody.
    assert serve.poster.event(message_event(BRIDGE, ts=ts), retry_num=1).status == 200

    serve.proc.send_signal(signal.SIGTERM)
    assert serve.proc.wait(20) == 0
    deadline = time.monotonic() + 10
    while listening_pids(serve.port) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _refused(serve.port)  # the front door stopped with it
    time.sleep(1)
    assert len(standin.posts(thread_ts=ts)) == 1
    inbox = Inbox.open(inbox_path(str(tmp_path / "whosaid.db")))
    assert inbox.waiting() == 0  # the redelivery was deduped at the door; nothing waits
    inbox.close()


def test_a_delivery_acked_while_the_main_process_was_stuck_is_answered_after_a_crash(serve, standin, tmp_path):
    serve.start()
    os.kill(serve.proc.pid, signal.SIGSTOP)  # the main process cannot move the inbox into the job queue
    ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    assert serve.poster.event(message_event(BRIDGE, ts=ts)).status == 200  # the front door alone acks it
    inbox = Inbox.open(inbox_path(str(tmp_path / "whosaid.db")))
    try:
        assert inbox.waiting() == 1  # durable before the ack, in the front door's own file
        serve.kill()  # the whole process group, the front door too: nothing was moved
        assert inbox.waiting() == 1 and standin.posts(thread_ts=ts) == []
        serve.start()  # moves what it finds in the inbox first
        standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts, timeout=REPLY_TIMEOUT)
        assert inbox.waiting() == 0
    finally:
        inbox.close()
    assert serve.poster.event(message_event(BRIDGE, ts=ts), retry_num=1).status == 200  # Slack's retry: a duplicate
    time.sleep(1)
    assert len(standin.posts(thread_ts=ts)) == 1


def test_acks_do_not_wait_for_a_locked_log(serve, standin, tmp_path):
    serve.start()
    locker = sqlite3.connect(tmp_path / "whosaid.db", isolation_level=None)
    locker.execute("begin immediate")  # e.g. a big article's claims being saved, or `whosaid backfill`
    try:
        stamps = [standin.next_ts() for _ in range(3)]
        for ts in stamps:
            standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
            # acknowledged while the log's write lock is still held: the front door writes only to its inbox
            assert serve.poster.event(message_event(BRIDGE, ts=ts)).status == 200
    finally:
        locker.execute("rollback")
        locker.close()
    for ts in stamps:  # moved into the job queue once the lock is free, and answered
        standin.wait_for("chat.postMessage", lambda c, ts=ts: str(c.get("thread_ts")) == ts, timeout=REPLY_TIMEOUT)


def test_front_door_dying_stops_serve_with_a_clear_message(serve, tmp_path):
    serve.env["WHOSAID_HTTP_PROCESSES"] = "2"  # two processes serve the port; one dies, serve stops both
    serve.start()
    log_path = tmp_path / "serve.log"
    deadline = time.monotonic() + 60  # a bound on waiting: both front doors serve once "running" is printed
    while "whosaid is running" not in log_path.read_text(errors="replace") and time.monotonic() < deadline:
        time.sleep(0.1)
    door, other = listening_pids(serve.port)
    os.kill(door, signal.SIGKILL)
    assert serve.proc.wait(30) != 0  # a supervisor (systemd, docker) restarts it; queued jobs are durable
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert "HTTP front door stopped unexpectedly" in log and "Traceback" not in log
    assert not Path(f"/proc/{other}").exists() or "zombie" in Path(f"/proc/{other}/status").read_text()


def test_taken_port_is_a_clear_error(serve, tmp_path):
    with socket.socket() as taken:
        taken.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        taken.bind(("127.0.0.1", serve.port))
        taken.listen(1)
        with pytest.raises(RuntimeError, match="exited"):
            serve.start(timeout=60)
    assert serve.proc.returncode != 0
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert f"Could not listen on 127.0.0.1:{serve.port}" in log and "Traceback" not in log
