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


def render_outcome(outcome: Outcome) -> render.Message:
    if outcome.ok:
        return render.render_claims(list(outcome.claims), title=outcome.title, url=outcome.url, note=outcome.note,
                                    article_id=outcome.article_id)
    return render.render_failure(outcome.reason or "", note=outcome.note)


class SlackReplier(Replier):
    """Answers in Slack. `clients(team_id, enterprise_id)` gives the client holding the token of the job's
    workspace (several workspaces); without it every job is answered with `client` (one workspace)."""

    def __init__(self, client: Any, *, clients: Callable[[str | None, str | None], Any] | None = None):
        self.client = client
        self.clients = clients

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
        return self._post(client, job, render_outcome(outcome), job.part_marker(part), outcome.ok)

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
