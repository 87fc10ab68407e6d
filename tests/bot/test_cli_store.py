"""CLI commands over the store (CliRunner, tmp databases, the real claim engine; failures injected where needed)."""
from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone

import click
import pytest
from click.testing import CliRunner

import bot.pipeline
from bot.cli import main
from bot.jobs import ErrorKind
from store import Store, Viewer
from store.inbox import Inbox, inbox_path
from tests.stories import story

GERMAN = ("Der Minister sagte am Montag, dass die Regierung die Pläne für den Ausbau der Bahn nicht aufgeben werde. "
          "„Wir halten an unserem Ziel fest“, sagte er vor Journalisten in Berlin.")


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def run(db, *args):
    return CliRunner().invoke(main, ["--db", db, *args], catch_exceptions=False)


def _all_commands():
    def walk(group, path):
        for name, cmd in sorted(group.commands.items()):
            yield path + [name]
            if isinstance(cmd, click.Group):
                yield from walk(cmd, path + [name])
    return list(walk(main, []))


@pytest.mark.parametrize("path", _all_commands(), ids=lambda p: " ".join(p))
def test_every_command_has_help(path):
    r = CliRunner().invoke(main, [*path, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage:" in r.output


def test_store_commands_are_registered():
    assert {"ingest", "query", "speakers", "digest", "export", "retry", "alias", "merge", "split", "rename",
            "search"} <= set(main.commands)


def _articles(tmp_path, n=8):
    d = tmp_path / "articles"
    d.mkdir()
    for i in range(n):
        (d / f"a{i}.txt").write_text(story(i))
    (d / "bad.txt").write_text(GERMAN)
    (d / "notes.csv").write_text("ignored")
    return d


def test_ingest_directory_summary_failures_and_exit_code(tmp_path, db):
    d = _articles(tmp_path)
    r = run(db, "ingest", str(d), str(tmp_path / "missing.txt"))
    assert r.exit_code == 1
    assert "8 article(s) analysed, 16 claim(s) saved, 2 failed." in r.output
    assert "bad.txt: I can only read English articles for now." in r.output and "missing.txt: No such file" in r.output
    s = Store.open(db)
    assert s.counts()["articles"] == 9 and s.counts()["claims"] == 16
    assert [a.status for a in s.articles_to_retry()] == ["failed"]
    s.close()
    # Re-ingest is idempotent.
    r = run(db, "ingest", str(d / "a0.txt"), str(d / "a1.txt"))
    assert r.exit_code == 0 and "2 article(s) analysed, 4 claim(s) saved, 0 failed." in r.output
    s = Store.open(db)
    assert s.counts()["articles"] == 9 and s.counts()["claims"] == 16
    s.close()
    r = run(db, "ingest", "--new-only", str(d / "a0.txt"))
    assert "0 article(s) analysed" in r.output


def test_ingest_when_engine_fails_records_failure(tmp_path, db, monkeypatch):
    def boom(_):
        raise NotImplementedError

    monkeypatch.setattr(bot.pipeline, "analyse_many", boom)
    monkeypatch.setattr(bot.pipeline, "analyse", boom)
    f = tmp_path / "x.txt"
    f.write_text("Headline\nSome text.\n")
    r = run(db, "ingest", str(f))
    assert r.exit_code == 1 and "1 failed" in r.output and "NotImplementedError" in r.output
    s = Store.open(db)
    assert s.articles_to_retry()[0].error == "NotImplementedError"
    s.close()


def test_retry_reruns_failed(tmp_path, db, monkeypatch):
    f = tmp_path / "x.txt"
    f.write_text('Headline\n\n"It works as we hoped it would," said Ankit Panda.\n')
    monkeypatch.setattr(bot.pipeline, "analyse_many", lambda arts: (RuntimeError("engine down") for _ in arts))
    assert run(db, "ingest", str(f)).exit_code == 1
    monkeypatch.undo()
    r = run(db, "retry")
    assert r.exit_code == 0 and "1 article(s) analysed, 1 claim(s) saved, 0 failed." in r.output
    assert "Ankit Panda" in run(db, "query", "Panda").output
    assert "Nothing to retry." in run(db, "retry").output


def test_query_speakers_digest_export(tmp_path, db):
    run(db, "ingest", str(_articles(tmp_path, 3)))
    r = run(db, "query", "Bennet")
    assert r.exit_code == 0 and "Bruce Bennett" in r.output and "point 2" in r.output
    data = json.loads(run(db, "query", "Kim", "--json", "--limit", "2").output)
    assert len(data) == 2 and data[0]["speaker"] == "Kim Jong-un"
    assert "No quotes found" in run(db, "query", "Nobody").output
    assert json.loads(run(db, "query", "x", "--since", "2020-01-01", "--json").output) == []

    data = json.loads(run(db, "speakers", "--json").output)
    assert {d["speaker"]: d["claims"] for d in data} == {"Bruce Bennett": 3, "Kim Jong-un": 3}
    assert "Kim Jong-un" in run(db, "speakers", "Kim").output
    assert "Bruce Bennett" in run(db, "speakers", "--top", "1", "--since", "2000-01-01").output

    today = datetime.now(timezone.utc).date().isoformat()
    dig = json.loads(run(db, "digest", "--date", today, "--json").output)
    assert dig["date"] == today and dig["total_claims"] == 6 and len(dig["articles"]) == 3
    assert any("point 0 very carefully" in q for sp in dig["articles"][0]["speakers"] for q in sp["quotes"])
    assert "Digest for" in run(db, "digest", "--date", today).output
    assert "0 article(s)" in run(db, "digest", "--date", "1999-01-01").output

    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--format", "csv").output)))
    assert len(rows) == 6 and {r["speaker"] for r in rows} == {"Bruce Bennett", "Kim Jong-un"}
    out = tmp_path / "e.json"
    r = run(db, "export", "--format", "json", "-o", str(out))
    assert r.exit_code == 0 and len(json.loads(out.read_text())) == 6

    assert "point 1" in run(db, "search", "point 1").output


def test_alias_merge_split_rename(tmp_path, db):
    (tmp_path / "a.txt").write_text('A\n\n"One thing is very clear to me," said Harry Kazianis.\n')
    (tmp_path / "b.txt").write_text('B\n\n"Another thing is clear to all of us," said Harry Kajianis.\n')
    run(db, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    r = run(db, "merge", "--yes", "Harry Kazianis", "Harry Kajianis")
    assert r.exit_code == 0 and "Merged into Harry Kazianis" in r.output
    assert len(json.loads(run(db, "query", "Kajianis", "--json").output)) == 2
    r = run(db, "split", "Harry Kazianis", "Harry Kajianis")
    assert r.exit_code == 0 and "separate speaker" in r.output
    r = run(db, "alias", "Harry Kazianis", "HK")
    assert r.exit_code == 0 and "now means Harry Kazianis" in r.output
    assert run(db, "rename", "Harry Kajianis", "Kajianis The Second").exit_code == 0
    r = CliRunner().invoke(main, ["--db", db, "alias", "Nobody Here", "x"])
    assert r.exit_code == 1 and "know anyone" in r.output


def test_retry_refetches_unread_links_and_requeues_unposted_slack_replies(tmp_path, db, monkeypatch):
    """A link that failed to load is fetched again (real engine, real local HTTP server);
    a job whose Slack reply could not be posted goes back in the queue; one that failed for another reason does not."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from bot.article import Article, article_id

    page = ("<html><head><title>Bridge talks</title></head><body><article>"
            "<p>\u201cWe will not back down,\u201d said Maria Okonkwo, the transport minister, on Monday.</p>"
            "<p>Okonkwo told reporters that the new bridge would open next spring, whatever the cost.</p>"
            "</article></body></html>").encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *a):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/bridge"
    try:
        store = Store.open(db)
        aid = store.record_article(Article(id=article_id(url=url), text="", url=url))
        store.mark_failed(aid, "The page answered 503 Service Unavailable")
        unposted = store.enqueue("message", {"n": 1})
        fetch_failed = store.enqueue("message", {"n": 2})
        for jid, error, kind in ((unposted, "ratelimited (HTTP 429)", ErrorKind.DELIVERY),
                                 (fetch_failed, "404", ErrorKind.FETCH)):
            store.claim_next_job("w")
            store.finish_job(jid, ok=False, error=error, error_kind=kind)
        store.close()

        monkeypatch.setenv("FETCH_ALLOW_PRIVATE", "1")
        r = run(db, "retry")
        assert r.exit_code == 0, r.output
        assert "1 Slack reply queued again" in r.output and "1 article(s) analysed" in r.output

        store = Store.open(db)
        art = store.get_article(aid)
        assert art.status == "done" and "bridge" in art.text and art.claim_count >= 1
        assert any(h.speaker == "Maria Okonkwo" for h in store.query("Okonkwo", viewer=Viewer.operator()))
        assert (store.get_job(unposted).status, store.get_job(fetch_failed).status) == ("queued", "failed")
        store.close()
    finally:
        server.shutdown()


def test_db_is_accepted_after_the_command_too(tmp_path, monkeypatch):
    monkeypatch.delenv("WHOSAID_DB", raising=False)
    monkeypatch.chdir(tmp_path)  # the default whosaid.db would be created here
    (tmp_path / "a.txt").write_text(story(1), encoding="utf-8")
    other = str(tmp_path / "other.db")
    r = CliRunner().invoke(main, ["ingest", str(tmp_path / "a.txt"), "--db", other], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(main, ["--db", str(tmp_path / "ignored.db"), "query", "Bennett", "--db", other, "--json"])
    assert r.exit_code == 0 and json.loads(r.output)[0]["speaker"] == "Bruce Bennett"
    assert not (tmp_path / "whosaid.db").exists()
    store = Store.open(other)
    assert len(store.recent_articles(5, viewer=Viewer.operator())) == 1
    store.close()


def test_query_lists_a_repeated_quote_once_and_json_keeps_every_source(tmp_path, db):
    quote = "The budget is a fantasy and the taxpayers will pay for every penny of it"
    for i, lead in enumerate(["The council voted on Tuesday.", "Shares in the builder fell sharply on Wednesday."]):
        (tmp_path / f"s{i}.txt").write_text(f"Report {i}\n\n{lead}\n\n\u201c{quote},\u201d said Bruce Bennett, a "
                                            f"councillor.\n", encoding="utf-8")
    assert run(db, "ingest", str(tmp_path / "s0.txt"), str(tmp_path / "s1.txt")).exit_code == 0
    out = run(db, "query", "Bennett").output
    assert out.count("taxpayers will pay") == 1 and "in 2 articles" in out, out
    (item,) = json.loads(run(db, "query", "Bennett", "--json").output)
    assert len(item["sources"]) == 2 and item["quote"].startswith("The budget")


def test_check_finds_who_said_it_or_says_not_in_the_log(tmp_path, db):
    (tmp_path / "s.txt").write_text("Report\n\nThe council voted on Tuesday.\n\n\u201cThe budget is a fantasy and the "
                                    "taxpayers will pay for every penny of it,\u201d said Bruce Bennett, a councillor.\n",
                                    encoding="utf-8")
    assert run(db, "ingest", str(tmp_path / "s.txt")).exit_code == 0
    out = run(db, "check", "budget", "is", "a", "fantasy,", "taxpayers", "pay", "every", "penny").output
    assert "Bruce Bennett" in out and "first seen" in out, out
    (item,) = json.loads(run(db, "check", "the budget is a fantasy", "--json").output)  # the start of it
    assert item["speaker"] == "Bruce Bennett" and item["sources"] and item["score"] >= 70
    assert "Not in the log" in run(db, "check", "the harbour tunnel will be cheap").output
    assert "0 article(s) added" in run(db, "reindex").output


def test_retry_puts_slack_events_set_aside_back_in_line(db):
    inbox = Inbox.open(inbox_path(db))
    try:
        kept = inbox.enqueue_delivery("slack_event", {"event_id": "Ev1"}, delivery_keys=("event:Ev1",))
        inbox.hold(kept, tries=5)  # what the bot does after an event's listener failed five times
        r = run(db, "retry")
        assert r.exit_code == 0, r.output
        assert "1 Slack event(s) the bot could not handle queued again" in r.output
        assert "Nothing to retry." not in r.output
        assert inbox.held() == 0 and [d.payload for d in inbox.take()] == [{"event_id": "Ev1"}]
        assert "Nothing to retry." in run(db, "retry").output
    finally:
        inbox.close()
