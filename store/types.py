"""Frozen dataclasses the store hands to callers (never database rows)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class MessageRef:
    """A Slack message that mentioned an article."""

    channel: str
    ts: str
    user: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    id: str
    url: str | None
    title: str | None
    published: str | None
    text: str
    status: str  # pending | done | failed
    error: str | None
    created: str
    updated: str
    source: MessageRef | None = None
    claim_count: int = 0
    messages: tuple[MessageRef, ...] = ()


@dataclass(frozen=True)
class QuoteHit:
    speaker: str | None
    speaker_id: int | None
    quote: str
    kind: str
    role: str | None
    via: str | None
    article_id: str
    article_title: str | None
    article_url: str | None
    article_date: str | None  # published date, else the day it was logged
    created_at: str
    cue: str | None = None
    start: int | None = None
    end: int | None = None
    claim_id: int | None = None
    position: int | None = None
    speaker_as_written: str | None = None  # the name as the article wrote it
    speaker_kind: str | None = None
    article_published: str | None = None
    mention: str | None = None  # the article's words for the speaker at this claim ("the senator", "he")


@dataclass(frozen=True)
class SpeakerMatch:
    speaker_id: int
    name: str
    kind: str
    score: float  # 0..100, higher is better
    matched: str  # the alias/name that matched
    claim_count: int = 0


@dataclass(frozen=True)
class SpeakerCount:
    speaker_id: int
    name: str
    kind: str
    claims: int
    articles: int


@dataclass(frozen=True)
class Speaker:
    id: int
    name: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MergePlan:
    """What merging `drop` into `keep` would change."""

    keep: Speaker
    drop: Speaker
    keep_claims: int
    drop_claims: int


@dataclass(frozen=True)
class DigestSpeaker:
    speaker_id: int | None
    name: str | None
    role: str | None
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class DigestArticle:
    id: str
    title: str | None
    url: str | None
    published: str | None
    speakers: tuple[DigestSpeaker, ...]
    claim_count: int


@dataclass(frozen=True)
class Digest:
    day: date
    articles: tuple[DigestArticle, ...]
    top_speakers: tuple[SpeakerCount, ...]
    total_claims: int
    failed: int = 0  # articles that could not be read that day

    @property
    def empty(self) -> bool:
        return not self.articles


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    payload: dict = field(hash=False, compare=True)
    dedupe_key: str | None = None
    status: str = "queued"
    attempts: int = 0
    last_error: str | None = None
    created: str = ""
    updated: str = ""
    worker: str | None = None


@dataclass(frozen=True)
class BackfillFailure:
    """An archive item `whosaid backfill` could not analyse (retried by the next run)."""

    key: str
    label: str
    error: str | None
    attempts: int
    updated: str


@dataclass(frozen=True)
class Feed:
    """A news feed that is polled for new articles."""

    id: int
    url: str
    title: str | None
    channel: str | None  # Slack channel new articles are posted to, if any
    private: bool  # kept out of the public space (see README)
    etag: str | None
    last_modified: str | None
    added: str
    last_polled: str | None
    last_ok: str | None
    last_error: str | None
    failures: int  # failed polls in a row (back-off grows with it)
    next_poll: str | None
    entries_done: int = 0
    entries_failed: int = 0


@dataclass(frozen=True)
class FeedEntry:
    """An entry of a feed, claimed by this instance for reading (or for posting to the feed's channel)."""

    id: int
    feed_id: int
    key: str
    url: str | None
    title: str | None
    attempts: int
    article_id: str | None = None
    channel: str | None = None


@dataclass(frozen=True)
class FeedFailure:
    """A feed entry whose article could not be read (retried with back-off until `next_try` is None)."""

    url: str | None
    title: str | None
    error: str | None
    attempts: int
    next_try: str | None
