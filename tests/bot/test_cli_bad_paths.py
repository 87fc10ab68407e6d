"""Every bad path a newcomer meets on the command line: one clear line, a sensible exit status, no traceback.

Real SQLite files in tmp folders, click's CliRunner (or the installed `whosaid` script where logging or a real
process matters), real HTTP on 127.0.0.1."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.pipeline import read_file
from store import Store
from tests.readonly import read_only

WHOSAID = str(Path(sys.executable).parent / "whosaid")
ARTICLE = ('Bridge talks\n\n"We will not back down," said Maria Okonkwo, the transport minister.\n\n'
           'Okonkwo told reporters that the new bridge would open next spring.\n')


def run(*args, input=None):
    r = CliRunner().invoke(main, list(args), input=input)
    assert "Traceback" not in r.output, r.output
    assert r.exception is None or isinstance(r.exception, SystemExit), repr(r.exception)
    return r


@pytest.fixture
def logged(tmp_path):
    """A log with one article in it."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "log.db")
    assert run("--db", db, "ingest", str(tmp_path / "a.txt")).exit_code == 0
    return db


# -- the database ------------------------------------------------------------------------------------------

def test_a_file_that_is_not_sqlite(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 100)
    r = run("--db", str(notes), "query", "Bennett")
    assert r.exit_code == 2 and "is not a whosaid database" in r.output
    r = run("--db", str(notes), "ingest", str(notes))
    assert r.exit_code == 1 and "is not a whosaid database" in r.output
    assert notes.read_text() == "shopping list\n" * 100


def test_a_folder_or_a_missing_folder_as_db(tmp_path):
    r = run("--db", str(tmp_path), "speakers")
    assert r.exit_code == 1 and "is a folder, not a database file" in r.output
    r = run("--db", str(tmp_path / "nope" / "x.db"), "alias", "A", "B")
    assert r.exit_code == 1 and "does not exist" in r.output and not (tmp_path / "nope").exists()


@pytest.mark.parametrize("command", [["query", "Bennett"], ["search", "bridge"], ["speakers"], ["digest"],
                                     ["export"]])
def test_read_commands_never_create_a_database(tmp_path, command):
    db = tmp_path / "whosaid.db"
    r = run("--db", str(db), *command)
    assert r.exit_code in (1, 2) and "There is no log at" in r.output and "whosaid ingest" in r.output
    assert not db.exists()


@pytest.mark.parametrize("command", [["query", "Okonkwo"], ["search", "bridge"], ["speakers"],
                                     ["export", "--format", "json"], ["digest", "--json"]])
def test_read_commands_work_on_a_read_only_log_in_a_read_only_folder(logged, command):
    path = Path(logged)
    with read_only(path, path.parent):
        r = run("--db", logged, *command)
    assert r.exit_code == 0, r.output
    assert "Okonkwo" in r.output or command[0] == "digest"


def test_writing_to_a_read_only_log(logged, tmp_path):
    with read_only(Path(logged)):
        r = run("--db", logged, "ingest", str(tmp_path / "a.txt"))
    assert r.exit_code == 1 and "I can't write to" in r.output and "read-only" in r.output


def test_export_to_a_missing_folder(logged, tmp_path):
    r = run("--db", logged, "export", "-o", str(tmp_path / "nonexistent" / "x.csv"))
    assert r.exit_code == 1 and "does not exist" in r.output
    assert not (tmp_path / "nonexistent").exists()


# -- inputs ------------------------------------------------------------------------------------------------

def test_extract_a_binary_file(tmp_path):
    exe = tmp_path / "program"
    exe.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    r = run("extract", str(exe))
    assert r.exit_code == 1 and "is a binary file, not an article" in r.output
    assert "English" not in r.output


def test_extract_a_folder(tmp_path):
    r = run("extract", str(tmp_path))
    assert r.exit_code == 1 and "is a folder, not an article" in r.output and "whosaid ingest" in r.output


def test_extract_a_link_that_is_not_http():
    r = run("extract", "ftp://example.org/news.txt")
    assert r.exit_code == 1 and "only read http:// and https:// links" in r.output and "ftp://" in r.output
    assert "No such file" not in r.output


@pytest.mark.parametrize("source", ["127.0.0.1:8901/x", "example.org/news/today", "localhost:8000"])
def test_extract_a_link_without_scheme_suggests_http(source):
    r = run("extract", source)
    assert r.exit_code == 1 and f"http://{source}" in r.output


HTML = ("<!DOCTYPE html><html><head><title>Bridge talks | Daily Planet</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Bridge talks</h1>"
        "<p>\u201cWe will not back down,\u201d said Maria Okonkwo, the transport minister, on Monday.</p>"
        "<p>Okonkwo told reporters that the new bridge would open next spring, whatever the cost.</p>"
        "</article><footer>Copyright Daily Planet</footer></body></html>")


