"""Ordered, named schema migrations.

Every table is created or changed here, through sqlite-utils. `_migrations`
records the names already applied, so an older database upgrades in place:
`migrate(db)` applies, in order, each migration whose name is not recorded.
Each migration runs inside one `BEGIN IMMEDIATE` transaction together with
the row that records it, so a crash leaves it either fully applied or not at
all, and two processes starting at once do not both apply it.

Never edit or reorder a migration that has shipped: append a new one.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        assert name not in {n for n, _ in MIGRATIONS}, name
        MIGRATIONS.append((name, fn))
        return fn

    return register


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def applied(db: sqlite_utils.Database) -> list[str]:
    if not db["_migrations"].exists():
        return []
    return [r[0] for r in db.execute("select name from _migrations order by id")]


def migrate(db: sqlite_utils.Database, *, upto: str | None = None) -> list[str]:
    """Apply pending migrations (stopping after `upto` if given); returns the names applied now."""
    conn = db.conn
    conn.execute(
        "create table if not exists _migrations (id integer primary key, name text unique not null, applied_at text not null)"
    )
    done_now: list[str] = []
    for name, fn in MIGRATIONS:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if conn.execute("select 1 from _migrations where name = ?", [name]).fetchone() is None:
                fn(db)
                conn.execute("insert into _migrations (name, applied_at) values (?, ?)", [name, _now()])
                done_now.append(name)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        if name == upto:
            break
    return done_now


# --------------------------------------------------------------------------
# The migrations, oldest first.


@migration("0001_core")
def _core(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": str, "url": str, "title": str, "published": str, "text": str,
            "source_channel": str, "source_ts": str, "source_user": str,
            "status": str, "error": str, "attempts": int,
            "created": str, "updated": str,
        },
        pk="id", not_null=["status", "created", "updated"],
        defaults={"status": "pending", "attempts": 0},
    )
    db["articles"].create_index(["created"])
    db["articles"].create_index(["status"])
    db["articles"].create_index(["url"])

    db["messages"].create(
        {"channel": str, "ts": str, "user": str, "article_id": str, "created": str},
        pk=("channel", "ts", "article_id"),
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["messages"].create_index(["article_id"])

    db["speakers"].create(
        {"id": int, "name": str, "kind": str, "norm": str, "surname": str, "created": str},
        pk="id", not_null=["name", "kind", "norm"],
    )
    db["speakers"].create_index(["norm"])
    db["speakers"].create_index(["surname"])

    db["speaker_aliases"].create(
        {"id": int, "speaker_id": int, "alias": str, "norm": str, "user_made": int, "created": str},
        pk="id", not_null=["speaker_id", "alias", "norm"], defaults={"user_made": 0},
        foreign_keys=[("speaker_id", "speakers", "id")],
    )
    db["speaker_aliases"].create_index(["norm", "speaker_id"], unique=True)
    db["speaker_aliases"].create_index(["speaker_id"])

    db["claims"].create(
        {
            "id": int, "article_id": str, "position": int, "speaker_id": int, "speaker_name": str,
            "speaker_kind": str, "quote": str, "kind": str, "role": str, "via": str,
            "start": int, "end": int, "cue": str, "date": str, "created": str,
        },
        pk="id", not_null=["article_id", "position", "quote", "kind"],
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
    )
    db["claims"].create_index(["article_id", "position"], unique=True)
    db["claims"].create_index(["speaker_id", "date"])
    db["claims"].create_index(["date"])


# Frozen copies of the store.identity code 0002 and 0005 ran when they shipped: a migration must not change
# when live code does. Do not edit them; a new rule for names needs a new migration.
_HONORIFICS_0005 = frozenset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr st mme mlle herr".split()
)
_MIN_KEY_LEN_0002 = 4
_APOS_0005 = re.compile(r"[’'`´]")
_NONWORD_0005 = re.compile(r"[^0-9a-z]+")


def _name_tokens_for(norm: str) -> set[str]:
    return set(norm.split())


def _deletion_keys_0002(token: str) -> set[str]:
    if len(token) < _MIN_KEY_LEN_0002:
        return {token}
    return {token} | {token[:i] + token[i + 1:] for i in range(len(token))}


def _normalise_0005(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOS_0005.sub("", s)
    toks = _NONWORD_0005.sub(" ", s).split()
    while len(toks) > 1 and toks[0] in _HONORIFICS_0005:
        toks.pop(0)
    if len(toks) > 1 and toks[0] == "the":
        toks.pop(0)
    return " ".join(toks)


def _family_name_0005(name: str | None) -> str | None:
    parts = (name or "").strip().split()
    while len(parts) > 1 and _normalise_0005(parts[0]) in _HONORIFICS_0005:
        parts.pop(0)
    if len(parts) == 2 and "-" in parts[1].strip("-") and "-" not in parts[0]:
        return _normalise_0005(parts[0]) or None
    return None


@migration("0002_name_index_and_fts")
def _search(db: sqlite_utils.Database) -> None:
    """Token and typo-key index over speaker names and aliases, and FTS5 over quotes and names."""
    db["name_tokens"].create({"token": str, "speaker_id": int}, pk=("token", "speaker_id"))
    db["name_tokens"].create_index(["speaker_id"])
    db["token_keys"].create({"key": str, "token": str}, pk=("key", "token"))
    # Backfill from speakers and aliases already in the database.
    norms = db.execute(
        "select id, norm from speakers union select speaker_id, norm from speaker_aliases"
    ).fetchall()
    pairs = {(t, sid) for sid, norm in norms for t in _name_tokens_for(norm or "")}
    db.conn.executemany("insert or ignore into name_tokens (token, speaker_id) values (?, ?)", sorted(pairs))
    keys = {(k, t) for t in {t for t, _ in pairs} for k in _deletion_keys_0002(t)}
    db.conn.executemany("insert or ignore into token_keys (key, token) values (?, ?)", sorted(keys))
    db["claims"].enable_fts(["quote", "speaker_name"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")
    db["speakers"].enable_fts(["name"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migration("0003_slack")
def _slack(db: sqlite_utils.Database) -> None:
    db["slack_events"].create({"key": str, "seen_at": str}, pk="key", not_null=["seen_at"])
    db["slack_events"].create_index(["seen_at"])
    db["digest_posts"].create({"channel": str, "day": str, "posted_at": str}, pk=("channel", "day"))


@migration("0004_jobs")
def _jobs(db: sqlite_utils.Database) -> None:
    db["jobs"].create(
        {
            "id": int, "kind": str, "payload": str, "dedupe_key": str, "status": str,
            "attempts": int, "last_error": str, "created": str, "updated": str, "worker": str,
        },
        pk="id", not_null=["kind", "payload", "status", "created", "updated"],
        defaults={"status": "queued", "attempts": 0},
    )
    db["jobs"].create_index(["dedupe_key"], unique=True)
    db["jobs"].create_index(["status", "id"])


@migration("0005_family_name")
def _family(db: sqlite_utils.Database) -> None:
    """speakers.family: family name of surname-first names ("Kim Jong-un" -> "kim"), so "Kim" alone can attach."""
    db["speakers"].add_column("family", str)
    rows = db.execute("select id, name from speakers where kind = 'person'").fetchall()
    db.conn.executemany("update speakers set family = ? where id = ?",
                        [(f, i) for i, n in rows if (f := _family_name_0005(n))])
    db["speakers"].create_index(["family"])


@migration("0006_claim_mention")
def _claim_mention(db: sqlite_utils.Database) -> None:
    """claims.mention: the article's words for the speaker at the claim ("the senator", "he")."""
    db["claims"].add_column("mention", str)


