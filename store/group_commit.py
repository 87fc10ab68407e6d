"""Group commit: writes that several threads ask for at once share one transaction.

Each caller still returns only once its own write is durable (a Slack ack still follows the commit), but the write
lock, the journal's writes and the commit are paid once per group. One thread runs the groups; it starts on first
use and stops with `close()`.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from typing import Any


class GroupCommit:
    """`submit(item)` → the result of `run(group)` for that item, where `run` writes a group in one transaction
    and returns one result per item (if it raises, every item of the group gets the error)."""

    def __init__(self, run: Callable[[Sequence[Any]], Sequence[Any]], *, name: str = "whosaid-group-commit"):
        self._run = run
        self._name = name
        self._pending: list[tuple[Any, Future]] = []
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False

    def submit(self, item: Any) -> Any:
        done: Future = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("the store is closed")
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name=self._name, daemon=True)
                self._thread.start()
            self._pending.append((item, done))
            self._cond.notify()
        return done.result()

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closed:
                    self._cond.wait()
                if not self._pending:
                    return  # closed, nothing left
                group, self._pending = self._pending, []
            try:
                results = self._run([item for item, _ in group])
            except BaseException as e:  # noqa: BLE001 - handed to every caller of the group, who raises it
                for _, done in group:
                    done.set_exception(e)
                continue
            for (_, done), result in zip(group, results):
                done.set_result(result)

    def close(self) -> None:
        """Finish the writes in hand, then stop the thread."""
        with self._cond:
            self._closed = True
            self._cond.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(10)
