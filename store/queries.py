"""Read-side queries: quotes by speaker, top speakers, full-text search."""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import replace
from datetime import date, datetime

from store import speakers as sp
from store.types import QuoteHit, SpeakerCount, SpeakerMatch, Viewer
from store.visibility import article_visible, narrow

HIT_COLUMNS = """s.name, c.speaker_id, c.quote, c.kind, c.role, c.via, c.article_id, a.title, a.url,
    c.date, c.created, c.cue, c.start, c.end, c.speaker_name, c.id, c.position, coalesce(s.kind, c.speaker_kind),
    a.published, c.mention, c.group_id"""
HIT_FROM = "claims c join articles a on a.id = c.article_id left join speakers s on s.id = c.speaker_id"
TIER = 5.0  # speakers within this many points of the best match are all shown (surname query: exact 100 + 95s)


def hit(row: tuple) -> QuoteHit:
    return QuoteHit(
        speaker=row[0] if row[0] is not None else row[14], speaker_id=row[1], quote=row[2], kind=row[3],
        role=row[4], via=row[5], article_id=row[6], article_title=row[7], article_url=row[8],
        article_date=row[9], created_at=row[10], cue=row[11], start=row[12], end=row[13],
        claim_id=row[15], position=row[16], speaker_as_written=row[14], speaker_kind=row[17], article_published=row[18],
        mention=row[19], group_id=row[20],
    )


def _since(since: date | str | None) -> str | None:
    if since is None:
        return None
    if isinstance(since, datetime):
        since = since.date()
    return since.isoformat() if isinstance(since, date) else str(since)[:10]


def find_speakers(conn: sqlite3.Connection, name: str, viewer: Viewer, limit: int = 5) -> list[SpeakerMatch]:
    """Speakers matching `name` (see `speakers.find`); for anyone but the whole-log operator, only speakers
    with a claim `viewer` may see, counted over those claims (a name only quoted in a private memo is
    not suggested to someone who cannot read the memo)."""
    if viewer.sees_everything:
        return sp.find(conn, name, limit)
    matches = sp.find(conn, name, limit=50)
    if not matches:
        return []
    ids = [m.speaker_id for m in matches]
    cond, args = narrow(viewer, "claims.article_id")
    counts = dict(conn.execute(
        f"select speaker_id, count(*) from claims where speaker_id in ({','.join('?' * len(ids))}){cond}"
        " group by speaker_id", [*ids, *args]).fetchall())
    seen = [replace(m, claim_count=counts[m.speaker_id]) for m in matches if counts.get(m.speaker_id)]
    seen.sort(key=lambda m: (-m.score, -m.claim_count, m.name))
    return seen[:limit]


def _tier(conn: sqlite3.Connection, name: str, viewer: Viewer) -> list[int]:
    """The speakers `query` reads for `name`: those within `TIER` points of the best-matching speaker with a
    claim `viewer` may see. Visibility is looked up speaker by speaker, best first, until one has such a claim
    (usually the first); a speaker of the tier with none adds nothing to what `viewer` is shown."""
    matches = sp.find(conn, name, limit=50)  # best first
    if not matches:
        return []
    top = matches[0].score
    if not viewer.sees_everything:
        cond, args = article_visible(viewer, "c.article_id")
        first = next((m for m in matches if conn.execute(
            f"select exists (select 1 from claims c where c.speaker_id = ? and {cond})",
            [m.speaker_id, *args]).fetchone()[0]), None)
        if first is None:
            return []
        top = first.score
    return [m.speaker_id for m in matches if m.score >= top - TIER][:50]


def _newest(conn: sqlite3.Connection, candidates: list[tuple[str, int]], viewer: Viewer, limit: int) -> list[int]:
    """Of `candidates` ((day, claim id), newest first), the ids of the newest `limit` claims `viewer` may see,
    and the rest of the last one's day (within a day the final order is by `created`, which only the full row
    has). Visibility is looked up for a short list at a time, not for every claim of the speakers."""
    out: list[tuple[str, int]] = []
    step = max(2 * limit, 100)
    for start in range(0, len(candidates), step):
        chunk = candidates[start:start + step]
        allowed = None
        if not viewer.sees_everything:
            cond, args = article_visible(viewer, "c.article_id")
            allowed = {r[0] for r in conn.execute(
                f"select c.id from claims c where c.id in (select value from json_each(?)) and {cond}",
                [json.dumps([cid for _, cid in chunk]), *args])}
        for day, cid in chunk:
            if allowed is not None and cid not in allowed:
                continue
            if len(out) >= limit and day != out[limit - 1][0]:
                return [c for _, c in out]
            out.append((day, cid))
    return [c for _, c in out]


