"""`check`: who said these words, according to the log? Full-text candidates, then a fuzzy comparison.

The fact-checker's question: a half-remembered or slightly wrong wording
should still find the quote. Candidates come from FTS5 over quotes: the
query's rarest words (very common ones only when there is little else),
four at a time (one wrong word spoils one group), then two at a time,
stopping once a good enough match is found; at most `MAX_READ` matches are
read per check. The matches sharing the most words with the query are then
compared with it by rapidfuzz (`score`: the whole quote with word order
aside, or the best-matching stretch of a longer quote). Hits at or above `MIN_SCORE` come
back grouped (`store.grouping`): each quote once, with where and when it was
first seen.
"""
from __future__ import annotations

import json
import re
import sqlite3

from rapidfuzz import fuzz

from store import grouping as gr
from store.queries import HIT_COLUMNS, HIT_FROM, hit
from store.types import CheckHit, Viewer
from store.visibility import narrow

MAX_TERMS = 12  # rarest words of the query that FTS5 is asked about
COMMON = 6.0  # a word this frequent in English (wordfreq zipf: "the" 7.7, "was" 6.8, "said" 6.0) is in a large
# share of all quotes: looking it up costs a long posting list and narrows little, so a query with three rarer
# words or more asks about those only, and a query made only of such words is asked once
CHUNK, CHUNKS = 4, 3  # AND queries of four rare words each, at most three of them
PAIR_WORDS = 4  # then AND queries of every pair of the rarest four
STRONG = 90.0  # a candidate this alike ends the search
MAX_MATCHES = 300  # FTS5 matches of one query read at most (their quote keys only) ...
MAX_READ = 1000  # ... and of all the queries of one check together
SHORTLIST = 30  # of those, the ones sharing the most words with the query get the full score
MIN_SCORE = 70.0  # 0..100: below this a candidate is not the quote asked about
MAX_QUERY_CHARS = 1000
MIN_PARTIAL_WORDS = 4  # a query this long may match part of a longer quote ...
MIN_PARTIAL_SCORE = 80.0  # ... this well at least (a stretch of a long quote holding a few of the query's common
# words scores 70-75: "they for the to in a that the" is in some stretch of many long quotes)


_APOSTROPHE = re.compile(r"['’]")


def _terms(key: str) -> list[tuple[str, float]]:
    """The query's words to look up, rarest first, with their frequency (wordfreq zipf): of a word with an
    apostrophe, its longest part (FTS5 splits "trump's" into "trump" and "s": a phrase, which reads position
    lists), ranked by the whole word."""
    # lazy: wordfreq takes ~0.7 s to import; only `check` needs it, not every process that opens the store
    from wordfreq import zipf_frequency

    terms: dict[str, float] = {}
    for w in key.split():
        token = max(_APOSTROPHE.split(w), key=len)
        if len(token) > 1 and token not in terms:
            terms[token] = zipf_frequency(w, "en")
    return sorted(terms.items(), key=lambda t: (t[1], -len(t[0])))[:MAX_TERMS]


def score(query_key: str, quote_key: str) -> float:
    """How well a stored quote matches the words asked about (0..100): the whole quote (word order aside), or,
    for a query of a few words or more, the best-matching stretch of a longer quote if it matches at least
    `MIN_PARTIAL_SCORE`."""
    if not query_key or not quote_key:
        return 0.0
    best = fuzz.token_sort_ratio(query_key, quote_key)
    if query_key.count(" ") + 1 >= MIN_PARTIAL_WORDS and len(query_key) <= len(quote_key):
        # score_cutoff: rapidfuzz gives up early on a stretch that cannot beat what is already known (0 below it)
        cutoff = max(best, MIN_PARTIAL_SCORE)
        best = max(best, fuzz.partial_ratio(query_key, quote_key, score_cutoff=cutoff),
                   fuzz.partial_token_sort_ratio(query_key, quote_key, score_cutoff=cutoff))
    return float(best)


def _fts(words: list[str], joiner: str) -> str:
    return joiner.join('"' + w.replace('"', '""') + '"' for w in words)


