"""The front door's inbox (HTTP mode's and Socket Mode's): a small SQLite file of its own (next to the log:
`<log>-inbox`) where Slack deliveries are queued before the ack, then moved into the log's job queue by the main
process (`drain`).

Why a file of its own: the main process writes to the log all the time (claims, articles, jobs), and every one of
its commits makes the front door wait for the write lock and reread the pages that changed. Here the front door is
the only writer but for `drain`'s small deletes, so an ack costs one short commit on a file that stays in cache.

    inbox = Inbox.open(inbox_path("whosaid.db"), group_commit=True)   # the front door: concurrent puts share commits
    inbox.enqueue_delivery(kind, payload, delivery_keys=(...), dedupe_key=...)  -> inbox id | None (seen before)
    inbox.enqueue_deliveries([(kind, payload, keys), ...])  -> [inbox id | None, ...]   # one transaction
    drain(inbox, store, handlers=...)  -> ({inbox id: job id | None}, failed)   # the main process: into the log,
                                                                                # deduped again there

A delivery the main process could not handle after several tries (an event whose listener keeps failing) is set
aside (`hold`), not dropped: `whosaid retry` puts it back in line (`release_held`).

A delivery is deduped twice: here on its keys (kept a week, like the log's), and again when drained (the log's own
keys and `dedupe_key`), so moving the same rows twice after a crash queues nothing twice.
"""
from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from store.db import TS_FORMAT
from store.errors import StoreBusyError, StoreError
from store.group_commit import GroupCommit
from store.jobs import first_seen

#: How long a delivery's keys are remembered here (the log keeps its own as long: bot.slack.digest.PRUNE_AFTER).
SEEN_FOR = timedelta(days=7)
#: How often `remove_through` also forgets keys older than SEEN_FOR (seconds).
PRUNE_EVERY_S = 3600.0
#: How often, at most, `remove_through` copies the WAL into the file (seconds; each copy is an fsync).
CHECKPOINT_EVERY_S = 1.0
BUSY_TIMEOUT_S = 10.0

SCHEMA = """
create table if not exists deliveries (
    id integer primary key, kind text not null, payload text not null, delivery_keys text not null,
    dedupe_key text, received text not null);
create table if not exists seen (key text primary key, seen_at text not null) without rowid;
create index if not exists seen_at on seen (seen_at);
create table if not exists held (
    id integer primary key, kind text not null, payload text not null, delivery_keys text not null,
    dedupe_key text, received text not null, held text not null, tries integer not null);
"""
_COLUMNS = "kind, payload, delivery_keys, dedupe_key, received"


def _item(kind: str, payload: dict, keys: Iterable[str], dedupe_key: str | None) -> tuple:
    """A delivery as `_put_many` writes it, its keys without repeats."""
    return kind, payload, tuple(dict.fromkeys(keys)), dedupe_key


def inbox_path(db_path: str) -> str:
    """The inbox file that belongs to the log at `db_path`."""
    return f"{db_path}-inbox"


def release_held_deliveries(db_path: str) -> int:
    """`whosaid retry`: the deliveries set aside in the inbox of the log at `db_path`, back in line (the running
    bot, or the next `whosaid serve`, moves them). How many; 0 when there is no inbox (the bot never ran)."""
    path = inbox_path(db_path)
    if not os.path.exists(path):
        return 0
    inbox = Inbox.open(path)
    try:
        return inbox.release_held()
    finally:
        inbox.close()


@dataclass(frozen=True)
class Delivery:
    """A delivery waiting in the inbox: what `Store.enqueue_delivery` takes."""

    id: int
    kind: str
    payload: dict
    delivery_keys: tuple[str, ...]
    dedupe_key: str | None


