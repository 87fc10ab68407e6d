"""Speaker names: normalisation, the token/typo-key index, and fuzzy scoring.

Pure functions; the SQL that uses them lives in `store.speakers`.

* `normalise("Mr. Bruce Bennett")` -> "bruce bennett": accents folded, case
  folded, honorifics dropped, punctuation and hyphens to spaces.
* Every alias of a speaker is indexed by its tokens (`name_tokens`), and every
  token of 4+ letters by its one-letter deletions (`token_keys`, the SymSpell
  trick): two tokens within one edit share a key, so "kajianis" finds
  "kazianis" with one indexed lookup, and only that small candidate set is
  scored with rapidfuzz.
"""
from __future__ import annotations

import re
import unicodedata

from rapidfuzz.distance import Levenshtein

from bot.claims.lexicon import NAME_HONORIFICS

MIN_KEY_LEN = 4  # tokens shorter than this are matched exactly only

_apos = re.compile(r"[’'`´]")
_nonword = re.compile(r"[^0-9a-z]+")


def normalise(name: str | None) -> str:
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _apos.sub("", s)
    toks = _nonword.sub(" ", s).split()
    while len(toks) > 1 and toks[0] in NAME_HONORIFICS:
        toks.pop(0)
    if len(toks) > 1 and toks[0] == "the":
        toks.pop(0)
    return " ".join(toks)


def display_name(name: str) -> str:
    """A name as written, minus leading honorifics ("Mr. Bruce Bennett" -> "Bruce Bennett"), for canonical names."""
    parts = name.strip().split()
    while len(parts) > 1 and normalise(parts[0]) in NAME_HONORIFICS:
        parts.pop(0)
    return " ".join(parts)


def tokens(norm: str) -> list[str]:
    return norm.split()


def surname(norm: str) -> str | None:
    """Last token of a multi-token person name (None for one-token names)."""
    toks = norm.split()
    return toks[-1] if len(toks) > 1 else None


def family_name(name: str | None) -> str | None:
    """The family name of a surname-first name with a hyphenated given name ("Kim Jong-un" -> "kim",
    "Moon Jae-in" -> "moon"), else None. Such people are also found by their first token alone."""
    parts = display_name(name or "").split()
    if len(parts) == 2 and "-" in parts[1].strip("-") and "-" not in parts[0]:
        fam = normalise(parts[0])
        return fam or None
    return None


def deletion_keys(token: str) -> set[str]:
    """The token itself and every one-letter deletion of it (for tokens of MIN_KEY_LEN+)."""
    if len(token) < MIN_KEY_LEN:
        return {token}
    keys = {token}
    for i in range(len(token)):
        keys.add(token[:i] + token[i + 1:])
    return keys


def score(query_norm: str, candidate_norm: str) -> float:
    """How well a query name matches one name/alias of a speaker, 0..100.

    100  same normalised name
    95   every query token is a token of the candidate, incl. its last (surname query)
    88   every query token is a token of the candidate
    <=90 fuzzy: each query token scored against its best candidate token (Levenshtein similarity)
    """
    if query_norm == candidate_norm:
        return 100.0
    q = query_norm.split()
    c = candidate_norm.split()
    if not q or not c:
        return 0.0
    cset = set(c)
    if all(t in cset for t in q):
        return 95.0 if (q[-1] == c[-1] or q[0] == c[0]) else 88.0
    per_token = []
    for t in q:
        best = max(Levenshtein.normalized_similarity(t, ct) for ct in c) * 100
        per_token.append(best)
    s = sum(per_token) / len(per_token)
    # Scaled so that a fuzzy match always ranks below an exact token match (max 90 < 95/88 only if tokens differ).
    return round(s * 0.9, 2)
