"""Who may see what, end to end (one workspace): the real Bolt app receiving signed requests, the Slack stand-in
answering conversations.info / users.conversations, a real SQLite file.

A private channel's claims reach its members, never anyone else: not through /whosaid NAME, top or search, not
in App Home, not in the digest of a public channel, not through the Share button in a public channel.
"""
from __future__ import annotations

import json
import time
from dataclasses import replace

import pytest

from bot.demo.signing import DEFAULT_CHANNEL, DEFAULT_USER, app_mention_event, block_actions_payload
from bot.slack.render import SHOW_ALL_ACTION_ID
from store import Viewer
from tests.e2e.articles import BRIDGE, BRIDGE_TITLE, ESCAPE, ESCAPE_TITLE

PRIVATE = "G0PRIVATE"
MEMBER = "U0MEMBER"
OUTSIDER = "U0OUTSIDER"


def ask(bot, standin, text, *, user, channel=DEFAULT_CHANNEL) -> dict:
    ack = bot.poster.command("/whosaid", text, response_url=standin.new_response_url(), user=user, channel=channel)
    assert ack.status == 200
    return json.loads(ack.body)


def seen(answer: dict) -> str:
    return json.dumps(answer, ensure_ascii=False)


def home_of(bot, standin, user) -> str:
    before = len(standin.calls("views.publish"))
    ack = bot.poster.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home",
                            "event_ts": f"{time.time():.6f}"})
    assert ack.status == 200
    calls = standin.wait_for("views.publish", lambda c: c.get("user_id") == user, timeout=10, count=1)
    assert len(standin.calls("views.publish")) > before
    return json.dumps(calls[-1].get("view"), ensure_ascii=False)


@pytest.fixture
def settings(settings):
    """Extraction in the worker threads (the model loads once per test process, not in a child per app)."""
    return replace(settings, extract_processes=0)


@pytest.fixture
def newsroom(bot, post, standin):
    """A public channel (everyone) and a private one (the reporter and MEMBER): BRIDGE pasted in the private
    channel through a mention (no channel_type in the event: conversations.info tells), ESCAPE in the public one."""
    standin.add_channel(DEFAULT_CHANNEL, "public", [DEFAULT_USER, MEMBER, OUTSIDER])
    standin.add_channel(PRIVATE, "private", [DEFAULT_USER, MEMBER])
    ts = standin.next_ts()
    standin.add_message(PRIVATE, BRIDGE, ts=ts)
    assert bot.poster.event(app_mention_event(BRIDGE, channel=PRIVATE, ts=ts)).status == 200
    post.reply(ts, channel=PRIVATE)
    _, ts2 = post.message(ESCAPE)
    post.reply(ts2)
    post.settle(0.5)
    return ts, ts2


