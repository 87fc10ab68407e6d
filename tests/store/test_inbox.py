"""The HTTP front door's inbox (store/inbox.py): a file of its own where deliveries wait, deduped, until the main
process moves them into the log's job queue, deduped again there."""
from __future__ import annotations

import sqlite3
from concurrent.futures import ThreadPoolExecutor

import pytest

from store import Store, StoreError
from store.inbox import Inbox, drain, inbox_path, release_held_deliveries


@pytest.fixture
def log_and_inbox(tmp_path):
    store = Store.open(str(tmp_path / "w.db"))
    door = Inbox.open(inbox_path(store.path), group_commit=True)  # the front door's
    main = Inbox.open(inbox_path(store.path))  # the main process's
    yield store, door, main
    door.close()
    main.close()
    store.close()


def deliver(inbox: Inbox, i: int) -> int | None:
    # every message is delivered twice, as Slack's retries are: once per event id, both naming the message
    return inbox.enqueue_delivery("message", {"n": i % 60, "text": "«quoted»"},
                                  delivery_keys=(f"event:{i}", f"msg:C1:{i % 60}"), dedupe_key=f"C1:{i % 60}")


def test_concurrent_deliveries_are_deduped_in_the_inbox_and_become_one_job_each(log_and_inbox, tmp_path):
    store, door, main = log_and_inbox
    with ThreadPoolExecutor(16) as ex:
        ids = list(ex.map(lambda i: deliver(door, i), range(120)))
    waiting = [i for i in ids if i is not None]
    assert len(waiting) == 60 and len(set(waiting)) == 60  # one per message, whichever delivery came first
    # committed before the caller was answered: another connection (process) sees them, in a file of their own
    with sqlite3.connect(tmp_path / "w.db-inbox") as other:
        assert other.execute("select count(*) from deliveries").fetchone()[0] == 60
    assert store.count_jobs() == 0

    moved, _ = drain(main, store)
    assert sorted(moved) == sorted(waiting) and None not in moved.values()
    assert store.count_jobs("queued") == 60 and main.waiting() == 0
    payloads = sorted(store.get_job(j).payload["n"] for j in moved.values())
    assert payloads == list(range(60))
    assert store.get_job(moved[waiting[0]]).payload["text"] == "«quoted»"
    # a redelivery after the move is still a duplicate at the door (its keys are remembered there)
    assert deliver(door, 0) is None and drain(main, store) == ({}, None)


def test_moving_the_same_deliveries_twice_queues_nothing_twice(log_and_inbox):
    store, door, main = log_and_inbox
    first = deliver(door, 1)
    rows = main.take()
    # a crash after the log committed but before the inbox forgot them: the next move finds them again
    store.enqueue_deliveries([(d.kind, d.payload, d.delivery_keys, d.dedupe_key) for d in rows])
    assert drain(main, store) == ({first: None}, None)  # deduped by the log: no second job
    assert store.count_jobs() == 1 and main.waiting() == 0


def test_a_delivery_the_log_already_had_moves_as_none(log_and_inbox):
    store, door, main = log_and_inbox
    store.enqueue_delivery("message", {"n": 2}, delivery_keys=("msg:C1:2",), dedupe_key="C1:2")  # e.g. Socket Mode
    i = deliver(door, 2)  # the inbox had not seen it (another event id): it queues it
    assert i is not None and drain(main, store) == ({i: None}, None)
    assert store.count_jobs() == 1


def test_a_log_that_cannot_take_them_leaves_them_waiting(log_and_inbox):
    store, door, main = log_and_inbox
    i = deliver(door, 3)
    store.close()
    with pytest.raises(StoreError):
        drain(main, store)
    assert main.waiting() == 1  # nothing lost: the next move takes it
    with Store.open(store.path) as reopened:
        assert drain(main, reopened) == ({i: reopened.get_job(1).id}, None)


def test_drained_text_does_not_linger_in_the_file(log_and_inbox, tmp_path):
    store, door, main = log_and_inbox
    door.enqueue_delivery("message", {"text": "a secret from a private channel"}, delivery_keys=("event:s",))
    drain(main, store)
    door.close()
    main.close()
    for name in ("w.db-inbox", "w.db-inbox-wal"):
        path = tmp_path / name
        assert not path.exists() or b"a secret from a private channel" not in path.read_bytes()


def test_an_inbox_that_cannot_be_opened_is_a_store_error(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(StoreError, match="inbox"):
        Inbox.open(str(tmp_path / "dir"))


def test_deliveries_of_a_handled_kind_go_to_their_handler_not_the_job_queue(log_and_inbox):
    store, door, main = log_and_inbox
    handled: list[dict] = []
    event = door.enqueue_delivery("event", {"event_id": "Ev1"}, delivery_keys=("event:Ev1",))
    job = deliver(door, 1)
    moved, failed = drain(main, store, handlers={"event": lambda p: handled.append(p) or True})
    assert failed is None and handled == [{"event_id": "Ev1"}]
    assert moved == {event: None, job: store.get_job(1).id} and store.count_jobs("queued") == 1
    assert main.waiting() == 0


def test_a_handler_that_fails_leaves_its_delivery_and_those_after_it_waiting(log_and_inbox):
    store, door, main = log_and_inbox
    first = door.enqueue_delivery("event", {"n": 1}, delivery_keys=("event:1",))
    second = door.enqueue_delivery("event", {"n": 2}, delivery_keys=("event:2",))
    third = deliver(door, 3)
    seen: list[int] = []

    def handle(payload: dict) -> bool:
        seen.append(payload["n"])
        return payload["n"] != 2  # the second one's listener fails (e.g. the log stayed locked)

    moved, failed = drain(main, store, handlers={"event": handle})
    assert moved == {first: None} and failed is not None and failed.id == second
    assert main.waiting() == 2 and store.count_jobs("queued") == 0  # the second and the job after it wait
    moved, failed = drain(main, store, handlers={"event": lambda p: seen.append(p["n"]) or True})
    assert failed is None and seen == [1, 2, 2] and set(moved) == {second, third}
    assert main.waiting() == 0 and store.count_jobs("queued") == 1


def test_a_delivery_set_aside_leaves_the_line_and_comes_back_whole_at_the_end(log_and_inbox):
    store, door, main = log_and_inbox
    first = door.enqueue_delivery("event", {"n": 1, "text": "«quoted»"}, delivery_keys=("event:1",),
                                  dedupe_key="C1:1")
    second = deliver(door, 2)
    main.hold(first, tries=5)
    assert main.held() == 1 and [d.id for d in main.take()] == [second]
    assert door.enqueue_delivery("event", {"n": 1}, delivery_keys=("event:1",)) is None  # still deduped
    assert main.release_held() == 1 and main.held() == 0
    back = main.take()
    assert [d.id for d in back][0] == second and len(back) == 2  # behind what came in meanwhile
    assert (back[1].kind, back[1].payload, back[1].delivery_keys, back[1].dedupe_key) == (
        "event", {"n": 1, "text": "«quoted»"}, ("event:1",), "C1:1")
    assert main.release_held() == 0


def test_releasing_held_deliveries_without_an_inbox_creates_none(tmp_path):
    db = str(tmp_path / "socket-mode.db")
    assert release_held_deliveries(db) == 0
    assert not (tmp_path / "socket-mode.db-inbox").exists()