def query(conn: sqlite3.Connection, name: str, viewer: Viewer, *, since: date | str | None = None,
          limit: int = 20) -> list[QuoteHit]:
    """What the best-matching speaker(s) `viewer` may see said, newest first.

    A full name gives that person; a surname gives everyone sharing it (each hit names its speaker).
    The speakers' claims are ordered on the (speaker_id, date, group_id) index alone; visibility and full rows
    are read for the newest few only.
    """
    ids = _tier(conn, name, viewer)
    if not ids or limit <= 0:
        return []
    args: list = list(ids)
    where = f"speaker_id in ({','.join('?' * len(ids))})"
    if since := _since(since):
        where += " and date >= ?"
        args.append(since)
    candidates = conn.execute(f"select ifnull(date, ''), id from claims where {where}", args).fetchall()
    candidates.sort(reverse=True)
    chosen = _newest(conn, candidates, viewer, int(limit))
    rows = conn.execute(
        f"select {HIT_COLUMNS} from {HIT_FROM} where c.id in (select value from json_each(?))"
        " order by c.date desc, c.created desc, c.id desc limit ?", [json.dumps(chosen), int(limit)]).fetchall()
    return [hit(r) for r in rows]


def claims_for_article(conn: sqlite3.Connection, article_id: str, viewer: Viewer) -> list[QuoteHit]:
    cond, args = narrow(viewer, "c.article_id")
    rows = conn.execute(f"select {HIT_COLUMNS} from {HIT_FROM} where c.article_id = ?{cond} order by c.position",
                        [article_id, *args]).fetchall()
    return [hit(r) for r in rows]


def top_speakers(conn: sqlite3.Connection, viewer: Viewer, limit: int = 10,
                 since: date | str | None = None) -> list[SpeakerCount]:
    """Most-quoted speakers, by the quotes `viewer` may see: each quote once, however many articles repeated
    it (its quote group; as the digest counts them). Articles are counted for the top only."""
    args: list = []
    where = "speaker_id is not null"
    if since := _since(since):
        where += " and date >= ?"
        args.append(since)
    cond, vargs = narrow(viewer, "claims.article_id")
    where += cond
    args += vargs
    top = conn.execute(f"select speaker_id, count(distinct ifnull(group_id, -id)) as n from claims where {where}"
                       " group by speaker_id"
                       f" order by n desc, speaker_id limit ?", [*args, int(limit)]).fetchall()
    out = []
    for sid, n in top:
        name, kind = conn.execute("select name, kind from speakers where id = ?", [sid]).fetchone()
        arts = conn.execute(f"select count(distinct article_id) from claims where speaker_id = ? and {where}",
                            [sid, *args]).fetchone()[0]
        out.append(SpeakerCount(sid, name, kind, n, arts))
    out.sort(key=lambda c: (-c.claims, c.name))
    return out


_word = re.compile(r"\w+", re.UNICODE)


def fts_phrase(text: str) -> str:
    """User text as a safe FTS5 query: every word a quoted string, all required.

    Quotes, `*`, `NEAR`, `OR`, `--`, parentheses and SQL have no special meaning."""
    words = _word.findall(text or "")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_quotes(conn: sqlite3.Connection, text: str, viewer: Viewer, *, limit: int = 20) -> list[QuoteHit]:
    """Claims `viewer` may see whose quote or speaker name contains all words of `text` (FTS5), best first."""
    q = fts_phrase(text)
    if not q:
        return []
    cond, vargs = narrow(viewer, "c.article_id")
    rows = conn.execute(
        f"select {HIT_COLUMNS} from claims_fts f join claims c on c.id = f.rowid"
        " join articles a on a.id = c.article_id left join speakers s on s.id = c.speaker_id"
        f" where claims_fts match ?{cond} order by f.rank limit ?",
        [q, *vargs, int(limit)],
    ).fetchall()
    return [hit(r) for r in rows]
