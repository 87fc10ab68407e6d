"""The Slack stand-in and the signed-request builders the e2e tests, demo and load bench rely on."""
from __future__ import annotations

import json
import time
from urllib.parse import parse_qs

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from bot.demo.signing import (
    block_actions_payload,
    event_callback,
    interactive_form,
    message_event,
    signed_headers,
    slash_command_form,
)


def client(standin, **kw) -> WebClient:
    return WebClient(token=standin.token, base_url=standin.base_url, **kw)


def test_records_calls_without_the_token_and_serves_threads(standin):
    c = client(standin)
    assert c.auth_test()["user_id"] == "U0WHOSAID"
    parent = standin.add_message("C1", "an article")
    r = c.chat_postMessage(channel="C1", thread_ts=parent["ts"], text="a & b",
                           blocks=[{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}])
    assert float(r["ts"]) > float(parent["ts"])
    call = standin.wait_for("chat.postMessage")[0]
    assert call.get("text") == "a & b" and call.get("blocks")[0]["type"] == "section"
    assert "authorization" not in call.headers
    assert standin.token not in json.dumps([c.params for c in standin.calls()] + [c.headers for c in standin.calls()])
    msgs = c.conversations_replies(channel="C1", ts=parent["ts"])["messages"]
    assert [m["ts"] for m in msgs] == [parent["ts"], r["ts"]]
    assert [m["ts"] for m in c.conversations_history(channel="C1")["messages"]] == [parent["ts"]]
    c.reactions_add(channel="C1", timestamp=parent["ts"], name="eyes")  # catch-all / simple methods
    assert c.api_call("anything.else")["ok"]


def test_wrong_token_is_invalid_auth(standin):
    with pytest.raises(SlackApiError) as e:
        WebClient(token="xoxb-wrong", base_url=standin.base_url).auth_test()
    assert e.value.response["error"] == "invalid_auth"


def test_faults_429_500_and_hang(standin):
    standin.fail("chat.postMessage", status=429, times=1, retry_after=2)
    standin.fail("chat.update", status=500, times=None)
    c = client(standin)
    with pytest.raises(SlackApiError) as e:
        c.chat_postMessage(channel="C1", text="x")
    assert e.value.response.status_code == 429 and e.value.response.headers.get("Retry-After") in ("2", ["2"])
    assert c.chat_postMessage(channel="C1", text="x")["ok"]  # only the next one failed
    for _ in range(2):
        with pytest.raises(SlackApiError):
            c.chat_update(channel="C1", ts="1.0", text="y")
    standin.hang("users.info", 0.5)
    t0 = time.monotonic()
    assert c.users_info(user="U1")["user"]["id"] == "U1"
    assert time.monotonic() - t0 >= 0.5
    with pytest.raises(TimeoutError):
        standin.wait_for("views.publish", timeout=0.2)


def test_response_url_posts_are_recorded(standin):
    url = standin.new_response_url()
    WebhookClient(url).send(text="hello", response_type="ephemeral")
    (call,) = standin.wait_for("response_url")
    assert call.get("text") == "hello" and call.path.endswith(url.rsplit("/", 1)[-1])


def test_signed_bodies_verify_and_have_slack_shapes():
    secret = "s3cret"
    body = json.dumps(event_callback(message_event("hi", channel="C9", ts="1.5")))
    h = signed_headers(secret, body)
    v = SignatureVerifier(secret)
    assert v.is_valid(body=body, timestamp=h["X-Slack-Request-Timestamp"], signature=h["X-Slack-Signature"])
    assert not SignatureVerifier("other").is_valid(body=body, timestamp=h["X-Slack-Request-Timestamp"],
                                                   signature=h["X-Slack-Signature"])
    env = json.loads(body)
    assert env["type"] == "event_callback" and env["event"]["channel"] == "C9" and env["event_id"].startswith("Ev")
    form = parse_qs(slash_command_form("/whosaid", "Bennett", response_url="http://127.0.0.1:1/response/R1"))
    assert form["command"] == ["/whosaid"] and form["text"] == ["Bennett"]
    payload = json.loads(parse_qs(interactive_form(block_actions_payload("a1", value="v")))["payload"][0])
    assert payload["type"] == "block_actions" and payload["actions"][0]["action_id"] == "a1"
