"""One story, one article: the keys that name an article, its copies, and the near-duplicate (LSH) index.

An article is stored once. Every id that leads to it (the normalised address a
user gave, the canonical one, a pasted text's hash) is a key in
`article_keys`; every arrival that brought a different text or address is a
row of `article_copies` (the sources a quote is listed with). New texts are
matched against stored ones through `lsh_bands`: the candidates share a band
key with the new text's MinHash signature (an index look-up), and only those
are compared (`bot.neardup`).
"""
from __future__ import annotations

import sqlite3

from bot import neardup
from store.types import ArticleCopy, MessageRef

COPY_COLUMNS = "url, title, published, channel, ts, created"


def resolve(conn: sqlite3.Connection, key: str) -> str | None:
    """The article `key` (an article id, an address or text id) names, if any."""
    row = conn.execute("select article_id from article_keys where key = ?", [key]).fetchone()
    if row:
        return row[0]
    row = conn.execute("select id from articles where id = ?", [key]).fetchone()
    return row[0] if row else None


def add_key(conn: sqlite3.Connection, key: str, article_id: str) -> None:
    conn.execute("insert or ignore into article_keys (key, article_id) values (?, ?)", [key, article_id])


def add_copy(conn: sqlite3.Connection, article_id: str, key: str, *, url: str | None, title: str | None,
             published: str | None, source: MessageRef | None, now: str) -> None:
    """Record an arrival of the article (once per distinct key) and make `key` lead to it."""
    add_key(conn, key, article_id)
    conn.execute(
        "insert or ignore into article_copies (article_id, key, url, title, published, channel, ts, user, created)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [article_id, key, url, title, published, source.channel if source else None,
         source.ts if source else None, source.user if source else None, now])


def copies(conn: sqlite3.Connection, article_ids: list[str]) -> dict[str, list[ArticleCopy]]:
    """Each article's copies, oldest first."""
    if not article_ids:
        return {}
    out: dict[str, list[ArticleCopy]] = {a: [] for a in article_ids}
    marks = ",".join("?" * len(article_ids))
    for aid, url, title, published, channel, ts, created in conn.execute(
            f"select article_id, {COPY_COLUMNS} from article_copies where article_id in ({marks})"
            " order by created, id", article_ids):
        out[aid].append(ArticleCopy(aid, url, title, published, MessageRef(channel, ts) if channel else None, created))
    return out


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


def find_near(conn: sqlite3.Connection, sig: neardup.Signature) -> tuple[str, float] | None:
    """The stored article most similar to `sig` at or above the duplicate threshold, with its similarity."""
    if sig.words < neardup.MIN_WORDS:
        return None
    keys = neardup.band_keys(sig)
    rows = conn.execute(
        "select s.article_id, s.sig, s.words from article_signatures s where s.article_id in"
        f" (select article_id from lsh_bands where key in ({','.join('?' * len(keys))}))", keys).fetchall()
    best: tuple[str, float] | None = None
    for aid, values, words in rows:
        other = neardup.Signature(values, words)
        if neardup.is_duplicate(sig, other):
            s = neardup.similarity(sig, other)
            if best is None or s > best[1]:
                best = (aid, s)
    return best