def test_a_local_html_file_is_read_like_a_fetched_page(tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(HTML, encoding="utf-8")
    r = run("extract", "--json", str(page))
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["title"].startswith("Bridge talks") and data["source"] == str(page)
    assert [c["speaker"] for c in data["claims"]][:1] == ["Maria Okonkwo"]
    assert not any("<" in c["quote"] for c in data["claims"])


def test_no_headline_gives_the_file_name_as_title_and_the_path_is_stored(tmp_path):
    page = tmp_path / "untitled-story.html"
    page.write_text("<html><body><p>\u201cWe will not back down on this bridge,\u201d said Maria Okonkwo, the "
                    "transport minister, on Monday in the capital.</p><p>Okonkwo told reporters that the new bridge "
                    "would open next spring, whatever the cost to the city.</p></body></html>", encoding="utf-8")
    text = tmp_path / "notes.txt"
    text.write_text("12 March 2024\n\n" + '"We will not back down," said Maria Okonkwo.\n')
    db = str(tmp_path / "log.db")
    r = run("--db", db, "ingest", str(page), str(text))
    assert r.exit_code == 0, r.output
    with Store.open(db) as s:
        arts = {a.title: a for a in (s.get_article(read_file(p).id) for p in (page, text))}
    assert set(arts) == {"untitled-story.html", "notes.txt"}
    assert arts["untitled-story.html"].url == page.resolve().as_uri()
    assert "<p>" not in arts["untitled-story.html"].text


class _Page(BaseHTTPRequestHandler):
    def do_GET(self):
        body = HTML.encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *a):
        pass


@pytest.fixture
def local_page():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/story"
    srv.shutdown()
    srv.server_close()


def _whosaid(*args, **env):
    e = {k: v for k, v in os.environ.items() if k not in ("FETCH_ALLOW_PRIVATE", "LOG_LEVEL")} | env
    return subprocess.run([WHOSAID, *args], capture_output=True, text=True, env=e, timeout=120)


def test_a_private_link_is_refused_with_the_operator_setting_and_no_log_record(local_page):
    r = _whosaid("extract", local_page)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert r.stderr.splitlines() == [r.stderr.splitlines()[0]], r.stderr  # one line
    assert "private or internal network address" in r.stderr and "FETCH_ALLOW_PRIVATE=1" in r.stderr
    assert "WARNING" not in r.stderr
    r = _whosaid("-v", "extract", local_page)  # with -v the log record shows (so the check above can fail)
    assert "WARNING" in r.stderr and "fetch refused" in r.stderr


# -- speaker fixes -----------------------------------------------------------------------------------------

def test_alias_with_an_empty_name_is_refused(logged):
    r = run("--db", logged, "alias", "Maria Okonkwo", "")
    assert r.exit_code == 1 and "needs at least one letter or digit" in r.output


def _two_speakers(tmp_path):
    (tmp_path / "k.txt").write_text('Talks\n\n"One thing is very clear to me," said Kim Jong-un.\n')
    (tmp_path / "b.txt").write_text('Other\n\n"Another thing is clear to all of us," said Bruce Bennett.\n')
    db = str(tmp_path / "two.db")
    assert run("--db", db, "ingest", str(tmp_path / "k.txt"), str(tmp_path / "b.txt")).exit_code == 0
    return db


def test_merge_shows_what_would_change_and_asks(tmp_path):
    db = _two_speakers(tmp_path)
    r = run("--db", db, "merge", "Bruce Bennett", "Kim Jong-un", input="n\n")
    assert r.exit_code == 1 and "Nothing changed" in r.output
    assert "keep:  Bruce Bennett" in r.output and "merge: Kim Jong-un" in r.output and "1 claim(s)" in r.output
    r = run("--db", db, "merge", "--dry-run", "Bruce Bennett", "Kim Jong-un")
    assert r.exit_code == 0 and "Dry run: nothing changed." in r.output
    with Store.open(db) as s:
        assert s.counts()["speakers"] == 2
    r = run("--db", db, "merge", "Bruce Bennett", "Kim Jong-un", input="y\n")
    assert r.exit_code == 0 and "Merged into Bruce Bennett" in r.output
    with Store.open(db) as s:
        assert s.counts()["speakers"] == 1


def test_split_keeps_the_old_speaker_id(tmp_path):
    db = _two_speakers(tmp_path)
    with Store.open(db) as s:
        old = s.get_speaker("Kim Jong-un").id
    assert run("--db", db, "merge", "--yes", "Bruce Bennett", "Kim Jong-un").exit_code == 0
    r = run("--db", db, "split", "Bruce Bennett", "Kim Jong-un")
    assert r.exit_code == 0 and f"(#{old})" in r.output


# -- batch ids, version --------------------------------------------------------------------------------------

def test_jsonl_echoes_ids_unchanged():
    lines = [{"id": 5, "text": ARTICLE}, {"id": "b-7", "text": 3}, {"id": [1, "x"], "text": ""},
             {"text": ARTICLE}, "not an object"]
    r = run("extract", "--jsonl", "-", input="\n".join(json.dumps(x) for x in lines) + "\nnot json\n")
    assert r.exit_code == 0, r.output
    out = [json.loads(x) for x in r.output.splitlines()]
    assert [o["id"] for o in out] == [5, "b-7", [1, "x"], None, None, None]
    assert out[0]["claims"] and "error" in out[1] and "not JSON" in out[5]["error"]


def test_version():
    from importlib.metadata import version

    r = run("--version")
    assert r.exit_code == 0 and r.output.strip() == f"whosaid {version('whosaid')}"


def test_ctrl_c_in_any_command_exits_130_without_a_traceback(logged, monkeypatch):
    def interrupted(*a, **kw):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "top_speakers", interrupted)
    r = run("--db", logged, "speakers")
    assert r.exit_code == 130 and "Interrupted." in r.output
