"""`whosaid backfill`: JSONL, folders and WARC archives through real worker processes (and a Dask LocalCluster),
a real SQLite file, interrupted and resumed with nothing lost or doubled."""
from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import dask
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bot import archive
from bot.backfill import run_backfill
from bot.backfill_runners import DaskRunner, LocalRunner
from bot.cli import main
from bot.pipeline import article_from_text
from store import Store, Viewer
from store.types import MessageRef
from tests.store.conftest import claim

BIN = Path(sys.executable).parent


def story(i: int) -> str:
    """The real engine reads this as two claims: Bennett (direct) and Kim Jong-un (indirect)."""
    return (f"Story {i}\n\n\"We will look at point {i} very carefully,\" said Bruce Bennett, a researcher at the "
            f"Rand Corporation.\n\nKim Jong-un said in a speech that the country would launch rocket number {i} "
            f"next year.\n")


def page(i: int) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in story(i).split("\n\n")[1:])
    return (f"<!doctype html><html><head><title>Rocket story {i}</title></head><body><nav>Home | World</nav>"
            f"<article><h1>Rocket story {i}</h1>{paras}<p>The ministry did not answer questions about the plan "
            f"on Tuesday, and officials declined to give a date.</p></article><footer>(c) News</footer>"
            f"</body></html>").encode()


