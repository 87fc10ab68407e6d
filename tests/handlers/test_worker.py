"""The worker pool and the digest: replies, failures, Web API retries, restarts, exactly-once digest."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from slack_sdk.errors import SlackApiError

from bot.app import start_background
from bot.errors import FetchError
from bot.jobs import ErrorKind
from bot.slack.client import make_client
from bot.slack.digest import DigestScheduler, post_digest
from bot.slack.replier import SlackReplier
from bot.worker import WorkerPool
from store import Viewer
from tests.handlers.conftest import ARTICLE, fake_analyse, fake_claims


def payload(**kw):
    p = {"channel": "C1", "ts": "100.1", "thread_ts": "100.1", "user": "U1", "react_ts": "100.1",
         "urls": [], "text": ARTICLE, "trigger": "message"}
    p.update(kw)
    return p


def run_one(settings, store, client, **kw):
    store.enqueue("message", payload(**kw.pop("p", {})))
    pool = WorkerPool(settings, store, SlackReplier(client), analyse=kw.pop("analyse", fake_analyse), **kw)
    assert pool.run_pending() == 1
    return pool


def test_success_posts_one_thread_reply_and_swaps_reactions(settings, store, client, slack_api):
    run_one(settings, store, client)
    (post,) = [c.params for c in slack_api.calls("chat.postMessage")]
    assert post["thread_ts"] == "100.1" and post["text"] and len(post["blocks"]) > 2
    assert ("reactions.remove", "hourglass_flowing_sand") in [(c.method, c.get("name")) for c in slack_api.calls()]
    assert ("reactions.add", "white_check_mark") in [(c.method, c.get("name")) for c in slack_api.calls()]
    assert store.count_jobs("done") == 1 and store.query("Lindqvist", viewer=Viewer.operator())


def test_fetch_failure_is_explained_in_the_thread_and_recorded(settings, store, client, slack_api):
    def bad_fetch(url):
        raise FetchError("That page needs a subscription, so I can't read it.", detail="HTTP 402 for token=abc")

    run_one(settings, store, client, p={"urls": ["https://paywall.example/a"], "text": ""}, load_url=bad_fetch)
    (post,) = [c.params for c in slack_api.calls("chat.postMessage")]
    assert "subscription" in post["text"] and "token=abc" not in json.dumps(post)
    assert ("reactions.add", "warning") in [(c.method, c.get("name")) for c in slack_api.calls()]
    assert store.count_jobs("failed") == 1
    (art,) = store.recent_articles(5, viewer=Viewer.operator())
    assert art.status == "failed" and art.url == "https://paywall.example/a"
    assert store.get_job(1).error_kind == ErrorKind.FETCH  # the answer was delivered: retry re-reads, not reposts


def test_engine_crash_gives_a_generic_message_not_a_traceback(settings, store, client, slack_api):
    def crash(article):
        raise ZeroDivisionError("secret internals")

    run_one(settings, store, client, analyse=crash)
    (post,) = [c.params for c in slack_api.calls("chat.postMessage")]
    assert "unexpected problem" in post["text"] and "secret" not in json.dumps(post) and "Traceback" not in json.dumps(post)
    assert store.count_jobs("failed") == 1 and store.get_job(1).error_kind == ErrorKind.INTERNAL and store.recent_articles(1, viewer=Viewer.operator())[0].status == "failed"


def test_slack_failure_marks_the_job_failed_without_crashing(settings, store, client, slack_api):
    slack_api.fail("chat.postMessage", error="channel_not_found")
    run_one(settings, store, client)
    assert store.count_jobs("failed") == 1
    job = store.get_job(1)
    assert "channel_not_found" in job.last_error and job.error_kind == ErrorKind.DELIVERY


def test_rate_limit_is_retried_after_retry_after(settings, store, client, slack_api):
    slack_api.fail("chat.postMessage", status=429, retry_after=1)
    run_one(settings, store, client)
    assert len(slack_api.calls("chat.postMessage")) == 2
    assert store.count_jobs("done") == 1


def test_server_errors_are_retried_a_bounded_number_of_times(settings, store, slack_api):
    slack_api.fail("chat.postMessage", status=503, times=10)
    s = replace(settings, slack_max_retries=2)
    run_one(s, store, make_client(s, backoff_factor=0.01))
    assert len(slack_api.calls("chat.postMessage")) == 3  # 1 + 2 retries
    assert store.count_jobs("failed") == 1
    assert "503" in store.get_job(1).last_error


def test_jobs_of_a_killed_process_are_resumed(settings, store, slack_api):
    store.enqueue("message", payload(), dedupe_key="C1:100.1")
    assert store.claim_next_job("dead-worker") is not None  # "running" when the process died
    rt = start_background(settings, store=store, analyse=fake_analyse, schedule_digest=False, poll_interval=0.1)
    try:
        assert rt.pool.wait_idle(10)
    finally:
        rt.stop()
    assert store.count_jobs("done") == 1
    assert slack_api.calls("chat.postMessage")[0].get("thread_ts") == "100.1"


def test_pool_is_bounded_and_backlog_waits_in_the_database(settings, store, slack_api):
    s = replace(settings, workers=2)
    for i in range(12):
        store.enqueue("message", payload(ts=f"{i}.0", thread_ts=f"{i}.0"), dedupe_key=f"C1:{i}")
    rt = start_background(s, store=store, analyse=fake_analyse, schedule_digest=False, poll_interval=0.1)
    try:
        assert len(rt.pool._threads) == 2
        assert rt.pool.wait_idle(20)
    finally:
        rt.stop()
    assert store.count_jobs("done") == 12 and len(slack_api.calls("chat.postMessage")) == 12


# -- digest -------------------------------------------------------------------

def _seed(store):
    from bot.pipeline import article_from_text

    a = article_from_text(ARTICLE, title="Talks")
    store.record_article(a, operator_public=True)  # an operator source, public: in every digest
    store.save_claims(a.id, fake_claims(ARTICLE))


def test_digest_posted_exactly_once_per_channel_and_day(settings, store, client, slack_api):
    from store import Store

    _seed(store)
    today = datetime.now(timezone.utc).date()
    assert post_digest(settings, store, client, today) is True
    assert post_digest(settings, store, client, today) is False
    other = Store.open(settings.db_path)  # a second instance of the bot
    try:
        assert post_digest(settings, other, client, today) is False
    finally:
        other.close()
    (post,) = [c.params for c in slack_api.calls("chat.postMessage")]
    assert post["channel"] == "CDIGEST" and "Bruce Bennett" in json.dumps(post["blocks"])


def test_failed_digest_post_can_be_retried(settings, store, client, slack_api):
    _seed(store)
    today = datetime.now(timezone.utc).date()
    slack_api.fail("chat.postMessage", error="fatal")
    with pytest.raises(SlackApiError):
        post_digest(settings, store, client, today)
    assert post_digest(settings, store, client, today) is True


def test_empty_day_or_no_channel_posts_nothing(settings, store, client, slack_api):
    assert post_digest(settings, store, client, date(2001, 1, 1)) is False
    assert post_digest(replace(settings, digest_channel=None), store, client, date.today()) is False
    assert slack_api.calls() == []


def test_scheduler_runs_at_digest_time_in_digest_tz(settings, store, client):
    s = replace(settings, digest_time="07:30", digest_tz="Asia/Tokyo")
    sched = DigestScheduler(s, store, client, clock=lambda: datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc))
    sched.start()
    try:
        nxt = sched.next_run()
        assert (nxt.hour, nxt.minute, str(nxt.tzinfo)) == (7, 30, "Asia/Tokyo")
    finally:
        sched.stop()
    # 12:00 UTC = 21:00 in Tokyo: long after 07:30, so no catch-up post
    assert not sched.due_catch_up()
    late = DigestScheduler(s, store, client, clock=lambda: datetime(2026, 1, 1, 23, 0, tzinfo=timezone.utc))
    assert late.due_catch_up()  # 08:00 next day in Tokyo: shortly after 07:30


def _link_twice(settings, store, client, first: dict, second: dict):
    from bot.article import Article, article_id

    url = "https://news.example/talks"
    fetched = []

    def load(u):
        fetched.append(u)
        return Article(id=article_id(url=u), text=ARTICLE, title="Talks", url=u)

    run_one(settings, store, client, p={"urls": [url], "text": "", **first}, load_url=load)
    run_one(settings, store, client, p={"urls": [url], "text": "", "channel": "C2", "ts": "200.2",
                                        "thread_ts": "200.2", "react_ts": "200.2", **second}, load_url=load)
    assert fetched == [url]
    return url


def test_a_link_already_read_is_answered_from_the_log_without_fetching(settings, store, client, slack_api):
    from bot.article import article_id

    public = {"team_id": "T1", "channel_type": "public"}
    url = _link_twice(settings, store, client, public, public)
    a, b = [c.params for c in slack_api.calls("chat.postMessage")]
    assert b["channel"] == "C2" and b["thread_ts"] == "200.2"
    assert b["text"] == "Already read before. " + a["text"] and "Bruce Bennett" in json.dumps(b["blocks"])
    assert "Already read on" in json.dumps(b["blocks"]) and "Already read" not in json.dumps(a["blocks"])
    assert [c.get("channel") for c in slack_api.calls("chat.getPermalink")] == ["C1"]
    assert {m.channel for m in store.get_article(article_id(url=url)).messages} == {"C1", "C2"}


def test_a_link_first_read_in_a_private_channel_is_not_said_to_be_read_before(settings, store, client, slack_api):
    """The same page posted in a public channel after a private one: answered (the words are the page's, which
    everyone there just got), but nothing says it was read before, and no link points to the private thread."""
    _link_twice(settings, store, client, {"team_id": "T1", "channel_type": "private"},
                {"team_id": "T1", "channel_type": "public"})
    a, b = [c.params for c in slack_api.calls("chat.postMessage")]
    assert "Bruce Bennett" in json.dumps(b["blocks"])
    assert "Already read" not in b["text"] + json.dumps(b["blocks"]) and not slack_api.calls("chat.getPermalink")


