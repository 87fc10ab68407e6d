"""Export every claim with its speaker and article, as CSV or JSON."""
from __future__ import annotations

import csv
import json
import sqlite3
from typing import TextIO

FIELDS = ["claim_id", "article_id", "position", "speaker_id", "speaker", "speaker_as_written", "mention", "speaker_kind",
          "role", "quote", "kind", "via", "cue", "start", "end", "date", "article_title", "article_url",
          "article_published", "created"]
SQL = """select c.id, c.article_id, c.position, c.speaker_id, s.name, c.speaker_name, c.mention, coalesce(s.kind, c.speaker_kind),
    c.role, c.quote, c.kind, c.via, c.cue, c.start, c.end, c.date, a.title, a.url, a.published, c.created
    from claims c join articles a on a.id = c.article_id left join speakers s on s.id = c.speaker_id
    order by c.date, c.article_id, c.position"""


def export(conn: sqlite3.Connection, fmt: str, out: TextIO) -> int:
    """Write all claims to `out`; returns how many. JSON is one array of objects (streamed)."""
    n = 0
    if fmt == "csv":
        w = csv.writer(out)
        w.writerow(FIELDS)
        for row in conn.execute(SQL):
            w.writerow(row)
            n += 1
    elif fmt == "json":
        out.write("[")
        for row in conn.execute(SQL):
            out.write(",\n" if n else "\n")
            out.write(json.dumps(dict(zip(FIELDS, row)), ensure_ascii=False))
            n += 1
        out.write("\n]\n" if n else "]\n")
    else:
        raise ValueError(f"unknown export format {fmt!r} (csv or json)")
    return n
