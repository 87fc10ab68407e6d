"""Near-duplicate texts: MinHash signatures over word shingles, and the LSH band keys that find them fast.

Two texts are "the same article" when the Jaccard similarity of their sets of
word 5-shingles (lower-cased words, punctuation dropped; each shingle hashed
to 32 bits, `shingle_hashes`) is at least `THRESHOLD`, estimated from
`NUM_PERM` MinHash values (datasketch's MinHash over those hashes). The store
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
import zlib
from dataclasses import dataclass
from functools import cache, lru_cache

import numpy as np

NUM_PERM = 128
SHINGLE = 5  # words per shingle
BANDS, ROWS = 42, 3  # LSH: a pair sharing one band of 3 values is a candidate (~94% at J=0.4, ~29% at J=0.2, ~0 below 0.05)
THRESHOLD = 0.4  # estimated Jaccard at or above which two texts are one article (bench/dedup.py)
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
    return _WORD.findall((text or "").lower().replace("’", "'"))


def shingle_hashes(ws: list[str], k: int = SHINGLE) -> np.ndarray:
    """A 32-bit hash of every run of `k` consecutive words (one hash of all words for a shorter text).

    Words are hashed once (CRC-32) and combined per shingle with vector arithmetic, so a long article costs
    one pass over its words rather than one cryptographic hash per shingle."""
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter((zlib.crc32(x.encode("utf-8")) for x in ws), dtype=np.uint64, count=len(ws))
    k = min(k, len(w))
    h = np.zeros(len(w) - k + 1, dtype=np.uint64)
    for i in range(k):
        h = h * np.uint64(0x100000001B3) + w[i:len(w) - k + 1 + i]  # FNV-style mixing, wrapping at 2**64
    return (h >> np.uint64(32)) ^ (h & np.uint64(0xFFFFFFFF))


def _identity(x):
    return x


@cache
def _permutations():
    """The hash permutations, made once (making them costs more than hashing an article)."""
    # lazy: datasketch imports scipy (~1.4 s); every process that opens the store would pay it at start-up
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def warm_up() -> None:
    """Make the permutations now (importing datasketch and scipy, ~0.6 s of CPU): the server does it at start-up,
    so that its first article does not pay for it in the middle of a burst of Slack events."""
    _permutations()


@lru_cache(maxsize=8)  # the worker asks for a new text's signature twice: to find a copy, then to index it
def signature(text: str) -> Signature:
    # lazy: see _permutations (already imported by then)
    from datasketch import MinHash

    ws = words(text)
    m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashfunc=_identity, permutations=_permutations())
    hashes = shingle_hashes(ws)
    if len(hashes):
        m.update_batch(hashes.tolist())
    return Signature(values=np.asarray(m.hashvalues, dtype="<u4").tobytes(), words=len(ws))


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