@migration("0007_alias_former_speaker")
def _former_speaker(db: sqlite_utils.Database) -> None:
    """speaker_aliases.former_speaker_id: the speaker an alias belonged to before a merge, so a split restores
    that speaker under its old id (new speakers never take an id recorded here)."""
    db["speaker_aliases"].add_column("former_speaker_id", int)
    db["speaker_aliases"].create_index(["former_speaker_id"])


@migration("0008_backfill_items")
def _backfill_items(db: sqlite_utils.Database) -> None:
    """One row per archive item `whosaid backfill` has seen: done ones are skipped by the next run."""
    db["backfill_items"].create(
        {"key": str, "label": str, "article_id": str, "status": str, "error": str, "attempts": int,
         "updated": str},
        pk="key", not_null=["status", "updated"], defaults={"attempts": 0},
    )
    db["backfill_items"].create_index(["status", "updated"])
    db["backfill_items"].create_index(["article_id"])  # the digest leaves backfilled articles out


@migration("0009_feeds")
def _feeds(db: sqlite_utils.Database) -> None:
    """News feeds `whosaid serve` polls, and every entry seen, once per feed (the unique key makes two
    instances on one database log an entry once)."""
    db["feeds"].create(
        {"id": int, "url": str, "title": str, "channel": str, "private": int, "etag": str, "last_modified": str,
         "added": str, "last_polled": str, "last_ok": str, "last_error": str, "failures": int, "next_poll": str},
        pk="id", not_null=["url", "added"], defaults={"private": 0, "failures": 0},
    )
    db["feeds"].create_index(["url"], unique=True)
    db["feed_entries"].create(
        {"id": int, "feed_id": int, "entry_key": str, "url": str, "title": str, "article_id": str, "status": str,
         "error": str, "attempts": int, "next_try": str, "claimed_at": str, "post": str, "created": str,
         "updated": str},
        pk="id", not_null=["feed_id", "entry_key", "status", "created", "updated"], defaults={"attempts": 0},
        foreign_keys=[("feed_id", "feeds", "id")],
    )
    db["feed_entries"].create_index(["feed_id", "entry_key"], unique=True)
    db["feed_entries"].create_index(["status", "next_try"])
    db["feed_entries"].create_index(["post"])


