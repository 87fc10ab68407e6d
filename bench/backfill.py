#!/usr/bin/env python3
"""Backfill throughput: one process, all local cores, and a Dask LocalCluster, in the same run; and the writer.

    python bench/backfill.py [--limit N] [--batch-size B] [--dask-workers 2] [--writer-copies 60]

Texts: PolNeAR train (../shared/bench/polnear, read only here), the first N articles, written to a
temporary JSONL and backfilled with `run_backfill` into a fresh SQLite file per mode. Before timing, every
worker is warmed up (model loaded), so the rates are steady-state extraction + writing; the model load is
reported separately. Peak memory is each worker process's peak RSS. The writer part extracts the PolNeAR dev
articles once in this process, then bulk-saves copies of them (new keys and ids, the same speakers) with
`Store.save_backfill` in batches, as the backfill's single writer does, and prints claims/s as the file grows.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
POLNEAR = (REPO / ".." / "shared" / "bench" / "polnear").resolve()
sys.path.insert(0, str(REPO))

from bot import archive  # noqa: E402 - after the sys.path line, so the checkout is used
from bot.backfill import analyse_items, run_backfill  # noqa: E402 - same
from bot.backfill_runners import DaskRunner, LocalRunner, local_cores  # noqa: E402 - same
from store import Store  # noqa: E402 - same


def load(split: str, limit: int | None) -> list[dict]:
    rows = [json.loads(line) for line in open(POLNEAR / f"polnear_{split}.jsonl", encoding="utf-8") if line.strip()]
    return [{"id": r["id"], "text": r["text"]} for r in rows[:limit]]


def warm(runner, probe: list) -> float:
    """Start every worker and load its model; returns the seconds it took."""
    t = time.monotonic()
    futures = [runner.submit(analyse_items, probe) for _ in range(2 * runner.workers)]
    pending = list(futures)
    while pending:
        done = runner.wait_first(pending)
        pending = [f for f in pending if f not in done]
    for f in futures:
        f.result()
    return time.monotonic() - t


def run_mode(name: str, make_runner, src: Path, tmp: Path, batch_size: int, probe: list) -> dict:
    load1 = os.getloadavg()[0]
    t = time.monotonic()
    runner = make_runner()
    try:
        startup = time.monotonic() - t + warm(runner, probe)
        store = Store.open(str(tmp / f"{name.replace(' ', '_')}.db"))
        try:
            report = run_backfill(store, archive.iter_items([str(src)]), runner, batch_size=batch_size)
        finally:
            store.close()
        workers = runner.workers
    finally:
        runner.close()
    peak = sorted(kb / 1024 for kb in report.peak_rss_kb.values())
    return {"mode": name, "workers": workers, "articles": report.done, "failed": len(report.failures),
            "claims": report.claims, "seconds": report.elapsed_s, "rate": report.done / report.elapsed_s,
            "startup_s": startup, "peak_mb": peak, "write_s": report.write_s, "load_before": load1}


def writer_bench(copies: int, batch: int, tmp: Path) -> list[tuple[int, int, float]]:
    """(articles in the file, claims in the file, claims/s of the last slice) as copies of PolNeAR dev are saved."""
    texts = load("dev", None)
    items = [archive.RawItem(key=f"w{i}", label=r["id"], text=r["text"]) for i, r in enumerate(texts)]
    outcomes = [o for o in analyse_items(items).outcomes if o.claims is not None]
    store = Store.open(str(tmp / "writer.db"))
    out = []
    n_art = n_claims = 0
    try:
        for copy in range(copies):
            t = time.monotonic()
            claims = 0
            rows = []
            for o in outcomes:
                art = replace(o.article, id=f"{o.article.id[:10]}{copy:06d}")
                rows.append((f"{o.key}-{copy}", o.label, art, o.claims))
            for i in range(0, len(rows), batch):
                claims += store.save_backfill(rows[i:i + batch], [])
            dt = time.monotonic() - t
            n_art += len(rows)
            n_claims += claims
            if copy in (0, copies // 2, copies - 1):
                out.append((n_art, n_claims, claims / dt))
        size = os.path.getsize(store.path)
    finally:
        store.close()
    out.append((n_art, n_claims, size))
    return out


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=160, help="PolNeAR train articles per mode")
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--dask-workers", type=int, default=2)
    ap.add_argument("--writer-copies", type=int, default=60, help="copies of PolNeAR dev the writer saves")
    ap.add_argument("--skip", default="", help="comma-separated: one,local,dask,writer")
    ap.add_argument("--niceness", type=int, default=0,
                    help="CPU niceness of the workers (the product nices them by 10; 0 measures the engine, not "
                         "the scheduler's treatment of the other jobs on a shared machine)")
    a = ap.parse_args(argv)
    skip = set(filter(None, a.skip.split(",")))
    if not POLNEAR.exists():
        sys.exit(f"PolNeAR not found at {POLNEAR}")
    rows = load("train", a.limit)
    cores = local_cores()
    print(f"backfill bench: {len(rows)} PolNeAR train articles ({sum(len(r['text']) for r in rows):,} chars), "
          f"{cores} local cores, load average {os.getloadavg()[0]:.1f}, batch {a.batch_size}")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        src = tmp / "polnear.jsonl"
        src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        probe = [archive.RawItem(key="probe", label="probe", text=rows[0]["text"][:2000])]
        modes = []
        if "one" not in skip:
            modes.append(("1 process", lambda: LocalRunner(1, niceness=a.niceness)))
        if "local" not in skip:
            modes.append((f"{cores} local processes", lambda: LocalRunner(cores, niceness=a.niceness)))
        if "dask" not in skip:
            modes.append((f"Dask LocalCluster {a.dask_workers} workers",
                          lambda: DaskRunner("local", workers=a.dask_workers, niceness=a.niceness)))
        results = []
        for name, make in modes:
            r = run_mode(name, make, src, tmp, a.batch_size, probe)
            results.append(r)
            print(f"  {r['mode']:<32} {r['rate']:6.2f} articles/s  ({r['articles']} articles, {r['failed']} failed, "
                  f"{r['claims']} claims, {r['seconds']:.1f} s; start-up + model load {r['startup_s']:.1f} s; "
                  f"peak RSS per worker {', '.join(f'{m:.0f}' for m in r['peak_mb'])} MB; writer busy "
                  f"{r['write_s']:.1f} s; load avg before {r['load_before']:.1f})", flush=True)
        if len(results) >= 2 and "one" not in skip:
            base = results[0]["rate"]
            for r in results[1:]:
                print(f"  scaling {r['mode']}: {r['rate'] / base:.2f}x one process")
        if "writer" not in skip:
            w = writer_bench(a.writer_copies, 16, tmp)
            for n_art, n_claims, rate in w[:-1]:
                print(f"  writer: {rate:8.0f} claims/s at {n_art:6d} articles / {n_claims:7d} claims in the file")
            n_art, n_claims, size = w[-1]
            print(f"  writer: file {size / 1e6:.1f} MB for {n_art} articles, {n_claims} claims "
                  f"({size / n_art / 1e3:.1f} kB per article)")


if __name__ == "__main__":
    main()
