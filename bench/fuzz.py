"""Fuzz run of the extraction engine on hostile input (issue: bad input).

Feeds `extract_claims` arbitrary Unicode, binary junk, 1 MB of quote marks,
unbalanced quotes, RTL and CJK text, HTML source and emoji; checks it never
raises and returns offsets inside the input, and prints time per KB.

    python bench/fuzz.py [--seconds 60] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.claims import extract_claims  # noqa: E402 - after the sys.path set-up above

ROOT = Path(__file__).resolve().parent.parent
QUOTES = "\"'“”‘’«»„‟‹›「」"
PIECES = [
    "he said", "said the minister", "according to Reuters", "told reporters", ",", ".", "\n\n", "\n",
    "Bruce Bennett", "Kim Jong-un", "<!channel>", "<@U123>", "&amp;", "<https://evil|innocent>",
    "مرحبا بالعالم", "שלום עולם", "北朝鮮は核を放棄しない", "한국어 문장입니다", "😀🔥🇺🇸", "\u200b", "\u202e",
    "<div class=\"x\"><p>", "</p></div>", "<script>alert(1)</script>", "\x00", "\ufffd", "mbad", "Mbadachusetts",
]


def random_text(rng: random.Random, size: int) -> str:
    kind = rng.randrange(6)
    if kind == 0:  # arbitrary code points
        return "".join(chr(rng.randrange(1, 0x10FFFF)) for _ in range(size)).encode("utf-8", "replace").decode("utf-8", "replace")
    if kind == 1:  # binary junk decoded leniently
        return bytes(rng.randrange(256) for _ in range(size)).decode("latin-1")
    if kind == 2:  # quote soup
        return "".join(rng.choice(QUOTES + " ab\n") for _ in range(size))
    if kind == 3:  # plausible fragments in random order
        out, n = [], 0
        while n < size:
            p = rng.choice(PIECES + list(QUOTES))
            out.append(p + rng.choice(["", " "]))
            n += len(p) + 1
        return "".join(out)
    if kind == 4:  # HTML source
        return ("<html><head><title>T</title></head><body>" + "<p>\"Quote,\" she said.</p>" * (size // 30)
                + "</body></html>")
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    base = seeds[0].read_text(encoding="utf-8") if seeds else "\"Q,\" he said."
    chars = list(base)
    for _ in range(max(1, len(chars) // 20)):  # mutate a real article
        i = rng.randrange(len(chars))
        chars[i] = rng.choice(QUOTES + "\n ,.")
    return "".join(chars)


def check(text: str) -> float:
    t = time.perf_counter()
    claims = extract_claims(text)
    dt = time.perf_counter() - t
    for c in claims:
        assert 0 <= c.start <= c.end <= len(text), (c.start, c.end, len(text))
    return dt


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    extract_claims("warm up, he said.")
    big = [
        ("1 MB of quote marks", "\"" * 1_000_000),
        ("1 MB of alternating quotes and words", ("\"yes,\" he said " * 70_000)[:1_000_000]),
        ("unbalanced curly quotes", ("“open and never closed, she said. " * 3000)),
    ]
    worst = 0.0
    for name, text in big:
        dt = check(text)
        per_kb = dt * 1000 / (len(text) / 1024)
        worst = max(worst, per_kb)
        print(f"{name:40} {len(text)/1024:8.0f} KB {dt:7.2f} s  {per_kb:6.2f} ms/KB")
    n, total_kb, deadline = 0, 0.0, time.monotonic() + a.seconds
    while time.monotonic() < deadline:
        text = random_text(rng, rng.choice([10, 200, 2000, 20000]))
        dt = check(text)
        kb = max(len(text) / 1024, 1.0)
        worst = max(worst, dt * 1000 / kb)
        n += 1
        total_kb += len(text) / 1024
    print(f"random inputs: {n} ({total_kb:.0f} KB), no exception, all offsets inside the input")
    print(f"worst time per KB (inputs under 1 KB count as 1 KB): {worst:.2f} ms/KB")


if __name__ == "__main__":
    main()
