"""Very large input: read in bounded pieces, and past the per-article time limit a clear reply, recorded failed."""
from __future__ import annotations

from bot.article import article_id
from bot.demo.signing import DEFAULT_CHANNEL

from .articles import BRIDGE
from .conftest import REPLY_TIMEOUT, Poster, reply_text

# ~120,000 characters: more than two of bot.claims.chunks' pieces.
HUGE = "\n\n".join([BRIDGE] * 140)


def test_article_over_the_time_limit_gets_a_clear_reply_and_is_recorded_failed_for_retry(
        make_bot, standin, article_server):
    bot = make_bot(article_time_limit_s=1e-6)  # trips at the first check
    post = Poster(bot, standin)
    url = article_server.add_article("/huge", "A very long report", HUGE)
    ack, ts = post.message(f"<{url}>")
    assert ack.status == 200
    text = reply_text(post.reply(ts, timeout=REPLY_TIMEOUT))
    assert "too long to read in time" in text
    post.settle()
    stored = bot.store.get_article(article_id(url=url))
    assert stored is not None and stored.status == "failed"
    assert stored.id in {a.id for a in bot.store.articles_to_retry(("failed",))}
    reactions = [c.get("name") for c in standin.calls("reactions.add") if c.get("channel") == DEFAULT_CHANNEL]
    assert "warning" in reactions