class Inbox:
    def __init__(self, path: str, conn: sqlite3.Connection, *, group_commit: bool):
        self.path = path
        self._conn = conn
        self._lock = threading.Lock()
        self._group = GroupCommit(self._put_many, name="whosaid-inbox-commit") if group_commit else None
        self._pruned_at = 0.0
        self._checkpointed_at = 0.0

    @classmethod
    def open(cls, path: str, *, group_commit: bool = False) -> "Inbox":
        """Open (creating if needed). `group_commit`: puts from several threads at once share one transaction."""
        conn = None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            conn.execute("pragma journal_mode = wal")
            conn.execute("pragma synchronous = normal")  # as the log: an application crash loses no commit
            conn.execute("pragma secure_delete = on")  # a drained message's text does not linger in the file
            if group_commit:  # the front door: never a checkpoint (an fsync) inside an ack; `remove_through` does it
                conn.execute("pragma wal_autocheckpoint = 0")
            conn.executescript(SCHEMA)
        except sqlite3.Error as e:
            if conn is not None:
                conn.close()
            raise StoreError(f"I can't open the inbox {path}: {e}. Check that its folder can be written.") from e
        return cls(path, conn, group_commit=group_commit)

    def close(self) -> None:
        if self._group is not None:
            self._group.close()
        with self._lock:
            self._conn.close()

    def _transaction(self, fn):
        with self._lock:
            try:
                self._conn.execute("begin immediate")
                try:
                    result = fn(self._conn)
                    self._conn.execute("commit")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("rollback")
                    raise
            except sqlite3.OperationalError as e:
                if "locked" in str(e).lower() or "busy" in str(e).lower():
                    raise StoreBusyError(f"The inbox {self.path} stayed locked for over {BUSY_TIMEOUT_S:g}s.",
                                         detail=str(e)) from e
                raise StoreError(f"Could not write to the inbox {self.path}: {e}") from e
            return result

    # -- the front door ------------------------------------------------------

    def enqueue_delivery(self, kind: str, payload: dict, *, delivery_keys: Iterable[str] = (),
                         dedupe_key: str | None = None) -> int | None:
        """Queue a delivery (as `Store.enqueue_delivery`): its inbox id, or None if one of its keys was seen.
        Returns once the delivery is committed."""
        item = _item(kind, payload, delivery_keys, dedupe_key)
        if self._group is not None:
            return self._group.submit(item)
        return self._put_many([item])[0]

    def enqueue_deliveries(self, items: Sequence[tuple[str, dict, Iterable[str]]]) -> list[int | None]:
        """Queue several deliveries, (kind, payload, delivery keys) each, in one transaction (HTTP mode's front
        door: the events read in one round of its loop): their inbox ids, None for each seen before."""
        return self._put_many([_item(kind, payload, keys, None) for kind, payload, keys in items])

    def _put_many(self, items: Sequence[tuple[str, dict, tuple[str, ...], str | None]]) -> list[int | None]:
        def put(conn: sqlite3.Connection) -> list[int | None]:
            now = _now()
            out: list[int | None] = []
            for kind, payload, keys, dedupe_key in items:
                if not first_seen(conn, "seen", keys, now):
                    out.append(None)
                    continue
                cur = conn.execute(
                    "insert into deliveries (kind, payload, delivery_keys, dedupe_key, received)"
                    " values (?, ?, ?, ?, ?)",
                    [kind, json.dumps(payload, ensure_ascii=False), json.dumps(keys), dedupe_key, now])
                out.append(int(cur.lastrowid))
            return out

        return self._transaction(put)

    # -- the main process ----------------------------------------------------

    def take(self, limit: int = 200) -> list[Delivery]:
        """The oldest deliveries waiting (they stay until `remove_through`)."""
        with self._lock:
            rows = self._conn.execute("select id, kind, payload, delivery_keys, dedupe_key from deliveries"
                                      " order by id limit ?", [limit]).fetchall()
        return [Delivery(r[0], r[1], json.loads(r[2]), tuple(json.loads(r[3])), r[4]) for r in rows]

    def remove_through(self, last_id: int) -> None:
        """Forget deliveries up to `last_id` (moved into the log); now and then also keys older than SEEN_FOR."""
        prune = time.monotonic() - self._pruned_at > PRUNE_EVERY_S

        def remove(conn: sqlite3.Connection) -> None:
            conn.execute("delete from deliveries where id <= ?", [last_id])
            if prune:
                conn.execute("delete from seen where seen_at < ?", [_stamp(datetime.now(timezone.utc) - SEEN_FOR)])

        self._transaction(remove)
        if time.monotonic() - self._checkpointed_at > CHECKPOINT_EVERY_S:
            with self._lock:  # copy the WAL into the file (PASSIVE: never waits for, nor blocks, the front door)
                self._conn.execute("pragma wal_checkpoint(PASSIVE)")
            self._checkpointed_at = time.monotonic()
        if prune:
            self._pruned_at = time.monotonic()

    def waiting(self) -> int:
        with self._lock:
            return self._conn.execute("select count(*) from deliveries").fetchone()[0]

    # -- deliveries that could not be handled ----------------------------------

    def hold(self, delivery_id: int, tries: int) -> None:
        """Set a delivery aside after `tries` failed tries: out of the line, kept until `release_held`."""
        def hold(conn: sqlite3.Connection) -> None:
            conn.execute(f"insert into held ({_COLUMNS}, held, tries) select {_COLUMNS}, ?, ? from deliveries"
                         " where id = ?", [_now(), tries, delivery_id])
            conn.execute("delete from deliveries where id = ?", [delivery_id])

        self._transaction(hold)

    def release_held(self) -> int:
        """Put every delivery set aside back at the end of the line; how many."""
        def release(conn: sqlite3.Connection) -> int:
            n = conn.execute(f"insert into deliveries ({_COLUMNS}) select {_COLUMNS} from held order by id").rowcount
            conn.execute("delete from held")
            return n

        return self._transaction(release)

    def held(self) -> int:
        """How many deliveries are set aside."""
        with self._lock:
            return self._conn.execute("select count(*) from held").fetchone()[0]


def drain(inbox: Inbox, store, *, handlers: Mapping[str, Callable[[dict], bool]] | None = None,
          batch: int = 200) -> tuple[dict[int, int | None], Delivery | None]:
    """Move every delivery waiting in `inbox` into `store`'s job queue, oldest first, except those of a kind in
    `handlers`, each handed to its handler instead (which queues what it needs itself and returns False if it
    could not). Returns ({inbox id: job id, or None if the log had seen it or a handler took it}, the delivery a
    handler failed on, if any: it and those after it stay in the inbox for the next drain). Each batch is committed
    to the log (or handled) before it leaves the inbox, so a crash in between moves it again, and the log's dedupe
    makes that a no-op."""
    handlers = handlers or {}
    moved: dict[int, int | None] = {}
    while rows := inbox.take(batch):
        failed = None
        for i, d in enumerate(rows):
            if d.kind in handlers and not handlers[d.kind](d.payload):
                failed, rows = d, rows[:i]
                break
        queued = [d for d in rows if d.kind not in handlers]
        jobs = store.enqueue_deliveries([(d.kind, d.payload, d.delivery_keys, d.dedupe_key) for d in queued])
        moved.update({d.id: None for d in rows})
        moved.update(zip((d.id for d in queued), jobs))
        if rows:
            inbox.remove_through(rows[-1].id)
        if failed is not None:
            return moved, failed
    return moved, None


def _stamp(when: datetime) -> str:
    return when.strftime(TS_FORMAT)


def _now() -> str:
    return _stamp(datetime.now(timezone.utc))
