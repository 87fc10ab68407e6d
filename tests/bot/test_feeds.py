"""News feeds: a feed served over loopback (new entries, ETag unchanged -> 304, malformed, dead links), read with
the real fetcher and the real engine into a real SQLite file; two instances polling at once log each entry once."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner
from slack_sdk import WebClient

from bot.article import article_id
from bot.cli import main
from bot.config import FetchSettings
from bot.demo.standin import DEFAULT_TOKEN, SlackStandIn
from bot.feeds import DEFAULT_INTERVAL, deliver_posts, poll_feed, poll_feeds
from bot.pipeline import analyse
from bot.slack.feed_poster import make_feed_poster
from store import Store, Viewer
from tests import stories

FETCH = FetchSettings(timeout_s=10, allow_private=True)  # the feed server is on loopback


def story(i: int) -> str:
    """An article page's paragraphs: a different story each (tests.stories), two claims each."""
    return "".join(f"<p>{para.strip()}</p>" for para in stories.story(i).split("\n\n")[1:])


class FeedSite:
    """A small news site on 127.0.0.1: /feed.xml (RSS, ETag + Last-Modified), /bad.xml, /a/N pages, /a/dead (404)."""

    def __init__(self):
        self.items: list[tuple[str, str]] = []  # (title, path)
        self.requests: list[tuple[str, dict]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_GET(self):
                site.requests.append((self.path, dict(self.headers)))
                if self.path == "/feed.xml":
                    etag = f'"v{len(site.items)}"'
                    if self.headers.get("If-None-Match") == etag:
                        self.send_response(304)
                        self.send_header("ETag", etag)
                        self.end_headers()
                        return
                    return self._send(200, site.rss().encode(), "application/rss+xml; charset=utf-8",
                                      [("ETag", etag), ("Last-Modified", format_datetime(datetime(2024, 1, 5, tzinfo=timezone.utc), usegmt=True))])
                if self.path == "/bad.xml":
                    return self._send(200, b"<rss><channel><title>Broken<item><title>x</title>", "application/rss+xml")
                if self.path.startswith("/a/") and self.path[3:].isdigit():
                    i = int(self.path[3:])
                    body = f"<html><head><title>Rocket story {i}</title></head><body><article><h1>Rocket story {i}</h1>{story(i)}</article></body></html>"
                    return self._send(200, body.encode(), "text/html; charset=utf-8")
                if self.path.startswith("/copy/") and self.path[6:].isdigit():  # another paper runs the story
                    i = int(self.path[6:])
                    body = (f"<html><head><title>Rocket launch planned</title></head><body><article><h1>Rocket "
                            f"launch planned</h1>{story(i)}<p>Copyright 2024 The Courier.</p></article></body></html>")
                    return self._send(200, body.encode(), "text/html; charset=utf-8")
                self._send(404, b"not found", "text/plain")

            def _send(self, status, body, ctype, headers=()):
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers:
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def rss(self) -> str:
        items = "".join(f"<item><title>{t}</title><link>{self.url}{p}</link><guid>{self.url}{p}</guid>"
                        f"<pubDate>Fri, 05 Jan 2024 10:00:00 GMT</pubDate></item>" for t, p in self.items)
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Example News</title>'
                f"<link>{self.url}/</link><description>News</description>{items}</channel></rss>")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site():
    s = FeedSite()
    yield s
    s.close()


@pytest.fixture
def store(tmp_path):
    s = Store.open(str(tmp_path / "feeds.db"))
    yield s
    s.close()


def test_a_private_feeds_articles_stay_with_the_operator(site, store):
    site.items = [("Story 1", "/a/1")]
    feed, _ = store.add_feed(site.url + "/feed.xml", private=True)
    assert poll_feed(store, feed, FETCH, analyse=analyse).new
    assert store.query("Bennett", viewer=Viewer.member("T1")) == []
    assert store.query("Bennett", viewer=Viewer.operator())