def test_private_channel_claims_reach_members_only_through_every_door(bot, post, standin, newsroom):
    assert standin.calls("conversations.info"), "the mention's channel kind was asked of Slack"
    stored = bot.store.recent_articles(10, viewer=Viewer.operator())
    kinds = {a.title: {m.channel_type for m in a.messages} for a in stored}
    assert kinds[BRIDGE_TITLE] == {"private"} and kinds[ESCAPE_TITLE] == {"public"}

    # /whosaid NAME
    assert "fantasy" not in seen(ask(bot, standin, "Bennett", user=OUTSIDER))
    assert "fantasy" in seen(ask(bot, standin, "Bennett", user=MEMBER))
    # /whosaid top: counts over what each may see
    top_out = seen(ask(bot, standin, "top", user=OUTSIDER))
    assert "Holloway" not in top_out and "Whitfield" in top_out
    assert "Holloway" in seen(ask(bot, standin, "top", user=MEMBER))
    # /whosaid search
    assert "fantasy" not in seen(ask(bot, standin, "search taxpayers", user=OUTSIDER))
    assert "fantasy" in seen(ask(bot, standin, "search taxpayers", user=MEMBER))
    assert "Whitfield" in seen(ask(bot, standin, "search whole system", user=OUTSIDER))
    # a name only quoted in the private channel is not even suggested to the outsider
    assert "Holloway" not in seen(ask(bot, standin, "Hollowey", user=OUTSIDER))
    # App Home
    home_out = home_of(bot, standin, OUTSIDER)
    assert BRIDGE_TITLE not in home_out and "Holloway" not in home_out and ESCAPE_TITLE.split(" &")[0] in home_out
    assert BRIDGE_TITLE in home_of(bot, standin, MEMBER)
    # users.conversations was asked for private channels, group DMs and DMs only
    types = {c.get("types") for c in standin.calls("users.conversations")}
    assert types == {"private_channel,mpim,im"}

    # The digest in a public channel carries no private claim.
    assert bot.post_digest() is True
    (digest,) = [c for c in standin.posts(channel=bot.settings.digest_channel) if not c.get("thread_ts")]
    text = digest.text_blob()
    assert "Whitfield" in text
    assert "fantasy" not in text and "Holloway" not in text and BRIDGE_TITLE not in text

    # Share carries only what the channel may see.
    answer = ask(bot, standin, "Bennett", user=MEMBER, channel=PRIVATE)
    button = next(e for b in answer["blocks"] if b.get("type") == "actions" for e in b["elements"])
    # Shared in the public channel: the private claim is not posted there.
    bot.poster.interactive(block_actions_payload(button["action_id"], value=button["value"], user=MEMBER,
                                                 channel=DEFAULT_CHANNEL))
    public = standin.wait_for("chat.postMessage", lambda c: c.get("channel") == DEFAULT_CHANNEL
                              and not c.get("thread_ts"), timeout=10)[-1]
    assert "fantasy" not in public.text_blob()
    # Shared in the private channel itself: its members may see it.
    bot.poster.interactive(block_actions_payload(button["action_id"], value=button["value"], user=MEMBER,
                                                 channel=PRIVATE))
    private = standin.wait_for("chat.postMessage", lambda c: c.get("channel") == PRIVATE
                               and not c.get("thread_ts"), timeout=10)[-1]
    assert "fantasy" in private.text_blob()


def show_all(bot, standin, article_id: str, *, user: str, channel: str = DEFAULT_CHANNEL) -> str:
    """Click "Show all" with `article_id` as the button's value (as anyone could craft it); the modal opened."""
    before = len(standin.calls("views.open"))
    payload = block_actions_payload(SHOW_ALL_ACTION_ID, value=article_id, user=user, channel=channel)
    assert bot.poster.interactive(payload).status == 200
    calls = standin.wait_for("views.open", lambda c: c.get("trigger_id") == payload["trigger_id"], timeout=10)
    assert len(standin.calls("views.open")) == before + 1
    return json.dumps(calls[-1].get("view"), ensure_ascii=False)


def test_show_all_opens_a_private_article_to_its_members_only(bot, post, standin, newsroom):
    ids = {a.title: a.id for a in bot.store.recent_articles(10, viewer=Viewer.operator())}
    private_id, public_id = ids[BRIDGE_TITLE], ids[ESCAPE_TITLE]
    # An outsider who has (or guesses) the private article's id sees neither its claims nor its title ...
    outside = show_all(bot, standin, private_id, user=OUTSIDER)
    assert "fantasy" not in outside and "Holloway" not in outside and BRIDGE_TITLE not in outside
    # ... and the same answer as for an id that is not in the log at all.
    assert outside == show_all(bot, standin, "0000000000000000", user=OUTSIDER)
    assert "can't show" in outside
    # A member of the private channel sees every claim; anyone in the workspace sees the public article's.
    inside = show_all(bot, standin, private_id, user=MEMBER, channel=PRIVATE)
    assert "Holloway" in inside and "fantasy" in inside
    assert "Whitfield" in show_all(bot, standin, public_id, user=OUTSIDER)


