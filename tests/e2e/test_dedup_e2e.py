"""One story, one record, end to end: a paste, then a link to the page, then a syndicated copy."""
from __future__ import annotations

from datetime import date

from store import Viewer
from tests.store.test_copies import FOLLOW_UP, syndicated

from .articles import BRIDGE, BRIDGE_SPEAKERS, BRIDGE_TITLE
from .conftest import REPLY_TIMEOUT, reply_text
from .test_slack_e2e import command_output

# Another story quoting Bennett, written afresh (not a copy of BRIDGE or FOLLOW_UP).
AUDIT = """Port Ellis opposition demands an audit of the bridge accounts

Opposition leader Marcus Bennett on Monday asked the regional auditor to examine the harbour bridge contract before any public money is spent on it.

"Every family in this town deserves to see exactly where the money goes," Bennett said at a meeting in the community hall.

The mayor's office replied that the accounts would be published in the spring and that an audit was already planned.
"""
FIRST_REPLY = REPLY_TIMEOUT * 4  # the first reply of a fresh bot also loads spaCy (a blow-up guard, not a target)


def test_paste_then_link_then_syndicated_copy_is_one_article(bot, post, standin, article_server):
    _, ts1 = post.message(BRIDGE)
    first = reply_text(post.reply(ts1, timeout=FIRST_REPLY))
    assert "Already read" not in first

    url = article_server.add_article("/news/bridge", BRIDGE_TITLE, BRIDGE)
    _, ts2 = post.message(f"Worth a read <{url}?utm_source=newsletter>")
    second = reply_text(post.reply(ts2))

    wire_title = "Harbour bridge gets the go-ahead after 20-year fight"
    wire = article_server.add_article("/wire/harbour-bridge", wire_title, syndicated(BRIDGE))
    _, ts3 = post.message(f"<{wire}>")
    third = reply_text(post.reply(ts3))

    for text in (second, third):
        assert "Already read on" in text, text
        assert f"/archives/C0NEWSROOM/p{ts1.replace('.', '')}" in text or f"p{ts1.replace('.', '')}" in text, text
        for name in BRIDGE_SPEAKERS:  # the claims come along, from the log
            assert name in text, text
    asked = [c.get("message_ts") for c in standin.calls("chat.getPermalink")]
    assert asked.count(ts1) == 2, asked
    post.settle(0.5)
    assert [len(post.replies(ts)) for ts in (ts1, ts2, ts3)] == [1, 1, 1]

    store = bot.store
    counts = store.counts()
    assert counts["articles"] == 1 and counts["messages"] == 3 and counts["article_copies"] == 3  # arrivals
    art = store.get_article(store.recent_articles(1, viewer=Viewer.operator())[0].id)
    assert [m.ts for m in art.messages] == [ts1, ts2, ts3]
    assert [c.url for c in art.copies] == [None, url, wire]
    # the claims were extracted once
    assert counts["claims"] == art.claim_count > 0

    # Each quote once, with the three arrivals as its sources.
    groups = store.query_grouped("Holloway", viewer=Viewer.operator())
    assert groups and all(len(g.sources) == 3 for g in groups)
    out = command_output(bot, standin, "Holloway")
    assert out.count("twenty years") == 1 and "in 3 articles · first" in out, out
    assert f"first {date.today().day} " in out and BRIDGE_TITLE in out, out  # it arrived first as a paste

    # The same link once more (tracking parameters aside) is answered from the log without fetching.
    fetched = list(article_server.requests)
    _, ts4 = post.message(f"<{url}#comments>")
    assert "Already read on" in reply_text(post.reply(ts4))
    assert article_server.requests == fetched
    assert store.counts()["article_copies"] == 4  # one more arrival (a message), of a copy already listed:
    assert all(len(g.sources) == 3 for g in store.query_grouped("Holloway", viewer=Viewer.operator()))


def test_whosaid_check_finds_an_edited_wording_and_says_when_it_is_not_in_the_log(bot, post, standin):
    _, ts = post.message(BRIDGE)
    post.reply(ts, timeout=FIRST_REPLY)
    out = command_output(bot, standin, 'check "the budget is a fantasy, taxpayers will pay"')
    assert "Bennett" in out and "first seen" in out, out
    out = command_output(bot, standin, "check “the tunnel is cheaper than any bridge”")
    assert "Not in the log" in out, out
    assert "words of a quote" in command_output(bot, standin, "check")


def test_follow_sends_one_direct_message_per_new_article(bot, post, standin, article_server):
    from bot.demo.signing import DEFAULT_USER

    from .articles import variant

    _, ts = post.message(BRIDGE)
    post.reply(ts, timeout=FIRST_REPLY)
    assert "You follow *Marcus Bennett*" in command_output(bot, standin, "follow Bennett")
    assert "Marcus Bennett" in command_output(bot, standin, "following")

    def dms():
        return standin.posts(channel=DEFAULT_USER)

    # A near-duplicate of the first story is not a new article (answered from the log): no message for it.
    near = variant(BRIDGE.replace("voted on Tuesday", "voted late on Tuesday"), 1)
    for text in (near, AUDIT, FOLLOW_UP):
        _, t = post.message(text)
        post.reply(t)
    post.settle(1.0)
    assert len(dms()) == 2, [d.text_blob() for d in dms()]  # one per new article (the first was read before following)
    assert all("Bennett" in d.text_blob() and "Holloway" not in d.text_blob() for d in dms())
    # the same story again is not a new article: no message
    _, t = post.message(FOLLOW_UP)
    post.reply(t)
    post.settle(1.0)
    assert len(dms()) == 2
    assert "no longer follow" in command_output(bot, standin, "unfollow Bennett")
    assert "follow no one" in command_output(bot, standin, "following")
