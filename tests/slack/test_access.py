"""bot.slack.access against the Slack stand-in (real HTTP): channel kinds, memberships, caching, failures."""
from __future__ import annotations

import pytest
from slack_sdk import WebClient

from bot.demo.standin import SlackStandIn
from bot.slack.access import Access
from store import Viewer


@pytest.fixture
def standin():
    with SlackStandIn() as s:
        yield s


@pytest.fixture
def client(standin):
    return WebClient(token=standin.token, base_url=standin.base_url, timeout=5, retry_handlers=[])


class Clock:
    def __init__(self):
        self.t = 0.0

    def __call__(self):
        return self.t


def test_channel_kind_from_the_event_else_conversations_info_cached(standin, client):
    standin.add_channel("G1", "private", ["U1"])
    standin.add_channel("M1", "mpim", ["U1"])
    access = Access()
    assert access.channel_type(client, "C9", "channel") == "public"
    assert access.channel_type(client, "G9", "group") == "private"
    assert standin.calls("conversations.info") == []
    assert access.channel_type(client, "G1") == "private"
    assert access.channel_type(client, "G1") == "private"
    assert len(standin.calls("conversations.info")) == 1  # cached
    assert access.channel_type(client, "M1") == "mpim"
    assert access.channel_type(client, "D123") == "im"  # a DM id needs no call
    # Unknown to Slack: None (the store then keeps it private to its channel), and not cached.
    assert access.channel_type(client, "CUNKNOWN") is None
    standin.add_channel("CUNKNOWN", "public")
    assert access.channel_type(client, "CUNKNOWN") == "public"


def test_memberships_every_page_cached_for_a_few_minutes(standin, client):
    for i in range(230):
        standin.add_channel(f"G{i:03d}", "private", ["U1"])
    standin.add_channel("CPUB", "public", ["U1"])
    standin.add_channel("GOTHER", "private", ["U2"])
    clock = Clock()
    access = Access(members_ttl_s=300, clock=clock)
    viewer = access.viewer(client, standin.team_id, "U1")
    assert viewer == Viewer.member(standin.team_id, {f"G{i:03d}" for i in range(230)})
    pages = len(standin.calls("users.conversations"))
    assert pages == 2  # 200 + 30
    access.viewer(client, standin.team_id, "U1")
    assert len(standin.calls("users.conversations")) == pages  # cached
    clock.t = 301
    access.viewer(client, standin.team_id, "U1")
    assert len(standin.calls("users.conversations")) == pages + 2  # expired: asked again
    # `within` a channel: only that channel of the user's private ones.
    assert access.viewer(client, standin.team_id, "U1", within="G007").channels == {"G007"}
    assert access.viewer(client, standin.team_id, "U1", within="GOTHER").channels == frozenset()


def test_when_slack_will_not_say_the_user_sees_the_public_space_only(standin, client, caplog):
    standin.add_channel("G1", "private", ["U1"])
    standin.fail("users.conversations", status=500)
    access = Access()
    assert access.viewer(client, standin.team_id, "U1") == Viewer.member(standin.team_id)
    assert "users.conversations" in caplog.text
    # not cached: the next question asks again and gets the real answer
    assert access.viewer(client, standin.team_id, "U1").channels == {"G1"}
