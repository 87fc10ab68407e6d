"""Forgetting: unlinking Slack messages from articles, and deleting articles with their claims.

An article lives as long as a Slack message links it (`messages`) or an operator source holds it
(`articles.operator` not NULL). Deleting an article deletes its claims (the FTS triggers remove their
`claims_fts` rows), its message links, and speakers left with no claim that no user named on purpose.
All functions run inside the caller's write transaction.
"""
from __future__ import annotations

import json
import sqlite3

from store import copies as cp
from store.types import ForgetReport


def _ids(ids) -> str:
    return json.dumps(sorted(set(ids)))


def unlink(conn: sqlite3.Connection, where: str, args: list) -> tuple[int, set[str]]:
    """Delete the message links matching `where`, and the arrivals of copies those messages brought (their
    addresses and headlines); returns (how many links, the article ids they pointed at)."""
    aids = {r[0] for r in conn.execute(f"select article_id from messages where {where}", args)}
    conn.execute("delete from article_copies where id in (select ac.id from article_copies ac"
                 f" join (select channel, ts, article_id from messages where {where}) m"
                 " on m.channel = ac.channel and m.ts = ac.ts and m.article_id = ac.article_id)", args)
    # A copy's key with no arrival left (and not the article's own id) no longer leads to the article.
    conn.execute("delete from article_keys where article_id in (select value from json_each(?)) and key != article_id"
                 " and not exists (select 1 from article_copies ac where ac.article_id = article_keys.article_id"
                 " and ac.key = article_keys.key)", [_ids(aids)])
    n = conn.execute(f"delete from messages where {where}", args).rowcount
    return n, aids


def orphans(conn: sqlite3.Connection, aids: set[str]) -> tuple[list[str], list[str]]:
    """Split `aids` into (no message and no operator source left, still held by something)."""
    rows = conn.execute(
        "select a.id, a.operator is null and not exists (select 1 from messages m where m.article_id = a.id)"
        " from articles a where a.id in (select value from json_each(?))", [_ids(aids)]).fetchall()
    return sorted(r[0] for r in rows if r[1]), sorted(r[0] for r in rows if not r[1])


def delete_articles(conn: sqlite3.Connection, aids: list[str]) -> tuple[int, int, int]:
    """Delete articles with their claims and links; returns (claims, messages, speakers) deleted."""
    if not aids:
        return 0, 0, 0
    ids = _ids(aids)
    sids = {r[0] for r in conn.execute(
        "select distinct speaker_id from claims where article_id in (select value from json_each(?))"
        " and speaker_id is not null", [ids])}
    gids = [r[0] for r in conn.execute(
        "select distinct group_id from claims where article_id in (select value from json_each(?))"
        " and group_id is not null", [ids])]
    claims = conn.execute("delete from claims where article_id in (select value from json_each(?))", [ids]).rowcount
    conn.execute("delete from quote_groups where id in (select value from json_each(?))"
                 " and not exists (select 1 from claims c where c.group_id = quote_groups.id)", [_ids(gids)])
    cp.delete_for(conn, ids)
    conn.execute("delete from follow_notices where article_id in (select value from json_each(?))", [ids])
    msgs = conn.execute("delete from messages where article_id in (select value from json_each(?))", [ids]).rowcount
    conn.execute("delete from articles where id in (select value from json_each(?))", [ids])
    return claims, msgs, drop_unused_speakers(conn, sids)


def drop_unused_speakers(conn: sqlite3.Connection, sids: set[int]) -> int:
    """Delete speakers among `sids` with no claim left and no user-made alias (nobody named them on purpose)."""
    if not sids:
        return 0
    ids = _ids(sids)
    gone = [r[0] for r in conn.execute(
        "select s.id from speakers s where s.id in (select value from json_each(?))"
        " and not exists (select 1 from claims c where c.speaker_id = s.id)"
        " and not exists (select 1 from speaker_aliases x where x.speaker_id = s.id and x.user_made = 1)", [ids])]
    if not gone:
        return 0
    ids = _ids(gone)
    tokens = [r[0] for r in conn.execute(
        "select distinct token from name_tokens where speaker_id in (select value from json_each(?))", [ids])]
    conn.execute("delete from name_tokens where speaker_id in (select value from json_each(?))", [ids])
    conn.execute("delete from speaker_aliases where speaker_id in (select value from json_each(?))", [ids])
    conn.execute("delete from speakers where id in (select value from json_each(?))", [ids])
    # Typo keys of tokens no remaining speaker has.
    conn.execute("delete from token_keys where token in (select value from json_each(?))"
                 " and token not in (select token from name_tokens)", [json.dumps(tokens)])
    return len(gone)


def refresh_first_source(conn: sqlite3.Connection, aids: list[str]) -> None:
    """articles.source_* name the earliest message still linked (or nothing), never a forgotten one."""
    conn.execute(
        "update articles set (source_channel, source_ts, source_user) = ("
        " select m.channel, m.ts, m.user from messages m where m.article_id = articles.id"
        " order by m.created, m.rowid limit 1)"
        " where id in (select value from json_each(?))", [_ids(aids)])


def forget_links(conn: sqlite3.Connection, where: str, args: list) -> ForgetReport:
    """Unlink the messages matching `where`; delete the articles nothing holds any more."""
    n, aids = unlink(conn, where, args)
    gone, kept = orphans(conn, aids)
    claims, _, speakers = delete_articles(conn, gone)
    refresh_first_source(conn, kept)
    return ForgetReport(articles=tuple(gone), claims=claims, messages=n, kept=tuple(kept), speakers=speakers)


def forget_articles(conn: sqlite3.Connection, aids: list[str]) -> ForgetReport:
    claims, msgs, speakers = delete_articles(conn, aids)
    return ForgetReport(articles=tuple(sorted(aids)), claims=claims, messages=msgs, speakers=speakers)


def drop_jobs(conn: sqlite3.Connection, where: str, args: list) -> int:
    """Delete finished jobs (done or failed) matching `where`: their payloads hold pasted text."""
    return conn.execute(f"delete from jobs where status in ('done', 'failed') and ({where})", args).rowcount
