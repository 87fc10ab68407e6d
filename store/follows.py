"""`/whosaid follow NAME`: followers of speakers, and which new article each follower is told about.

A follower gets at most one direct message per article (however many of the
speakers they follow it quotes) and at most `MAX_PER_HOUR` an hour: an
article over that limit is recorded as skipped, never queued up into a burst.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from store import queries as q
from store.types import FollowNotice

MAX_PER_HOUR = 6


def follow(conn: sqlite3.Connection, user: str, speaker_id: int, now: str) -> None:
    conn.execute("insert or ignore into follows (user, speaker_id, created) values (?, ?, ?)", [user, speaker_id, now])


def unfollow(conn: sqlite3.Connection, user: str, speaker_id: int) -> bool:
    return conn.execute("delete from follows where user = ? and speaker_id = ?", [user, speaker_id]).rowcount > 0


def following(conn: sqlite3.Connection, user: str) -> list[tuple[int, str]]:
    return [tuple(r) for r in conn.execute(
        "select s.id, s.name from follows f join speakers s on s.id = f.speaker_id where f.user = ? order by s.name",
        [user])]


def notices(conn: sqlite3.Connection, article_id: str, now: str, *, max_per_hour: int = MAX_PER_HOUR
            ) -> list[FollowNotice]:
    """The messages to send for a newly logged article: one per follower of any speaker it quotes, recorded so
    the same article never notifies the same user twice; users over the hourly limit are recorded as skipped."""
    users = [r[0] for r in conn.execute(
        "select distinct f.user from follows f join claims c on c.speaker_id = f.speaker_id"
        " where c.article_id = ? order by f.user", [article_id])]
    if not users:
        return []
    hits = q.claims_for_article(conn, article_id)
    since = (datetime.strptime(now, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
             - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    out = []
    for user in users:
        if conn.execute("select 1 from follow_notices where user = ? and article_id = ?", [user, article_id]).fetchone():
            continue
        recent = conn.execute("select count(*) from follow_notices where user = ? and status = 'sent' and created >= ?",
                              [user, since]).fetchone()[0]
        status = "sent" if recent < max_per_hour else "skipped"
        conn.execute("insert into follow_notices (user, article_id, status, created) values (?, ?, ?, ?)",
                     [user, article_id, status, now])
        if status == "sent":
            followed = {r[0] for r in conn.execute("select speaker_id from follows where user = ?", [user])}
            out.append(FollowNotice(user=user, article_id=article_id,
                                    claims=tuple(h for h in hits if h.speaker_id in followed)))
    return out
