"""Durability across crashes: the real `whosaid serve --http` in a subprocess, killed with SIGKILL and restarted
on the same database; every accepted message must be answered exactly once."""
from __future__ import annotations

import time

from bot.demo.signing import DEFAULT_CHANNEL, message_event

from .articles import BRIDGE, variant
from .conftest import REPLY_TIMEOUT


def _send(serve, standin, texts):
    tss = []
    for text in texts:
        ts = standin.next_ts()
        standin.add_message(DEFAULT_CHANNEL, text, ts=ts)
        ack = serve.poster.event(message_event(text, ts=ts))
        assert ack.status == 200, (ack.status, ack.body)
        tss.append(ts)
    return tss


def _wait_one_reply_each(standin, tss, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if all(standin.posts(thread_ts=ts) for ts in tss):
            break
        time.sleep(0.1)
    time.sleep(1.5)  # a duplicate would show up now
    return {ts: len(standin.posts(thread_ts=ts)) for ts in tss}


def test_killed_server_answers_every_accepted_message_once_after_restart(serve, standin):
    serve.start()
    tss = _send(serve, standin, [variant(BRIDGE, i) for i in range(8)])
    serve.kill()  # SIGKILL right after the acks: the burst is only in the database now
    already = {ts for ts in tss if standin.posts(thread_ts=ts)}
    serve.start()
    counts = _wait_one_reply_each(standin, tss, REPLY_TIMEOUT + 10)
    assert counts == {ts: 1 for ts in tss}, (counts, already)


def test_killed_after_replying_but_before_job_done_does_not_reply_twice(serve, standin):
    # The worker posts the reply, then swaps reactions, then marks the job done: hold it in the swap and kill it.
    standin.hang("reactions.remove", 30, times=1)
    serve.start()
    (ts,) = _send(serve, standin, [BRIDGE])
    standin.wait_for("chat.postMessage", lambda c: str(c.get("thread_ts")) == ts, timeout=REPLY_TIMEOUT)
    time.sleep(0.3)  # now inside reactions.remove
    serve.kill()
    serve.start()
    counts = _wait_one_reply_each(standin, [ts], 10)
    assert counts == {ts: 1}
