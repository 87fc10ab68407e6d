#!/usr/bin/env python3
"""Run-on input: engine time on one "sentence" holding N reporting cues.

    python bench/runon.py [--sizes 250,500,1000,2000] [--shapes said,quote,list] [--repeat 1]

A text with no full stop and thousands of cues ("Smith said taxes would rise, Jones argued the plan was
fine, ...") is one sentence to the parser. Rules that scan the cue's sentence or content for each cue make
such a text quadratic; the numbers show whether the engine's time grows about linearly with N. Shapes:
`said` (`X said A, Y argued B, ...`), `quote` (`"A," X said, "B," Y said, ...`), `list` (`X said that A; and
Y warned that B; ...`). Columns: the spaCy parse (not ours; linear) and `analyse` = our stages on the parsed
document (`extract_claims` = both), best of --repeat.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

NAMES = ["Smith", "Jones", "Brown", "Garcia", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Clark",
         "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams"]
VERBS = ["said", "argued", "claimed", "told reporters", "insisted", "warned", "added", "noted"]
CONTENT = ["taxes would rise", "the plan was fine", "the vote was rigged", "prices had fallen",
           "the talks would resume", "nobody had been told", "the budget was too small", "the law was clear"]
SHAPES = ("said", "quote", "list")


def run_on(n: int, shape: str) -> str:
    """One "sentence" with n reporting cues."""
    parts = []
    for i in range(n):
        name, verb, content = NAMES[i % len(NAMES)], VERBS[(i // 3) % len(VERBS)], CONTENT[(i * 7) % len(CONTENT)]
        if shape == "said":
            parts.append(f"{name} {verb} {content}")
        elif shape == "quote":
            parts.append(f"\u201c{content},\u201d {name} {verb.split()[0]}")
        else:
            parts.append(f"{name} {verb} that {content}")
    return "Officials spoke today and " + ("; and " if shape == "list" else ", ").join(parts) + "."


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="250,500,1000,2000", help="numbers of cues, comma-separated")
    ap.add_argument("--shapes", default=",".join(SHAPES), help=f"comma-separated, of {', '.join(SHAPES)}")
    ap.add_argument("--repeat", type=int, default=1, help="runs per text; best of them")
    a = ap.parse_args(argv)
    from bot.claims.engine import analyse_doc, parse, prepare
    from bot.claims.nlp import get_nlp

    nlp = get_nlp()
    sizes = [int(s) for s in a.sizes.split(",")]
    print(f"{'shape':6} {'cues':>6} {'chars':>8} {'tokens':>7} {'parse s':>8} {'analyse s':>10} {'ms/cue':>7} {'claims':>7}")
    for shape in a.shapes.split(","):
        for n in sizes:
            text = run_on(n, shape)
            parses, analyses = [], []
            for _ in range(max(1, a.repeat)):
                cleaned = prepare(text)
                t0 = time.perf_counter()
                doc = parse(nlp, cleaned.text)
                t1 = time.perf_counter()
                claims = analyse_doc(doc, cleaned)
                analyses.append(time.perf_counter() - t1)
                parses.append(t1 - t0)
            sec = min(analyses)
            print(f"{shape:6} {n:6} {len(text):8,} {len(doc):7} {min(parses):8.2f} {sec:10.2f} {1000 * sec / n:7.2f} "
                  f"{len(claims):7}")


if __name__ == "__main__":
    main()
