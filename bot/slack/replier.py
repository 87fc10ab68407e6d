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
from collections.abc import Callable
from typing import Any

from slack_sdk.webhook import WebhookClient

from bot.errors import WhosaidError
from bot.jobs import ExtractionJob, Outcome, Replier
from bot.slack import render
from bot.slack.access import Access
from bot.slack.client import react, slack_error

log = logging.getLogger("whosaid.worker")

HOURGLASS, DONE, WARNING = "hourglass_flowing_sand", "white_check_mark", "warning"
REPLY_EVENT = "whosaid_reply"  # message metadata on our replies, to find them again after a crash


def _reply_marker(message: dict) -> tuple[str | None, bool | None]:
    """(the marker of the job part this message answers, whether it carried claims: None if it does not say)."""
    meta = message.get("metadata") or {}
    if meta.get("event_type") != REPLY_EVENT:
        return None, None
    payload = meta.get("event_payload") or {}
    ok = payload.get("ok")
    return payload.get("for"), ok if isinstance(ok, bool) else None


def render_outcome(outcome: Outcome, permalink: str | None = None) -> render.Message:
    if outcome.ok:
        read_before = None
        if outcome.first_seen is not None:
            read_before = render.already_read_note(outcome.first_seen.created, permalink)
        return render.render_claims(list(outcome.claims), title=outcome.title, url=outcome.url, note=outcome.note,
                                    article_id=outcome.article_id, read_before=read_before)
    return render.render_failure(outcome.reason or "", note=outcome.note)


class SlackReplier(Replier):
    """Answers in Slack. `clients(team_id, enterprise_id)` gives the client holding the token of the job's
    workspace (several workspaces); without it every job is answered with `client` (one workspace).

    With `store`, the people following a newly logged article's speakers get a direct message, if they may see
    the article (their private memberships through `access`)."""

    def __init__(self, client: Any, *, clients: Callable[[str | None, str | None], Any] | None = None,
                 store: Any = None, access: Access | None = None):
        self.client = client
        self.clients = clients
        self.store = store
        self.access = access or Access()

    def _client_for_team(self, team_id: str | None) -> Any:
        return self.clients(team_id, None) if self.clients else self.client

    def new_claims(self, article_id: str) -> None:
        if self.store is None:
            return
        followers = self.store.followers_of(article_id)
        if not followers:
            return
        viewers = {}
        for user, team in followers:
            if not team:
                continue  # a follow from before workspaces were recorded: we cannot tell what they may see
            try:
                viewers[user] = self.access.viewer(self._client_for_team(team), team, user)
            except WhosaidError as e:  # e.g. that workspace uninstalled the app
                log.info("no follow DM to %s: %s", user, e.user_message)
        notices = self.store.follow_notices(article_id, viewers)
        if not notices:
            return
        article = self.store.get_article(article_id)
        for n in notices:
            msg = render.render_follow_dm(n.speakers, list(n.claims), title=article.title if article else None,
                                          url=article.url if article else None)
            try:  # a bot posting to a user id writes in its DM with that user
                self._client_for_team(n.team_id).chat_postMessage(channel=n.user, unfurl_links=False,
                                                                  unfurl_media=False, **msg.kwargs())
            except Exception as e:  # noqa: BLE001 - one undeliverable DM must not stop the others; logged
                log.warning("follow DM to %s failed: %s", n.user, slack_error(e))

    def _client_for(self, job: ExtractionJob) -> Any:
        return self.clients(job.team_id, job.enterprise_id) if self.clients else self.client

    def _answers(self, job: ExtractionJob, part: int) -> list[bool | None]:
        """Our replies to this message's `part`-th article in its thread: whether each carried claims."""
        try:
            resp = self._client_for(job).conversations_replies(channel=job.channel, ts=job.thread,
                                                               include_all_metadata=True, limit=200)
        except Exception as e:  # noqa: BLE001 - cannot tell: replying twice beats never replying
            log.info("conversations.replies on %s failed: %s", job.thread, slack_error(e))
            return []
        marker = job.part_marker(part)
        return [ok for m, ok in map(_reply_marker, resp.get("messages") or []) if m == marker]

    def replied_before(self, job: ExtractionJob, part: int = 0) -> bool:
        """Is our reply to this message's `part`-th article already in its thread?"""
        return bool(self._answers(job, part))

    def answered_ok(self, job: ExtractionJob, part: int = 0) -> bool:
        """Is a reply with this article's claims already in its thread? (A reply from before replies said
        whether they carried claims counts as not: answering twice beats never answering.)"""
        return any(ok is True for ok in self._answers(job, part))

    def post(self, job: ExtractionJob, outcome: Outcome, part: int = 0) -> str | None:
        try:
            client = self._client_for(job)
        except WhosaidError as e:  # e.g. the workspace uninstalled the app meanwhile: recorded on the job
            log.warning("cannot answer %s: %s", job.marker, e.user_message)
            return e.user_message
        first = outcome.first_seen.message if outcome.first_seen is not None else None
        permalink = self._permalink(client, first.channel, first.ts) if first is not None else None
        return self._post(client, job, render_outcome(outcome, permalink), job.part_marker(part), outcome.ok)

    def finish(self, job: ExtractionJob, ok: bool, *, failed_before: bool = False) -> None:
        try:
            client = self._client_for(job)
        except WhosaidError as e:  # the post already recorded why; nothing to react with
            log.warning("cannot react to %s: %s", job.marker, e.user_message)
            return
        if failed_before:
            if ok:  # answered now: the earlier warning goes
                react(client, job.channel, job.reaction_ts, WARNING, remove=True)
                react(client, job.channel, job.reaction_ts, DONE)
            return
        self._swap(client, job.channel, job.reaction_ts, DONE if ok else WARNING)

    @staticmethod
    def _permalink(client: Any, channel: str, ts: str) -> str | None:
        """A link to the message that brought the article first (None if Slack will not give one)."""
        try:
            return client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
        except Exception as e:  # noqa: BLE001 - the reply goes out without the link; logged
            log.info("chat.getPermalink for %s failed: %s", channel, slack_error(e))
            return None

    def _post(self, client: Any, job: ExtractionJob, msg: render.Message, marker: str, ok: bool) -> str | None:
        """Post the thread reply; returns None on success, else the error (already retried by the client)."""
        try:
            client.chat_postMessage(channel=job.channel, thread_ts=job.thread, unfurl_links=False,
                                    unfurl_media=False, metadata={"event_type": REPLY_EVENT,
                                                                  "event_payload": {"for": marker, "ok": ok}},
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

    @staticmethod
    def _swap(client: Any, channel: str, ts: str, final: str) -> None:
        react(client, channel, ts, HOURGLASS, remove=True)
        react(client, channel, ts, final)
