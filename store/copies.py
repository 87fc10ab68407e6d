"""One story, one article: the keys that name an article, its arrivals, and the near-duplicate (LSH) index.

An article is stored once. Every id that leads to it (the normalised address a
user gave, the canonical one, a pasted text's hash) is a key in
`article_keys`; every arrival of a copy (a Slack message, or a CLI ingest, that
brought pasted text, a link or a syndicated copy) is a row of `article_copies`.
A quote's sources are those arrivals, one per copy, each seen only by whoever
may see the message that brought it (`store.visibility.arrival_visible`).

New texts are matched against stored ones through `lsh_bands`: the candidates
share a band key with the new text's MinHash signature (an index look-up), and
only those are compared (`bot.neardup`). Which stored articles may be matched
at all is the caller's `Viewer`: a new arrival is only ever merged into an
article everyone who sees the arrival could already see (see `Store.find_duplicate`).
"""
from __future__ import annotations

import sqlite3

from bot import neardup
from store.types import ArticleCopy, MessageRef, Viewer
from store.visibility import arrival_visible, article_visible

COPY_COLUMNS = "ac.article_id, ac.key, ac.url, ac.title, ac.published, ac.channel, ac.ts, ac.created"


def own(conn: sqlite3.Connection, key: str) -> str | None:
    """`key` when it is a stored article's own id (the same address or the same text)."""
    row = conn.execute("select id from articles where id = ?", [key]).fetchone()
    return row[0] if row else None


def resolve(conn: sqlite3.Connection, key: str) -> str | None:
    """The article `key` names: an article's own id first, else the article a copy with this key merged into."""
    found = own(conn, key)
    if found:
        return found
    row = conn.execute("select article_id from article_keys where key = ?", [key]).fetchone()
    return row[0] if row else None


def visible(conn: sqlite3.Connection, article_id: str, viewer: Viewer) -> bool:
    cond, args = article_visible(viewer, "a.id")
    return conn.execute(f"select 1 from articles a where a.id = ? and {cond}", [article_id, *args]).fetchone() is not None


def add_key(conn: sqlite3.Connection, key: str, article_id: str) -> None:
    conn.execute("insert or ignore into article_keys (key, article_id) values (?, ?)", [key, article_id])


def add_copy(conn: sqlite3.Connection, article_id: str, key: str, *, url: str | None, title: str | None,
             published: str | None, source: MessageRef | None, operator: int | None, now: str) -> None:
    """Record an arrival of the article (once per message, or once for the CLI) and make `key` lead to it."""
    add_key(conn, key, article_id)
    conn.execute(
        "insert or ignore into article_copies (article_id, key, url, title, published, channel, ts, user, operator,"
        " created) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, key, url, title, published, source.channel if source else None,
         source.ts if source else None, source.user if source else None, operator, now])
    if source is None and operator is not None:  # an operator source made public or private again
        conn.execute("update article_copies set operator = ? where article_id = ? and key = ? and channel is null",
                     [operator, article_id, key])


def _copy(row: tuple) -> ArticleCopy:
    aid, _, url, title, published, channel, ts, created = row
    return ArticleCopy(aid, url, title, published, MessageRef(channel, ts) if channel else None, created)


def copies(conn: sqlite3.Connection, article_id: str) -> list[ArticleCopy]:
    """The article's copies (the operator's view), one per key, each as it first arrived, oldest first."""
    rows = conn.execute(f"select {COPY_COLUMNS} from article_copies ac where ac.article_id = ?"
                        " order by ac.created, ac.id", [article_id]).fetchall()
    seen: set[str] = set()
    out = []
    for r in rows:
        if r[1] not in seen:
            seen.add(r[1])
            out.append(_copy(r))
    return out


def first_arrival(conn: sqlite3.Connection, article_id: str, viewer: Viewer,
                  exclude: MessageRef | None = None) -> ArticleCopy | None:
    """The earliest arrival of the article `viewer` may see, other than the message `exclude` (the one being
    answered): "Already read on 3 Nov — in that thread". None: nothing they may see."""
    cond, args = arrival_visible(viewer)
    sql = f"select {COPY_COLUMNS} from article_copies ac where ac.article_id = ? and {cond}"
    params: list = [article_id, *args]
    if exclude is not None:
        sql += " and not (ifnull(ac.channel, '') = ? and ifnull(ac.ts, '') = ?)"
        params += [exclude.channel, exclude.ts]
    row = conn.execute(sql + " order by ac.created, ac.id limit 1", params).fetchone()
    return _copy(row) if row else None


def index_text(conn: sqlite3.Connection, article_id: str, text: str) -> None:
    """Put the article's text in the near-duplicate index (once; an indexed article keeps its signature)."""
    if not (text or "").strip():
        return
    if conn.execute("select 1 from article_signatures where article_id = ?", [article_id]).fetchone():
        return
    sig = neardup.signature(text)
    conn.execute("insert into article_signatures (article_id, sig, words) values (?, ?, ?)",
                 [article_id, sig.values, sig.words])
    conn.executemany("insert or ignore into lsh_bands (key, article_id) values (?, ?)",
                     [(k, article_id) for k in neardup.band_keys(sig)])


def find_near(conn: sqlite3.Connection, sig: neardup.Signature, viewer: Viewer) -> tuple[str, float] | None:
    """The stored article `viewer` may see most similar to `sig` at or above the duplicate threshold, with its
    similarity. Articles they may not see are never candidates."""
    if sig.words < neardup.MIN_WORDS:
        return None
    keys = neardup.band_keys(sig)
    cond, args = article_visible(viewer, "s.article_id")
    rows = conn.execute(
        "select s.article_id, s.sig, s.words from article_signatures s where s.article_id in"
        f" (select article_id from lsh_bands where key in ({','.join('?' * len(keys))})) and {cond}",
        [*keys, *args]).fetchall()
    best: tuple[str, float] | None = None
    for aid, values, words in rows:
        other = neardup.Signature(values, words)
        if neardup.is_duplicate(sig, other):
            s = neardup.similarity(sig, other)
            if best is None or s > best[1]:
                best = (aid, s)
    return best


def delete_for(conn: sqlite3.Connection, json_ids: str) -> None:
    """Everything kept here about the articles (a JSON list of ids) about to be deleted."""
    for table in ("article_copies", "article_keys", "article_signatures", "lsh_bands"):
        conn.execute(f"delete from {table} where article_id in (select value from json_each(?))", [json_ids])
