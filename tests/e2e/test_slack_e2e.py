"""End to end over loopback: signed requests into the real Bolt app, Web API calls into the stand-in."""
from __future__ import annotations

import json
import re
import time

import pytest

from bot.demo.run import DIGEST_CHANNEL, blocks_to_text
from bot.demo.signing import DEFAULT_CHANNEL, event_callback, message_event, signed_headers
from bot.jobs import ErrorKind

from .articles import BRIDGE, BRIDGE_SPEAKERS, BRIDGE_TITLE, ESCAPE, SHORT_CHATTER, variant
from .conftest import REPLY_TIMEOUT, reply_text


def _sections(call) -> list[str]:
    """Text of each block of a posted message (fallback text when there are no blocks)."""
    blocks = call.get("blocks") or []
    out = []
    for b in blocks:
        if b.get("text"):
            out.append(b["text"].get("text", ""))
        for f in b.get("fields") or []:
            out.append(f.get("text", ""))
        for e in b.get("elements") or []:
            if isinstance(e, dict) and isinstance(e.get("text"), str):
                out.append(e["text"])
    return out or [call.get("text") or ""]


def command_output(bot, standin, text: str, *, command: str = "/whosaid", timeout: float = 10.0) -> str:
    """Run a slash command; its visible output, from the ack body or the response_url POST(s)."""
    url = standin.new_response_url()
    ack = bot.poster.command(command, text, response_url=url)
    assert ack.status == 200, (ack.status, ack.body)
    parts: list[str] = []
    if ack.body.strip():
        try:
            body = json.loads(ack.body)
            parts.append(blocks_to_text(body.get("blocks"), body.get("text", "")))
        except ValueError:
            parts.append(ack.body)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        resp = [c for c in standin.responses() if c.path.endswith(url.rsplit("/", 1)[-1])]
        if resp:
            time.sleep(0.2)  # a second (final) response may follow an "on it" one
            resp = [c for c in standin.responses() if c.path.endswith(url.rsplit("/", 1)[-1])]
            parts += [blocks_to_text(c.get("blocks"), c.get("text") or "") for c in resp]
            break
        if parts and any(p.strip() for p in parts):
            # answered in the ack; give a late response_url a moment anyway
            time.sleep(0.3)
            resp = [c for c in standin.responses() if c.path.endswith(url.rsplit("/", 1)[-1])]
            parts += [blocks_to_text(c.get("blocks"), c.get("text") or "") for c in resp]
            break
        time.sleep(0.05)
    return "\n".join(parts)


# ---------------------------------------------------------------- the main path
def test_pasted_article_gets_one_threaded_reply_grouped_by_speaker(bot, post, standin, secrets_checked):
    ack, ts = post.message(BRIDGE)
    assert ack.status == 200
    reply = post.reply(ts)
    assert reply.get("channel") == DEFAULT_CHANNEL
    assert str(reply.get("thread_ts")) == ts
    text = reply_text(reply)
    for name in BRIDGE_SPEAKERS:
        assert name in text, f"{name} missing from the reply:\n{text}"
    # grouped by speaker: each quote sits in a block with its speaker
    sections = _sections(reply)
    assert any("Bennett" in s and "fantasy" in s for s in sections), sections
    assert any("Holloway" in s and "twenty years" in s for s in sections), sections
    assert not any("Bennett" in s and "twenty years" in s for s in sections), sections
    post.settle()
    assert len(post.replies(ts)) == 1
    # the fallback text is there for notifications / screen readers
    assert reply.get("text")


def test_article_text_is_escaped_in_everything_posted(bot, post, standin, secrets_checked):
    ack, ts = post.message(ESCAPE)
    assert ack.status == 200
    reply = post.reply(ts)
    post.settle(0.5)
    everything = standin.all_text()
    assert "Whitfield" in reply_text(reply) or "Ortega" in reply_text(reply), reply_text(reply)
    assert "<!channel>" not in everything
    assert "<@U123>" not in everything
    assert "&lt;!channel&gt;" in everything or "channel" not in reply_text(reply)
    # every ampersand that went out is an entity
    for call in standin.calls("chat.postMessage"):
        for s in _sections(call) + [call.get("text") or ""]:
            assert not re.search(r"&(?!amp;|lt;|gt;|#\d+;)", s), s


def test_same_message_delivered_many_times_is_answered_once(bot, post, standin):
    ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    envelope = event_callback(message_event(BRIDGE, ts=ts))
    acks = [bot.poster.envelope(envelope)]
    acks += [bot.poster.envelope(envelope, retry_num=n) for n in (1, 2)]
    # the same message again under a new event_id (Slack does this across subscriptions)
    acks.append(bot.poster.event(message_event(BRIDGE, ts=ts)))
    assert [a.status for a in acks] == [200] * 4
    post.reply(ts)
    post.settle(1.5)
    assert len(post.replies(ts)) == 1
    assert len(standin.calls("chat.postMessage")) == 1


