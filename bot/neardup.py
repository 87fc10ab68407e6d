"""Near-duplicate texts: MinHash signatures over word shingles, and the LSH band keys that find them fast.

Two texts are "the same article" when the Jaccard similarity of their sets of
word 5-shingles (lower-cased words, punctuation dropped) is at least
`THRESHOLD`, estimated from `NUM_PERM` MinHash values (datasketch). The store
keeps each article's signature and its `BANDS` band keys (bands of `ROWS`
values, hashed to 64-bit integers) in SQLite: a new text's candidates are the
articles sharing any band key (an indexed look-up), and only those are
compared value by value. That is MinHash LSH with the index persisted in the
database instead of memory.

`THRESHOLD` and the band shape were chosen on labelled pairs in
`bench/dedup.py` (precision/recall in bench/README.md). Changing `NUM_PERM`,
`BANDS`, `ROWS`, `SHINGLE` or the hashing scheme changes stored keys: it needs
a migration that rebuilds the index.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cache

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
SHINGLE = 5  # words per shingle
BANDS, ROWS = 32, 4  # LSH: a pair sharing one band of 4 values is a candidate (~50% at J=0.45, ~92% at J=0.6)
THRESHOLD = 0.5  # estimated Jaccard at or above which two texts are one article
MIN_WORDS = 30  # shorter texts are only ever duplicates when identical (see store.copies)
SEED = 1
SCHEME = "affine32"  # explicit, so a datasketch default change cannot silently change stored signatures

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


@dataclass(frozen=True)
class Signature:
    values: bytes  # NUM_PERM little-endian uint32
    words: int

    def array(self) -> np.ndarray:
        return np.frombuffer(self.values, dtype="<u4")


def words(text: str) -> list[str]:
    return [w.lower().replace("’", "'") for w in _WORD.findall(text or "")]


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    ws = words(text)
    if len(ws) < k:
        return {" ".join(ws).encode("utf-8")} if ws else set()
    return {" ".join(ws[i:i + k]).encode("utf-8") for i in range(len(ws) - k + 1)}


@cache
def _permutations():
    """The hash permutations, made once (making them costs more than hashing an article)."""
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def signature(text: str) -> Signature:
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=_permutations())
    sh = shingles(text)
    if sh:
        m.update_batch(sh)
    return Signature(values=np.asarray(m.hashvalues, dtype="<u4").tobytes(), words=len(words(text)))


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band (the band number is part of the key)."""
    vals = sig.values
    out = []
    for b in range(BANDS):
        chunk = vals[b * ROWS * 4:(b + 1) * ROWS * 4]
        digest = hashlib.blake2b(bytes([b]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


def similarity(a: Signature | bytes, b: Signature | bytes) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets."""
    va = np.frombuffer(a.values if isinstance(a, Signature) else a, dtype="<u4")
    vb = np.frombuffer(b.values if isinstance(b, Signature) else b, dtype="<u4")
    return float(np.count_nonzero(va == vb)) / NUM_PERM


def is_duplicate(a: Signature, b: Signature) -> bool:
    return min(a.words, b.words) >= MIN_WORDS and similarity(a, b) >= THRESHOLD
