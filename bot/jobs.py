"""The extraction job: what a Slack listener queues and the worker runs, serialised in one place.

A job is stored as a JSON payload in the store's durable `jobs` table. The
payload carries a version; `ExtractionJob.from_payload` reads every version
written so far (version 1 is also what jobs queued before versioning hold;
version 2 adds the workspace and the kind of channel, which decide who may see
the article: a version-1 job has neither, so its article stays private to its
channel).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from store.types import ArticleCopy

KIND = "message"  # the jobs-table kind of an extraction job
VERSION = 3  # 2: several links, shared files, skipped_links; 3: the message's workspace and kind of channel
READABLE_VERSIONS = (1, 2, 3)  # 1 is 2 with no files and nothing skipped; 1 and 2 have no workspace (stays private)
#: Articles read from one message at most (links + files); the rest are counted and the reply says so.
MAX_SOURCES = 5


class ErrorKind(StrEnum):
    """Why a job failed, recorded as the job's `error_kind` (code acts on it; `last_error` is for people)."""

    DELIVERY = "delivery"  # the answer could not be posted: `whosaid retry` queues the job again
    FETCH = "fetch"  # a link could not be read (`whosaid retry` fetches the article again)
    INPUT = "input"  # not something that can be read as an article (the reply says why)
    INTERNAL = "internal"  # a bug: logged with its traceback


@dataclass(frozen=True)
class SharedFile:
    """A file shared with a message (a long paste's snippet, a .txt/.html/PDF attachment): where to download it."""

    id: str
    name: str
    mimetype: str
    url: str  # Slack's url_private_download
    size: int = 0
    title: str | None = None

    def to_payload(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "mimetype": self.mimetype, "url": self.url, "size": self.size,
                "title": self.title}

    @classmethod
    def from_payload(cls, p: dict[str, Any]) -> "SharedFile":
        return cls(id=p["id"], name=p.get("name") or "", mimetype=p.get("mimetype") or "", url=p["url"],
                   size=int(p.get("size") or 0), title=p.get("title"))


@dataclass(frozen=True)
class ExtractionJob:
    """Read the articles of one message (links, shared files, or pasted text); answer each in its thread."""

    channel: str
    ts: str
    thread_ts: str | None = None  # the thread to answer in (default: ts)
    user: str | None = None
    react_ts: str | None = None  # the message that gets the reactions (default: ts)
    urls: tuple[str, ...] = ()
    text: str = ""
    trigger: str = "message"  # message / mention / shortcut
    response_url: str | None = None  # to answer the person who asked when the bot is not in the channel
    files: tuple[SharedFile, ...] = ()
    skipped_links: int = 0  # links beyond MAX_SOURCES, not read (the first reply says so)
    team_id: str | None = None  # the Slack workspace the message is in (its token answers)
    enterprise_id: str | None = None
    channel_type: str | None = None  # public / private / mpim / im (store.types.CHANNEL_TYPES); None: unknown
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

    def part_marker(self, part: int) -> str:
        """The marker of the reply to the job's `part`-th article (the first one's is `marker`)."""
        return self.marker if part == 0 else f"{self.marker}#{part}"

    def to_payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "version": self.version, "channel": self.channel, "ts": self.ts, "thread_ts": self.thread_ts,
            "user": self.user, "react_ts": self.react_ts, "urls": list(self.urls), "text": self.text,
            "trigger": self.trigger, "team_id": self.team_id, "enterprise_id": self.enterprise_id,
            "channel_type": self.channel_type,
        }
        if self.response_url:
            payload["response_url"] = self.response_url
        if self.files:
            payload["files"] = [f.to_payload() for f in self.files]
        if self.skipped_links:
            payload["skipped_links"] = self.skipped_links
        return payload

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> "ExtractionJob":
        version = payload.get("version", 1)
        if version not in READABLE_VERSIONS:
            raise ValueError(f"unknown extraction job version {version!r}")
        return cls(channel=payload["channel"], ts=payload["ts"], thread_ts=payload.get("thread_ts"),
                   user=payload.get("user"), react_ts=payload.get("react_ts"),
                   urls=tuple(payload.get("urls") or ()), text=payload.get("text") or "",
                   trigger=payload.get("trigger") or "message", response_url=payload.get("response_url"),
                   files=tuple(SharedFile.from_payload(f) for f in payload.get("files") or ()),
                   skipped_links=int(payload.get("skipped_links") or 0),
                   team_id=payload.get("team_id"), enterprise_id=payload.get("enterprise_id"),
                   channel_type=payload.get("channel_type"))


@dataclass(frozen=True)
class Outcome:
    """What came of a job, for the replier to tell the thread: claims, or a friendly reason it failed."""

    ok: bool
    claims: tuple[Any, ...] = ()  # bot.claims.Claim, or the store's stored claims for a link read before
    title: str | None = None
    url: str | None = None
    reason: str | None = None  # when not ok: what to tell the user (never internals)
    note: str | None = None  # a line to add (e.g. "I read the first 5 of 7 links")
    article_id: str | None = None  # the stored article (for "show all")
    first_seen: ArticleCopy | None = None  # the article was read before: how it first arrived (claims from the log)


class Replier:
    """Where the worker hands each outcome (the Slack one is `bot.slack.replier.SlackReplier`).

    A job with several articles gets one `post` per article, then one `finish` (the message's reaction).
    """

    def replied_before(self, job: ExtractionJob, part: int = 0) -> bool:
        """Is the answer to this job's `part`-th article already there? (Asked only for re-run jobs.)"""
        raise NotImplementedError

    def answered_ok(self, job: ExtractionJob, part: int = 0) -> bool:
        """Is an answer with the claims of this job's `part`-th article already there (not a failure notice)?
        (Asked when a failed job is run again.)"""
        raise NotImplementedError

    def post(self, job: ExtractionJob, outcome: Outcome, part: int = 0) -> str | None:
        """Deliver one article's outcome; None on success, else a short error description."""
        raise NotImplementedError

    def finish(self, job: ExtractionJob, ok: bool, *, failed_before: bool = False) -> None:
        """Every article of the job is answered: mark the message done (or not ok). `failed_before`: a failed
        job run again (its message was marked not ok)."""
        raise NotImplementedError

    def reply(self, job: ExtractionJob, outcome: Outcome) -> str | None:
        """A one-article job: post its outcome and finish."""
        err = self.post(job, outcome)
        self.finish(job, outcome.ok and err is None)
        return err

    def new_claims(self, article_id: str) -> None:
        """An article's claims were logged or reached more people: tell those following its speakers who may
        now see it (each at most once per article). Default: nothing."""
