"""Answers a finished extraction job in Slack: one thread reply, and the reactions swapped.

The worker (`bot.worker`) knows nothing of Slack; it hands each `Outcome` to
a `SlackReplier`, which renders it as Block Kit, posts it in the thread (or,
when the bot is not in the channel, answers the person who asked through the
`response_url`), and swaps :hourglass_flowing_sand: for :white_check_mark: or
:warning:. Web API failures come back as a short error string (the client has
already retried them).
"""
from __future__ import annotations

import logging
from typing import Any

from slack_sdk.webhook import WebhookClient

from bot.jobs import ExtractionJob, Outcome, Replier
from bot.slack import render
from bot.slack.client import react, slack_error

log = logging.getLogger("whosaid.worker")

HOURGLASS, DONE, WARNING = "hourglass_flowing_sand", "white_check_mark", "warning"
REPLY_EVENT = "whosaid_reply"  # message metadata on our replies, to find them again after a crash


def _reply_marker(message: dict) -> str | None:
    meta = message.get("metadata") or {}
    if meta.get("event_type") != REPLY_EVENT:
        return None
    return (meta.get("event_payload") or {}).get("for")


def render_outcome(outcome: Outcome, permalink: str | None = None) -> render.Message:
    if outcome.ok:
        note = None
        if outcome.first_seen is not None:
            note = render.already_read_note(outcome.first_seen.created, permalink)
        return render.render_claims(list(outcome.claims), title=outcome.title, url=outcome.url, note=note)
    return render.render_failure(outcome.reason or "")


class SlackReplier(Replier):
    """`store` (optional) enables direct messages to followers of a newly logged article's speakers."""

    def __init__(self, client: Any, store: Any = None):
        self.client = client
        self.store = store

    def new_claims(self, article_id: str) -> None:
        if self.store is None:
            return
        notices = self.store.follow_notices(article_id)
        if not notices:
            return
        article = self.store.get_article(article_id)
        for n in notices:
            msg = render.render_follow_dm(n.speakers, list(n.claims), title=article.title if article else None,
                                          url=article.url if article else None)
            try:  # a bot posting to a user id writes in its DM with that user
                self.client.chat_postMessage(channel=n.user, unfurl_links=False, unfurl_media=False, **msg.kwargs())
            except Exception as e:  # noqa: BLE001 - one undeliverable DM must not stop the others; logged
                log.warning("follow DM to %s failed: %s", n.user, slack_error(e))

    def replied_before(self, job: ExtractionJob) -> bool:
        """Is our reply to this message already in its thread?"""
        try:
            resp = self.client.conversations_replies(channel=job.channel, ts=job.thread, include_all_metadata=True,
                                                     limit=200)
        except Exception as e:  # noqa: BLE001 - cannot tell: replying twice beats never replying
            log.info("conversations.replies on %s failed: %s", job.thread, slack_error(e))
            return False
        return any(_reply_marker(m) == job.marker for m in resp.get("messages") or [])

    def reply(self, job: ExtractionJob, outcome: Outcome) -> str | None:
        first = outcome.first_seen.message if outcome.first_seen is not None else None
        permalink = self._permalink(first.channel, first.ts) if first is not None else None
        err = self._post(job, render_outcome(outcome, permalink))
        self._swap(job.channel, job.reaction_ts, DONE if outcome.ok and err is None else WARNING)
        return err

    def _permalink(self, channel: str, ts: str) -> str | None:
        """A link to the message that brought the article first (None if Slack will not give one)."""
        try:
            return self.client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except Exception as e:  # noqa: BLE001 - the reply goes out without the link; logged
            log.info("chat.getPermalink for %s failed: %s", channel, slack_error(e))
            return None

    def _post(self, job: ExtractionJob, msg: render.Message) -> str | None:
        """Post the thread reply; returns None on success, else the error (already retried by the client)."""
        try:
            self.client.chat_postMessage(channel=job.channel, thread_ts=job.thread, unfurl_links=False,
                                         unfurl_media=False, metadata={"event_type": REPLY_EVENT,
                                                                       "event_payload": {"for": job.marker}},
                                         **msg.kwargs())
            return None
        except Exception as e:  # noqa: BLE001 - any Web API failure: logged, returned, recorded on the job
            err = slack_error(e)
            log.warning("chat.postMessage to %s failed: %s", job.channel, err)
        # Not in the channel (e.g. a shortcut used elsewhere): answer the person who asked, if we can.
        if job.response_url:
            try:
                WebhookClient(job.response_url, timeout=10).send(
                    text=msg.text, blocks=msg.blocks, response_type="ephemeral", replace_original=False)
                return None
            except Exception as e:  # noqa: BLE001 - logged; the post error above is what gets recorded
                log.warning("response_url fallback failed: %s", type(e).__name__)
        return err

    def _swap(self, channel: str, ts: str, final: str) -> None:
        react(self.client, channel, ts, HOURGLASS, remove=True)
        react(self.client, channel, ts, final)
