"""`Store`: the SQLite log of articles, claims and speakers.

Thread safety: each thread gets its own connection (threading.local) for a
file database; writes in this process are serialised by a lock and run in
`BEGIN IMMEDIATE` transactions. Across processes SQLite's busy timeout makes a
writer wait for another's lock; after `busy_timeout` seconds it raises
`StoreBusyError` with a clear message. WAL mode lets readers run during writes.
A store opened with `readonly=True` (the CLI's read commands) never creates,
migrates or writes the file (no journal-mode switch either), so it works on a
read-only file or folder. SQLite errors a user can act on (not a database,
read-only, cannot open) become a `StoreError` with a one-line message.
An in-memory database (":memory:", for tests) uses one shared connection
behind the lock.
"""
from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import sqlite_utils

from bot import neardup
from bot.article import Article
from bot.claims.model import Claim
from store import backfill as bf
from store import check as ck
from store import copies as cp
from store import digest as dg
from store import export as ex
from store import feeds as fd
from store import follows as fl
from store import forget as fg
from store import grouping as gr
from store import jobs as jb
from store import queries as q
from store import speakers as sp
from store import visibility as vis
from store.errors import NoDatabaseError, StoreBusyError, StoreError
from store.migrations import MIGRATIONS, applied, migrate
from store.types import (
    BackfillFailure,
    CheckHit,
    Digest,
    Feed,
    FeedEntry,
    FeedFailure,
    FollowNotice,
    ForgetReport,
    Job,
    MergePlan,
    MessageRef,
    QuoteGroup,
    QuoteHit,
    Speaker,
    SpeakerCount,
    SpeakerMatch,
    StoredArticle,
    Viewer,
)

log = logging.getLogger(__name__)

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
GROUP_FETCH = 4  # grouped answers read this many hits per quote asked for (repeats collapse)
ARTICLE_COLUMNS = ("id, url, title, published, text, status, error, created, updated,"
                   " source_channel, source_ts, source_user, operator")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _day(d: date | str) -> str:
    return d.isoformat() if isinstance(d, date) else str(d)


def _start_of(d: date | str | datetime) -> datetime:
    """Midnight UTC starting day `d` (a datetime is taken as is)."""
    if isinstance(d, datetime):
        return d if d.tzinfo else d.replace(tzinfo=timezone.utc)
    day = d if isinstance(d, date) else date.fromisoformat(str(d)[:10])
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)


def record_article_row(conn: sqlite3.Connection, article: Article, source: MessageRef | None, status: str,
                       now: str, *, operator: int | None = None) -> None:
    """Insert the article, or fill in what an earlier record of it lacked; link the message, if any.
    `operator`: 1 / 0 marks an operator source public / private (see Store.record_article); None changes nothing."""
    exists = conn.execute("select 1 from articles where id = ?", [article.id]).fetchone()
    if exists:
        conn.execute(
            "update articles set text = case when coalesce(text, '') = '' then ? else text end,"
            " url = coalesce(url, ?), title = coalesce(title, ?),"
            " published = coalesce(published, ?), source_channel = coalesce(source_channel, ?),"
            " source_ts = coalesce(source_ts, ?), source_user = coalesce(source_user, ?),"
            " operator = coalesce(?, operator), updated = ? where id = ?",
            [article.text, article.url, article.title, article.published,
             source.channel if source else None, source.ts if source else None,
             source.user if source else None, operator, now, article.id])
    else:
        conn.execute(
            "insert into articles (id, url, title, published, text, source_channel, source_ts, source_user,"
            " status, attempts, operator, created, updated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)",
            [article.id, article.url, article.title, article.published, article.text,
             source.channel if source else None, source.ts if source else None,
             source.user if source else None, status, operator, now, now])
    if source:
        link_message(conn, article.id, source, now)
    cp.add_copy(conn, article.id, article.id, url=article.url, title=article.title, published=article.published,
                source=source, operator=operator, now=now)
    cp.index_text(conn, article.id, article.text)


def link_message(conn: sqlite3.Connection, article_id: str, source: MessageRef, now: str) -> None:
    """Record the Slack message that brought the article: its workspace and kind of channel decide who sees it."""
    public = int(source.channel_type == "public")
    conn.execute(
        "insert into messages (channel, ts, user, article_id, created, team_id, enterprise_id, channel_type,"
        " public) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (channel, ts, article_id) do update set"
        " team_id = coalesce(team_id, excluded.team_id),"
        " enterprise_id = coalesce(enterprise_id, excluded.enterprise_id),"
        " channel_type = coalesce(excluded.channel_type, channel_type), public = max(public, excluded.public)",
        [source.channel, source.ts, source.user, article_id, now, source.team_id, source.enterprise_id,
         source.channel_type, public])
    if source.team_id:
        # Messages logged before workspaces were recorded: a channel id belongs to one workspace.
        conn.execute("update messages set team_id = ?, enterprise_id = coalesce(enterprise_id, ?)"
                     " where channel = ? and team_id is null",
                     [source.team_id, source.enterprise_id, source.channel])


NO_LOG_HINT = "make one with `whosaid ingest FILE|URL|DIR` (or `whosaid demo`), or point --db at an existing one"


def check_path(path: str, *, readonly: bool) -> None:
    """A friendly StoreError for a database path that cannot work, before SQLite gives a cryptic one."""
    if path in ("", ":memory:") or path.startswith("file:"):
        return
    p = Path(path)
    if p.is_dir():
        raise StoreError(f"{path} is a folder, not a database file (try --db {p / 'whosaid.db'}).")
    if readonly and not p.exists():
        raise NoDatabaseError(f"There is no log at {path} yet: {NO_LOG_HINT}.")
    parent = p.parent
    if not parent.is_dir():
        raise StoreError(f"The folder {parent} does not exist: create it first, or choose another --db.")
    if not readonly and not p.exists() and not os.access(parent, os.W_OK):
        raise StoreError(f"I can't create {path}: the folder {parent} is read-only.")


