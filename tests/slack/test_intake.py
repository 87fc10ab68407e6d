"""HTTP mode's fast path for events (bot/slack/intake.py): signed events are checked here and kept without Bolt;
anything else is left for Bolt."""
from __future__ import annotations

import json
import time

import pytest

from bot.demo.signing import event_callback, message_event, signed_headers
from bot.slack.intake import EventIntake

SECRET = "intake-test-secret"


def signed(body: str, *, secret: str = SECRET, timestamp: int | None = None) -> tuple[bytes, str, str]:
    h = signed_headers(secret, body, timestamp=timestamp)
    return body.encode(), h["X-Slack-Request-Timestamp"], h["X-Slack-Signature"]


@pytest.fixture
def kept():
    return []


@pytest.fixture
def intake(kept):
    return EventIntake(SECRET, kept.extend)


def test_a_signed_event_is_checked_then_kept(intake, kept):
    payload = event_callback(message_event("A long article pasted here."), event_id="Ev0INTAKE1")
    assert intake.check(*signed(json.dumps(payload))) == payload
    assert kept == []
    intake.keep([payload])
    assert kept == [payload]


@pytest.mark.parametrize("why, body, secret, age_s", [
    ("wrong signature", json.dumps(event_callback(message_event("x"))), "another-secret", 0),
    ("older than five minutes", json.dumps(event_callback(message_event("x"))), SECRET, 600),
    ("the URL check: Bolt answers the challenge", json.dumps({"type": "url_verification", "challenge": "c"}),
     SECRET, 0),
    ("a slash command (a form, whose answer Slack reads)", "command=%2Fwhosaid&text=Bennett", SECRET, 0),
    ("not JSON", "{not json", SECRET, 0),
])
def test_anything_else_is_left_for_bolt(intake, kept, why, body, secret, age_s):
    assert intake.check(*signed(body, secret=secret, timestamp=int(time.time()) - age_s)) is None, why