@migration("0010_visibility")
def _visibility(db: sqlite_utils.Database) -> None:
    """Who may see an article: the workspace and kind of channel of each Slack message that brought it, and
    whether an operator source (CLI ingest) is public.

    messages.public = 1 puts the article in its workspace's public space (a public channel, or `whosaid publish`).
    articles.operator: NULL = came only from Slack; 1 = operator source, public; 0 = operator source, private.
    Rows from before this migration are private to their recorded channel (public = 0, type unknown), and an
    article that no Slack message brought (an old CLI ingest) is a private operator source, until
    `whosaid publish` says otherwise.
    """
    db["messages"].add_column("team_id", str)
    db["messages"].add_column("enterprise_id", str)
    db["messages"].add_column("channel_type", str)
    db["messages"].add_column("public", int, not_null_default=0)
    db["messages"].create_index(["channel"])
    db["messages"].create_index(["team_id", "public"])
    db["articles"].add_column("operator", int)
    db.execute("update articles set operator = 0"
               " where not exists (select 1 from messages m where m.article_id = articles.id)")


@migration("0011_job_error_kind")
def _job_error_kind(db: sqlite_utils.Database) -> None:
    """jobs.error_kind: why a failed job failed, as a field (`whosaid retry` queues again the jobs whose answer
    could not be delivered). Before this migration the kind was the start of last_error ("slack: ...",
    "fetch: ...", "input: ...", "internal: ..."); it is read from there once, and the prefix is kept in the text."""
    db["jobs"].add_column("error_kind", str)
    db.execute("update jobs set error_kind = 'delivery' where instr(coalesce(last_error, ''), 'slack:') > 0")
    for kind in ("fetch", "input", "internal"):
        db.execute("update jobs set error_kind = ? where error_kind is null and last_error like ?", [kind, kind + ":%"])


