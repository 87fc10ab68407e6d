"""Frozen dataclasses the store hands to callers (never database rows)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

CHANNEL_TYPES = ("public", "private", "mpim", "im")


@dataclass(frozen=True)
class MessageRef:
    """A Slack message that mentioned an article, and where it was posted.

    `channel_type` is one of CHANNEL_TYPES, or None if unknown (then the message counts as private to its
    channel). Only a message from a "public" channel puts its article in its workspace's public space."""

    channel: str
    ts: str
    user: str | None = None
    team_id: str | None = None
    enterprise_id: str | None = None
    channel_type: str | None = None

    def __post_init__(self) -> None:
        if self.channel_type is not None and self.channel_type not in CHANNEL_TYPES:
            raise ValueError(f"channel_type must be one of {CHANNEL_TYPES} or None, got {self.channel_type!r}")


@dataclass(frozen=True)
class Viewer:
    """Who is reading: decides which articles' claims (and titles, links, counts) a query may return.

    - `Viewer.member(team_id, channels)`: a Slack user of workspace `team_id` who is a member of the private
      channels/DMs `channels`. Sees the workspace's public space (articles that came through one of its public
      channels, or an operator source made public) plus articles that came through one of `channels`.
    - `Viewer.audience(team_id, channel)`: what every member of `channel` may see (the digest posted there):
      the same as a member of just that channel.
    - `Viewer.operator(team=, channel=, public_only=)`: the CLI on the server. Sees everything, optionally
      narrowed to articles that came through workspace `team` / channel `channel` / a public space.
    """

    team_id: str | None = None
    channels: frozenset[str] = frozenset()
    is_operator: bool = False
    public_only: bool = False

    @classmethod
    def member(cls, team_id: str, channels: Iterable[str] = ()) -> "Viewer":
        if not team_id:
            raise ValueError("a Slack viewer needs its workspace (team_id)")
        return cls(team_id=team_id, channels=frozenset(c for c in channels if c))

    @classmethod
    def nobody_in_particular(cls) -> "Viewer":
        """A Slack viewer whose workspace is unknown: only operator sources made public."""
        return cls()

    @classmethod
    def audience(cls, team_id: str | None, channel: str) -> "Viewer":
        """Every member of `channel` (workspace `team_id`; unknown: only public operator sources and the channel)."""
        return cls(team_id=team_id or None, channels=frozenset({channel}))

    @classmethod
    def operator(cls, *, team: str | None = None, channel: str | None = None, public_only: bool = False) -> "Viewer":
        return cls(team_id=team or None, channels=frozenset({channel}) if channel else frozenset(),
                   is_operator=True, public_only=public_only)

    @property
    def sees_everything(self) -> bool:
        return self.is_operator and not (self.team_id or self.channels or self.public_only)


@dataclass(frozen=True)
class ForgetReport:
    """What a forget / message deletion / retention pass removed."""

    articles: tuple[str, ...] = ()  # ids of articles deleted (with their claims)
    claims: int = 0
    messages: int = 0  # Slack message links removed
    kept: tuple[str, ...] = ()  # articles unlinked from the forgotten messages but still linked elsewhere
    speakers: int = 0  # speakers left with no claim and no user-made alias, deleted
    jobs: int = 0  # finished jobs (holding pasted text) deleted

    @property
    def empty(self) -> bool:
        return not (self.articles or self.messages or self.jobs)


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
    operator: bool | None = None  # an operator source: True public, False private; None: came only from Slack
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
    team_id: str | None = None  # the follower's workspace (whose token sends the message)

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
    claims: int  # distinct quotes: a quote repeated in several articles (one quote group) counts once
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
    error_kind: str | None = None  # why it failed: bot.jobs.ErrorKind (delivery, fetch, input, internal)


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