def test_deleted_message_takes_its_article_away(bot, post, standin, newsroom):
    _, public_ts = newsroom
    assert "whole system" in seen(ask(bot, standin, "Whitfield", user=OUTSIDER))
    ack = bot.poster.event({"type": "message", "subtype": "message_deleted", "channel": DEFAULT_CHANNEL,
                            "channel_type": "channel", "deleted_ts": public_ts, "hidden": True,
                            "ts": standin.next_ts(), "previous_message": {"ts": public_ts, "text": ESCAPE}})
    assert ack.status == 200
    assert "whole system" not in seen(ask(bot, standin, "Whitfield", user=OUTSIDER))
    titles = {a.title for a in bot.store.recent_articles(10, viewer=Viewer.operator())}
    assert ESCAPE_TITLE not in titles and BRIDGE_TITLE in titles
    # Edited into chatter: the private article goes too.
    private_ts, _ = newsroom
    ack = bot.poster.event({"type": "message", "subtype": "message_changed", "channel": PRIVATE,
                            "channel_type": "group", "hidden": True, "ts": standin.next_ts(),
                            "message": {"type": "message", "user": DEFAULT_USER, "ts": private_ts, "text": "oops"},
                            "previous_message": {"ts": private_ts, "text": BRIDGE}})
    assert ack.status == 200
    assert bot.store.counts()["articles"] == 0 and bot.store.counts()["claims"] == 0


WHITFIELD_FOLLOW_UP = """Chat app promises fixes after outage

The company behind a popular office chat application said on Wednesday that it had rebuilt how messages reach every room, two days after an outage.

"We rebuilt the part of the system that sends a message to every room, and we tested it for two whole days," said Laura Whitfield, a systems engineer at the company.

Customers will get a credit for the lost hours, the firm said in an email on Wednesday evening.
"""


def test_one_quote_one_record_reveals_nothing_of_a_private_channel(bot, post, standin, newsroom):
    """Issue 11 through issue 9's rules: check, follow, follow DMs, "Already read" and "in N articles" only ever
    show what the asker (or the channel answered in) may see."""
    from tests.e2e.conftest import reply_text
    from tests.store.test_copies import syndicated

    private_ts, _ = newsroom
    # check: the private quote is "not in the log" for the outsider, found for a member.
    assert "Not in the log" in seen(ask(bot, standin, 'check "the budget is a fantasy"', user=OUTSIDER))
    assert "Bennett" in seen(ask(bot, standin, 'check "the budget is a fantasy"', user=MEMBER))
    # follow: a name quoted only in the private channel is unknown to the outsider.
    assert "no one to follow" in seen(ask(bot, standin, "follow Bennett", user=OUTSIDER))
    for user in (OUTSIDER, MEMBER):
        assert "You follow *Laura Whitfield*" in seen(ask(bot, standin, "follow Whitfield", user=user))

    # A new article quoting Whitfield, pasted in the private channel: a DM to the member, none to the outsider.
    ts = standin.next_ts()
    standin.add_message(PRIVATE, WHITFIELD_FOLLOW_UP, ts=ts)
    assert bot.poster.event(app_mention_event(WHITFIELD_FOLLOW_UP, channel=PRIVATE, ts=ts)).status == 200
    post.reply(ts, channel=PRIVATE)
    post.settle(1.0)
    assert len(standin.posts(channel=MEMBER)) == 1 and "rebuilt" in standin.posts(channel=MEMBER)[0].text_blob()
    assert standin.posts(channel=OUTSIDER) == []

    # A syndicated copy of the private BRIDGE story in the public channel: read again as its own article, with
    # no "Already read" and no link to the private thread.
    _, copy_ts = post.message(syndicated(BRIDGE))
    reply = reply_text(post.reply(copy_ts))
    assert "Holloway" in reply and "Already read" not in reply, reply
    assert private_ts not in [c.get("message_ts") for c in standin.calls("chat.getPermalink")]
    # The quote is in both articles: the outsider sees it once, from the public copy only; a member sees both.
    outsider = seen(ask(bot, standin, "Holloway", user=OUTSIDER)["blocks"])
    assert outsider.count("twenty years") == 1 and "in 2 articles" not in outsider, outsider
    member = seen(ask(bot, standin, "Holloway", user=MEMBER)["blocks"])
    assert member.count("twenty years") == 1 and "in 2 articles" in member, member
    check = seen(ask(bot, standin, 'check "we have waited twenty years for this bridge"', user=OUTSIDER))
    assert "Holloway" in check and "in 2 articles" not in check, check
    assert bot.store.counts()["articles"] == 4  # BRIDGE (private), ESCAPE, the follow-up, the public copy