def _queries(key: str) -> list[tuple[str, bool]]:
    """FTS5 queries, most selective first, each an AND of a few of the query's rarest words (never an OR over
    the whole log, never all the words: every term read costs its whole posting list): disjoint groups of four
    (or three) of the rarest words (one wrong or missing word spoils at most one), then pairs of the rarest few
    (a wording wrong in several places; `True`: a pair query, only asked when the groups found nothing alike).
    With three words or more rarer than `COMMON`, only those are asked about; else all, but a query made only of
    `COMMON` words is asked once."""
    terms = _terms(key)
    rare = [w for w, z in terms if z < COMMON]
    words = rare if len(rare) >= 3 else [w for w, _ in terms]
    if not words:
        return []
    if len(words) <= 2:
        return [(_fts(words, " "), False)]
    groups = [words[i:i + CHUNK] for i in range(0, min(len(words), CHUNK * CHUNKS), CHUNK)
              if len(words[i:i + CHUNK]) >= 3]
    pairs = [[a, b] for i, a in enumerate(words[:PAIR_WORDS]) for b in words[i + 1:PAIR_WORDS]]
    asked = [(g, False) for g in groups] + [(p, True) for p in pairs]
    return [(_fts(ws, " "), pair) for n, (ws, pair) in enumerate(asked)
            if n == 0 or ws[0] in rare]  # ws[0]: the query's rarest word


def _shared(query_key: str, query_words: set[str], key: str) -> tuple[float, int]:
    """A cheap first pass before the full comparison, to sort by: the share of the shorter side's distinct
    words the two have in common, highest first (a fragment of a quote shares all of its own), then the nearest
    in length."""
    kw = set(key.split())
    return -len(query_words & kw) / (min(len(query_words), len(kw)) or 1), abs(len(key) - len(query_key))


def check(conn: sqlite3.Connection, text: str, viewer: Viewer, *, limit: int = 5) -> list[CheckHit]:
    """Quotes `viewer` may see like `text`, best first, each once, with the sources `viewer` may see."""
    key = gr.quote_key((text or "")[:MAX_QUERY_CHARS])
    cond, vargs = narrow(viewer, "c.article_id")
    scored: dict[int, float] = {}  # claim id -> score
    query_words = set(key.split())
    budget = MAX_READ
    for match, pair in _queries(key):
        best_so_far = max(scored.values(), default=0.0)
        if best_so_far >= STRONG or (pair and best_so_far >= MIN_SCORE):
            break  # found: the broader queries cannot do better
        # Every match's quote key, up to what is left of this check's reading budget (no bm25
        # ranking: ranking thousands of matches costs more than comparing them); a cheap first pass (words in
        # common) picks the few worth the full comparison, of those the ones `viewer` may see.
        if budget <= 0:
            break
        rows = conn.execute(
            "select c.id, c.quote_key from claims_fts f join claims c on c.id = f.rowid where claims_fts match ?"
            " limit ?", [match, min(MAX_MATCHES, budget)]).fetchall()
        budget -= len(rows)
        keys = {cid: k or "" for cid, k in rows if cid not in scored}
        quick = sorted(keys, key=lambda cid: _shared(key, query_words, keys[cid]))[:SHORTLIST * 4]
        if cond and quick:  # what `viewer` may see, checked for the few worth comparing, not for every match
            allowed = {r[0] for r in conn.execute(
                f"select c.id from claims c where c.id in (select value from json_each(?)){cond}",
                [json.dumps(quick), *vargs])}
            quick = [cid for cid in quick if cid in allowed]
        for cid in quick[:SHORTLIST]:
            scored[cid] = score(key, keys[cid])
    best_ids = [cid for cid, sc in sorted(scored.items(), key=lambda x: -x[1]) if sc >= MIN_SCORE]
    rows = {r[15]: r for r in conn.execute(
        f"select {HIT_COLUMNS} from {HIT_FROM} where c.id in (select value from json_each(?))",
        [json.dumps(best_ids[:limit * 4])])} if best_ids else {}
    best: dict = {}
    for cid in best_ids[:limit * 4]:
        h = hit(rows[cid])
        g = h.group_id if h.group_id is not None else ("claim", h.claim_id)
        best.setdefault(g, (scored[cid], h))
        if len(best) >= limit:
            break
    groups = gr.group_hits(conn, [h for _, h in best.values()], limit, viewer)
    return [CheckHit(group=gq, score=sc) for gq, (sc, _) in zip(groups, best.values())]
