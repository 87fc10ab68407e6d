"""Near-duplicate check: precision/recall on labelled pairs, a threshold sweep, and cost per new article.

Negatives: every pair of distinct articles among the dev articles (`../shared/dev-articles/`) and PolNeAR
(`../shared/bench/polnear/`, train + dev): many are on the same story (PolNeAR is the 2016 campaign, several
outlets per day), which is the hard case. Positives: edited copies of a sample of those articles, the edits a
syndicated or re-pasted copy shows: headline changed; 20% / 40% of paragraphs dropped; boilerplate (newsletter
header, copyright footer) added; about 5% of words changed; the first half only (a partial paste); and
headline + 25% dropped + boilerplate together.

A pair counts as "duplicate" exactly as the store decides it (`store.copies.find_near`): the two signatures
share at least one LSH band key, both texts have `MIN_WORDS` words, and the estimated Jaccard similarity is
at or above the threshold.

Cost: a temporary file store holding N articles in the index (the real corpus through `record_article`,
the rest filler rows with random signatures inserted directly, since hashing 50,000 texts would take minutes;
random signatures share no band keys, so the candidate lists are realistic for unrelated articles), then
`Store.find_duplicate` (signature + indexed band look-up + visibility + comparison) timed on each query article,
as a message in a public channel asks it (every stored article came through a public channel of that workspace,
so each candidate's visibility is checked and passes).

    .venv/bin/python bench/dedup.py                 # all of it (~2 min on a quiet 2-core box)
    .venv/bin/python bench/dedup.py --stored 5000   # smaller index
"""
from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import neardup  # noqa: E402 - after the sys.path set-up above
from bot.article import Article, article_id  # noqa: E402 - after the sys.path set-up above
from store import MessageRef, Store, Viewer  # noqa: E402 - after the sys.path set-up above

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
HEADER = "Subscribe to our morning briefing: the news you need, in your inbox before 7am."
FOOTER = ("Copyright 2026 The Daily Courier. All rights reserved. This material may not be published, broadcast, "
          "rewritten or redistributed. Follow us on social media for the latest updates and breaking news.")
WORDS = "report official statement issue plan week people country team group local time year matter".split()


