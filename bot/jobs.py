"""The extraction job: what a Slack listener queues and the worker runs, serialised in one place.

A job is stored as a JSON payload in the store's durable `jobs` table. The
payload carries a version; `ExtractionJob.from_payload` reads every version
written so far (version 1 is also what jobs queued before versioning hold).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from store.types import ArticleCopy

KIND = "message"  # the jobs-table kind of an extraction job
VERSION = 1
#: How a job's recorded error starts when the answer could not be delivered (not when the article failed):
#: `whosaid retry` queues those jobs again.
DELIVERY_ERROR_PREFIX = "slack:"


@dataclass(frozen=True)
class ExtractionJob:
    """Read one article (a link, or pasted text) and answer in the thread of `channel`/`ts`."""

    channel: str
    ts: str
    thread_ts: str | None = None  # the thread to answer in (default: ts)
    user: str | None = None
    react_ts: str | None = None  # the message that gets the reactions (default: ts)
    urls: tuple[str, ...] = ()
    text: str = ""
    trigger: str = "message"  # message / mention / shortcut
    response_url: str | None = None  # to answer the person who asked when the bot is not in the channel
    version: int = VERSION

    @property
    def thread(self) -> str:
        return self.thread_ts or self.ts

    @property
    def reaction_ts(self) -> str:
        return self.react_ts or self.ts

    @property
    def marker(self) -> str:
        """Identifies this job's answer (stored in the reply's metadata, to find it again after a crash)."""
        return f"{self.trigger}:{self.channel}:{self.ts}"

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "version": self.version, "channel": self.channel, "ts": self.ts, "thread_ts": self.thread_ts,
            "user": self.user, "react_ts": self.react_ts, "urls": list(self.urls), "text": self.text,
            "trigger": self.trigger,
        }
        if self.response_url:
            payload["response_url"] = self.response_url
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "ExtractionJob":
        version = payload.get("version", 1)
        if version != VERSION:
            raise ValueError(f"unknown extraction job version {version!r}")
        return cls(channel=payload["channel"], ts=payload["ts"], thread_ts=payload.get("thread_ts"),
                   user=payload.get("user"), react_ts=payload.get("react_ts"),
                   urls=tuple(payload.get("urls") or ()), text=payload.get("text") or "",
                   trigger=payload.get("trigger") or "message", response_url=payload.get("response_url"))


@dataclass(frozen=True)
class Outcome:
    """What came of a job, for the replier to tell the thread: claims, or a friendly reason it failed."""

    ok: bool
    claims: tuple[Any, ...] = ()  # bot.claims.Claim, or the store's stored claims for a link read before
    title: str | None = None
    url: str | None = None
    reason: str | None = None  # when not ok: what to tell the user (never internals)
    first_seen: ArticleCopy | None = None  # the article was read before: how it first arrived (claims from the log)


class Replier:
    """Where the worker hands each outcome (the Slack one is `bot.slack.replier.SlackReplier`)."""

    def replied_before(self, job: ExtractionJob) -> bool:
        """Is the answer to this job already there? (Asked only for re-run jobs.)"""
        raise NotImplementedError

    def reply(self, job: ExtractionJob, outcome: Outcome) -> str | None:
        """Deliver the outcome; None on success, else a short error description."""
        raise NotImplementedError

    def new_claims(self, article_id: str) -> None:
        """A new article's claims were logged (tell the people following its speakers). Default: nothing."""
