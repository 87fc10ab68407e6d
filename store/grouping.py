"""Same quote, one record: a speaker's identical or near-identical quotes across articles form one group.

Write side (`assign_group`, called for each claim as it is saved): a quote's
key is its words, lower-cased (`quote_key`: quote marks, punctuation and
whitespace do not count). A claim joins the group of an earlier claim by the
same speaker with the same key (an index look-up), else of one whose key is
near-identical (a few words trimmed or changed, the same numbers: rapidfuzz
over that speaker's most recent quotes), else starts a group of its own.

Read side (`group_hits`): hits (newest first, as the queries return them)
collapse to one per group, and each group gets its sources: every copy of
every article the quote appeared in, oldest first ("in 4 articles · first
2 Nov, Reuters"). Queries stay as they are and call this on their result.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from bot.neardup import words
from store.types import MessageRef, QuoteGroup, QuoteHit, QuoteSource, Viewer
from store.visibility import arrival_visible

MIN_FUZZY_WORDS = 5  # shorter quotes group only when identical ("No." is not "No, never.")
RATIO = 88.0  # rapidfuzz ratio at or above which two keys are one quote (a word or two changed)
TRIMMED = 95.0  # partial_ratio for a trimmed quote: the shorter one inside the longer ...
TRIMMED_SHARE = 0.6  # ... and at least this share of its length
RATIO_FLOOR = 2 * TRIMMED * TRIMMED_SHARE / (1 + TRIMMED_SHARE) - 0.5  # below it neither kind can match (71.25)
_DIGITS = re.compile(r"\d+")
CANDIDATES = 50  # the speaker's most recent quotes compared by rapidfuzz (each is a row read per new claim)


def quote_key(quote: str | None) -> str:
    return " ".join(words(unicodedata.normalize("NFKC", quote or "")))


def _numbers(key: str) -> list[str]:
    return _DIGITS.findall(key)


def _compatible(a: str, b: str, *, trimmed: bool) -> bool:
    """May two keys rapidfuzz found alike be one quote? Long enough, the same numbers, and for a trimmed one,
    not a short phrase inside a long quote."""
    if min(a.count(" "), b.count(" ")) + 1 < MIN_FUZZY_WORDS or _numbers(a) != _numbers(b):
        return False  # too short to tell; or other numbers ("rose 5%" is not "rose 6%")
    short, long_ = sorted((a, b), key=len)
    return not trimmed or len(short) >= TRIMMED_SHARE * len(long_)


def assign_group(conn: sqlite3.Connection, speaker_id: int | None, key: str, now: str,
                 pending: dict[tuple[int, str], int] | None = None) -> int:
    """The quote group for a new claim of `speaker_id` with quote key `key` (created if none fits).

    `pending`: (speaker, key) -> group of claims given a group but not inserted yet (the same article's, saved
    together); it is updated with this claim's."""
    pending = {} if pending is None else pending
    if speaker_id is None or not key:
        return conn.execute("insert into quote_groups (speaker_id, created) values (?, ?)", [speaker_id, now]).lastrowid
    if (speaker_id, key) in pending:
        return pending[speaker_id, key]
    pending[speaker_id, key] = gid = _find_or_create(conn, speaker_id, key, now, pending)
    return gid


def _find_or_create(conn: sqlite3.Connection, speaker_id: int, key: str, now: str,
                pending: dict[tuple[int, str], int]) -> int:
    row = conn.execute("select group_id from claims where speaker_id = ? and quote_key = ?"
                       " and group_id is not null limit 1", [speaker_id, key]).fetchone()
    if row:
        return row[0]
    if key.count(" ") + 1 >= MIN_FUZZY_WORDS:
        # (speaker_id, date, ...) index order: no sort, however often the speaker is quoted
        recent = conn.execute("select quote_key, group_id from claims where speaker_id = ? and group_id is not null"
                              " order by date desc limit ?", [speaker_id, CANDIDATES]).fetchall()
        choices = {k: g for k, g in reversed(recent) if k}
        # and the same article's, the most recent few only (a long transcript quoting one person hundreds of
        # times would otherwise compare every claim with every earlier one)
        choices.update([(k, g) for (sid, k), g in pending.items() if sid == speaker_id][-CANDIDATES:])
        # One cheap pass (fuzz.ratio, vectorised) keeps the candidates that could be either kind of match:
        # a trimmed quote at partial_ratio >= TRIMMED, the shorter at least TRIMMED_SHARE of the longer, has
        # ratio >= 2 * TRIMMED * TRIMMED_SHARE / (1 + TRIMMED_SHARE) (the longest common subsequence only
        # grows from a window to the whole), so the costly partial_ratio runs on those few only.
        near = process.extract(key, list(choices), scorer=fuzz.ratio, score_cutoff=RATIO_FLOOR, limit=None)
        for k, score, _ in near[:5]:
            if score >= RATIO and _compatible(key, k, trimmed=False):
                return choices[k]
        for k, _, _ in near:
            if fuzz.partial_ratio(key, k, score_cutoff=TRIMMED) and _compatible(key, k, trimmed=True):
                return choices[k]
    return conn.execute("insert into quote_groups (speaker_id, created) values (?, ?)", [speaker_id, now]).lastrowid


def group_hits(conn: sqlite3.Connection, hits: Iterable[QuoteHit], limit: int, viewer: Viewer) -> list[QuoteGroup]:
    """Hits (newest first, already limited to what `viewer` may see) as at most `limit` quote groups, each with
    the sources `viewer` may see, oldest first."""
    order: list[QuoteHit] = []
    seen: set = set()
    for h in hits:
        g = h.group_id if h.group_id is not None else ("claim", h.claim_id)
        if g in seen:
            continue
        seen.add(g)
        order.append(h)
        if len(order) >= limit:
            break
    sources = quote_sources(conn, [h.group_id for h in order if h.group_id is not None], viewer)
    out = []
    for h in order:
        src = sources.get(h.group_id, []) if h.group_id is not None else []
        if not src:  # a claim from before grouping, or no arrival they may see: its own article is its source
            src = [QuoteSource(h.article_id, h.article_url, h.article_title, h.created_at[:10], h.created_at, None)]
        out.append(QuoteGroup(hit=h, sources=tuple(src)))
    return out


def quote_sources(conn: sqlite3.Connection, group_ids: list[int], viewer: Viewer) -> dict[int, list[QuoteSource]]:
    """Every copy of every article each group's quote appeared in, as `viewer` may see them: one per copy (its
    earliest arrival they may see), in the order they reached the log (`date` is the day it arrived: published
    dates are too often missing or guessed to order by). Arrivals through a private channel they are not in
    are left out: their address, headline and date too."""
    if not group_ids:
        return {}
    cond, args = arrival_visible(viewer, "ac")
    rows = conn.execute(
        "select c.group_id, ac.article_id, ac.key, ac.url, ac.title, ac.created, ac.channel, ac.ts"
        " from (select distinct group_id, article_id from claims where group_id in"
        f" (select value from json_each(?))) c join article_copies ac on ac.article_id = c.article_id where {cond}"
        " order by ac.created, ac.id", [json.dumps(group_ids), *args]).fetchall()
    out: dict[int, list[QuoteSource]] = {}
    keys: set[tuple] = set()
    for gid, aid, key, url, title, created, channel, ts in rows:
        if (gid, key) in keys:
            continue
        keys.add((gid, key))
        out.setdefault(gid, []).append(QuoteSource(aid, url, title, created[:10], created,
                                                   MessageRef(channel, ts) if channel else None))
    return out
