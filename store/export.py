"""Export every claim with its speaker and article, as CSV or JSON (the records of store/records.py)."""
from __future__ import annotations

import csv
import json
import sqlite3
from typing import TextIO

from store import queries as q
from store.records import HIT_FIELDS, hit_record
from store.types import Viewer
from store.visibility import narrow

FIELDS = HIT_FIELDS
SQL = f"select {q.HIT_COLUMNS} from {q.HIT_FROM} where 1 = 1{{visible}} order by c.date, c.article_id, c.position"


def export(conn: sqlite3.Connection, fmt: str, out: TextIO, viewer: Viewer) -> int:
    """Write the claims `viewer` may see to `out`; returns how many. JSON is one array of objects (streamed)."""
    if fmt not in ("csv", "json"):
        raise ValueError(f"unknown export format {fmt!r} (csv or json)")
    n = 0
    w = csv.writer(out) if fmt == "csv" else None
    if w:
        w.writerow(FIELDS)
    else:
        out.write("[")
    cond, args = narrow(viewer, "c.article_id")
    for row in conn.execute(SQL.format(visible=cond), args):
        rec = hit_record(q.hit(row))
        if w:
            w.writerow([rec[f] for f in FIELDS])
        else:
            out.write(",\n" if n else "\n")
            out.write(json.dumps(rec, ensure_ascii=False))
        n += 1
    if not w:
        out.write("\n]\n" if n else "]\n")
    return n
