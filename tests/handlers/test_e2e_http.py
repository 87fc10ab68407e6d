"""End to end over loopback: signed Events API request → bot.slack.server → Bolt → job → worker → Web API reply."""
from __future__ import annotations

import json
import time
import urllib.error
import urllib.request

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app, start_background
from bot.slack.server import make_server
from store import MessageRef, Viewer
from tests.handlers.conftest import ARTICLE, fake_analyse


def _post(url: str, body: str, secret: str, *, content_type="application/json", bad=False, headers=None):
    ts = str(int(time.time()))
    sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    if bad:
        sig = "v0=" + "0" * 64
    req = urllib.request.Request(url, data=body.encode(), method="POST", headers={
        "Content-Type": content_type, "X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def _event(event: dict, event_id="Ev1") -> str:
    return json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": event_id, "event_time": int(time.time()), "event": event})


@pytest.fixture
def running(settings, store, slack_api):
    app = create_app(settings, store)
    runtime = start_background(settings, store=store, app=app, analyse=fake_analyse, schedule_digest=False,
                               poll_interval=0.2)
    server = make_server(app, "127.0.0.1", 0).start()
    yield settings, server, runtime
    server.close()
    runtime.stop()


def test_signed_message_event_gets_one_threaded_reply(running, slack_api, store):
    settings, server, runtime = running
    msg = {"type": "message", "channel": "C1", "user": "U1", "ts": "1700000000.000100", "text": ARTICLE,
           "channel_type": "channel"}
    status, _ = _post(server.url, _event(msg), settings.slack_signing_secret)
    assert status == 200
    # Slack retries the same event, and delivers a duplicate with another event id: still one reply.
    status, _ = _post(server.url, _event(msg), settings.slack_signing_secret, headers={"X-Slack-Retry-Num": "1"})
    assert status == 200
    _post(server.url, _event(msg, event_id="Ev2"), settings.slack_signing_secret)
    replies = slack_api.wait_for("chat.postMessage")
    assert runtime.pool.wait_idle(10)
    time.sleep(0.3)
    replies = slack_api.calls("chat.postMessage")
    assert len(replies) == 1
    reply = replies[0].params
    assert reply["channel"] == "C1" and reply["thread_ts"] == "1700000000.000100"
    assert "Bruce Bennett" in json.dumps(reply["blocks"]) and reply["text"]
    reactions = [(c.method, c.get("name")) for c in slack_api.calls() if c.method.startswith("reactions.")]
    assert ("reactions.add", "hourglass_flowing_sand") in reactions
    assert ("reactions.add", "white_check_mark") in reactions
    assert store.count_jobs("done") == 1
    assert [h.quote for h in store.query("Bennett", viewer=Viewer.operator())]


def test_bad_signature_is_rejected(running, slack_api):
    settings, server, _ = running
    msg = {"type": "message", "channel": "C1", "user": "U1", "ts": "1.2", "text": ARTICLE}
    status, _ = _post(server.url, _event(msg), settings.slack_signing_secret, bad=True)
    assert status == 401
    status, _ = _post(server.url, _event(msg), "wrong-secret")
    assert status == 401
    time.sleep(0.3)
    assert slack_api.calls("chat.postMessage") == []


def test_ignored_events_still_get_200(running, slack_api):
    settings, server, _ = running
    for i, ev in enumerate([
        {"type": "message", "subtype": "message_changed", "channel": "C1", "ts": "1.3", "message": {}},
        {"type": "message", "subtype": "message_deleted", "channel": "C1", "ts": "1.4"},
        {"type": "message", "channel": "C1", "user": "U1", "ts": "1.5", "text": "lunch?"},
        {"type": "message", "channel": "C1", "bot_id": "B9", "ts": "1.6", "text": ARTICLE},
        {"type": "reaction_added", "user": "U1", "reaction": "wave"},
    ]):
        status, _ = _post(server.url, _event(ev, event_id=f"Evx{i}"), settings.slack_signing_secret)
        assert status == 200, ev
    time.sleep(0.5)
    assert slack_api.calls("chat.postMessage") == []


def test_healthz_and_url_verification(running):
    settings, server, _ = running
    with urllib.request.urlopen(server.url.replace("/slack/events", "/healthz"), timeout=5) as r:
        assert r.status == 200
    status, body = _post(server.url, json.dumps({"type": "url_verification", "challenge": "abc", "token": "x"}),
                         settings.slack_signing_secret)
    assert status == 200 and "abc" in body


def test_slash_command_and_share_button_over_http(running, slack_api, store):
    from urllib.parse import urlencode

    from bot.pipeline import article_from_text
    from tests.handlers.conftest import fake_claims

    settings, server, _ = running
    a = article_from_text(ARTICLE, url="https://news.example/t", title="Talks")
    store.record_article(a, source=MessageRef("C1", "1.0", "U1", team_id="T1", channel_type="public"))
    store.save_claims(a.id, fake_claims(ARTICLE))
    form = urlencode({"command": "/whosaid", "text": "Lindqvist", "user_id": "U1", "channel_id": "C1",
                      "team_id": "T1", "trigger_id": "tr"})
    status, body = _post(server.url, form, settings.slack_signing_secret,
                         content_type="application/x-www-form-urlencoded")
    assert status == 200
    answer = json.loads(body)
    assert answer["response_type"] == "ephemeral" and "setback" in json.dumps(answer["blocks"])
    button = answer["blocks"][-1]["elements"][0]
    action = {"type": "block_actions", "team": {"id": "T1"}, "user": {"id": "U1"}, "channel": {"id": "C1"},
              "container": {"type": "message", "channel_id": "C1", "is_ephemeral": True}, "trigger_id": "tr2",
              "actions": [{"action_id": button["action_id"], "value": button["value"], "type": "button",
                           "block_id": "b"}]}
    status, _ = _post(server.url, urlencode({"payload": json.dumps(action)}), settings.slack_signing_secret,
                      content_type="application/x-www-form-urlencoded")
    assert status == 200
    (shared,) = [c.params for c in slack_api.wait_for("chat.postMessage")]
    assert shared["channel"] == "C1" and "thread_ts" not in shared and "<@U1>" in json.dumps(shared["blocks"])


def test_every_answer_says_how_long_the_app_took_to_handle_it(running):
    """Server-Timing (app;dur=ms): bench/load.py reports it beside the sender's view of the ack."""
    from bot.demo.signing import SignedPoster

    settings, server, _ = running
    ack = SignedPoster(server.url, settings.slack_signing_secret).post(
        json.dumps({"type": "url_verification", "challenge": "abc", "token": "x"}), content_type="application/json")
    timing = next(v for k, v in ack.headers.items() if k.lower() == "server-timing")
    assert timing.startswith("app;dur=") and float(timing.split("=", 1)[1]) >= 0
