"""The daily digest: one day's articles and claims, grouped by article and speaker."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from store.types import Digest, DigestArticle, DigestSpeaker, SpeakerCount


def day_bounds(day: date, tz: str = "UTC") -> tuple[str, str]:
    """[start, end) of a local day as the store's UTC timestamp strings."""
    zone = ZoneInfo(tz)
    start = datetime.combine(day, time(0), zone).astimezone(ZoneInfo("UTC"))
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(ZoneInfo("UTC"))
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ"
    return start.strftime(fmt), end.strftime(fmt)


def digest(conn: sqlite3.Connection, day: date, *, tz: str = "UTC", top: int = 5) -> Digest:
    """Articles logged (first seen) on `day` in time zone `tz` that have claims."""
    lo, hi = day_bounds(day, tz)
    arts = conn.execute(
        "select id, title, url, published, status from articles where created >= ? and created < ? order by created",
        [lo, hi],
    ).fetchall()
    failed = sum(1 for a in arts if a[4] == "failed")
    done = [a for a in arts if a[4] == "done"]
    if not done:
        return Digest(day, (), (), 0, failed)
    by_article: dict[str, dict] = {a[0]: {} for a in done}
    counts: dict[int, list] = {}
    total = 0
    rows = conn.execute(
        """select c.article_id, c.speaker_id, c.speaker_name, c.role, c.quote
           from articles a join claims c on c.article_id = a.id
           where a.created >= ? and a.created < ? and +a.status = 'done'
           order by a.created, a.id, c.position""",
        [lo, hi],
    ).fetchall()
    # Speaker names in one look-up (a join per claim costs more than the rest of the digest).
    sids = json.dumps(list({r[1] for r in rows if r[1] is not None}))
    names = {sid: (name, kind) for sid, name, kind in conn.execute(
        "select id, name, kind from speakers where id in (select value from json_each(?))", [sids])}
    for aid, sid, name, role, quote in rows:
        kind = None
        if sid is not None and sid in names:
            name, kind = names[sid]
        total += 1
        key = sid if sid is not None else ("?", name)
        group = by_article[aid].get(key)
        if group is None:
            group = by_article[aid][key] = [sid, name, role, []]
        elif role and not group[2]:
            group[2] = role
        group[3].append(quote)
        if sid is not None:
            c = counts.get(sid)
            if c is None:
                counts[sid] = [name, kind, 1, {aid}]
            else:
                c[2] += 1
                c[3].add(aid)
    articles = []
    for aid, title, url, published, _ in done:
        groups = by_article[aid]
        if not groups:
            continue
        speakers = tuple(DigestSpeaker(g[0], g[1], g[2], tuple(g[3]))
                         for g in sorted(groups.values(), key=lambda g: -len(g[3])))
        articles.append(DigestArticle(aid, title, url, published, speakers, sum(len(g[3]) for g in groups.values())))
    tops = sorted(counts.items(), key=lambda kv: (-kv[1][2], -len(kv[1][3]), kv[1][0] or ""))[:top]
    top_speakers = tuple(SpeakerCount(sid, v[0], v[1] or "unknown", v[2], len(v[3])) for sid, v in tops)
    return Digest(day, tuple(articles), top_speakers, total, failed)
