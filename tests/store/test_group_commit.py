"""Group commit (the HTTP front door's store): deliveries queued from many threads at once share transactions,
each deduped as if alone, each caller answered only once its own delivery is committed."""
from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from store import Store
from store.group_commit import GroupCommit


@pytest.fixture
def grouped(tmp_path):
    s = Store.open(str(tmp_path / "g.db"), group_commit=True)
    yield s
    s.close()


def test_many_threads_one_job_per_delivery_and_redeliveries_deduped(grouped, tmp_path):
    def deliver(i: int) -> int | None:
        # every delivery is sent twice, as Slack's retries are: once with its event id, once as a redelivery
        return grouped.enqueue_delivery("message", {"n": i % 60}, delivery_keys=(f"event:{i}", f"msg:C1:{i % 60}"),
                                        dedupe_key=f"C1:{i % 60}")

    with ThreadPoolExecutor(16) as ex:
        ids = list(ex.map(deliver, range(120)))
    queued = [i for i in ids if i is not None]
    assert len(queued) == 60 and len(set(queued)) == 60  # one job per message, whichever delivery came first
    assert grouped.count_jobs("queued") == 60
    # what a caller was told is what another process reads: committed, not only in a pending transaction
    with sqlite3.connect(tmp_path / "g.db") as other:
        assert other.execute("select count(*) from jobs").fetchone()[0] == 60
        # the first delivery of each message records both its keys; a redelivery changes nothing
        assert other.execute("select count(*) from slack_events").fetchone()[0] == 120


def test_groups_form_under_concurrency_and_each_caller_gets_its_own_result():
    sizes: list[int] = []
    gate = threading.Event()

    def run(items):
        sizes.append(len(items))
        gate.wait(30)  # hold the first group so the others pile up behind it
        return [f"done {item}" for item in items]

    group = GroupCommit(run)
    with ThreadPoolExecutor(8) as ex:
        futures = [ex.submit(group.submit, i) for i in range(8)]
        deadline = time.monotonic() + 30  # a bound on waiting, not a speed check
        while sum(sizes) + len(group._pending) < 8 and time.monotonic() < deadline:  # the first group is held
            time.sleep(0.01)
        gate.set()
        results = [f.result(30) for f in futures]
    group.close()
    assert results == [f"done {i}" for i in range(8)]
    assert sum(sizes) == 8 and max(sizes) > 1  # fewer transactions than callers


def test_a_failed_group_raises_in_every_caller_of_that_group_and_the_next_group_still_commits():
    calls = []

    def run(items):
        calls.append(list(items))
        if "bad" in items:
            raise sqlite3.OperationalError("disk I/O error")
        return items

    group = GroupCommit(run)
    with pytest.raises(sqlite3.OperationalError):
        group.submit("bad")
    assert group.submit("good") == "good"
    group.close()
    with pytest.raises(RuntimeError, match="closed"):
        group.submit("late")
    assert calls == [["bad"], ["good"]]
