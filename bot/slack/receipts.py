"""The ⏳ on a message the app has queued a job for ("got it, reading"), put there off the ack path.

A listener hands a `Receipt` (plain data) and a client to `Receipts.mark`. Inline by default (tests, scripts);
the running app uses a small thread pool so Slack's ack never waits for `reactions.add`. In HTTP mode the Events
endpoint runs in its own process (`bot.acceptor`), which forwards each receipt to the main process: the reaction
calls then cost that process nothing.
"""
from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from bot.slack.client import react
from bot.slack.replier import HOURGLASS

RECEIPTS_NICE = 10


@dataclass(frozen=True)
class Receipt:
    """A message a job was queued for, and the workspace it came from (whose token reacts on it). `queued`: the id
    the queue gave it (a job id; in HTTP mode's front door, an inbox id)."""

    channel: str
    ts: str
    team_id: str | None = None
    enterprise_id: str | None = None
    queued: int | None = None


def _lower_priority() -> None:
    """This thread yields the CPU to the Events endpoint under load (Linux: nice is per thread); best effort."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), RECEIPTS_NICE)
    except (AttributeError, OSError):  # not Linux, or not allowed
        pass


class Receipts:
    """Puts ⏳ on received messages: at once, or (`background=True`) from a thread pool, after the ack."""

    def __init__(self, *, background: bool = False, workers: int = 4):
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="whosaid-receipts",
                                        initializer=_lower_priority) if background else None

    def mark(self, receipt: Receipt, client: Any) -> None:
        if self._pool is None:
            react(client, receipt.channel, receipt.ts, HOURGLASS)
        else:
            self._pool.submit(react, client, receipt.channel, receipt.ts, HOURGLASS)

    def close(self) -> None:
        """Finish the reactions in hand and stop the threads."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
