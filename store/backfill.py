"""Bookkeeping of `whosaid backfill`: one row per archive item (`backfill_items`), so a run can resume.

An item's key is a hash of its content (see `bot.archive`), so the same item found again, in the same
file or another, is recognised; its article is stored once by article id as usual.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from store.types import BackfillFailure


def done_keys(conn: sqlite3.Connection, keys: list[str]) -> set[str]:
    """Those of `keys` already analysed and saved by an earlier run."""
    out: set[str] = set()
    for i in range(0, len(keys), 500):  # stay well below SQLite's bound-parameter limit
        part = keys[i:i + 500]
        out.update(r[0] for r in conn.execute(
            f"select key from backfill_items where status = 'done' and key in ({','.join('?' * len(part))})", part))
    return out


def mark(conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str | None, str, str | None]], now: str) -> None:
    """Upsert (key, label, article_id, status, error) rows; attempts counts every try."""
    conn.executemany(
        "insert into backfill_items (key, label, article_id, status, error, attempts, updated)"
        " values (?, ?, ?, ?, ?, 1, ?)"
        " on conflict (key) do update set label = excluded.label,"
        " article_id = coalesce(excluded.article_id, article_id), status = excluded.status,"
        " error = excluded.error, attempts = attempts + 1, updated = excluded.updated",
        [(*r, now) for r in rows])


def failures(conn: sqlite3.Connection, limit: int) -> list[BackfillFailure]:
    return [BackfillFailure(*r) for r in conn.execute(
        "select key, label, error, attempts, updated from backfill_items where status = 'failed'"
        " order by updated desc limit ?", [int(limit)])]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return dict(conn.execute("select status, count(*) from backfill_items group by status").fetchall())
