"""A small durable job queue in the `jobs` table (used by the Slack side for work that must survive restarts)."""
from __future__ import annotations

import json
import sqlite3

from store.types import Job

COLUMNS = "id, kind, payload, dedupe_key, status, attempts, last_error, created, updated, worker, error_kind"


def row_to_job(r: tuple) -> Job:
    return Job(id=r[0], kind=r[1], payload=json.loads(r[2]), dedupe_key=r[3], status=r[4], attempts=r[5],
               last_error=r[6], created=r[7], updated=r[8], worker=r[9], error_kind=r[10])


def enqueue(conn: sqlite3.Connection, kind: str, payload: dict, dedupe_key: str | None, now: str) -> int | None:
    cur = conn.execute(
        "insert or ignore into jobs (kind, payload, dedupe_key, status, attempts, created, updated)"
        " values (?, ?, ?, 'queued', 0, ?, ?)",
        [kind, json.dumps(payload, ensure_ascii=False, sort_keys=True), dedupe_key, now, now],
    )
    return int(cur.lastrowid) if cur.rowcount == 1 else None


def first_seen(conn: sqlite3.Connection, table: str, keys: tuple[str, ...], now: str) -> bool:
    """Delivery dedupe in `table` (key, seen_at): False if one of `keys` is there already; else records them all
    and returns True. Inside the caller's transaction."""
    if keys and conn.execute(f"select 1 from {table} where key in ({','.join('?' * len(keys))}) limit 1",
                             keys).fetchone():
        return False
    conn.executemany(f"insert into {table} (key, seen_at) values (?, ?)", [(k, now) for k in keys])
    return True


def claim_next(conn: sqlite3.Connection, worker: str, kinds, now: str) -> Job | None:
    args: list = []
    where = "status = 'queued'"
    if kinds:
        kinds = list(kinds)
        where += f" and kind in ({','.join('?' * len(kinds))})"
        args += kinds
    row = conn.execute(f"select id from jobs where {where} order by id limit 1", args).fetchone()
    if not row:
        return None
    conn.execute("update jobs set status = 'running', worker = ?, updated = ? where id = ?", [worker, now, row[0]])
    return row_to_job(conn.execute(f"select {COLUMNS} from jobs where id = ?", [row[0]]).fetchone())


def finish(conn: sqlite3.Connection, job_id: int, ok: bool, error: str | None, error_kind: str | None,
           retry: bool, now: str) -> None:
    if ok:
        conn.execute("update jobs set status = 'done', last_error = null, error_kind = null, updated = ?"
                     " where id = ?", [now, job_id])
    elif retry:
        conn.execute("update jobs set status = 'queued', attempts = attempts + 1, last_error = ?, error_kind = ?,"
                     " worker = null, updated = ? where id = ?", [error, error_kind, now, job_id])
    else:
        conn.execute("update jobs set status = 'failed', attempts = attempts + 1, last_error = ?, error_kind = ?,"
                     " updated = ? where id = ?", [error, error_kind, now, job_id])
