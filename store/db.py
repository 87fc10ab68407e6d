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

import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timezone
from pathlib import Path
from typing import TextIO
from urllib.parse import quote

import sqlite_utils

from bot import neardup
from bot.article import Article
from bot.claims.model import Claim
from store import check as ck
from store import copies as cp
from store import digest as dg
from store import export as ex
from store import follows as fl
from store import grouping as gr
from store import jobs as jb
from store import queries as q
from store import speakers as sp
from store.errors import NoDatabaseError, StoreBusyError, StoreError
from store.migrations import MIGRATIONS, applied, migrate
from store.types import (
    CheckHit,
    Digest,
    FollowNotice,
    Job,
    MergePlan,
    MessageRef,
    QuoteGroup,
    QuoteHit,
    Speaker,
    SpeakerCount,
    SpeakerMatch,
    StoredArticle,
)

TS_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
GROUP_FETCH = 4  # grouped answers read this many hits per quote asked for (repeats collapse)
ARTICLE_COLUMNS = ("id, url, title, published, text, status, error, created, updated,"
                   " source_channel, source_ts, source_user")


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _day(d: date | str) -> str:
    return d.isoformat() if isinstance(d, date) else str(d)


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


class Store:
    def __init__(self, path: str, *, busy_timeout: float = 10.0, clock: Callable[[], datetime] | None = None,
                 readonly: bool = False):
        self.path = str(path)
        self.busy_timeout = busy_timeout
        self.clock = clock or utcnow
        self.readonly = readonly
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
        return store

    def _check_current(self, db: sqlite_utils.Database) -> None:
        done = set(applied(db))
        if not done and not db.table_names():
            raise NoDatabaseError(f"{self.path} is an empty database, not a whosaid log yet: {NO_LOG_HINT}.")
        if any(name not in done for name, _ in MIGRATIONS):
            raise StoreError(f"{self.path} was made by an older whosaid: run a command that writes "
                             "(e.g. `whosaid retry`) once to upgrade it.")

    def close(self) -> None:
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
                       keys: Iterable[str] = ()) -> str:
        """Store an article once (by id) and link the Slack message that mentioned it. Returns the id.

        The article becomes its own first copy, its text enters the near-duplicate index, and `keys` (e.g. the
        id of the address a user gave, before redirects and canonical links) lead to it from now on."""
        now = self.now()
        with self._write() as conn:
            exists = conn.execute("select 1 from articles where id = ?", [article.id]).fetchone()
            if exists:
                conn.execute(
                    "update articles set text = case when coalesce(text, '') = '' then ? else text end,"
                    " url = coalesce(url, ?), title = coalesce(title, ?),"
                    " published = coalesce(published, ?), source_channel = coalesce(source_channel, ?),"
                    " source_ts = coalesce(source_ts, ?), source_user = coalesce(source_user, ?),"
                    " updated = ? where id = ?",
                    [article.text, article.url, article.title, article.published,
                     source.channel if source else None, source.ts if source else None,
                     source.user if source else None, now, article.id])
            else:
                conn.execute(
                    "insert into articles (id, url, title, published, text, source_channel, source_ts, source_user,"
                    " status, attempts, created, updated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                    [article.id, article.url, article.title, article.published, article.text,
                     source.channel if source else None, source.ts if source else None,
                     source.user if source else None, status, now, now])
            if source:
                conn.execute("insert or ignore into messages (channel, ts, user, article_id, created)"
                             " values (?, ?, ?, ?, ?)", [source.channel, source.ts, source.user, article.id, now])
            cp.add_copy(conn, article.id, article.id, url=article.url, title=article.title,
                        published=article.published, source=source, now=now)
            for k in keys:
                cp.add_key(conn, k, article.id)
            cp.index_text(conn, article.id, article.text)
        return article.id

    def find_duplicate(self, article: Article) -> StoredArticle | None:
        """The stored article `article` is a copy of: one its id already leads to (same normalised address,
        same text), else one whose text is a near-duplicate (`bot.neardup`). None if it is new."""
        sig = neardup.signature(article.text) if (article.text or "").strip() else None
        with self._read(snapshot=True) as conn:
            aid = cp.resolve(conn, article.id)
            if aid is None and sig is not None:
                near = cp.find_near(conn, sig)
                aid = near[0] if near else None
            if aid is None:
                return None
            row = conn.execute(f"select {ARTICLE_COLUMNS} from articles where id = ?", [aid]).fetchone()
            return self._article(conn, row) if row else None

    def record_copy(self, article_id: str, copy: Article | None = None, *, source: MessageRef | None = None,
                    keys: Iterable[str] = ()) -> None:
        """Another arrival of stored article `article_id`: `copy` (a paste, a link to it, a syndicated copy) is
        recorded as one of its copies; the copy's id and `keys` (e.g. the address the user gave) lead to the
        article from now on; the Slack message is linked to it."""
        now = self.now()
        with self._write() as conn:
            if copy is not None:
                cp.add_copy(conn, article_id, copy.id, url=copy.url, title=copy.title, published=copy.published,
                            source=source, now=now)
                conn.execute("update articles set url = coalesce(url, ?), updated = ? where id = ?",
                             [copy.url, now, article_id])
            for k in keys:
                cp.add_key(conn, k, article_id)
            if source:
                conn.execute("insert or ignore into messages (channel, ts, user, article_id, created)"
                             " values (?, ?, ?, ?, ?)", [source.channel, source.ts, source.user, article_id, now])

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
        for i, c in enumerate(claims):
            sid = sp.resolve(conn, c.speaker, c.speaker_kind, now, cache)
            key = gr.quote_key(c.quote)
            gid = gr.assign_group(conn, sid, key, now)  # one at a time: a quote repeated in this article groups too
            conn.execute(
                "insert into claims (article_id, position, speaker_id, speaker_name, speaker_kind, quote, kind, role,"
                " via, start, end, cue, date, created, mention, quote_key, group_id)"
                " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, i, sid, c.speaker, c.speaker_kind, c.quote, c.kind, c.role, c.via,
                 c.start, c.end, c.cue, day, now, c.mention, key, gid))
        conn.execute("update articles set status = 'done', error = null, updated = ? where id = ?", [now, article_id])
        return len(claims)

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
                "select channel, ts, user from messages where article_id = ? order by created", [row[0]]))
            copies = tuple(cp.copies(conn, [row[0]])[row[0]])
        return StoredArticle(id=row[0], url=row[1], title=row[2], published=row[3], text=row[4], status=row[5],
                             error=row[6], created=row[7], updated=row[8], source=src,
                             claim_count=n or 0, messages=msgs or (), copies=copies or ())

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

    def recent_articles(self, limit: int = 20) -> list[StoredArticle]:
        with self._read(snapshot=True) as conn:
            rows = conn.execute(f"select {ARTICLE_COLUMNS} from articles order by created desc limit ?",
                                [int(limit)]).fetchall()
            return [self._article(conn, r) for r in rows]

    def article_claims(self, article_id: str) -> list[QuoteHit]:
        """The article's claims in order of position."""
        with self._read() as conn:
            return q.claims_for_article(conn, article_id)

    def counts(self) -> dict[str, int]:
        with self._read(snapshot=True) as conn:
            return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
                    for t in ("articles", "claims", "speakers", "speaker_aliases", "messages", "jobs",
                                                                 "article_copies")}

    # -- queries -------------------------------------------------------------

    def find_speakers(self, name: str, limit: int = 5) -> list[SpeakerMatch]:
        with self._read(snapshot=True) as conn:
            return sp.find(conn, name, limit)

    def query(self, name: str, *, since: date | str | None = None, limit: int = 20) -> list[QuoteHit]:
        with self._read(snapshot=True) as conn:
            return q.query(conn, name, since=since, limit=limit)

    def query_grouped(self, name: str, *, since: date | str | None = None, limit: int = 20) -> list[QuoteGroup]:
        """`query`, each quote once (the same speaker's identical or near-identical quotes across articles are one),
        with every source it appeared in, oldest first."""
        with self._read(snapshot=True) as conn:
            return gr.group_hits(conn, q.query(conn, name, since=since, limit=limit * GROUP_FETCH), limit)

    def check(self, text: str, *, limit: int = 5) -> list[CheckHit]:
        """Who said these words? Quotes in the log like `text` (full-text, then fuzzy), best first, each once,
        with where and when it was first seen. Empty: not in the log."""
        with self._read(snapshot=True) as conn:
            return ck.check(conn, text, limit=limit)

    def search_quotes(self, text: str, *, limit: int = 20) -> list[QuoteHit]:
        """Full-text search (FTS5) over quotes and speaker names; `text` is words, never FTS syntax."""
        with self._read() as conn:
            return q.search_quotes(conn, text, limit=limit)

    def top_speakers(self, limit: int = 10, since: date | str | None = None) -> list[SpeakerCount]:
        with self._read() as conn:
            return q.top_speakers(conn, limit, since)

    def digest(self, day: date, *, tz: str = "UTC", top: int = 5) -> Digest:
        with self._read(snapshot=True) as conn:
            return dg.digest(conn, day, tz=tz, top=top)

    def export(self, fmt: str, out: TextIO) -> int:
        with self._read(snapshot=True) as conn:
            return ex.export(conn, fmt, out)

    # -- follows -------------------------------------------------------------

    def follow(self, user: str, name: str) -> SpeakerMatch | None:
        """`user` follows the speaker best matching `name`; returns that speaker (None: no such speaker)."""
        with self._write() as conn:
            matches = sp.find(conn, name, 1)
            if not matches:
                return None
            fl.follow(conn, user, matches[0].speaker_id, self.now())
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

    def follow_notices(self, article_id: str) -> list[FollowNotice]:
        """Direct messages due for a newly logged article (each recorded: never twice, rate-limited)."""
        with self._write() as conn:
            return fl.notices(conn, article_id, self.now())

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
        keys = list(dict.fromkeys(delivery_keys))
        with self._write() as conn:
            now = self.now()
            if keys and conn.execute(
                f"select 1 from slack_events where key in ({','.join('?' * len(keys))}) limit 1", keys
            ).fetchone():
                return None
            conn.executemany("insert into slack_events (key, seen_at) values (?, ?)", [(k, now) for k in keys])
            return jb.enqueue(conn, kind, payload, dedupe_key, now)

    def claim_next_job(self, worker: str, kinds: Iterable[str] | None = None) -> Job | None:
        """Atomically take the oldest queued job (optionally of these kinds) and mark it running."""
        with self._write() as conn:
            return jb.claim_next(conn, worker, kinds, self.now())

    def finish_job(self, job_id: int, *, ok: bool, error: str | None = None, retry: bool = False) -> None:
        with self._write() as conn:
            jb.finish(conn, job_id, ok, error, retry, self.now())

    def requeue_stale_jobs(self) -> int:
        """Running jobs back to queued (call once at start-up: they were interrupted by a crash).

        Their `attempts` goes up, so a worker knows the job may have got half way (e.g. already replied)."""
        with self._write() as conn:
            return conn.execute("update jobs set status = 'queued', worker = null, attempts = attempts + 1,"
                                " last_error = 'interrupted by a restart', updated = ?"
                                " where status = 'running'", [self.now()]).rowcount

    def requeue_failed_jobs(self, *, error_contains: str | None = None) -> int:
        """Failed jobs back to queued (optionally only those whose last error contains `error_contains`)."""
        sql = "update jobs set status = 'queued', worker = null, updated = ? where status = 'failed'"
        args: list = [self.now()]
        if error_contains:
            sql += " and instr(coalesce(last_error, ''), ?) > 0"
            args.append(error_contains)
        with self._write() as conn:
            return conn.execute(sql, args).rowcount

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
