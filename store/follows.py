"""`/whosaid follow NAME`: followers of speakers, and which new article each follower is told about.

A follower gets at most one direct message per article (however many of the
speakers they follow it quotes) and at most `MAX_PER_HOUR` an hour: an
article over that limit is recorded as skipped, never queued up into a burst.
Only about an article the follower may see (issue 9's `Viewer`, built by the
Slack layer from their memberships): a follower outside the private channel
an article came through is not told, and nothing is recorded for them, so
they are told if the same article later reaches a place they can see.
"""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from store import copies as cp
from store import queries as q
from store.types import FollowNotice, Viewer

MAX_PER_HOUR = 6


def follow(conn: sqlite3.Connection, user: str, team_id: str | None, speaker_id: int, now: str) -> None:
    conn.execute("insert into follows (user, team_id, speaker_id, created) values (?, ?, ?, ?)"
                 " on conflict (user, speaker_id) do update set team_id = coalesce(excluded.team_id, team_id)",
                 [user, team_id, speaker_id, now])


def unfollow(conn: sqlite3.Connection, user: str, speaker_id: int) -> bool:
    return conn.execute("delete from follows where user = ? and speaker_id = ?", [user, speaker_id]).rowcount > 0


def following(conn: sqlite3.Connection, user: str) -> list[tuple[int, str]]:
    return [tuple(r) for r in conn.execute(
        "select s.id, s.name from follows f join speakers s on s.id = f.speaker_id where f.user = ? order by s.name",
        [user])]


def followers(conn: sqlite3.Connection, article_id: str) -> list[tuple[str, str | None]]:
    """(user, workspace) of the followers of any speaker the article quotes who were not told about it yet."""
    return [tuple(r) for r in conn.execute(
        "select f.user, max(f.team_id) from follows f join claims c on c.speaker_id = f.speaker_id"
        " where c.article_id = ? and not exists (select 1 from follow_notices n where n.user = f.user"
        " and n.article_id = ?) group by f.user order by f.user", [article_id, article_id])]


def notices(conn: sqlite3.Connection, article_id: str, now: str, viewers: dict[str, Viewer], *,
            max_per_hour: int = MAX_PER_HOUR) -> list[FollowNotice]:
    """The messages to send about the article: one per follower (in `viewers`) of any speaker it quotes who may
    see it, recorded so the same article never notifies the same user twice; users over the hourly limit are
    recorded as skipped."""
    users = [(u, t) for u, t in followers(conn, article_id)
             if u in viewers and cp.visible(conn, article_id, viewers[u])]
    if not users:
        return []
    hits = q.claims_for_article(conn, article_id, Viewer.operator())  # only sent to users who may see it (above)
    since = (datetime.strptime(now, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
             - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    out = []
    for user, team in users:
        recent = conn.execute("select count(*) from follow_notices where user = ? and status = 'sent' and created >= ?",
                              [user, since]).fetchone()[0]
        status = "sent" if recent < max_per_hour else "skipped"
        conn.execute("insert or ignore into follow_notices (user, article_id, status, created) values (?, ?, ?, ?)",
                     [user, article_id, status, now])
        if status == "sent":
            followed = {r[0] for r in conn.execute("select speaker_id from follows where user = ?", [user])}
            out.append(FollowNotice(user=user, article_id=article_id, team_id=team,
                                    claims=tuple(h for h in hits if h.speaker_id in followed)))
    return out