def test_ignored_messages_are_acked_without_reply(bot, post, standin):
    parent_ts = standin.next_ts()
    cases = [
        dict(subtype="message_changed", message={"type": "message", "text": BRIDGE, "user": "U0REPORTER",
                                                 "ts": parent_ts}),
        dict(subtype="message_deleted", deleted_ts=parent_ts),
        dict(subtype="bot_message", bot_id="B0OTHER"),
        dict(thread_ts=parent_ts),  # a reply in a thread
        dict(user="U0WHOSAID"),  # our own message
    ]
    for extra in cases:
        ack, _ = post.message(BRIDGE, register=False, **extra)
        assert ack.status == 200, (extra, ack.status, ack.body)
    ack, _ = post.message(SHORT_CHATTER)
    assert ack.status == 200
    post.settle(1.0)
    time.sleep(0.5)
    assert standin.calls("chat.postMessage") == []
    assert bot.store.count_jobs() == 0


# ---------------------------------------------------------------- request verification
def test_bad_signature_is_rejected(bot, standin):
    body = json.dumps(event_callback(message_event(BRIDGE, ts=standin.next_ts())))
    headers = signed_headers("not-the-signing-secret", body)
    ack = bot.poster.post_raw(body, headers)
    assert ack.status == 401
    headers = signed_headers(bot.settings.slack_signing_secret, body)
    ack = bot.poster.post_raw(body + " ", headers)  # body changed after signing
    assert ack.status == 401
    ack = bot.poster.post_raw(body, {"Content-Type": "application/json"})  # unsigned
    assert ack.status == 401
    time.sleep(0.3)
    assert bot.store.count_jobs() == 0
    assert standin.calls("chat.postMessage") == []


def test_stale_timestamp_is_rejected(bot, standin):
    old = int(time.time()) - 6 * 60
    ack = bot.poster.event(message_event(BRIDGE, ts=standin.next_ts()), timestamp=old)
    assert ack.status == 401
    assert bot.store.count_jobs() == 0


# ---------------------------------------------------------------- slash command
def test_whosaid_command_lists_claims_after_ingest(bot, post, standin, secrets_checked):
    _, ts = post.message(BRIDGE)
    post.reply(ts)
    out = command_output(bot, standin, "Bennett")
    assert "Bennett" in out, out
    assert "fantasy" in out, out


@pytest.mark.parametrize("query", ["'; DROP TABLE claims; --", '"*" OR NEAR', "Bennett\" OR 1=1 --", "*", ""])
def test_whosaid_command_treats_input_as_data(bot, post, standin, query):
    _, ts = post.message(BRIDGE)
    post.reply(ts)
    out = command_output(bot, standin, query)
    assert out.strip(), "no answer at all"
    assert "Traceback" not in out and "OperationalError" not in out
    # the table is still there and still answers
    assert "fantasy" in command_output(bot, standin, "Bennett")
    assert bot.store.counts()  # schema intact