@migration("0012_article_copies_and_neardup")
def _copies(db: sqlite_utils.Database) -> None:
    """One story, one article: every address/text id that names an article (article_keys), every arrival of it
    (article_copies: one row per message, or CLI ingest, that brought a copy: pasted text, a link, a syndicated
    copy), and the MinHash LSH index over article texts (article_signatures + lsh_bands, see bot/neardup.py).

    An arrival is seen by whoever may see its message (messages: channel, ts, article_id); a CLI arrival
    (channel NULL) by the operator, and by everyone when its `operator` flag is 1 (a public operator source).
    Existing message links become arrivals, and so does every operator source; article texts are indexed by
    `whosaid reindex` (a migration must not run live hashing code)."""
    db["article_keys"].create({"key": str, "article_id": str}, pk="key", not_null=["article_id"],
                              foreign_keys=[("article_id", "articles", "id")])
    db["article_keys"].create_index(["article_id"])
    db["article_copies"].create(
        {"id": int, "article_id": str, "key": str, "url": str, "title": str, "published": str,
         "channel": str, "ts": str, "user": str, "operator": int, "created": str},
        pk="id", not_null=["article_id", "key", "created"], foreign_keys=[("article_id", "articles", "id")])
    db.execute("create unique index article_copies_arrival on article_copies"
               " (article_id, key, ifnull(channel, ''), ifnull(ts, ''))")
    db["article_copies"].create_index(["article_id", "created"])
    db["article_copies"].create_index(["channel", "ts"])
    db["article_signatures"].create({"article_id": str, "sig": bytes, "words": int}, pk="article_id",
                                    foreign_keys=[("article_id", "articles", "id")])
    # 42 rows per article, looked up by key only: one b-tree (WITHOUT ROWID) instead of a table and its key index.
    db.execute("create table lsh_bands (key integer not null, article_id text not null,"
               " primary key (key, article_id)) without rowid")
    db["lsh_bands"].create_index(["article_id"])
    # Every new message link fills in the workspace of older links in its channel that have none
    # (store.db.link_message): with only the channel index that update read every message of a busy channel,
    # once per article. Only rows still missing a workspace are in this index, so it stays small.
    db.execute("create index messages_without_team on messages (channel) where team_id is null")
    db.execute("insert into article_keys (key, article_id) select id, id from articles")
    db.execute("insert or ignore into article_copies (article_id, key, url, title, published, channel, ts, user,"
               " created) select a.id, a.id, a.url, a.title, a.published, m.channel, m.ts, m.user, m.created"
               " from messages m join articles a on a.id = m.article_id")
    db.execute("insert or ignore into article_copies (article_id, key, url, title, published, operator, created)"
               " select id, id, url, title, published, operator, created from articles where operator is not null")


_QUOTE_WORD_0013 = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def _quote_key_0013(quote: str | None) -> str:
    s = unicodedata.normalize("NFKC", quote or "").replace("’", "'").lower()
    return " ".join(_QUOTE_WORD_0013.findall(s))


@migration("0013_quote_groups")
def _quote_groups(db: sqlite_utils.Database) -> None:
    """Same quote, one record: claims.quote_key (the quote's words, lower-cased: quote marks, punctuation and
    whitespace aside) and claims.group_id (a quote_groups row shared by the same speaker's identical or
    near-identical quotes across articles). Existing claims are grouped on identical keys only."""
    db["quote_groups"].create({"id": int, "speaker_id": int, "created": str}, pk="id")
    db["claims"].add_column("quote_key", str)
    db["claims"].add_column("group_id", int)
    rows = db.execute("select id, speaker_id, quote from claims order by id").fetchall()
    groups: dict[tuple, int] = {}
    updates = []
    now = _now()
    for cid, sid, quote in rows:
        key = _quote_key_0013(quote)
        gk = (sid, key) if sid is not None else ("claim", cid)
        gid = groups.get(gk)
        if gid is None:
            gid = groups[gk] = db.conn.execute("insert into quote_groups (speaker_id, created) values (?, ?)",
                                               [sid, now]).lastrowid
        updates.append((key, gid, cid))
    db.conn.executemany("update claims set quote_key = ?, group_id = ? where id = ?", updates)
    db["claims"].create_index(["speaker_id", "quote_key"])
    db["claims"].create_index(["group_id"])


@migration("0014_follows")
def _follows(db: sqlite_utils.Database) -> None:
    """`/whosaid follow NAME`: who (a Slack user of a workspace) follows which speaker, and the direct messages
    sent (one per user and article; only about articles the user may see)."""
    db["follows"].create({"user": str, "team_id": str, "speaker_id": int, "created": str},
                         pk=("user", "speaker_id"), not_null=["created"],
                         foreign_keys=[("speaker_id", "speakers", "id")])
    db["follows"].create_index(["speaker_id"])
    db["follow_notices"].create({"user": str, "article_id": str, "status": str, "created": str},
                                pk=("user", "article_id"), not_null=["status", "created"])
    db["follow_notices"].create_index(["user", "created"])


@migration("0015_claims_speaker_date_group")
def _speaker_date_group(db: sqlite_utils.Database) -> None:
    """claims(speaker_id, date, group_id) instead of claims(speaker_id, date): the same look-ups, and counting a
    speaker's distinct quotes (top speakers, App Home: a repeated quote counts once) reads the index alone."""
    db.execute("create index idx_claims_speaker_id_date_group_id on claims (speaker_id, date, group_id)")
    db.execute("drop index if exists idx_claims_speaker_id_date")