def test_new_entries_then_not_modified_then_one_more_posted_to_the_channel(site, store):
    site.items = [("Story 1", "/a/1"), ("Story 2", "/a/2"), ("Gone", "/a/dead")]
    feed, new = store.add_feed(site.url + "/feed.xml", channel="CNEWS")
    assert new and feed.channel == "CNEWS" and not feed.private

    first = poll_feed(store, feed, FETCH, analyse=analyse)
    assert first.error is None and not first.not_modified
    assert sorted((e.title, e.claims) for e in first.new) == [("Rocket story 1", 2), ("Rocket story 2", 2)]
    assert [(e.url, e.error) for e in first.failed] == [(site.url + "/a/dead", "The page answered 404 Not Found")]
    feed = store.get_feed(feed.id)
    assert (feed.title, feed.etag, feed.entries_done, feed.entries_failed, feed.last_error) == (
        "Example News", '"v3"', 2, 1, None)
    assert sorted(h.article_title for h in store.query("Bennett", viewer=Viewer.operator())) == [
        "Rocket story 1", "Rocket story 2"]
    # a feed's articles are public by default
    assert store.query("Bennett", viewer=Viewer.member("T1")) == store.query("Bennett", viewer=Viewer.operator())
    dead = store.feed_failures(feed.id)
    assert [(f.url, f.attempts) for f in dead] == [(site.url + "/a/dead", 1)] and dead[0].next_try
    # in the log, so `whosaid retry` can read it later
    assert store.get_article(article_id(url=site.url + "/a/dead")).status == "failed"

    # unchanged: a conditional GET, answered 304, logs nothing
    site.requests.clear()
    second = poll_feed(store, feed, FETCH, analyse=analyse)
    assert second.not_modified and second.entries == () and second.error is None
    assert site.requests[0][0] == "/feed.xml" and site.requests[0][1].get("If-None-Match") == '"v3"'
    assert site.requests[0][1].get("If-Modified-Since") == "Fri, 05 Jan 2024 00:00:00 GMT"
    assert [p for p, _ in site.requests] == ["/feed.xml"]  # the dead entry waits for its back-off

    # a new story: only it is read; the backlog of the first poll was logged but not posted
    site.items.append(("Story 3", "/a/3"))
    third = poll_feed(store, store.get_feed(feed.id), FETCH, analyse=analyse)
    assert [(e.title, e.claims) for e in third.new] == [("Rocket story 3", 2)]
    with SlackStandIn() as slack:
        poster = make_feed_poster(WebClient(token=DEFAULT_TOKEN, base_url=slack.base_url))
        assert deliver_posts(store, poster) == 1
        assert deliver_posts(store, poster) == 0  # posted once
        posts = slack.posts(channel="CNEWS")
    assert len(posts) == 1 and "Rocket story 3" in posts[0].text_blob() and "Bruce Bennett" in posts[0].text_blob()
    with sqlite3.connect(store.path) as c:
        assert c.execute("select count(*) from feed_entries").fetchone()[0] == 4
        assert c.execute("select count(*) from articles where status = 'done'").fetchone()[0] == 3
        assert c.execute("select count(*) from claims").fetchone()[0] == 6


def test_malformed_feed_and_dead_feed_are_recorded_with_back_off(site, store, tmp_path):
    bad, _ = store.add_feed(site.url + "/bad.xml")
    dead, _ = store.add_feed(site.url + "/nothing-here.xml")
    before = datetime.now(timezone.utc)
    results = {r.feed_url: r for r in poll_feeds(store, FETCH, analyse=analyse)}
    assert results[bad.url].error.startswith("That is not a valid RSS or Atom feed")
    assert results[dead.url].error == "The page answered 404 Not Found"
    for f in (store.get_feed(bad.id), store.get_feed(dead.id)):
        assert f.failures == 1 and f.last_error == results[f.url].error
        assert datetime.fromisoformat(f.next_poll.replace("Z", "+00:00")) >= before + DEFAULT_INTERVAL
    poll_feeds(store, FETCH, analyse=analyse)  # fails again: the back-off doubles
    f = store.get_feed(dead.id)
    assert f.failures == 2
    assert datetime.fromisoformat(f.next_poll.replace("Z", "+00:00")) >= before + 2 * DEFAULT_INTERVAL
    assert poll_feeds(store, FETCH, analyse=analyse, due_only=True) == []  # nothing is due yet
    out = CliRunner().invoke(main, ["--db", store.path, "feeds", "list"]).output
    assert "FAILING (2 time(s) in a row): The page answered 404 Not Found" in out
    assert "That is not a valid RSS or Atom feed" in out


def test_the_fetcher_refuses_a_private_feed_address_unless_allowed(store):
    feed, _ = store.add_feed("http://127.0.0.1:9/feed.xml")
    r = poll_feed(store, feed, FetchSettings(timeout_s=5), analyse=analyse)
    assert r.error == "I can't fetch that link: it points to a private or internal network address."


