"""Memory and time of ONE extraction process on the largest article the app accepts.

    python bench/memory.py                   # bounded extraction (what the app runs), ~1,000,000 characters
    python bench/memory.py --unbounded       # also the engine on the whole text at once, for comparison
    python bench/memory.py --chars 300000    # another size

The article is the seed and dev articles (../shared/dev-articles, if present) repeated up to just under
`bot.pipeline.MAX_TEXT_CHARS`. Each run is a fresh spawned process, like the app's extraction process: it loads
the model, then reads the article; we report the process's peak RSS (VmHWM) after loading the model and after
the article, and the wall time of the extraction. Target (issue 13): peak RSS <= 800 MB for the largest article.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.pipeline import MAX_TEXT_CHARS  # noqa: E402 - after the sys.path set-up above

TARGET_MB = 800


def _hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def build_article(chars: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    texts += [json.loads(p.read_text(encoding="utf-8"))["text"]
              for p in sorted((ROOT.parent / "shared" / "dev-articles").glob("*.json"))]
    out: list[str] = []
    size = 0
    while size < chars:
        for t in texts:
            if size + len(t) + 2 > chars:
                break
            out.append(t)
            size += len(t) + 2
        else:
            continue
        break
    return "\n\n".join(out)


def _child(text: str, mode: str, queue) -> None:
    from bot.claims.nlp import get_nlp

    get_nlp()
    loaded = _hwm_mb()
    t0 = time.monotonic()
    if mode == "bounded":
        from bot.article import Article
        from bot.pipeline import analyse

        claims = analyse(Article(id="bench", text=text))
    else:
        from bot.claims import extract_claims

        claims = extract_claims(text)
    queue.put({"mode": mode, "claims": len(claims), "seconds": time.monotonic() - t0, "model_mb": loaded,
               "peak_mb": _hwm_mb()})


def run(text: str, mode: str) -> dict:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child, args=(text, mode, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=MAX_TEXT_CHARS - 1000)
    ap.add_argument("--unbounded", action="store_true", help="also run the engine on the whole text at once")
    args = ap.parse_args()
    text = build_article(args.chars)
    print(f"article: {len(text):,} characters, {len(text.split()):,} words (limit {MAX_TEXT_CHARS:,} characters)")
    for mode in ("bounded", "unbounded") if args.unbounded else ("bounded",):
        r = run(text, mode)
        verdict = "meets" if r["peak_mb"] <= TARGET_MB else "MISSES"
        print(f"{mode:>9}: {r['claims']:,} claims in {r['seconds']:.1f} s; peak RSS {r['peak_mb']:.0f} MB "
              f"(model loaded: {r['model_mb']:.0f} MB) — {verdict} the {TARGET_MB} MB target" if mode == "bounded"
              else f"{mode:>9}: {r['claims']:,} claims in {r['seconds']:.1f} s; peak RSS {r['peak_mb']:.0f} MB "
              f"(model loaded: {r['model_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
