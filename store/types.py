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
class ArticleCopy:
    """One arrival of an article: pasted text, a link, a syndicated copy under another address or headline."""

    article_id: str
    url: str | None
    title: str | None
    published: str | None
    message: MessageRef | None  # the Slack message that brought it (None: the CLI)
    created: str  # when it arrived

    @property
    def date(self) -> str:
        return (self.published or self.created or "")[:10]


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
    copies: tuple[ArticleCopy, ...] = ()  # oldest first; the first is how it arrived first


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
    group_id: int | None = None  # claims of one speaker with the same (or nearly the same) quote share it


@dataclass(frozen=True)
class QuoteSource:
    """Where a quote appeared: one copy of one article."""

    article_id: str
    url: str | None
    title: str | None
    date: str  # the day it reached the log
    created: str
    message: MessageRef | None = None


@dataclass(frozen=True)
class QuoteGroup:
    """One quote, listed once: its newest occurrence (`hit`) and every source, oldest first."""

    hit: QuoteHit
    sources: tuple[QuoteSource, ...]

    @property
    def first(self) -> QuoteSource | None:
        return self.sources[0] if self.sources else None


@dataclass(frozen=True)
class CheckHit:
    """`check`: a quote in the log like the words asked about, how alike (0..100), and where it was first seen."""

    group: QuoteGroup
    score: float


@dataclass(frozen=True)
class FollowNotice:
    """A direct message to send: `user` follows a speaker quoted in a newly logged article."""

    user: str
    article_id: str
    claims: tuple[QuoteHit, ...]  # the followed speakers' claims in it

    @property
    def speakers(self) -> list[str]:
        return list(dict.fromkeys(c.speaker for c in self.claims if c.speaker))


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
