"""HTTP mode's front door, the main process's side (bot/acceptor.py): an event kept at the door whose listener
fails is tried again at the next moves, then set aside (never dropped) until `whosaid retry`."""
from __future__ import annotations

import logging
from dataclasses import replace

from bot.acceptor import EVENT, EVENT_ATTEMPTS, Acceptor
from bot.config import load_settings
from store import Store
from store.inbox import Inbox, drain, inbox_path, release_held_deliveries


def test_an_event_whose_listener_keeps_failing_is_tried_again_then_set_aside_until_retry(tmp_path, caplog):
    settings = replace(load_settings({}, dotenv_path=None), db_path=str(tmp_path / "w.db"))
    store = Store.open(settings.db_path)
    door, main = Inbox.open(inbox_path(store.path), group_commit=True), Inbox.open(inbox_path(store.path))
    try:
        door.enqueue_delivery(EVENT, {"event_id": "Ev1", "event": {"type": "message"}}, delivery_keys=("event:Ev1",))
        after = door.enqueue_delivery(EVENT, {"event_id": "Ev2", "event": {"type": "message"}},
                                      delivery_keys=("event:Ev2",))
        acceptor = Acceptor(settings, store)
        tries: list[str] = []

        def listener(payload: dict) -> bool:
            tries.append(payload["event_id"])
            return payload["event_id"] != "Ev1"  # Ev1's listener always fails

        with caplog.at_level(logging.WARNING, logger="whosaid.acceptor"):
            for _ in range(EVENT_ATTEMPTS):
                _, failed = drain(main, store, handlers={EVENT: listener})
                assert failed is not None and failed.payload["event_id"] == "Ev1"
                acceptor._event_failed(main, failed)
            assert main.waiting() == 1 and main.held() == 1  # Ev1 set aside after its last try; Ev2 still waits
            moved, failed = drain(main, store, handlers={EVENT: listener})
        assert failed is None and moved == {after: None} and main.waiting() == 0
        assert tries == ["Ev1"] * EVENT_ATTEMPTS + ["Ev2"]
        assert caplog.text.count("trying again") == EVENT_ATTEMPTS - 1
        assert f"event Ev1 (message) after {EVENT_ATTEMPTS} tries; set aside: `whosaid retry`" in caplog.text
        # `whosaid retry` puts it back in line; the next move hands it to the (now working) listener
        assert release_held_deliveries(store.path) == 1 and main.held() == 0
        moved, failed = drain(main, store, handlers={EVENT: lambda payload: tries.append(payload["event_id"]) or True})
        assert failed is None and len(moved) == 1 and tries[-1] == "Ev1" and main.waiting() == 0
    finally:
        door.close()
        main.close()
        store.close()