#: With background checkpoints, how often the WAL is copied into the database file (seconds).
CHECKPOINT_EVERY_S = 1.0
# Without a checkpoint thread, commits checkpoint the WAL once it holds this many pages (SQLite's default: 1,000).
# An article's near-duplicate index rows land on ~42 random pages, so at 1,000 pages a bulk ingest checkpointed
# every ~10 articles, rewriting nearly every page it had touched: most of `record_article`'s time. The WAL may now
# grow to ~40 MB between checkpoints; with synchronous=normal a power cut or OS crash can lose the commits
# since the last checkpoint, as before (an application crash loses none), only more of them.
AUTOCHECKPOINT_PAGES = 10_000


class Store:
    def __init__(self, path: str, *, busy_timeout: float = 10.0, clock: Callable[[], datetime] | None = None,
                 readonly: bool = False, background_checkpoints: bool = False,
                 checkpoint_every_s: float = CHECKPOINT_EVERY_S):
        self.path = str(path)
        self.busy_timeout = busy_timeout
        self.clock = clock or utcnow
        self.readonly = readonly
        # A server: commits never checkpoint the WAL themselves (SQLite's auto-checkpoint runs, with its fsync, in
        # whichever commit crosses 1,000 pages: sometimes a Slack ack's); a thread does it every few moments.
        self.background_checkpoints = background_checkpoints and not readonly
        self.checkpoint_every_s = checkpoint_every_s
        self.checkpoints = 0  # background checkpoints done (for tests and benches)
        self._checkpointer: threading.Thread | None = None
        self._stop_checkpoints = threading.Event()
        self._immutable = False  # set when a read-only folder leaves no way to read a WAL file but as immutable
        self._memory = self.path in ("", ":memory:") or "mode=memory" in self.path
        self._local = threading.local()
        self._lock = threading.RLock()
        self._conns: list[tuple[threading.Thread, sqlite3.Connection]] = []
        self._shared: sqlite3.Connection | None = None
        self._closed = False

    # -- life cycle ----------------------------------------------------------

    @classmethod
    def open(cls, path: str, *, readonly: bool = False, **kwargs) -> "Store":
        """Open (creating if needed) and migrate the database at `path`.

        `readonly=True` opens an existing database without writing anything: it never creates one
        (`NoDatabaseError`), never migrates (an out-of-date one is a `StoreError` saying how to upgrade)."""
        check_path(str(path), readonly=readonly)
        store = cls(str(path), readonly=readonly, **kwargs)
        try:
            with store._lock, store._sqlite_errors():
                db = sqlite_utils.Database(store._conn())
                if readonly:
                    store._check_current(db)
                else:
                    migrate(db)
        except BaseException:
            store.close()
            raise
        if store.background_checkpoints and not store._memory:
            store._checkpointer = threading.Thread(target=store._checkpoint_loop, name="whosaid-checkpoint",
                                                   daemon=True)
            store._checkpointer.start()
        return store

    def _checkpoint_loop(self) -> None:
        """Copy the WAL into the database file now and then (PASSIVE: never waits for, nor blocks, a writer)."""
        while not self._stop_checkpoints.wait(self.checkpoint_every_s):
            try:
                with self._sqlite_errors():
                    self._conn().execute("pragma wal_checkpoint(PASSIVE)")
                self.checkpoints += 1
            except (StoreError, sqlite3.Error) as e:  # e.g. busy: the next round tries again
                log.warning("background checkpoint of %s failed: %s", self.path, e)

    def _check_current(self, db: sqlite_utils.Database) -> None:
        done = set(applied(db))
        if not done and not db.table_names():
            raise NoDatabaseError(f"{self.path} is an empty database, not a whosaid log yet: {NO_LOG_HINT}.")
        if any(name not in done for name, _ in MIGRATIONS):
            raise StoreError(f"{self.path} was made by an older whosaid: run a command that writes "
                             "(e.g. `whosaid retry`) once to upgrade it.")

    def close(self) -> None:
        self._stop_checkpoints.set()
        if self._checkpointer is not None and self._checkpointer is not threading.current_thread():
            self._checkpointer.join(10)
            self._checkpointer = None
        with self._lock:
            self._closed = True
            for _, c in self._conns:
                try:
                    c.close()
                except sqlite3.Error:
                    pass
            self._conns.clear()
            self._shared = None

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _connect(self) -> sqlite3.Connection:
        if self.readonly and not self._memory:
            conn = self._connect_readonly()
        else:
            conn = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None,
                                   check_same_thread=False, uri=self.path.startswith("file:"))
        conn.execute(f"pragma busy_timeout = {int(self.busy_timeout * 1000)}")
        if not self._memory and not self.readonly:
            mode = conn.execute("pragma journal_mode = wal").fetchone()[0]
            if mode.lower() != "wal":  # pragma: no cover - e.g. a read-only medium
                raise StoreError(f"Could not switch {self.path} to WAL mode (got {mode}).")
        conn.execute("pragma synchronous = normal")
        if self.background_checkpoints:
            conn.execute("pragma wal_autocheckpoint = 0")
        else:
            conn.execute(f"pragma wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        conn.execute("pragma foreign_keys = on")
        conn.execute("pragma cache_size = -32000")
        with self._lock:
            # Close connections of threads that have ended (listener threads come and go).
            alive = []
            for t, c in self._conns:
                if t.is_alive() or self._memory:
                    alive.append((t, c))
                else:
                    try:
                        c.close()
                    except sqlite3.Error:  # pragma: no cover
                        pass
            self._conns = alive + [(threading.current_thread(), conn)]
        return conn

    def _connect_readonly(self) -> sqlite3.Connection:
        """mode=ro. A WAL file in a folder we cannot write (no -shm can be made) can only be read as immutable,
        which is safe there: nobody can change the database without writing to that folder."""
        uri = "file:" + quote(os.path.abspath(self.path)) + "?mode=ro"
        try:
            return self._probe(uri + ("&immutable=1" if self._immutable else ""))
        except sqlite3.OperationalError:
            if self._immutable or os.access(os.path.dirname(os.path.abspath(self.path)), os.W_OK):
                raise
        self._immutable = True
        return self._probe(uri + "&immutable=1")

    def _probe(self, uri: str) -> sqlite3.Connection:
        conn = sqlite3.connect(uri, timeout=self.busy_timeout, isolation_level=None, check_same_thread=False, uri=True)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except BaseException:
            conn.close()
            raise
        return conn

    def _conn(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreError("The store is closed.")
        if self._memory:
            with self._lock:
                if self._shared is None:
                    self._shared = self._connect()
                return self._shared
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    @contextmanager
    def _sqlite_errors(self) -> Iterator[None]:
        """SQLite errors a user can act on become a StoreError with a one-line message."""
        try:
            yield
        except sqlite3.OperationalError as e:
            msg = str(e).lower()
            if "locked" in msg or "busy" in msg:
                raise StoreBusyError(
                    f"The database is busy: another process held {self.path} locked for more than "
                    f"{self.busy_timeout:g}s. Try again in a moment.", detail=f"{self.path}: {e}") from e
            if "readonly" in msg or "read-only" in msg or ("unable to open" in msg and not self.readonly):
                raise StoreError(f"I can't write to {self.path}: the file or its folder is read-only "
                                 "(commands that only read, like `whosaid query`, still work).",
                                 detail=f"{self.path}: {e}") from e
            if "unable to open" in msg:
                raise StoreError(f"I can't open {self.path}: check that it and its folder can be read.",
                                 detail=f"{self.path}: {e}") from e
            raise
        except sqlite3.DatabaseError as e:
            if "not a database" in str(e).lower() or "malformed" in str(e).lower():
                raise StoreError(f"{self.path} is not a whosaid database (it is not an SQLite file, or is damaged).",
                                 detail=f"{self.path}: {e}") from e
            raise

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE), serialised within this process."""
        with self._lock, self._sqlite_errors():
            conn = self._conn()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    @contextmanager
    def _read(self, snapshot: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection for reading; `snapshot` gives several statements one consistent view."""
        if self._memory:
            with self._lock, self._sqlite_errors():
                yield self._conn()
            return
        with self._sqlite_errors():
            conn = self._conn()
            if not snapshot:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def now(self) -> str:
        return self.clock().astimezone(timezone.utc).strftime(TS_FORMAT)

    # -- articles ------------------------------------------------------------

    def record_article(self, article: Article, *, source: MessageRef | None = None, status: str = "pending",
                       operator_public: bool | None = None, keys: Iterable[str] = ()) -> str:
        """Store an article once (by id) and link the Slack message that mentioned it. Returns the id.

        `source` (a Slack message) records where it came from: its workspace and kind of channel decide who may
        see the article. `operator_public` marks an operator source (CLI ingest): True puts the article in every
        workspace's public space, False keeps it to the operator. Neither: nothing changes about who sees it.
        The arrival is recorded (`article_copies`), the text enters the near-duplicate index, and `keys` (e.g.
        the id of the address a user gave, before redirects and canonical links) lead to it from now on."""
        operator = None if operator_public is None else int(operator_public)
        with self._write() as conn:
            record_article_row(conn, article, source, status, self.now(), operator=operator)
            for k in keys:
                cp.add_key(conn, k, article.id)
        return article.id

    def find_duplicate(self, article: Article, *, audience: Viewer) -> StoredArticle | None:
        """The stored article `article` (arriving where `audience` sees it) is a copy of, or None if it is new.

        - The same id (the same normalised address, the same text): that article. Its words are the words that
          just arrived, so answering from it reveals nothing new.
        - Else an article a copy with this id was merged into, or one whose text is a near-duplicate
          (`bot.neardup`) — only if `audience` may already see it. A near-duplicate of an article they may not
          see (e.g. from a private channel) is not matched: it is read again as an article of its own, so its
          arrival never reveals the other article, its claims or its date."""
        sig = neardup.signature(article.text) if (article.text or "").strip() else None
        with self._read(snapshot=True) as conn:
            aid = cp.own(conn, article.id)
            if aid is None:
                merged = conn.execute("select article_id from article_keys where key = ?", [article.id]).fetchone()
                if merged and cp.visible(conn, merged[0], audience):
                    aid = merged[0]
            if aid is None and sig is not None:
                near = cp.find_near(conn, sig, audience)
                aid = near[0] if near else None
            if aid is None:
                return None
            row = conn.execute(f"select {ARTICLE_COLUMNS} from articles where id = ?", [aid]).fetchone()
            return self._article(conn, row) if row else None

    def record_copy(self, article_id: str, copy: Article, *, source: MessageRef | None = None,
                    operator_public: bool | None = None, keys: Iterable[str] = ()) -> None:
        """Another arrival of stored article `article_id`: `copy` (a paste, a link to it, a syndicated copy) is
        recorded as one of its arrivals; the copy's id and `keys` (e.g. the address the user gave) lead to the
        article from now on; the Slack message is linked to it. The article's own address and title stay."""
        now = self.now()
        operator = None if operator_public is None else int(operator_public)
        with self._write() as conn:
            if source:
                link_message(conn, article_id, source, now)
            cp.add_copy(conn, article_id, copy.id, url=copy.url, title=copy.title, published=copy.published,
                        source=source, operator=operator, now=now)
            for k in keys:
                cp.add_key(conn, k, article_id)
            conn.execute("update articles set updated = ? where id = ?", [now, article_id])

    def first_arrival(self, article_id: str, *, viewer: Viewer, exclude: MessageRef | None = None):
        """The earliest arrival of the article `viewer` may see, other than message `exclude` (None: none)."""
        with self._read() as conn:
            return cp.first_arrival(conn, article_id, viewer, exclude)

    def reindex(self) -> int:
        """Put every stored article not yet in the near-duplicate index into it (e.g. after the upgrade that
        introduced it). Returns how many were added."""
        with self._read() as conn:
            ids = [r[0] for r in conn.execute(
                "select id from articles where coalesce(text, '') != ''"
                " and id not in (select article_id from article_signatures)")]
        for i in range(0, len(ids), 200):
            with self._write() as conn:
                for aid in ids[i:i + 200]:
                    row = conn.execute("select text from articles where id = ?", [aid]).fetchone()
                    if row:
                        cp.index_text(conn, aid, row[0])
        return len(ids)

    def save_claims(self, article_id: str, claims: Iterable[Claim]) -> int:
        """Replace the article's claims (speakers resolved through identity); marks it done. Returns the count."""
        return self.save_claims_many([(article_id, claims)])

    def save_claims_many(self, items: Iterable[tuple[str, Iterable[Claim]]]) -> int:
        """`save_claims` for many articles in one transaction (the bulk path used by `whosaid ingest`)."""
        now = self.now()
        total = 0
        cache: dict = {}
        with self._write() as conn:
            for article_id, claims in items:
                total += self._save_one(conn, article_id, list(claims), now, cache)
        return total

    def _save_one(self, conn: sqlite3.Connection, article_id: str, claims: list[Claim], now: str, cache: dict) -> int:
        row = conn.execute("select published, created from articles where id = ?", [article_id]).fetchone()
        if row is None:
            raise StoreError(f"Unknown article {article_id}: record_article it first.")
        day = (row[0] or row[1])[:10]
        conn.execute("delete from claims where article_id = ?", [article_id])
        rows, pending = [], {}  # pending: this article's quotes already grouped, not inserted yet
        for i, c in enumerate(claims):
            sid = sp.resolve(conn, c.speaker, c.speaker_kind, now, cache)
            key = gr.quote_key(c.quote)
            rows.append((article_id, i, sid, c.speaker, c.speaker_kind, c.quote, c.kind, c.role, c.via,
                         c.start, c.end, c.cue, day, now, c.mention, key, gr.assign_group(conn, sid, key, now, pending)))
        conn.executemany(
            "insert into claims (article_id, position, speaker_id, speaker_name, speaker_kind, quote, kind, role,"
            " via, start, end, cue, date, created, mention, quote_key, group_id)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.execute("update articles set status = 'done', error = null, updated = ? where id = ?", [now, article_id])
        return len(claims)

    # -- backfill ------------------------------------------------------------

    def backfill_done(self, keys: Iterable[str]) -> set[str]:
        """Which of these archive item keys an earlier `whosaid backfill` already saved."""
        with self._read() as conn:
            return bf.done_keys(conn, list(keys))

    def save_backfill(self, done: Iterable[tuple[str, str, Article, Iterable[Claim]]],
                      failed: Iterable[tuple[str, str, Article | None, str]]) -> int:
        """One bulk write for a batch of archive items: `done` is (key, label, article, claims), `failed` is
        (key, label, article or None, error). Articles are stored once by id (claims replaced), failed
        articles marked failed, and every item recorded in `backfill_items`. Returns the claims saved."""
        now = self.now()
        total = 0
        cache: dict = {}
        items = []
        with self._write() as conn:
            for key, label, art, claims in done:
                record_article_row(conn, art, None, "pending", now, operator=1)
                total += self._save_one(conn, art.id, list(claims), now, cache)
                items.append((key, label, art.id, "done", None))
            for key, label, art, error in failed:
                if art is not None:
                    record_article_row(conn, art, None, "failed", now, operator=1)
                    conn.execute("update articles set status = 'failed', error = ?, attempts = attempts + 1,"
                                 " updated = ? where id = ? and status != 'done'", [error, now, art.id])
                items.append((key, label, art.id if art is not None else None, "failed", error))
            bf.mark(conn, items, now)
        return total

    def backfill_failures(self, limit: int = 100) -> list[BackfillFailure]:
        with self._read() as conn:
            return bf.failures(conn, limit)

    def backfill_counts(self) -> dict[str, int]:
        """Archive items by status (done / failed)."""
        with self._read() as conn:
            return bf.counts(conn)

    def mark_failed(self, article_id: str, error: str) -> None:
        with self._write() as conn:
            conn.execute("update articles set status = 'failed', error = ?, attempts = attempts + 1, updated = ?"
                         " where id = ?", [error, self.now(), article_id])

    def _article(self, conn: sqlite3.Connection, row: tuple, full: bool = True) -> StoredArticle:
        src = MessageRef(row[9], row[10], row[11]) if row[9] else None
        n = msgs = copies = None
        if full:
            n = conn.execute("select count(*) from claims where article_id = ?", [row[0]]).fetchone()[0]
            msgs = tuple(MessageRef(*r) for r in conn.execute(
                "select channel, ts, user, team_id, enterprise_id, channel_type from messages where article_id = ?"
                " order by created", [row[0]]))
            copies = tuple(cp.copies(conn, row[0]))
        return StoredArticle(id=row[0], url=row[1], title=row[2], published=row[3], text=row[4], status=row[5],
                             error=row[6], created=row[7], updated=row[8], source=src,
                             claim_count=n or 0, messages=msgs or (),
                             operator=None if row[12] is None else bool(row[12]), copies=copies or ())

    def get_article(self, article_id: str) -> StoredArticle | None:
        """The article with this id, or the one this id (a copy's address or text id) leads to."""
        with self._read(snapshot=True) as conn:
            aid = cp.resolve(conn, article_id) or article_id
            row = conn.execute(f"select {ARTICLE_COLUMNS} from articles where id = ?", [aid]).fetchone()
            return self._article(conn, row) if row else None

    def articles_to_retry(self, statuses: tuple[str, ...] = ("failed", "pending")) -> list[StoredArticle]:
        with self._read(snapshot=True) as conn:
            rows = conn.execute(f"select {ARTICLE_COLUMNS} from articles where status in"
                                f" ({','.join('?' * len(statuses))}) order by created", list(statuses)).fetchall()
            return [self._article(conn, r, full=False) for r in rows]

    def recent_articles(self, limit: int = 20, *, viewer: Viewer) -> list[StoredArticle]:
        """The newest articles `viewer` may see."""
        cond, args = vis.narrow(viewer, "articles.id")
        with self._read(snapshot=True) as conn:
            rows = conn.execute(f"select {ARTICLE_COLUMNS} from articles where 1 = 1{cond}"
                                " order by created desc limit ?", [*args, int(limit)]).fetchall()
            return [self._article(conn, r) for r in rows]

    def visible_article(self, article_id: str, *, viewer: Viewer) -> StoredArticle | None:
        """The article if `viewer` may see it; None if it is not in the log or not theirs to see (the same answer,
        so a Slack user learns nothing about an article they cannot see)."""
        cond, args = vis.narrow(viewer, "articles.id")
        with self._read(snapshot=True) as conn:
            row = conn.execute(f"select {ARTICLE_COLUMNS} from articles where id = ?{cond}",
                               [article_id, *args]).fetchone()
            return self._article(conn, row) if row else None

    def article_claims(self, article_id: str, *, viewer: Viewer) -> list[QuoteHit]:
        """The article's claims in order of position; none if `viewer` may not see the article."""
        with self._read() as conn:
            return q.claims_for_article(conn, article_id, viewer)

    def counts(self) -> dict[str, int]:
        with self._read(snapshot=True) as conn:
            return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
                    for t in ("articles", "claims", "speakers", "speaker_aliases", "messages", "jobs",
                              "article_copies")}

    # -- queries -------------------------------------------------------------

    # Every read below takes the `Viewer` it answers for (store.types.Viewer): the visibility rules are
    # applied here, in SQL, so no caller can forget them. The CLI passes Viewer.operator().

    def find_speakers(self, name: str, limit: int = 5, *, viewer: Viewer) -> list[SpeakerMatch]:
        with self._read(snapshot=True) as conn:
            return q.find_speakers(conn, name, viewer, limit)

    def query(self, name: str, *, viewer: Viewer, since: date | str | None = None, limit: int = 20) -> list[QuoteHit]:
        with self._read(snapshot=True) as conn:
            return q.query(conn, name, viewer, since=since, limit=limit)

    def query_grouped(self, name: str, *, viewer: Viewer, since: date | str | None = None,
                      limit: int = 20) -> list[QuoteGroup]:
        """`query`, each quote once (the same speaker's identical or near-identical quotes across articles are one),
        with every source `viewer` may see, oldest first."""
        with self._read(snapshot=True) as conn:
            hits = q.query(conn, name, viewer, since=since, limit=limit * GROUP_FETCH)
            return gr.group_hits(conn, hits, limit, viewer)

    def check(self, text: str, *, viewer: Viewer, limit: int = 5) -> list[CheckHit]:
        """Who said these words? Quotes `viewer` may see like `text` (full-text, then fuzzy), best first, each
        once, with where and when it was first seen (as far as `viewer` may see). Empty: not in the log."""
        with self._read(snapshot=True) as conn:
            return ck.check(conn, text, viewer, limit=limit)

    def search_quotes(self, text: str, *, viewer: Viewer, limit: int = 20) -> list[QuoteHit]:
        """Full-text search (FTS5) over quotes and speaker names; `text` is words, never FTS syntax."""
        with self._read() as conn:
            return q.search_quotes(conn, text, viewer, limit=limit)

    def top_speakers(self, limit: int = 10, since: date | str | None = None, *, viewer: Viewer) -> list[SpeakerCount]:
        with self._read() as conn:
            return q.top_speakers(conn, viewer, limit, since)

    def digest(self, day: date, *, viewer: Viewer, tz: str = "UTC", top: int = 5) -> Digest:
        with self._read(snapshot=True) as conn:
            return dg.digest(conn, day, viewer, tz=tz, top=top)

    def export(self, fmt: str, out: TextIO, *, viewer: Viewer) -> int:
        with self._read(snapshot=True) as conn:
            return ex.export(conn, fmt, out, viewer)

    # -- visibility and forgetting --------------------------------------------

    def publish_channel(self, channel: str, *, team: str | None = None) -> tuple[int, int]:
        """Put a channel's history in its workspace's public space (the operator's decision).

        `team` fills in the workspace of messages logged before workspaces were recorded. Returns (messages
        now public, messages of them whose workspace is still unknown: they stay hidden until it is known)."""
        with self._write() as conn:
            if team:
                conn.execute("update messages set team_id = ? where channel = ? and team_id is null", [team, channel])
            n = conn.execute("update messages set public = 1 where channel = ?", [channel]).rowcount
            unknown = conn.execute("select count(*) from messages where channel = ? and team_id is null",
                                   [channel]).fetchone()[0]
            return n, unknown

    def set_operator_public(self, article_ids: Iterable[str], public: bool = True) -> list[str]:
        """Make articles operator sources, public (every workspace's public space) or not. Returns unknown ids."""
        ids = list(dict.fromkeys(article_ids))
        with self._write() as conn:
            missing = [a for a in ids if not conn.execute("select 1 from articles where id = ?", [a]).fetchone()]
            conn.executemany("update articles set operator = ? where id = ?", [(int(public), a) for a in ids])
            conn.executemany("update article_copies set operator = ? where article_id = ? and channel is null",
                             [(int(public), a) for a in ids])
            return missing

    def forget_article(self, article_id: str) -> ForgetReport:
        """Delete one article, its claims (FTS rows included) and every message link to it."""
        with self._write() as conn:
            if not conn.execute("select 1 from articles where id = ?", [article_id]).fetchone():
                raise StoreError(f"No article with id {article_id!r}.")
            return fg.forget_articles(conn, [article_id])

    def forget(self, *, channel: str | None = None, team: str | None = None,
               before: date | str | None = None) -> ForgetReport:
        """Forget what came through `channel` and/or workspace `team` (first logged before `before`, if given).

        Their message links are removed; an article no other message or operator source holds is deleted with its
        claims (an article also shared elsewhere stays, listed in `kept`). Finished jobs from there are deleted
        (they hold pasted text). With only `before`, every article first logged before that day goes."""
        if not (channel or team or before):
            raise StoreError("Say what to forget: an article id, a channel, a workspace or a date.")
        if not (channel or team):
            return self.apply_retention(_start_of(before))
        conds, args, jconds, jargs = [], [], [], []
        if channel:
            conds.append("channel = ?")
            args.append(channel)
            jconds.append("json_extract(payload, '$.channel') = ?")
            jargs.append(channel)
        if team:
            conds.append("team_id = ?")
            args.append(team)
            jconds.append("json_extract(payload, '$.team_id') = ?")
            jargs.append(team)
        if before:
            conds.append("created < ?")
            args.append(_start_of(before).strftime(TS_FORMAT))
            jconds.append("updated < ?")
            jargs.append(_start_of(before).strftime(TS_FORMAT))
        with self._write() as conn:
            report = fg.forget_links(conn, " and ".join(conds), args)
            return replace(report, jobs=fg.drop_jobs(conn, " and ".join(jconds), jargs))

    def unlink_message(self, channel: str, ts: str, *, keep: Iterable[str] = ()) -> ForgetReport:
        """A Slack message was deleted (or edited into something else): drop its links to articles (except to
        those in `keep`), and the articles nothing else holds any more."""
        where, args = "channel = ? and ts = ?", [channel, ts]
        with self._write() as conn:
            if keep := list(keep):  # an id may lead to the article a copy was merged into (its link, its text)
                where += " and article_id not in (select value from json_each(?))"
                args.append(json.dumps([cp.resolve(conn, k) or k for k in keep]))
            return fg.forget_links(conn, where, args)

    def apply_retention(self, older_than: datetime) -> ForgetReport:
        """Delete articles (text, claims, links) first logged before `older_than` and not linked by a newer
        message, and finished jobs (pasted text) last touched before it."""
        cutoff = older_than.astimezone(timezone.utc).strftime(TS_FORMAT)
        with self._write() as conn:
            aids = [r[0] for r in conn.execute(
                "select id from articles a where created < ?"
                " and not exists (select 1 from messages m where m.article_id = a.id and m.created >= ?)",
                [cutoff, cutoff])]
            report = fg.forget_articles(conn, aids)
            return replace(report, jobs=fg.drop_jobs(conn, "updated < ?", [cutoff]))

    # -- follows -------------------------------------------------------------

    def follow(self, user: str, name: str, *, team_id: str | None, viewer: Viewer) -> SpeakerMatch | None:
        """`user` (of workspace `team_id`) follows the speaker `viewer` (that user) may see best matching `name`;
        returns that speaker (None: no such speaker they may see)."""
        with self._write() as conn:
            matches = q.find_speakers(conn, name, viewer, 1)
            if not matches:
                return None
            fl.follow(conn, user, team_id, matches[0].speaker_id, self.now())
            return matches[0]

    def unfollow(self, user: str, name: str) -> str | None:
        """Stop following; returns the speaker's name, or None if `user` followed no one by that name."""
        with self._write() as conn:
            ids = {m.speaker_id for m in sp.find(conn, name, 5)}
            for sid, sname in fl.following(conn, user):
                if sid in ids:
                    fl.unfollow(conn, user, sid)
                    return sname
            return None

    def following(self, user: str) -> list[str]:
        with self._read() as conn:
            return [n for _, n in fl.following(conn, user)]

    def followers_of(self, article_id: str) -> list[tuple[str, str | None]]:
        """(user, workspace) of everyone following a speaker quoted in the article, not yet told about it."""
        with self._read() as conn:
            return fl.followers(conn, article_id)

    def follow_notices(self, article_id: str, viewers: dict[str, Viewer]) -> list[FollowNotice]:
        """Direct messages due for the article: one per follower in `viewers` (user -> what they may see) who
        may see it; each recorded (never twice, rate-limited). Followers who may not see it are not told."""
        with self._write() as conn:
            return fl.notices(conn, article_id, self.now(), viewers)

    # -- speakers ------------------------------------------------------------

    def get_speaker(self, speaker: int | str) -> Speaker:
        with self._read(snapshot=True) as conn:
            return sp.get(conn, sp.lookup(conn, speaker))  # type: ignore[return-value]

    def add_alias(self, speaker: int | str, alias: str) -> int:
        """A user-made alias: from now on `alias` in any article means this speaker. Returns the speaker id."""
        sp.require_name(alias, "An alias")
        with self._write() as conn:
            sid = sp.lookup(conn, speaker)
            sp.add_alias_row(conn, sid, alias, self.now(), user_made=True)
            return sid

    def merge_plan(self, keep: int | str, drop: int | str) -> MergePlan:
        """What `merge_speakers(keep, drop)` would change (nothing is changed)."""
        with self._read(snapshot=True) as conn:
            k, d = self._merge_pair(conn, keep, drop)
            return sp.merge_plan(conn, k, d)

    @staticmethod
    def _merge_pair(conn: sqlite3.Connection, keep: int | str, drop: int | str) -> tuple[int, int]:
        k, d = sp.lookup(conn, keep), sp.lookup(conn, drop)
        if k == d:
            raise StoreError(f"{keep!r} and {drop!r} are already the same speaker.")
        return k, d

    def merge_speakers(self, keep: int | str, drop: int | str) -> int:
        """Move everything of `drop` to `keep`; drop's names become user-made aliases of keep. Returns keep's id."""
        with self._write() as conn:
            k, d = self._merge_pair(conn, keep, drop)
            sp.merge(conn, k, d, self.now(), user_made=True)
            return k

    def split_speaker(self, speaker: int | str, alias: str, new_name: str | None = None) -> int:
        """Undo a wrong merge: `alias` (and claims written under it) becomes a separate speaker. Returns its id."""
        with self._write() as conn:
            return sp.split(conn, sp.lookup(conn, speaker), alias, self.now(), new_name)

    def rename_speaker(self, speaker: int | str, new_name: str) -> int:
        with self._write() as conn:
            sid = sp.lookup(conn, speaker)
            sp.rename(conn, sid, new_name, self.now())
            return sid

    # -- feeds ---------------------------------------------------------------

    def add_feed(self, url: str, *, channel: str | None = None, private: bool = False) -> tuple[Feed, bool]:
        """Follow a feed (due for polling at once); (feed, True if new). Re-adding changes channel/privacy."""
        with self._write() as conn:
            return fd.add(conn, url, channel, private, self.now())

    def remove_feed(self, feed: int | str) -> Feed:
        """Stop following a feed (by id or URL); its articles and claims stay in the log."""
        with self._write() as conn:
            return fd.remove(conn, feed)

    def get_feed(self, feed: int | str) -> Feed | None:
        with self._read() as conn:
            return fd.get(conn, feed)

    def feeds(self, *, due_by: datetime | None = None) -> list[Feed]:
        """Every feed, or those due for a poll at `due_by`."""
        with self._read() as conn:
            return fd.all_feeds(conn, self._ts(due_by) if due_by else None)

    def feed_polled(self, feed_id: int, *, next_poll: datetime, error: str | None = None, etag: str | None = None,
                    last_modified: str | None = None, title: str | None = None) -> None:
        """Record a poll: success (validators and title kept, failures reset) or the failure's reason."""
        with self._write() as conn:
            fd.polled(conn, feed_id, now=self.now(), next_poll=self._ts(next_poll), error=error, etag=etag,
                      last_modified=last_modified, title=title)

    def claim_feed_entries(self, feed_id: int, entries: Iterable[tuple[str, str | None, str | None]], *,
                           lease: timedelta) -> list[FeedEntry]:
        """Which of `entries` ((key, url, title)) this caller must read: new ones (each is won by exactly one
        caller, in any process), failed ones whose back-off is over, and claims older than `lease`."""
        with self._write() as conn:
            return fd.claim_entries(conn, feed_id, list(entries), now=self.now(),
                                    stale_before=self._ts(self.clock() - lease))

    def finish_feed_entry(self, entry_id: int, *, article_id: str | None, error: str | None = None,
                          retry_at: datetime | None = None, post: bool = False) -> None:
        """Done (with `post`: to be posted to the feed's channel), or failed with a reason and a retry time."""
        with self._write() as conn:
            fd.finish_entry(conn, entry_id, now=self.now(), article_id=article_id, error=error,
                            next_try=self._ts(retry_at) if retry_at else None,
                            post="pending" if post and not error else None)

    def claim_feed_posts(self, limit: int = 20) -> list[FeedEntry]:
        """Read entries waiting to be posted to their feed's channel; each is handed to one caller only."""
        with self._write() as conn:
            return fd.claim_posts(conn, self.now(), limit)

    def finish_feed_post(self, entry_id: int, *, error: str | None = None) -> None:
        with self._write() as conn:
            fd.finish_post(conn, entry_id, now=self.now(), error=error)

    def feed_failures(self, feed_id: int, limit: int = 5) -> list[FeedFailure]:
        """The feed's entries that could not be read, latest first."""
        with self._read() as conn:
            return fd.failures(conn, feed_id, limit)

    def _ts(self, when: datetime) -> str:
        return when.astimezone(timezone.utc).strftime(TS_FORMAT)

    # -- Slack bookkeeping ---------------------------------------------------

    def first_delivery(self, key: str) -> bool:
        """True only the first time `key` (a Slack event/retry dedupe key) is seen, across threads and processes."""
        with self._write() as conn:
            cur = conn.execute("insert or ignore into slack_events (key, seen_at) values (?, ?)", [key, self.now()])
            return cur.rowcount == 1

    def prune_slack_events(self, older_than: datetime) -> int:
        with self._write() as conn:
            return conn.execute("delete from slack_events where seen_at < ?",
                                [older_than.astimezone(timezone.utc).strftime(TS_FORMAT)]).rowcount

    def claim_digest_post(self, channel: str, day: date | str) -> bool:
        """True exactly once per (channel, day): the caller that gets True posts the digest."""
        with self._write() as conn:
            cur = conn.execute("insert or ignore into digest_posts (channel, day, posted_at) values (?, ?, ?)",
                               [channel, _day(day), self.now()])
            return cur.rowcount == 1

    def release_digest_post(self, channel: str, day: date | str) -> None:
        """Give back a claim whose post failed, so a later attempt may post."""
        with self._write() as conn:
            conn.execute("delete from digest_posts where channel = ? and day = ?", [channel, _day(day)])

    # -- jobs ----------------------------------------------------------------

    def enqueue(self, kind: str, payload: dict, dedupe_key: str | None = None) -> int | None:
        """Queue a job; returns its id, or None if a job with `dedupe_key` already exists."""
        with self._write() as conn:
            return jb.enqueue(conn, kind, payload, dedupe_key, self.now())

    def enqueue_delivery(self, kind: str, payload: dict, *, delivery_keys: Iterable[str] = (),
                         dedupe_key: str | None = None) -> int | None:
        """Dedupe a Slack delivery and queue its job in ONE transaction.

        If any of `delivery_keys` was seen before, nothing changes and None is returned. Otherwise the keys
        are recorded (as `first_delivery` would) and the job is queued; returns its id, or None if a job with
        `dedupe_key` already exists. If this raises, neither the keys nor the job were stored, so Slack's
        retry of the same event is handled as a first delivery."""
        return self.enqueue_deliveries([(kind, payload, tuple(dict.fromkeys(delivery_keys)), dedupe_key)])[0]

    def enqueue_deliveries(self, items: Sequence[tuple[str, dict, tuple[str, ...], str | None]]) -> list[int | None]:
        """`enqueue_delivery` for several deliveries in one transaction (each deduped as if alone, in order)."""
        out: list[int | None] = []
        with self._write() as conn:
            now = self.now()
            for kind, payload, keys, dedupe_key in items:
                new = jb.first_seen(conn, "slack_events", keys, now)
                out.append(jb.enqueue(conn, kind, payload, dedupe_key, now) if new else None)
        return out

    def claim_next_job(self, worker: str, kinds: Iterable[str] | None = None) -> Job | None:
        """Atomically take the oldest queued job (optionally of these kinds) and mark it running."""
        with self._write() as conn:
            return jb.claim_next(conn, worker, kinds, self.now())

    def finish_job(self, job_id: int, *, ok: bool, error: str | None = None, error_kind: str | None = None,
                   retry: bool = False) -> None:
        """Mark a claimed job done, or failed (queued again if `retry`) with why: `error` for people to read,
        `error_kind` for code to act on (e.g. `requeue_failed_jobs(error_kind=...)`)."""
        with self._write() as conn:
            jb.finish(conn, job_id, ok, error, error_kind, retry, self.now())

    def requeue_stale_jobs(self) -> int:
        """Running jobs back to queued (call once at start-up: they were interrupted by a crash).

        Their `attempts` goes up, so a worker knows the job may have got half way (e.g. already replied)."""
        with self._write() as conn:
            return conn.execute("update jobs set status = 'queued', worker = null, attempts = attempts + 1,"
                                " last_error = 'interrupted by a restart', updated = ?"
                                " where status = 'running'", [self.now()]).rowcount

    def requeue_failed_jobs(self, *, error_kind: str | None = None) -> int:
        """Failed jobs back to queued (optionally only those that failed with this `error_kind`)."""
        sql = "update jobs set status = 'queued', worker = null, updated = ? where status = 'failed'"
        args: list = [self.now()]
        if error_kind:
            sql += " and error_kind = ?"
            args.append(error_kind)
        with self._write() as conn:
            return conn.execute(sql, args).rowcount

    def failed_jobs(self, kinds: Iterable[str] | None = None) -> list[Job]:
        """Jobs that failed (optionally of these kinds), oldest first."""
        kinds = list(kinds or ())
        where = "status = 'failed'" + (f" and kind in ({','.join('?' * len(kinds))})" if kinds else "")
        with self._read() as conn:
            return [jb.row_to_job(r) for r in conn.execute(f"select {jb.COLUMNS} from jobs where {where}"
                                                             " order by id", kinds)]

    def claim_failed_job(self, job_id: int, worker: str) -> Job | None:
        """Atomically take a failed job to run it again (marked running); None if it is no longer failed."""
        with self._write() as conn:
            cur = conn.execute("update jobs set status = 'running', worker = ?, updated = ? where id = ?"
                               " and status = 'failed'", [worker, self.now(), job_id])
            if cur.rowcount != 1:
                return None
            return jb.row_to_job(conn.execute(f"select {jb.COLUMNS} from jobs where id = ?", [job_id]).fetchone())

    def prune_jobs(self, older_than: datetime) -> int:
        """Delete done jobs last updated before `older_than` (their dedupe keys become free again)."""
        with self._write() as conn:
            return conn.execute("delete from jobs where status = 'done' and updated < ?",
                                [older_than.astimezone(timezone.utc).strftime(TS_FORMAT)]).rowcount

    def count_jobs(self, status: str | None = None) -> int:
        with self._read() as conn:
            if status is None:
                return conn.execute("select count(*) from jobs").fetchone()[0]
            return conn.execute("select count(*) from jobs where status = ?", [status]).fetchone()[0]

    def get_job(self, job_id: int) -> Job | None:
        with self._read() as conn:
            r = conn.execute(f"select {jb.COLUMNS} from jobs where id = ?", [job_id]).fetchone()
            return jb.row_to_job(r) if r else None
