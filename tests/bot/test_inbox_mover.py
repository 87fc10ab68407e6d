"""The main process's side of a front door (bot/inbox_mover.py): an event kept at the door whose listener fails is
tried again at the next moves, then set aside (never dropped) until `whosaid retry`; the events after it go on."""
from __future__ import annotations

import logging
import threading
import time

from bot.inbox_mover import EVENT, EVENT_ATTEMPTS, InboxMover
from store import Store
from store.inbox import Inbox, inbox_path, release_held_deliveries

WAIT_S = 60.0  # an upper bound for a loaded box; each wait returns as soon as the thing happens


def test_an_event_whose_listener_keeps_failing_is_tried_again_then_set_aside_until_retry(tmp_path, caplog):
    store = Store.open(str(tmp_path / "w.db"))
    door = Inbox.open(inbox_path(store.path), group_commit=True)
    tries: list[str] = []
    working = threading.Event()  # the listener is fixed (the log unlocked, a new release)
    handled = threading.Event()

    def listener(payload: dict) -> bool:
        tries.append(payload["event_id"])
        if payload["event_id"] == "Ev1" and not working.is_set():
            return False  # Ev1's listener fails
        if payload["event_id"] == "Ev1":
            handled.set()
        return True

    mover = InboxMover(store, inbox_path(store.path), dispatch_event=listener, sweep_every_s=0.05)
    try:
        with caplog.at_level(logging.WARNING, logger="whosaid.inbox"):
            for event_id in ("Ev1", "Ev2"):
                door.enqueue_delivery(EVENT, {"event_id": event_id, "event": {"type": "message"}},
                                      delivery_keys=(f"event:{event_id}",))
            mover.start()
            _wait(lambda: door.held() == 1 and door.waiting() == 0)  # Ev1 set aside after its last try; Ev2 moved
        assert tries == ["Ev1"] * EVENT_ATTEMPTS + ["Ev2"]
        assert caplog.text.count("trying again") == EVENT_ATTEMPTS - 1
        assert f"event Ev1 (message) after {EVENT_ATTEMPTS} tries; set aside: `whosaid retry`" in caplog.text
        # `whosaid retry` puts it back in line; the running mover's next sweep hands it to the listener
        working.set()
        assert release_held_deliveries(store.path) == 1
        assert handled.wait(WAIT_S) and tries[-1] == "Ev1"
        _wait(lambda: door.held() == 0 and door.waiting() == 0)
    finally:
        mover.stop()
        door.close()
        store.close()


def test_what_waits_in_the_inbox_is_moved_at_start_and_at_stop(tmp_path):
    """Deliveries acked before a crash are moved when the mover starts; those acked last before a stop are moved
    before it ends."""
    store = Store.open(str(tmp_path / "w.db"))
    door = Inbox.open(inbox_path(store.path), group_commit=True)
    seen: list[str] = []
    mover = InboxMover(store, inbox_path(store.path), dispatch_event=lambda p: seen.append(p["event_id"]) or True,
                       sweep_every_s=3600)
    try:
        door.enqueue_delivery(EVENT, {"event_id": "Ev1"}, delivery_keys=("event:Ev1",))
        mover.start()
        _wait(lambda: seen == ["Ev1"])
        mover.notify(door.enqueue_delivery(EVENT, {"event_id": "Ev2"}, delivery_keys=("event:Ev2",)))
        door.enqueue_delivery(EVENT, {"event_id": "Ev3"}, delivery_keys=("event:Ev3",))  # no word to the mover
        mover.stop()
        assert seen == ["Ev1", "Ev2", "Ev3"] and door.waiting() == 0
    finally:
        mover.stop()
        door.close()
        store.close()


def _wait(condition) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
