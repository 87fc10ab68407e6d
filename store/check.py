"""`check`: who said these words, according to the log? Full-text candidates, then a fuzzy comparison.

The fact-checker's question: a half-remembered or slightly wrong wording
should still find the quote. Candidates come from FTS5 over quotes: all the
query's words, then each half of them (one wrong word spoils one half), then
any of its rarest words, stopping once a good enough match is found; each
candidate's quote key is then compared with the query by
rapidfuzz (`score`: the whole quote with word order aside, or the
best-matching stretch of a longer quote). Hits at or above `MIN_SCORE` come
back grouped (`store.grouping`): each quote once, with where and when it was
first seen.
"""
from __future__ import annotations

import sqlite3

from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from store import grouping as gr
from store.queries import HIT_COLUMNS, hit
from store.types import CheckHit, Viewer
from store.visibility import narrow

MAX_TERMS = 6  # rarest words of the query sent to FTS5 in the broadest query
STRONG = 90.0  # a candidate this alike ends the search
CANDIDATES = 200  # best FTS5 matches compared by rapidfuzz
MIN_SCORE = 70.0  # 0..100: below this a candidate is not the quote asked about
MAX_QUERY_CHARS = 1000
MIN_PARTIAL_WORDS = 4  # a query this long may match part of a longer quote


def _terms(key: str) -> list[str]:
    words = list(dict.fromkeys(w for w in key.split() if len(w) > 1))
    words.sort(key=lambda w: (zipf_frequency(w, "en"), -len(w)))
    return words[:MAX_TERMS]


def score(query_key: str, quote_key: str) -> float:
    """How well a stored quote matches the words asked about (0..100): the whole quote (word order aside), or,
    for a query of a few words or more, the best-matching stretch of a longer quote."""
    if not query_key or not quote_key:
        return 0.0
    best = fuzz.token_sort_ratio(query_key, quote_key)
    if query_key.count(" ") + 1 >= MIN_PARTIAL_WORDS and len(query_key) <= len(quote_key):
        best = max(best, fuzz.partial_ratio(query_key, quote_key), fuzz.partial_token_sort_ratio(query_key, quote_key))
    return float(best)


def _fts(words: list[str], joiner: str) -> str:
    return joiner.join('"' + w.replace('"', '""') + '"' for w in words)


def _queries(key: str) -> list[str]:
    """FTS5 queries from cheapest and most precise to broadest: every word; each half of the words (a wrong
    or missing word spoils at most one half); last, any of the rarest words."""
    words = list(dict.fromkeys(w for w in key.split() if len(w) > 1))
    if not words:
        return []
    out = [_fts(words, " ")]
    if len(words) >= 4:
        half = len(words) // 2
        out += [_fts(words[:half], " "), _fts(words[half:], " ")]
    return out + [_fts(_terms(key), " OR ")]


def check(conn: sqlite3.Connection, text: str, viewer: Viewer, *, limit: int = 5) -> list[CheckHit]:
    """Quotes `viewer` may see like `text`, best first, each once, with the sources `viewer` may see."""
    key = gr.quote_key((text or "")[:MAX_QUERY_CHARS])
    cond, vargs = narrow(viewer, "c.article_id")
    scored: list[tuple[float, tuple]] = []
    seen: set[int] = set()
    queries = _queries(key)
    for i, match in enumerate(queries):
        best_so_far = max((s for s, _ in scored), default=0.0)
        if best_so_far >= STRONG or (i == len(queries) - 1 and best_so_far >= MIN_SCORE):
            break  # found: the broader queries cannot do better (the broadest is also the costliest)
        rows = conn.execute(
            f"select {HIT_COLUMNS}, c.quote_key from claims_fts f join claims c on c.id = f.rowid"
            " join articles a on a.id = c.article_id left join speakers s on s.id = c.speaker_id"
            f" where claims_fts match ?{cond} order by f.rank limit ?", [match, *vargs, CANDIDATES]).fetchall()
        for r in rows:
            if r[15] not in seen:
                seen.add(r[15])
                scored.append((score(key, r[-1] or gr.quote_key(r[2])), r))
    scored.sort(key=lambda x: -x[0])
    best: dict = {}
    for s, r in scored:
        if s < MIN_SCORE:
            break
        h = hit(r[:-1])
        g = h.group_id if h.group_id is not None else ("claim", h.claim_id)
        best.setdefault(g, (s, h))
        if len(best) >= limit:
            break
    groups = gr.group_hits(conn, [h for _, h in best.values()], limit, viewer)
    return [CheckHit(group=gq, score=s) for gq, (s, _) in zip(groups, best.values())]