def test_cli_add_list_poll_remove(site, tmp_path):
    db = str(tmp_path / "cli.db")
    site.items = [("Story 5", "/a/5")]

    def run(*args):
        return CliRunner().invoke(main, ["--db", db, *args])

    r = run("feeds", "add", site.url + "/feed.xml", "--channel", "C1", "--private")
    assert r.exit_code == 0 and "Following feed #1" in r.output and "(private)" in r.output
    assert run("feeds", "add", "not-a-url").exit_code == 2
    os.environ["FETCH_ALLOW_PRIVATE"] = "1"
    try:
        r = run("feeds", "poll")
        again = run("feeds", "poll")
    finally:
        del os.environ["FETCH_ALLOW_PRIVATE"]
    assert r.exit_code == 0, r.output
    assert f"{site.url}/feed.xml: 1 new\n  + Rocket story 5 (2 claim(s))" in r.output
    assert f"{site.url}/feed.xml: not modified" in again.output
    out = run("feeds", "list").output
    assert "#1 Example News" in out and "posting to C1, private" in out and "1 article(s) logged, 0 unreadable" in out
    assert run("feeds", "remove", "#1").exit_code == 0
    assert run("feeds", "list").output.startswith("No feeds yet")
    assert run("feeds", "remove", "#1").exit_code == 1
    assert Store.open(db).query("Bennett", viewer=Viewer.operator())  # what was logged stays


def test_two_instances_polling_the_same_feed_log_each_entry_once(site, tmp_path):
    db = str(tmp_path / "two.db")
    site.items = [(f"Story {i}", f"/a/{i}") for i in range(1, 7)]
    with Store.open(db) as s:
        s.add_feed(site.url + "/feed.xml")
    whosaid = str(Path(sys.executable).parent / "whosaid")
    env = dict(os.environ, FETCH_ALLOW_PRIVATE="1")
    procs = [subprocess.Popen([whosaid, "--db", db, "feeds", "poll"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    new_lines = [line for out, _ in outs for line in out.splitlines() if line.startswith("  + ")]
    assert sorted(new_lines) == sorted(f"  + Rocket story {i} (2 claim(s))" for i in range(1, 7))  # each once
    with sqlite3.connect(db) as c:
        assert c.execute("select count(*), count(distinct entry_key) from feed_entries").fetchone() == (6, 6)
        assert c.execute("select count(*) from articles").fetchone()[0] == 6
        assert c.execute("select count(*) from claims").fetchone()[0] == 12
    assert sum(1 for p, _ in site.requests if p.startswith("/a/")) == 6  # every page fetched by one instance only


def test_a_claim_left_by_a_dead_process_is_taken_again_after_the_lease(site, store):
    site.items = [("Story 8", "/a/8")]
    feed, _ = store.add_feed(site.url + "/feed.xml")
    # a process claimed the entry and died before reading it
    store.claim_feed_entries(feed.id, [(site.url + "/a/8", site.url + "/a/8", "Story 8")], lease=timedelta(0))
    assert poll_feed(store, feed, FETCH, analyse=analyse).entries == ()  # still leased to the dead process
    store.clock = lambda: datetime.now(timezone.utc) + timedelta(hours=1)
    r = poll_feed(store, store.get_feed(feed.id), FETCH, analyse=analyse)
    assert [(e.title, e.claims) for e in r.new] == [("Rocket story 8", 2)]


def test_serve_schedule_polls_at_start_and_posts_new_articles(site, store):
    from dataclasses import replace

    from bot.config import Settings
    from bot.feed_schedule import FeedScheduler

    site.items = [("Story 4", "/a/4")]
    feed, _ = store.add_feed(site.url + "/feed.xml", channel="CFEED")
    poll_feed(store, feed, FETCH, analyse=analyse)  # the backlog: logged, not posted
    site.items.append(("Story 9", "/a/9"))
    store.feed_polled(feed.id, next_poll=datetime.now(timezone.utc))  # due now
    settings = replace(Settings(), fetch=FETCH)
    with SlackStandIn() as slack:
        sched = FeedScheduler(settings, store, analyse=analyse,
                              post=make_feed_poster(WebClient(token=DEFAULT_TOKEN, base_url=slack.base_url))).start()
        try:
            call = slack.wait_for("chat.postMessage", timeout=60)[0]
        finally:
            sched.stop()
    assert call.get("channel") == "CFEED" and "Rocket story 9" in call.text_blob()
    assert len(slack.posts()) == 1


def test_a_syndicated_copy_in_a_feed_is_one_more_source_of_the_story_not_a_second_article(site, store):
    site.items = [("Story 1", "/a/1"), ("Rocket launch planned", "/copy/1"), ("Story 2", "/a/2")]
    feed, _ = store.add_feed(site.url + "/feed.xml", channel="CNEWS")
    result = poll_feed(store, feed, FETCH, analyse=analyse)
    assert sorted((e.title, e.claims, e.copy_of is not None) for e in result.new) == [
        ("Rocket story 1", 0, True), ("Rocket story 1", 2, False), ("Rocket story 2", 2, False)]
    assert store.counts()["articles"] == 2
    groups = store.query_grouped("Bennett", viewer=Viewer.member("T1"))
    by_title = {g.hit.article_title: len(g.sources) for g in groups}
    assert by_title == {"Rocket story 1": 2, "Rocket story 2": 1}, by_title
