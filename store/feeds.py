"""Feeds and their entries (`feeds`, `feed_entries`): what to poll, what was seen, what failed and when to retry.

An entry is claimed by inserting its (feed, key) row: the UNIQUE index lets exactly one instance win it,
across restarts and across processes on one database. A claim not finished within `lease_s` (the
process died) can be taken again, as can a failed entry once its back-off has passed.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from store.errors import StoreError
from store.types import Feed, FeedEntry, FeedFailure

FEED_COLUMNS = ("f.id, f.url, f.title, f.channel, f.private, f.etag, f.last_modified, f.added, f.last_polled,"
                " f.last_ok, f.last_error, f.failures, f.next_poll")
_COUNTS = (", (select count(*) from feed_entries e where e.feed_id = f.id and e.status = 'done'),"
           " (select count(*) from feed_entries e where e.feed_id = f.id and e.status = 'failed')")
ENTRY_COLUMNS = "e.id, e.feed_id, e.entry_key, e.url, e.title, e.attempts, e.article_id"


def _feed(r: tuple) -> Feed:
    return Feed(*r[:4], bool(r[4]), *r[5:])


def add(conn: sqlite3.Connection, url: str, channel: str | None, private: bool, now: str) -> tuple[Feed, bool]:
    """(the feed, True if it is new); an existing feed gets the new channel/privacy."""
    cur = conn.execute("insert or ignore into feeds (url, channel, private, added, failures, next_poll)"
                       " values (?, ?, ?, ?, 0, ?)", [url, channel, int(private), now, now])
    if cur.rowcount == 0:
        conn.execute("update feeds set channel = ?, private = ? where url = ?", [channel, int(private), url])
    return get(conn, url), cur.rowcount == 1  # type: ignore[return-value]


def get(conn: sqlite3.Connection, feed: int | str) -> Feed | None:
    by = "f.id = ?" if isinstance(feed, int) or str(feed).isdigit() else "f.url = ?"
    r = conn.execute(f"select {FEED_COLUMNS}{_COUNTS} from feeds f where {by}", [feed]).fetchone()
    return _feed(r) if r else None


def remove(conn: sqlite3.Connection, feed: int | str) -> Feed:
    f = get(conn, feed)
    if f is None:
        raise StoreError(f"No feed {feed!r} (see `whosaid feeds list`).")
    conn.execute("delete from feed_entries where feed_id = ?", [f.id])
    conn.execute("delete from feeds where id = ?", [f.id])
    return f


def all_feeds(conn: sqlite3.Connection, due_by: str | None = None) -> list[Feed]:
    where, args = ("where f.next_poll is null or f.next_poll <= ?", [due_by]) if due_by else ("", [])
    return [_feed(r) for r in conn.execute(f"select {FEED_COLUMNS}{_COUNTS} from feeds f {where} order by f.id",
                                           args)]


def polled(conn: sqlite3.Connection, feed_id: int, *, now: str, next_poll: str, error: str | None,
           etag: str | None = None, last_modified: str | None = None, title: str | None = None) -> None:
    if error is None:
        conn.execute("update feeds set last_polled = ?, last_ok = ?, last_error = null, failures = 0, next_poll = ?,"
                     " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
                     " title = coalesce(?, title) where id = ?",
                     [now, now, next_poll, etag, last_modified, title, feed_id])
    else:
        conn.execute("update feeds set last_polled = ?, last_error = ?, failures = failures + 1, next_poll = ?"
                     " where id = ?", [now, error, next_poll, feed_id])


def claim_entries(conn: sqlite3.Connection, feed_id: int, entries: Iterable[tuple[str, str | None, str | None]],
                  *, now: str, stale_before: str) -> list[FeedEntry]:
    """Claim the new ones of `entries` ((key, url, title)); plus entries due again (failed, back-off over)
    and claims left unfinished since before `stale_before`. Returns what this caller must read."""
    claimed: list[int] = []
    for key, url, title in entries:
        cur = conn.execute("insert or ignore into feed_entries (feed_id, entry_key, url, title, status, attempts,"
                           " claimed_at, created, updated) values (?, ?, ?, ?, 'claimed', 0, ?, ?, ?)",
                           [feed_id, key, url, title, now, now, now])
        if cur.rowcount == 1:
            claimed.append(int(cur.lastrowid))
    again = [r[0] for r in conn.execute(
        "select id from feed_entries where feed_id = ? and ((status = 'failed' and next_try <= ?)"
        " or (status = 'claimed' and claimed_at < ?))", [feed_id, now, stale_before])]
    for eid in again:
        conn.execute("update feed_entries set status = 'claimed', claimed_at = ?, updated = ? where id = ?",
                     [now, now, eid])
    ids = claimed + again
    return [FeedEntry(*r) for r in conn.execute(
        f"select {ENTRY_COLUMNS} from feed_entries e where e.id in ({','.join('?' * len(ids))}) order by e.id", ids)
    ] if ids else []


def finish_entry(conn: sqlite3.Connection, entry_id: int, *, now: str, article_id: str | None, error: str | None,
                 next_try: str | None, post: str | None) -> None:
    conn.execute("update feed_entries set status = ?, error = ?, article_id = coalesce(?, article_id),"
                 " attempts = attempts + 1, next_try = ?, post = ?, updated = ? where id = ?",
                 ["failed" if error else "done", error, article_id, next_try, post, now, entry_id])


def claim_posts(conn: sqlite3.Connection, now: str, limit: int) -> list[FeedEntry]:
    """Entries read but not yet posted to their feed's channel; marked 'posting' so one instance posts each."""
    rows = conn.execute(
        f"select {ENTRY_COLUMNS}, f.channel from feed_entries e join feeds f on f.id = e.feed_id"
        " where e.post = 'pending' and f.channel is not null order by e.id limit ?", [int(limit)]).fetchall()
    out = []
    for r in rows:
        if conn.execute("update feed_entries set post = 'posting', updated = ? where id = ? and post = 'pending'",
                        [now, r[0]]).rowcount == 1:
            out.append(FeedEntry(*r))
    return out


def finish_post(conn: sqlite3.Connection, entry_id: int, *, now: str, error: str | None) -> None:
    conn.execute("update feed_entries set post = ?, error = coalesce(?, error), updated = ? where id = ?",
                 ["failed" if error else "posted", error, now, entry_id])


def failures(conn: sqlite3.Connection, feed_id: int, limit: int) -> list[FeedFailure]:
    return [FeedFailure(*r) for r in conn.execute(
        "select url, title, error, attempts, next_try from feed_entries where feed_id = ? and status = 'failed'"
        " order by updated desc limit ?", [feed_id, int(limit)])]