def corpus() -> list[str]:
    texts = [json.loads(p.read_text())["text"] for p in sorted((SHARED / "dev-articles").glob("*.json"))]
    for split in ("train", "dev"):
        with open(SHARED / "bench" / "polnear" / f"polnear_{split}.jsonl", encoding="utf-8") as f:
            texts += [json.loads(line)["text"] for line in f if line.strip()]
    return [t for t in texts if len(neardup.words(t)) >= neardup.MIN_WORDS]


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def edits(text: str, rng: random.Random) -> dict[str, str]:
    paras = paragraphs(text)
    body = paras[1:] if len(paras) > 2 else paras

    def drop(ps: list[str], share: float) -> list[str]:
        n = max(1, int(len(ps) * share)) if len(ps) > 2 else 0
        gone = set(rng.sample(range(len(ps)), n)) if n else set()
        return [p for i, p in enumerate(ps) if i not in gone]

    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, len(words) // 20)):
        words[i] = rng.choice(WORDS)
    return {
        "headline changed": "\n".join(["Another headline for the same story, chosen by another desk", *body]),
        "20% paragraphs dropped": "\n".join(paras[:1] + drop(body, 0.2)),
        "40% paragraphs dropped": "\n".join(paras[:1] + drop(body, 0.4)),
        "boilerplate added": "\n".join([HEADER, *paras, FOOTER]),
        "5% words changed": " ".join(words),
        "first half only": "\n".join(paras[: max(1, len(paras) // 2 + 1)]),
        "headline+25% dropped+boilerplate": "\n".join(["A syndicated headline", HEADER, *drop(body, 0.25), FOOTER]),
    }


def candidates(sigs: list[neardup.Signature]) -> list[set[int]]:
    return [set(neardup.band_keys(s)) for s in sigs]


def decide(a: neardup.Signature, b: neardup.Signature, ka: set[int], kb: set[int], threshold: float) -> bool:
    return bool(ka & kb) and min(a.words, b.words) >= neardup.MIN_WORDS and neardup.similarity(a, b) >= threshold


def pair_sims(sigs: list[neardup.Signature]) -> np.ndarray:
    """Estimated Jaccard of every pair (upper triangle), all at once."""
    m = np.stack([s.array() for s in sigs])
    n = len(sigs)
    out = np.zeros((n, n), dtype=np.float32)
    for i in range(n):
        out[i, i + 1:] = (m[i + 1:] == m[i]).mean(axis=1)
    return out


def measure_quality(texts: list[str], n_pos: int, seed: int) -> None:
    rng = random.Random(seed)
    t0 = time.perf_counter()
    sigs = [neardup.signature(t) for t in texts]
    keys = candidates(sigs)
    sims = pair_sims(sigs)
    n = len(texts)
    iu = np.triu_indices(n, 1)
    neg = sims[iu]
    band_shared = np.array([bool(keys[i] & keys[j]) for i, j in zip(*iu)])
    print(f"corpus: {n} articles, {len(neg):,} negative pairs (signatures + all pairs in {time.perf_counter() - t0:.1f} s)")
    print(f"negative similarity: max {neg.max():.3f}, 99.99th pct {np.quantile(neg, 0.9999):.3f}, "
          f"pairs >= 0.2: {(neg >= 0.2).sum()}, >= 0.3: {(neg >= 0.3).sum()}, >= 0.5: {(neg >= 0.5).sum()}")
    worst = np.argsort(neg)[-5:][::-1]
    for w in worst:
        i, j = iu[0][w], iu[1][w]
        print(f"  closest negative pair ({neg[w]:.3f}): {texts[i][:70]!r} / {texts[j][:70]!r}")

    base = rng.sample(range(n), min(n_pos, n))
    pos: list[tuple[str, float, bool]] = []  # (edit kind, similarity, band shared)
    for i in base:
        for kind, text in edits(texts[i], rng).items():
            s = neardup.signature(text)
            pos.append((kind, neardup.similarity(sigs[i], s), bool(keys[i] & set(neardup.band_keys(s)))))
    print(f"positives: {len(pos)} edited copies of {len(base)} articles")

    print("\n| threshold | TP | FN | FP | precision | recall |")
    print("|---|---|---|---|---|---|")
    for t in (0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8):
        tp = sum(1 for _, s, b in pos if b and s >= t)
        fp = int(((neg >= t) & band_shared).sum())
        fn = len(pos) - tp
        prec = tp / (tp + fp) if tp + fp else 1.0
        mark = " ← THRESHOLD" if abs(t - neardup.THRESHOLD) < 1e-9 else ""
        print(f"| {t:.2f} | {tp} | {fn} | {fp} | {prec:.4f} | {tp / len(pos):.4f} |{mark}")
    print(f"\nrecall by edit at THRESHOLD {neardup.THRESHOLD} (min / median similarity):")
    for kind in dict.fromkeys(k for k, _, _ in pos):
        rows = [(s, b) for k, s, b in pos if k == kind]
        found = sum(1 for s, b in rows if b and s >= neardup.THRESHOLD)
        ss = [s for s, _ in rows]
        print(f"  {kind:34} {found}/{len(rows)}  ({min(ss):.2f} / {statistics.median(ss):.2f})")


def measure_cost(texts: list[str], stored: int, queries: int, seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(os.path.join(tmp, "dedup.db"))
        t0 = time.perf_counter()
        real = texts[: min(len(texts), stored)]
        for i, t in enumerate(real):  # each through a message in a public channel of workspace T1
            store.record_article(Article(id=article_id(text=t), text=t),
                                 source=MessageRef("C0PUB", f"{i}.0", "U1", team_id="T1", channel_type="public"))
        filler = stored - len(real)
        now = store.now()
        gen = np.random.default_rng(seed)
        sigs = [(f"filler{k:07d}", neardup.Signature(gen.integers(0, 2**32, neardup.NUM_PERM, dtype=np.uint32)
                                                     .astype("<u4").tobytes(), 500)) for k in range(filler)]
        with store._write() as conn:  # bench-only: filler rows straight into the index tables
            conn.executemany("insert into articles (id, text, status, attempts, created, updated)"
                             " values (?, '', 'done', 0, ?, ?)", [(aid, now, now) for aid, _ in sigs])
            conn.executemany("insert into article_signatures (article_id, sig, words) values (?, ?, ?)",
                             [(aid, sig.values, sig.words) for aid, sig in sigs])
            conn.executemany("insert into lsh_bands (key, article_id) values (?, ?)",
                             ((b, aid) for aid, sig in sigs for b in neardup.band_keys(sig)))
            conn.executemany("insert into messages (channel, ts, user, article_id, created, team_id, channel_type,"
                             " public) values ('C0PUB', ?, 'U1', ?, ?, 'T1', 'public', 1)",
                             [(f"f{k}.0", aid, now) for k, (aid, _) in enumerate(sigs)])
        print(f"\nindex: {stored:,} articles ({len(real)} real, {filler:,} filler) built in "
              f"{time.perf_counter() - t0:.1f} s; db {os.path.getsize(os.path.join(tmp, 'dedup.db')) / 1e6:.0f} MB")
        qs = []
        for i in rng.sample(range(len(real)), min(queries // 2, len(real))):
            qs.append(edits(real[i], rng)["headline+25% dropped+boilerplate"])  # finds its article
        qs += [t + "\n" + FOOTER for t in texts[len(real):][: queries - len(qs)]]  # new articles: no match
        if len(qs) < queries:  # every corpus text is stored: unrelated new texts from shuffled sentences
            pool = [s for t in texts for s in t.split(". ")]
            qs += [". ".join(rng.sample(pool, 25)) for _ in range(queries - len(qs))]
        times, sig_times, found = [], [], 0
        audience = Viewer.audience("T1", "C0OTHER")  # a message in another public channel of the workspace
        for q in qs:
            a = Article(id=article_id(text=q), text=q)
            t1 = time.perf_counter()
            hit = store.find_duplicate(a, audience=audience)
            times.append((time.perf_counter() - t1) * 1000)
            found += hit is not None
            t1 = time.perf_counter()
            neardup.signature.__wrapped__(q)  # not the cached one find_duplicate just filled
            sig_times.append((time.perf_counter() - t1) * 1000)

        def p(xs: list[float], x: float) -> float:
            xs = sorted(xs)
            return xs[min(len(xs) - 1, int(x * len(xs)))]

        words = statistics.median(len(q.split()) for q in qs)
        print(f"find_duplicate over {len(qs)} new articles (median {words:.0f} words; {found} found a copy): "
              f"p50 {p(times, 0.5):.2f} ms, p95 {p(times, 0.95):.2f} ms, max {max(times):.2f} ms (target <= 10 ms); "
              f"of which the signature alone: p50 {p(sig_times, 0.5):.2f} ms, p95 {p(sig_times, 0.95):.2f} ms; "
              f"load average now {os.getloadavg()[0]:.1f}")
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stored", type=int, default=50_000, help="articles in the index for the cost measurement")
    ap.add_argument("--positives", type=int, default=300, help="articles to make edited copies of")
    ap.add_argument("--queries", type=int, default=400)
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    print(f"near-duplicate check: NUM_PERM {neardup.NUM_PERM}, {neardup.BANDS} bands x {neardup.ROWS} rows, "
          f"{neardup.SHINGLE}-word shingles, THRESHOLD {neardup.THRESHOLD}, MIN_WORDS {neardup.MIN_WORDS}; "
          f"{os.cpu_count()} CPUs (shared), load average {os.getloadavg()[0]:.1f}")
    texts = corpus()
    measure_quality(texts, args.positives, args.seed)
    measure_cost(texts, args.stored, args.queries, args.seed)


if __name__ == "__main__":
    main()
