"""`whosaid ingest` and `retry` on their bad paths: nothing to read, links that fail, Ctrl-C, progress."""
from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

import bot.ingest
import bot.pipeline
from bot.cli import main
from bot.config import FetchSettings
from store import Store, Viewer
from tests.stories import story
from tests.terminal import on_terminal

WHOSAID = str(Path(sys.executable).parent / "whosaid")


def run(db, *args):
    r = CliRunner().invoke(main, ["--db", db, *args])
    assert "Traceback" not in r.output, r.output
    return r


def _folder(tmp_path, n: int) -> Path:
    d = tmp_path / "articles"
    d.mkdir()
    for i in range(n):
        (d / f"a{i:02}.txt").write_text(story(i), encoding="utf-8")
    return d


@pytest.mark.parametrize("files", [[], ["notes.json", "data.csv", ".hidden.txt"]])
def test_a_folder_with_nothing_ingest_reads_warns_and_lists_what_it_looks_for(tmp_path, files):
    d = tmp_path / "in"
    d.mkdir()
    for f in files:
        (d / f).write_text("{}")
    db = tmp_path / "log.db"
    r = run(str(db), "ingest", str(d))
    assert r.exit_code == 1
    assert f"no articles in {d}" in r.output and ".txt, .md, .text, .html" in r.output
    assert "Nothing to ingest." in r.output and "0 article(s) analysed" not in r.output
    assert not db.exists()


def test_an_empty_folder_next_to_real_articles_is_only_a_warning(tmp_path):
    d = _folder(tmp_path, 1)
    (tmp_path / "empty").mkdir()
    r = run(str(tmp_path / "log.db"), "ingest", str(tmp_path / "empty"), str(d))
    assert r.exit_code == 0 and "no articles in" in r.output and "1 article(s) analysed" in r.output


PAGE = ("<html><head><title>Bridge talks</title></head><body><article>"
        "<p>\u201cWe will not back down,\u201d said Maria Okonkwo, the transport minister, on Monday.</p>"
        "<p>Okonkwo told reporters that the new bridge would open next spring, whatever the cost.</p>"
        "</article></body></html>").encode()


@pytest.fixture
def flaky_site():
    """A page that answers 503 until `state["up"]` is set."""
    state = {"up": False}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if not state["up"]:
                self.send_response(503)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/bridge", state
    srv.shutdown()
    srv.server_close()


def test_a_link_that_fails_during_ingest_is_recorded_and_retry_fetches_it(tmp_path, flaky_site, monkeypatch):
    url, state = flaky_site
    monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "1")
    db = str(tmp_path / "log.db")
    r = run(db, "ingest", url)
    assert r.exit_code == 1 and "503" in r.output
    with Store.open(db) as s:
        (failed,) = s.articles_to_retry(("failed",))
    assert failed.url == url and failed.text == "" and "503" in failed.error
    state["up"] = True
    r = run(db, "retry")
    assert r.exit_code == 0 and "1 article(s) analysed" in r.output, r.output
    with Store.open(db) as s:
        assert s.get_article(failed.id).status == "done"
        assert s.article_claims(failed.id, viewer=Viewer.operator())[0].article_url == url


def test_ctrl_c_says_what_was_kept_and_exits_130(tmp_path, monkeypatch):
    d = _folder(tmp_path, 5)
    db = str(tmp_path / "log.db")
    real, calls = bot.pipeline.analyse_many, []

    def interrupted_on_the_second_batch(articles):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return real(articles)

    monkeypatch.setattr(bot.ingest, "BATCH", 2)
    monkeypatch.setattr(bot.pipeline, "analyse_many", interrupted_on_the_second_batch)
    r = run(db, "ingest", str(d))
    assert r.exit_code == 130
    assert "Interrupted: 2 article(s) analysed and saved (4 claim(s)) are kept" in r.output
    assert "whosaid retry" in r.output
    with Store.open(db) as s:
        assert s.counts()["claims"] == 4
        assert len(s.articles_to_retry(("pending",))) == 2  # recorded, not finished: retry carries on
    monkeypatch.undo()
    r = run(db, "retry")
    assert r.exit_code == 0 and "2 article(s) analysed" in r.output


