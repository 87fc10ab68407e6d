"""The Web API client: base URL from settings, bounded retries."""
from __future__ import annotations

import time
from dataclasses import replace

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.client import make_client


def test_base_url_and_token_from_settings(settings, slack_api):
    client = make_client(replace(settings, slack_api_url=slack_api.base_url.rstrip("/")))
    assert client.base_url == slack_api.base_url and client.token == settings.slack_bot_token
    assert client.auth_test()["user_id"] == slack_api.bot_user_id


def test_huge_retry_after_fails_fast_instead_of_blocking(settings, slack_api):
    slack_api.fail("chat.postMessage", status=429, retry_after=3600)
    client = make_client(settings)
    t0 = time.monotonic()
    with pytest.raises(SlackApiError) as e:
        client.chat_postMessage(channel="C1", text="hi")
    assert time.monotonic() - t0 < 5 and e.value.response.status_code == 429


def test_connection_errors_are_retried_a_bounded_number_of_times(settings):
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    client = make_client(replace(settings, slack_api_url=f"http://127.0.0.1:{port}/api/", slack_max_retries=2),
                         backoff_factor=0.01)
    t0 = time.monotonic()
    with pytest.raises(Exception):
        client.chat_postMessage(channel="C1", text="hi")
    assert time.monotonic() - t0 < 10
