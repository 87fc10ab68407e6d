"""The daily digest: one day's articles and claims, grouped by article and speaker."""
from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from store.types import Digest, DigestArticle, DigestSpeaker, SpeakerCount, Viewer
from store.visibility import narrow


def day_bounds(day: date, tz: str = "UTC") -> tuple[str, str]:
    """[start, end) of a local day as the store's UTC timestamp strings."""
    zone = ZoneInfo(tz)
    start = datetime.combine(day, time(0), zone).astimezone(ZoneInfo("UTC"))
    end = datetime.combine(day + timedelta(days=1), time(0), zone).astimezone(ZoneInfo("UTC"))
    fmt = "%Y-%m-%dT%H:%M:%S.%fZ"
    return start.strftime(fmt), end.strftime(fmt)


# An archive backfilled today is not today's news: articles that came only through `whosaid backfill` stay out.
NOT_BACKFILL = ("(not exists (select 1 from backfill_items b where b.article_id = a.id)"
                " or exists (select 1 from messages m where m.article_id = a.id))")

# Claims of the day's articles in article order. Ordering by (created, rowid, position) follows the
# articles(created) and claims(article_id, position) indexes exactly, so SQLite sorts nothing.
CLAIMS_SQL = """
select c.article_id, c.speaker_id, c.speaker_name, c.role, c.quote, c.group_id
from articles a join claims c on c.article_id = a.id
where a.created >= ? and a.created < ? and +a.status = 'done' and """ + NOT_BACKFILL + """{visible}
order by a.created, a.rowid, c.position
"""


def digest(conn: sqlite3.Connection, day: date, viewer: Viewer, *, tz: str = "UTC", top: int = 5) -> Digest:
    """Articles `viewer` may see logged (first seen) on `day` in time zone `tz`, claims grouped by speaker
    (archives backfilled that day left out).

    Each quote is listed once: under the first of the day's articles (that `viewer` may see) it appeared in."""
    lo, hi = day_bounds(day, tz)
    cond, vargs = narrow(viewer, "a.id")
    arts = conn.execute(
        "select id, title, url, published, status from articles a where created >= ? and created < ?"
        f" and {NOT_BACKFILL}{cond} order by created, rowid", [lo, hi, *vargs],
    ).fetchall()
    failed = sum(1 for a in arts if a[4] == "failed")
    done = [a for a in arts if a[4] == "done"]
    if not done:
        return Digest(day, (), (), 0, failed)
    by_article: dict[str, dict] = {a[0]: {} for a in done}
    listed: set[int] = set()  # quote groups already in the digest: a quote repeated in a later article is listed once
    ccond, cargs = narrow(viewer, "+a.id")
    for aid, sid, name, role, quote, gid in conn.execute(CLAIMS_SQL.format(visible=ccond), [lo, hi, *cargs]):
        if gid is not None:
            if gid in listed:
                continue
            listed.add(gid)
        groups = by_article[aid]
        key = sid if sid is not None else ("name", name)
        g = groups.get(key)
        if g is None:
            groups[key] = [sid, name, role, [quote]]
        else:
            g[3].append(quote)
            if role and not g[2]:
                g[2] = role
    # Speaker names in one look-up (a join per claim costs more than the rest of the digest).
    sids = json.dumps(list({k for groups in by_article.values() for k in groups if isinstance(k, int)}))
    names = {sid: (name, kind) for sid, name, kind in conn.execute(
        "select id, name, kind from speakers where id in (select value from json_each(?))", [sids])}
    counts: dict[int, list] = {}
    articles = []
    total = 0
    for aid, title, url, published, _ in done:
        speakers = []
        for sid, name, role, quotes in by_article[aid].values():
            n = len(quotes)
            total += n
            if sid in names:
                name, kind = names[sid]
                c = counts.get(sid)
                if c is None:
                    counts[sid] = [name, kind, n, 1]
                else:
                    c[2] += n
                    c[3] += 1
            speakers.append((n, DigestSpeaker(sid, name, role, tuple(quotes))))
        if not speakers:
            continue
        speakers.sort(key=lambda x: -x[0])  # most quoted first; stable, so ties keep order of appearance
        articles.append(DigestArticle(aid, title, url, published, tuple(x[1] for x in speakers),
                                      sum(x[0] for x in speakers)))
    tops = sorted(counts.items(), key=lambda kv: (-kv[1][2], -kv[1][3], kv[1][0] or ""))[:top]
    top_speakers = tuple(SpeakerCount(sid, v[0], v[1] or "unknown", v[2], v[3]) for sid, v in tops)
    return Digest(day, tuple(articles), top_speakers, total, failed)
