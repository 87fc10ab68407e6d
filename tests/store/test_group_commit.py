"""Group commit (the HTTP front door's inbox, tests/store/test_inbox.py): writes asked for by many threads at once
share transactions, each caller answered with its own result once its group is committed."""
from __future__ import annotations

import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from store.group_commit import GroupCommit


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