def write_jsonl(path: Path, n: int, *, bad_line: bool = True) -> Path:
    lines = [json.dumps({"id": f"s{i}", "text": story(i), "url": f"https://news.example/s{i}",
                         "title": f"Story {i}", "published": "2024-01-05"}) for i in range(n)]
    if bad_line:
        lines.insert(2, "{this is not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_warc(path: Path, pages: range) -> Path:
    """A small gzipped WARC as a crawler writes it: requests, article pages, an image, a 404, an empty page."""
    with open(path, "wb") as f:
        w = WARCWriter(f, gzip=True)

        def response(url, status, ctype, body):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))

        for i in pages:
            url = f"https://news.example/warc/{i}"
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            response(url, "200 OK", "text/html; charset=utf-8", page(i))
        response("https://news.example/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
        response("https://news.example/gone", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://news.example/empty", "200 OK", "text/html", b"<html><head><title>Empty</title></head><body></body></html>")
    return path


def tables(db: str) -> dict:
    with sqlite3.connect(db) as c:
        return {
            "articles": c.execute("select count(*) from articles").fetchone()[0],
            "done": c.execute("select count(*) from articles where status = 'done'").fetchone()[0],
            "claims": c.execute("select count(*) from claims").fetchone()[0],
            "per_article": set(r[0] for r in c.execute("select count(*) from claims group by article_id")),
            "items": dict(c.execute("select status, count(*) from backfill_items group by status").fetchall()),
            "max_attempts_done": c.execute("select max(attempts) from backfill_items where status='done'").fetchone()[0],
        }


class StopAfter:
    """A progress callback that acts like Ctrl-C once `n` items are saved."""

    def __init__(self, n: int):
        self.n, self.seen = n, 0

    def __call__(self, finished: int, skipped: int) -> None:
        self.seen += finished
        if self.seen >= self.n:
            raise KeyboardInterrupt


# --------------------------------------------------------------------------- reading archives


def test_reading_jsonl_folders_and_warc(tmp_path):
    write_jsonl(tmp_path / "a.jsonl", 3)
    write_warc(tmp_path / "crawl.warc.gz", range(2))
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "one.txt").write_text(story(7), encoding="utf-8")
    (tmp_path / "notes" / "two.html").write_bytes(page(8))
    (tmp_path / "notes" / "skip.png").write_bytes(b"\x89PNG")
    sources = [str(tmp_path / "a.jsonl"), str(tmp_path / "crawl.warc.gz"), str(tmp_path / "notes")]
    items = list(archive.iter_items(sources))
    assert archive.count_items(sources) == len(items) == 4 + 3 + 2  # jsonl (3 + bad line), warc pages, files
    assert [i.error is not None for i in items[:4]] == [False, False, True, False]
    assert items[0].label.endswith("a.jsonl:1 (id s0)") and items[0].url == "https://news.example/s0"
    warc = [i for i in items if i.html is not None and i.url]
    assert [i.url for i in warc] == ["https://news.example/warc/0", "https://news.example/warc/1",
                                     "https://news.example/empty"]
    art = archive.to_article(warc[0])
    assert "Bruce Bennett" in art.text and art.title == "Rocket story 0" and art.url == warc[0].url
    # keys follow content, not position: the same items read again have the same keys
    assert [i.key for i in archive.iter_items(sources)] == [i.key for i in items]
    assert len({i.key for i in items}) == len(items)
    assert archive.check_sources([str(tmp_path / "nope.jsonl")]) == [f"No such file or folder: {tmp_path}/nope.jsonl"]


# --------------------------------------------------------------------------- local processes


def test_jsonl_interrupted_and_resumed_in_process(tmp_path):
    src = write_jsonl(tmp_path / "news.jsonl", 10)
    db = str(tmp_path / "bf.db")
    store = Store.open(db)
    try:
        with LocalRunner(2) as runner:  # a fresh process is resumed in the CLI test below; here the pool is reused
            first = run_backfill(store, archive.iter_items([str(src)]), runner, batch_size=2, progress=StopAfter(3))
            assert first.interrupted and 0 < first.done < 10
            second = run_backfill(store, archive.iter_items([str(src)]), runner, batch_size=2)
    finally:
        store.close()
    assert not second.interrupted
    assert second.skipped == first.done  # what was saved is not done again
    assert first.done + second.done == 10
    assert second.failures == [(f"{src}:3", "Line 3 is not valid JSON (Expecting property name enclosed in "
                                            "double quotes: line 1 column 2 (char 1)).")]
    t = tables(db)
    assert (t["articles"], t["done"], t["claims"], t["per_article"]) == (10, 10, 20, {2})
    assert t["items"] == {"done": 10, "failed": 1} and t["max_attempts_done"] == 1
    assert len(second.peak_rss_kb) >= 1 and all(kb > 10_000 for kb in second.peak_rss_kb.values())


def test_cli_killed_mid_run_then_resumed_loses_and_doubles_nothing(tmp_path):
    """A real stop: the backfill process group is killed with SIGKILL part way, then run again."""
    n = 16
    src = write_jsonl(tmp_path / "news.jsonl", n, bad_line=False)
    db = str(tmp_path / "kill.db")
    cmd = [str(BIN / "whosaid"), "--db", db, "backfill", str(src), "--batch-size", "2"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    done_at_kill = 0
    try:
        deadline = time.monotonic() + 120  # blow-up guard only
        while time.monotonic() < deadline and proc.poll() is None:
            if os.path.exists(db):
                try:
                    with sqlite3.connect(db, timeout=5) as c:
                        done_at_kill = c.execute("select count(*) from backfill_items where status = 'done'"
                                                 ).fetchone()[0]
                except sqlite3.OperationalError:  # not migrated yet
                    done_at_kill = 0
                if done_at_kill >= 4:
                    break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=60)
    assert 4 <= done_at_kill < n, "the run must be stopped part way for this test to mean anything"
    before = tables(db)
    assert before["done"] < n
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    skipped = int(r.stdout.split(" failed, ")[1].split(" already done")[0])
    assert skipped >= done_at_kill
    t = tables(db)
    assert (t["articles"], t["done"], t["claims"], t["per_article"]) == (n, n, 2 * n, {2})
    assert t["items"] == {"done": n}
    with sqlite3.connect(db) as c:  # every speaker once, every claim once
        assert c.execute("select count(*) from speakers where name = 'Bruce Bennett'").fetchone()[0] == 1
        assert c.execute("select count(*) from (select article_id, position from claims group by 1, 2"
                         " having count(*) > 1)").fetchone()[0] == 0


# --------------------------------------------------------------------------- Dask


def test_warc_and_jsonl_through_dask_local_interrupted_and_resumed(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", range(6))
    src = write_jsonl(tmp_path / "news.jsonl", 4, bad_line=False)
    sources = [str(warc), str(src)]
    db = str(tmp_path / "dask.db")
    store = Store.open(db)
    try:
        with DaskRunner("local", workers=1) as runner:
            assert runner.workers == 1
            assert all(runner.client.run(lambda: __import__("bot.claims.nlp").claims.nlp._nlp is not None).values())
            first = run_backfill(store, archive.iter_items(sources), runner, batch_size=2, progress=StopAfter(2))
            assert first.interrupted and first.done < 10
            second = run_backfill(store, archive.iter_items(sources), runner, batch_size=2)
        assert store.backfill_counts() == {"done": 10, "failed": 1}
        fails = store.backfill_failures()
        assert [(f.label, f.error) for f in fails] == [
            (f"{warc} https://news.example/empty", "I couldn't find article text on that page.")]
        hits = store.query("Bennett", limit=100, viewer=Viewer.operator())
    finally:
        store.close()
    assert second.skipped >= first.done and first.done + second.done == 10
    t = tables(db)
    assert (t["articles"], t["done"], t["claims"], t["per_article"]) == (10, 10, 20, {2})
    assert sorted({h.article_url for h in hits}) == sorted(
        [f"https://news.example/warc/{i}" for i in range(6)] + [f"https://news.example/s{i}" for i in range(4)])
    assert {h.article_date for h in hits if "warc" in h.article_url} == {time.strftime("%Y-%m-%d", time.gmtime())}


def test_cli_dask_local(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", range(2))
    db = str(tmp_path / "cli.db")
    r = CliRunner().invoke(main, ["--db", db, "backfill", "--dask", "local", "-p", "1", str(warc)])
    assert r.exit_code == 1, r.output  # the empty page fails, and is listed
    assert "2 article(s) analysed, 4 claim(s) saved, 1 failed" in r.output
    assert "failed: " + str(warc) + " https://news.example/empty: I couldn't find article text" in r.output
    assert tables(db)["items"] == {"done": 2, "failed": 1}


def test_cli_refuses_missing_sources(tmp_path):
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "backfill", str(tmp_path / "missing.warc")])
    assert r.exit_code == 2 and "No such file or folder" in r.output


def test_an_archive_backfilled_today_stays_out_of_todays_digest(tmp_path):
    """The digest is the day's news: a backfilled archive would flood it. A pasted article still shows,
    even when the same article is also in an archive."""
    store = Store.open(str(tmp_path / "digest.db"))
    try:
        items = list(archive.iter_items([str(write_jsonl(tmp_path / "old.jsonl", 2, bad_line=False))]))
        store.save_backfill([(i.key, i.label, archive.to_article(i), [claim("Bruce Bennett", "Old words.")])
                             for i in items], [])
        pasted = article_from_text(story(99))
        store.record_article(pasted, source=MessageRef("C1", "1.0", "U1"))
        store.save_claims(pasted.id, [claim("Kim Jong-un", "New words.")])
        store.save_backfill([("k-pasted", "also in an archive", pasted, [claim("Kim Jong-un", "New words.")])], [])
        dig = store.digest(datetime.now(timezone.utc).date(), viewer=Viewer.operator())
    finally:
        store.close()
    assert [a.id for a in dig.articles] == [pasted.id]
    assert [s.name for s in dig.top_speakers] == ["Kim Jong-un"] and dig.total_claims == 1


def test_cli_says_clearly_when_the_dask_scheduler_cannot_be_reached(tmp_path):
    src = write_jsonl(tmp_path / "a.jsonl", 1, bad_line=False)
    with dask.config.set({"distributed.comm.timeouts.connect": "2s"}):
        r = CliRunner().invoke(main, ["--db", str(tmp_path / "x.db"), "backfill", "--dask", "tcp://127.0.0.1:9",
                                      str(src)])
    assert r.exit_code == 1 and "Could not reach the Dask scheduler at tcp://127.0.0.1:9" in r.output, r.output
