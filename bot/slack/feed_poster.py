"""Posting a feed's new article to its Slack channel: a short who-said-what message."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.slack.render import render_claims

QUOTES_PER_SPEAKER = 1
MAX_QUOTES = 5


def make_feed_poster(client: Any):
    """A `bot.feeds.Poster` that posts with `client` (a slack_sdk WebClient or the stand-in's)."""

    def post(channel: str, claims: Sequence[Any], title: str | None, url: str | None) -> None:
        msg = render_claims(claims, title=title, url=url, per_speaker=QUOTES_PER_SPEAKER, max_quotes=MAX_QUOTES)
        client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False, **msg.kwargs())

    return post
