#!/usr/bin/env python3
"""Cleaning speed: CPU seconds for `clean_text` on 1 MB pastes (the limit that used to be a test).

    python bench/clean.py [--repeat N]

Targets: a realistic 1 MB paste (news text with curly quotes, some mojibake, Slack markup and filter damage)
≤ 1.0 s of CPU; the worst case (damage on every line) ≤ 3.0 s; each pathological input ≤ 4.0 s.
Prints the best and the median of N runs of each.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.claims.clean import clean_text  # noqa: E402  (after the sys.path line, so the bench runs from a checkout)

SEED = REPO / "seeds" / "north-korea-icbm-2021.txt"


def realistic() -> str:
    paras = SEED.read_text(encoding="utf-8").split("\n\n")
    paras[3] = paras[3].replace('"', "\u201c", 1) + " He said \u00e2\u20ac\u0153no\u00e2\u20ac\x9d. <https://x.org|link> *now* &amp; mbad"
    paras[5] = paras[5].replace("'", "\u00e2\u20ac\u2122")
    text = "\r\n\r\n".join(paras)
    return (text * (1_000_000 // len(text) + 1))[:1_000_000]


def worst_case() -> str:
    para = ("The minister said \u201cit is \u00e2\u20ac\u0153fine\u00e2\u20ac\x9d\u201d on <https://x.org|Tuesday> "
            "&amp; *again*; the mbad production\u00a0continues.\r\n\r\n")
    return (para * (1_000_000 // len(para) + 1))[:1_000_000]


CASES = [
    ("realistic 1 MB paste", realistic, 1.0),
    ("worst case 1 MB", worst_case, 3.0),
    ("nbsp/zero-width lines", lambda: "\u00a0\u200b\r\n" * 300_000, 4.0),
    ("mojibake-prone lines", lambda: "\u00e9\n" * 500_000, 4.0),
    ("1 MB of '<'", lambda: "<" * 1_000_000, 4.0),
    ("markup soup", lambda: "*a " * 300_000, 4.0),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    clean_text("warm up: mbad")
    print(f"{'case':28} {'best s':>7} {'median s':>9} {'target s':>9}")
    for name, make, target in CASES:
        raw = make()
        times = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            clean_text(raw)
            times.append(time.process_time() - t0)
        mark = "ok" if statistics.median(times) <= target else "OVER"
        print(f"{name:28} {min(times):7.2f} {statistics.median(times):9.2f} {target:9.1f} {mark}")


if __name__ == "__main__":
    main()