# ---------------------------------------------------------------- digest
def test_digest_posted_once_per_day_across_triggers_and_instances(bot, post, standin, make_bot):
    import threading

    _, ts = post.message(BRIDGE)
    post.reply(ts)
    other = make_bot(start_workers=False)  # a second app instance (own Store, own client) on the same DB file
    barrier = threading.Barrier(4)
    results: list = []

    def fire(instance):
        barrier.wait()
        results.append(instance.post_digest())

    threads = [threading.Thread(target=fire, args=(b,)) for b in (bot, other, bot, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(20)
    assert sorted(results) == [False, False, False, True]
    assert bot.post_digest() is False and other.post_digest() is False  # and again, later the same day
    time.sleep(0.3)
    digests = standin.posts(channel=DIGEST_CHANNEL)
    assert len(digests) == 1, [c.params for c in digests]
    assert "Bennett" in reply_text(digests[0]) or "Holloway" in reply_text(digests[0])


# ---------------------------------------------------------------- links
def test_link_to_local_article_is_fetched_and_read(bot, post, standin, article_server):
    url = article_server.add_article("/news/bridge", BRIDGE_TITLE, BRIDGE)
    ack, ts = post.message(f"Worth a read <{url}>")
    assert ack.status == 200
    reply = post.reply(ts)
    text = reply_text(reply)
    assert "/news/bridge" in article_server.requests
    for name in BRIDGE_SPEAKERS:
        assert name in text, text
    post.settle(0.5)
    assert len(post.replies(ts)) == 1


def test_link_to_missing_page_gets_a_short_specific_reason(bot, post, standin, article_server):
    url = article_server.url("/news/gone")
    _, ts = post.message(f"<{url}>")
    reply = post.reply(ts)
    text = reply_text(reply)
    assert "404" in text or "not found" in text.lower() or "no longer" in text.lower(), text
    assert len(reply.get("text") or "") < 400
    post.settle(0.5)
    assert len(post.replies(ts)) == 1


GERMAN = ("Der Bürgermeister sagte am Montag vor Journalisten, dass die Stadt den Bau der neuen Brücke nicht "
          "aufgeben werde. „Wir halten an unserem Ziel fest, auch wenn die Kosten steigen“, sagte er. Die Opposition "
          "warf ihm vor, die Bürger über die wahren Kosten im Unklaren zu lassen, und verlangte eine Abstimmung im "
          "Stadtrat. „Das ist keine Planung, das ist Wunschdenken“, sagte die Fraktionschefin der Grünen.")


def test_non_english_article_gets_a_clear_reason_and_is_recorded_failed(bot, post, standin):
    _, ts = post.message(GERMAN)
    reply = post.reply(ts)
    assert "I can only read English articles for now" in reply_text(reply)
    post.settle(0.5)
    assert len(post.replies(ts)) == 1
    assert any(c.get("name") == "warning" for c in standin.calls("reactions.add"))
    failed = bot.store.articles_to_retry(("failed",))
    assert len(failed) == 1 and "English" in (failed[0].error or "")


# ---------------------------------------------------------------- Slack misbehaving
def test_rate_limited_post_is_retried_and_sent_once(bot, post, standin):
    standin.fail("chat.postMessage", status=429, times=1, retry_after=1)
    _, ts = post.message(BRIDGE)
    reply = post.reply(ts, timeout=REPLY_TIMEOUT + 5)
    assert "Bennett" in reply_text(reply)
    post.settle(1.0)
    assert len(post.replies(ts)) == 1
    statuses = [c.status for c in standin.calls("chat.postMessage")]
    assert statuses.count(429) == 1 and statuses.count(200) == 1, statuses


def test_hanging_post_is_recorded_failed_then_retried_without_a_second_reply(make_bot, standin):
    """chat.postMessage hangs past SLACK_TIMEOUT: the job is recorded failed; `retry` (requeue_failed_jobs)
    runs it again, and the re-run finds the reply Slack did post late in the thread instead of posting twice."""
    from .conftest import Poster

    bot = make_bot(slack_timeout_s=1, slack_max_retries=0)
    post = Poster(bot, standin)
    standin.hang("chat.postMessage", 2.5, times=1)
    _, ts = post.message(BRIDGE)
    deadline = time.monotonic() + REPLY_TIMEOUT + 10
    while time.monotonic() < deadline and bot.store.count_jobs("failed") == 0:
        time.sleep(0.1)
    assert bot.store.count_jobs("failed") == 1
    post.reply(ts, timeout=30)  # the stand-in answers the hung call late, like a slow Slack
    assert bot.store.requeue_failed_jobs(error_kind=ErrorKind.DELIVERY) == 1
    bot.workers.pool.wake()
    deadline = time.monotonic() + REPLY_TIMEOUT  # a bound on waiting (a loaded box), not a speed check
    while time.monotonic() < deadline and bot.store.count_jobs("done") == 0:
        time.sleep(0.1)
    assert bot.store.count_jobs("done") == 1
    post.settle(0.5)
    assert len(post.replies(ts)) == 1


def test_slack_down_job_recorded_failed_and_app_still_healthy(bot, post, standin, secrets_checked):
    standin.fail("chat.postMessage", status=500, times=None)
    _, ts = post.message(BRIDGE)
    store = bot.store
    deadline = time.monotonic() + REPLY_TIMEOUT + 15
    while time.monotonic() < deadline and store.count_jobs("failed") == 0:
        time.sleep(0.1)
    assert store.count_jobs("failed") == 1
    assert store.count_jobs("queued") == 0 and store.count_jobs("running") == 0
    assert standin.posts() == []
    # Slack comes back: the app still acks and answers new messages
    standin.clear_faults()
    ack, ts2 = post.message(variant(BRIDGE, 2))
    assert ack.status == 200
    post.reply(ts2)


# ---------------------------------------------------------------- restarts
def test_burst_accepted_then_app_stopped_is_processed_exactly_once_after_restart(settings, standin, make_bot):
    first = make_bot(start_workers=False)  # accepts and queues, never processes
    tss = []
    from .conftest import Poster

    p = Poster(first, standin)
    for i in range(6):
        ack, ts = p.message(variant(BRIDGE, i))
        assert ack.status == 200
        tss.append(ts)
    first.stop()
    assert standin.posts() == []
    second = make_bot()  # same DB file, workers on
    p2 = Poster(second, standin)
    for ts in tss:
        p2.reply(ts)
    p2.settle(1.5)
    for ts in tss:
        assert len(p2.replies(ts)) == 1, ts
    assert len(standin.posts()) == len(tss)


def test_delivery_that_fails_after_dedupe_is_answered_when_slack_retries(bot, post, standin, monkeypatch):
    """Dedupe keys and the job are stored in one transaction: a crash while queueing leaves neither behind."""
    import store.jobs

    real = store.jobs.enqueue
    state = {"n": 0}

    def enqueue_fails_once(*a, **kw):  # fails inside the transaction, after the delivery keys were inserted
        state["n"] += 1
        if state["n"] == 1:
            raise RuntimeError("simulated crash between dedupe and enqueue")
        return real(*a, **kw)

    monkeypatch.setattr(store.jobs, "enqueue", enqueue_fails_once)
    ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, BRIDGE, ts=ts)
    envelope = event_callback(message_event(BRIDGE, ts=ts))
    first = bot.poster.envelope(envelope)
    assert first.status >= 500  # not acknowledged: Slack will retry
    retry = bot.poster.envelope(envelope, retry_num=1)
    assert retry.status == 200
    post.reply(ts, timeout=REPLY_TIMEOUT)


# ---------------------------------------------------------------- mentions, shortcuts, buttons
def test_mention_in_a_thread_reads_the_parent_message(bot, post, standin):
    from bot.demo.signing import app_mention_event

    parent = standin.add_message(DEFAULT_CHANNEL, BRIDGE)  # posted before the bot was around: never seen as an event
    mention_ts = standin.next_ts()
    standin.add_message(DEFAULT_CHANNEL, "<@U0WHOSAID> who said what here?", ts=mention_ts, thread_ts=parent["ts"])
    ack = bot.poster.event(app_mention_event("who said what here?", ts=mention_ts, thread_ts=parent["ts"]))
    assert ack.status == 200
    reply = post.reply(parent["ts"])
    assert "Bennett" in reply_text(reply) and "Holloway" in reply_text(reply)
    assert standin.calls("conversations.replies") or standin.calls("conversations.history")
    post.settle(0.5)
    assert len(post.replies(parent["ts"])) == 1


def test_message_shortcut_reads_that_message(bot, post, standin):
    from bot.demo.signing import message_shortcut_payload
    from bot.slack.render import SHORTCUT_CALLBACK_ID

    msg = standin.add_message(DEFAULT_CHANNEL, BRIDGE)
    ack = bot.poster.interactive(message_shortcut_payload(SHORTCUT_CALLBACK_ID, message=msg,
                                                          response_url=standin.new_response_url()))
    assert ack.status == 200
    reply = post.reply(msg["ts"])
    assert "Raman" in reply_text(reply)


def test_share_button_posts_the_answer_to_the_channel(bot, post, standin):
    from bot.demo.signing import block_actions_payload

    _, ts = post.message(BRIDGE)
    post.reply(ts)
    url = standin.new_response_url()
    ack = bot.poster.command("/whosaid", "Bennett", response_url=url)
    body = json.loads(ack.body) if ack.body.strip() else {}
    buttons = [e for b in body.get("blocks", []) if b.get("type") == "actions" for e in b.get("elements", [])]
    if not buttons:
        pytest.skip("the /whosaid answer has no Share button")
    b = buttons[0]
    before = len(standin.posts(channel=DEFAULT_CHANNEL))
    ack = bot.poster.interactive(block_actions_payload(b["action_id"], value=b["value"], response_url=url))
    assert ack.status == 200
    shared = standin.wait_for("chat.postMessage", lambda c: c.get("channel") == DEFAULT_CHANNEL
                              and not c.get("thread_ts"), timeout=REPLY_TIMEOUT)
    assert len(standin.posts(channel=DEFAULT_CHANNEL)) == before + 1
    assert "fantasy" in reply_text(shared[-1])


def test_app_home_is_published_with_top_speakers(bot, post, standin):
    _, ts = post.message(BRIDGE)
    post.reply(ts)
    ack = bot.poster.event({"type": "app_home_opened", "user": "U0REPORTER", "channel": "D0HOME", "tab": "home",
                            "event_ts": f"{time.time():.6f}"})
    assert ack.status == 200
    (call,) = standin.wait_for("views.publish", timeout=REPLY_TIMEOUT)
    assert call.get("user_id") == "U0REPORTER"
    view = call.get("view")
    assert view["type"] == "home"
    assert "Bennett" in json.dumps(view) or "Holloway" in json.dumps(view)
