"""The main process's side of a front door (HTTP mode's `bot.acceptor`, Socket Mode's `bot.socket_door`): a thread
that moves the inbox (`store.inbox`) into the log's job queue and hands each kept Slack event to the Bolt app.

    mover = InboxMover(store, inbox_path(db), dispatch_event=..., on_queued=...)
    mover.start()          # moves what waits from before a stop or crash first
    mover.notify(item)     # a front door queued or kept something: move now (a `Receipt`, or an inbox id)
    mover.stop()           # moves what was acked last, then ends

An event whose listener fails (the log stayed locked, a bug) stays first in the inbox for the next move, up to
EVENT_ATTEMPTS tries; then it is set aside in the inbox (`whosaid retry` puts it back) and the inbox moves on.
"""
from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from bot.errors import WhosaidError
from bot.slack.receipts import Receipt
from store import Store
from store.inbox import Delivery, Inbox, drain

log = logging.getLogger("whosaid.inbox")

#: The inbox kind of an Events API delivery kept as it came, for the main process's Bolt app.
EVENT = "slack_event"
#: How often the inbox is moved when no front door has said anything (seconds): what a failed move left there
#: goes to the job queue then, and what `whosaid retry` released.
SWEEP_EVERY_S = 5.0
#: How many moved deliveries are remembered until their receipt comes (they come within moments; the oldest go).
MOVED_KEPT = 10_000
#: How many times an event whose listener failed is tried, one move apart, before it is set aside.
EVENT_ATTEMPTS = 5


def keep_event(inbox: Inbox, payload: dict) -> int | None:
    """A front door keeps an Events API delivery as it came: its inbox id, or None for a redelivery of one kept
    before (deduped on its event id)."""
    return inbox.enqueue_delivery(EVENT, payload, delivery_keys=_event_keys(payload))


def keep_events(inbox: Inbox, payloads: list[dict]) -> list[int | None]:
    """`keep_event` for several deliveries at once, in one transaction."""
    return inbox.enqueue_deliveries([(EVENT, payload, _event_keys(payload)) for payload in payloads])


def _event_keys(payload: dict) -> tuple[str, ...]:
    event_id = payload.get("event_id")
    return (f"event:{event_id}",) if event_id else ()


class InboxMover:
    """Moves the inbox at `path` into `store`'s job queue in a thread of its own, off the front door's path, so a
    busy log never holds up an ack. Each kept event goes to `dispatch_event` (False: its listener failed);
    `on_queued` runs for each receipt whose delivery became a job (wake the workers, put the hourglass)."""

    def __init__(self, store: Store, path: str, *, dispatch_event: Callable[[dict], bool],
                 on_queued: Callable[[Receipt], None] | None = None, sweep_every_s: float = SWEEP_EVERY_S):
        self.store = store
        self.path = path
        self._dispatch_event = dispatch_event
        self._on_queued = on_queued
        self._sweep_every_s = sweep_every_s
        # receipts, kept events' inbox ids (a wake-up), None to stop
        self._receipts: queue.Queue[Receipt | int | None] = queue.Queue()
        # (inbox id, tries) of the event whose listener failed at the last move: the inbox waits on it alone
        self._failing: tuple[int, int] | None = None
        self._inbox: Inbox | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._inbox = Inbox.open(self.path)
        waiting = self._inbox.waiting()  # acked before a stop or crash, not yet moved: moved first
        if waiting:
            log.info("%d deliveries acked before the last stop wait in the inbox: moving them to the job queue",
                     waiting)
        self._thread = threading.Thread(target=self._run, args=(self._inbox,), name="whosaid-inbox-mover",
                                        daemon=True)
        self._thread.start()

    def notify(self, item: Receipt | int) -> None:
        """A front door queued a job (`Receipt`) or kept an event (its inbox id): move the inbox now."""
        self._receipts.put(item)

    def stop(self, timeout: float = 10.0) -> None:
        """Move what the front doors acked last, then end (waiting up to `timeout` for the log)."""
        if self._thread is not None:
            self._receipts.put(None)
            self._thread.join(timeout)
            if self._thread.is_alive():  # e.g. the log is locked: the inbox keeps them for the next start
                log.warning("the inbox mover did not finish within %.0f s; what waits is moved at the next start",
                            timeout)
                return
            self._thread = None
        if self._inbox is not None:
            self._inbox.close()
            self._inbox = None

    def _run(self, inbox: Inbox) -> None:
        """Moves the inbox when a front door has said something (every receipt waiting then, one move), or every
        sweep."""
        moved: dict[int, int | None] = {}  # inbox id → job id (None: the log had it), until its receipt comes
        stopping, first = False, True
        while not stopping:
            try:
                batch = [] if first else [self._receipts.get(timeout=self._sweep_every_s)]
            except queue.Empty:
                batch = []
            first = False
            while not self._receipts.empty():
                batch.append(self._receipts.get_nowait())
            stopping = None in batch
            try:
                done, failed = drain(inbox, self.store, handlers={EVENT: self._dispatch_event})
                moved.update(done)
                if failed is None:
                    self._failing = None
                else:
                    self._event_failed(inbox, failed)
            except WhosaidError as e:  # e.g. the log stayed locked: the deliveries wait in the inbox for the next move
                log.warning("could not move the inbox into the job queue (trying again within %.0f s): %s",
                            self._sweep_every_s, e)
            for receipt in batch:
                if isinstance(receipt, Receipt) and moved.pop(receipt.queued, None) is not None \
                        and self._on_queued is not None:
                    try:
                        self._on_queued(receipt)
                    except Exception:  # noqa: BLE001 - logged with its traceback; the next receipts still go on
                        log.exception("could not wake the workers or mark message %s", receipt.ts)
            for stale in list(moved)[:max(0, len(moved) - MOVED_KEPT)]:
                del moved[stale]

    def _event_failed(self, inbox: Inbox, event: Delivery) -> None:
        """An event's listener failed (Bolt logged why): it stays first in the inbox for the next move, up to
        EVENT_ATTEMPTS tries; then it is set aside."""
        tries = self._failing[1] + 1 if self._failing is not None and self._failing[0] == event.id else 1
        what = f"event {event.payload.get('event_id')} ({(event.payload.get('event') or {}).get('type')})"
        if tries < EVENT_ATTEMPTS:
            self._failing = (event.id, tries)
            log.warning("could not handle %s, try %d of %d: trying again within %.0f s", what, tries,
                        EVENT_ATTEMPTS, self._sweep_every_s)
            return
        self._failing = None
        log.error("could not handle %s after %d tries; set aside: `whosaid retry` hands it to the bot again", what,
                  tries)
        inbox.hold(event.id, tries)
