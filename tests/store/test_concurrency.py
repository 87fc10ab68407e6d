"""Threads share one Store the way Bolt's listener threads do."""
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from store import Store
from tests.store.conftest import ALL, article, claim


@pytest.fixture(params=["file", "memory"])
def any_store(request, tmp_path):
    s = Store.open(str(tmp_path / "c.db") if request.param == "file" else ":memory:")
    yield s
    s.close()


def test_concurrent_writers_lose_nothing(any_store):
    def work(t):
        for i in range(50):
            a = article(f"thread {t} article {i}")
            any_store.record_article(a)
            any_store.save_claims(a.id, [claim(f"Person{t} Surname{i % 7}", f"q {t} {i}"), claim("Bennett", "x")])
            any_store.query(f"Surname{i % 7}", viewer=ALL)

    with ThreadPoolExecutor(8) as ex:
        list(ex.map(work, range(8)))
    c = any_store.counts()
    assert c["articles"] == 400 and c["claims"] == 800
    assert sum(1 for _ in any_store.query("Bennett", limit=1000, viewer=ALL)) == 400


def test_first_delivery_and_digest_post_once_under_threads(any_store):
    barrier = threading.Barrier(8)

    def deliver(_):
        barrier.wait()
        return [any_store.first_delivery(f"ev{i}") for i in range(30)], any_store.claim_digest_post("C1", "2024-03-01")

    with ThreadPoolExecutor(8) as ex:
        results = list(ex.map(deliver, range(8)))
    firsts = [sum(r[0][i] for r in results) for i in range(30)]
    assert firsts == [1] * 30
    assert sum(r[1] for r in results) == 1
    assert any_store.claim_digest_post("C2", "2024-03-01") is True
    assert any_store.claim_digest_post("C1", "2024-03-02") is True
    any_store.release_digest_post("C1", "2024-03-02")
    assert any_store.claim_digest_post("C1", "2024-03-02") is True


def test_jobs_claimed_once_under_threads(any_store):
    ids = [any_store.enqueue("analyse", {"n": i}) for i in range(200)]
    assert len(set(ids)) == 200
    taken: list[int] = []
    lock = threading.Lock()

    def worker(w):
        while (job := any_store.claim_next_job(f"w{w}")) is not None:
            with lock:
                taken.append(job.payload["n"])
            any_store.finish_job(job.id, ok=True)

    with ThreadPoolExecutor(8) as ex:
        list(ex.map(worker, range(8)))
    assert sorted(taken) == list(range(200))
    assert any_store.count_jobs("done") == 200 and any_store.count_jobs() == 200


def test_two_stores_on_one_file_first_delivery(tmp_path):
    """Two processes are approximated by two Store objects (separate connections, separate locks)."""
    a, b = Store.open(str(tmp_path / "x.db")), Store.open(str(tmp_path / "x.db"))
    with ThreadPoolExecutor(4) as ex:
        res = list(ex.map(lambda i: (a if i % 2 else b).first_delivery("same"), range(20)))
    assert sum(res) == 1
    assert sum(a.claim_digest_post("C", "d") + b.claim_digest_post("C", "d") for _ in range(3)) == 1
    a.close(), b.close()


def test_busy_database_fails_with_clear_error(tmp_path):
    import sqlite3

    from store import StoreBusyError

    path = str(tmp_path / "busy.db")
    s = Store.open(path, busy_timeout=0.2)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreBusyError) as e:
            s.first_delivery("k")
        assert "busy" in e.value.user_message and path in e.value.user_message
    finally:
        other.execute("ROLLBACK")
    assert s.first_delivery("k") is True
    s.close()


def test_connections_of_finished_threads_are_closed(tmp_path):
    s = Store.open(str(tmp_path / "t.db"))
    for i in range(20):
        t = threading.Thread(target=s.first_delivery, args=(f"k{i}",))
        t.start()
        t.join()
    s.first_delivery("main")
    assert len(s._conns) <= 3
    s.close()


def _claim_all(path, worker, out):
    s = Store.open(path)
    got = []
    while (job := s.claim_next_job(worker)) is not None:
        got.append(job.payload["n"])
        s.finish_job(job.id, ok=True)
    s.close()
    out.put(got)


def test_jobs_and_dedupe_across_processes(tmp_path):
    import multiprocessing as mp

    path = str(tmp_path / "p.db")
    s = Store.open(path)
    for i in range(150):
        s.enqueue("analyse", {"n": i})
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    procs = [ctx.Process(target=_claim_all, args=(path, f"p{i}", q)) for i in range(3)]
    for p in procs:
        p.start()
    results = [q.get(timeout=60) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    taken = [n for r in results for n in r]
    assert sorted(taken) == list(range(150))
    assert s.count_jobs("done") == 150
    s.close()


def test_write_waits_for_another_process_holding_the_lock_then_succeeds(tmp_path):
    import subprocess
    import sys
    import time

    path = str(tmp_path / "locked.db")
    s = Store.open(path, busy_timeout=10)
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({path!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "time.sleep(0.8)\n"
        "c.execute('COMMIT')\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        assert s.first_delivery("waited") is True  # blocks until the other process commits
        assert time.monotonic() - t0 >= 0.3
    finally:
        holder.wait(10)
    assert s.first_delivery("waited") is False
    s.close()