def test_progress_is_told_after_every_article_not_every_batch(tmp_path):
    d = _folder(tmp_path, 40)
    steps: list[int] = []
    with Store.open(str(tmp_path / "log.db")) as s:
        paths = bot.ingest.expand_sources([str(d)]).paths
        report = bot.ingest.ingest(s, paths, FetchSettings(), progress=steps.append)
    assert report.done == 40 and sum(steps) == 40 and max(steps) < bot.ingest.BATCH


def test_progress_on_a_terminal_and_plain_output_into_a_pipe(tmp_path):
    d = _folder(tmp_path, 8)
    r = subprocess.run([WHOSAID, "--db", str(tmp_path / "a.db"), "ingest", str(d)], capture_output=True,
                       text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "\r" not in r.stderr and "Loading" not in r.stderr
    err = on_terminal([WHOSAID, "--db", str(tmp_path / "b.db"), "ingest", str(d)], stream="stderr", timeout=300)
    assert err.index("Loading the language model") < err.index("0/8")
    assert "8/8" in err and "\r" in err  # the bar redraws itself on a terminal
    one = on_terminal([WHOSAID, "--db", str(tmp_path / "c.db"), "ingest", str(d / "a00.txt")], stream="stderr",
                      timeout=300)
    assert one.index("Loading the language model") < one.index("1/1")  # a sign of life for one big article too


def test_ingest_records_a_copy_of_a_logged_article_as_one_more_source_not_a_second_article(tmp_path):
    from tests.e2e.articles import BRIDGE, BRIDGE_TITLE, ESCAPE

    d = tmp_path / "in"
    d.mkdir()
    (d / "a_wire.txt").write_text(BRIDGE, encoding="utf-8")
    # the same wire story in another paper: a new headline, a newsletter line and a copyright footer
    syndicated = BRIDGE.replace(BRIDGE_TITLE, "Harbour bridge gets the green light in Port Ellis")
    (d / "b_paper.txt").write_text(f"{syndicated}\n\nSign up for our morning newsletter.\n\n"
                                   "Copyright 2026 The Daily Courier. All rights reserved.\n", encoding="utf-8")
    (d / "c_other.txt").write_text(ESCAPE, encoding="utf-8")  # unrelated: an article of its own
    db = str(tmp_path / "log.db")
    r = run(db, "ingest", str(d))
    assert r.exit_code == 0, r.output
    assert "2 article(s) analysed" in r.output and "1 already in the log" in r.output
    assert f"b_paper.txt: a copy of {BRIDGE_TITLE}" in r.output
    store = Store.open(db)
    try:
        assert store.counts()["articles"] == 2
        groups = store.query_grouped("Holloway", viewer=Viewer.nobody_in_particular())
        assert groups and all(len(g.sources) == 2 for g in groups), groups
        # a second run is the same: copies stay copies, nothing is read twice
        assert "2 article(s) analysed" in run(db, "ingest", str(d)).output
        assert store.counts()["articles"] == 2
    finally:
        store.close()


def test_a_public_ingest_never_joins_a_private_one(tmp_path):
    from tests.e2e.articles import BRIDGE, BRIDGE_TITLE

    private, public = tmp_path / "private.txt", tmp_path / "public.txt"
    private.write_text(BRIDGE, encoding="utf-8")
    public.write_text(BRIDGE.replace(BRIDGE_TITLE, "Port Ellis bridge approved"), encoding="utf-8")
    db = str(tmp_path / "log.db")
    assert run(db, "ingest", "--private", str(private)).exit_code == 0
    r = run(db, "ingest", str(public))
    assert r.exit_code == 0 and "1 article(s) analysed" in r.output and "already in the log" not in r.output
    store = Store.open(db)
    try:
        assert store.counts()["articles"] == 2  # read again as its own, public article
        assert store.query_grouped("Holloway", viewer=Viewer.nobody_in_particular())
    finally:
        store.close()
    # the other way round, a private copy of a public article joins it (the operator alone sees that arrival)
    other = tmp_path / "private_copy.txt"
    other.write_text(public.read_text(encoding="utf-8") + "\n\nFor subscribers only.\n", encoding="utf-8")
    r = run(db, "ingest", "--private", str(other))
    assert r.exit_code == 0 and "1 already in the log" in r.output and "0 article(s) analysed" in r.output
