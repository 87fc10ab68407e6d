"""Polling news feeds: new entries become logged articles, each exactly once.

    results = poll_feeds(store, settings.fetch, analyse=pipeline.analyse, interval=timedelta(minutes=15))

A feed is fetched through the project's safe fetcher (`bot.fetch.fetch_resource`: address checks, size
cap, time-out) with a conditional GET (the ETag / Last-Modified of the last answer), and parsed by
feedparser from the bytes fetched (feedparser never touches the network here). Each entry is claimed in
the store before it is read (`store.claim_feed_entries`: a UNIQUE key, so one instance wins it); its page
is fetched through the same safe fetcher, analysed and saved. Failures are recorded with their reason: a
feed that is down or malformed is polled again after a growing back-off, an entry whose page cannot be
read is retried with back-off up to MAX_ENTRY_ATTEMPTS times, and `whosaid retry` can retry it too.

The first poll of a feed logs its backlog without posting it; entries found later are marked for the
feed's channel, if it has one, and `deliver_posts` hands them to a poster (the Slack one is in
`bot.slack.feed_poster`).
"""
from __future__ import annotations

import hashlib
import io
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

import feedparser

from bot.article import Article, article_id
from bot.config import FetchSettings
from bot.errors import FetchError, WhosaidError
from bot.fetch import article_from_html, fetch_article, fetch_resource
from bot.ingest import logged_copy, operator_audience
from store.types import Viewer

log = logging.getLogger(__name__)

FEED_ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9,"
               " text/xml;q=0.9, */*;q=0.1")
DEFAULT_INTERVAL = timedelta(minutes=15)
MAX_BACKOFF = timedelta(hours=6)
ENTRY_LEASE = timedelta(minutes=30)  # an entry claimed longer ago than this by a process that died is taken again
MAX_ENTRY_ATTEMPTS = 5
ENTRY_RETRY = timedelta(minutes=5)  # first retry of an unreadable entry; doubles each time
MAX_ENTRIES = 100  # entries looked at per poll (a feed lists its newest first): a huge feed cannot flood us


@dataclass(frozen=True)
class Entry:
    key: str
    url: str | None
    title: str | None
    published: str | None
    content: str | None  # the entry's own HTML, used when it has no link


@dataclass(frozen=True)
class EntryResult:
    title: str | None
    url: str | None
    claims: int
    error: str | None = None
    copy_of: str | None = None  # the id of the article it is a copy of (recorded as one more source, not read)


@dataclass(frozen=True)
class PollResult:
    feed_url: str
    entries: tuple[EntryResult, ...] = ()
    not_modified: bool = False
    error: str | None = None

    @property
    def new(self) -> tuple[EntryResult, ...]:
        return tuple(e for e in self.entries if e.error is None)

    @property
    def failed(self) -> tuple[EntryResult, ...]:
        return tuple(e for e in self.entries if e.error is not None)


def backoff(base: timedelta, failures: int) -> timedelta:
    """base, 2 x base, 4 x base, ... at most MAX_BACKOFF."""
    return min(base * (2 ** max(0, failures - 1)), MAX_BACKOFF)


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _day(parsed_time) -> str | None:
    try:
        return date(*parsed_time[:3]).isoformat() if parsed_time else None
    except (TypeError, ValueError):
        return None


def parse_entries(body: bytes, base_url: str, content_type: str | None = None) -> list[Entry]:
    """The entries of a feed document; FetchError if it is not a feed at all."""
    headers = {"content-location": base_url}
    if content_type:
        headers["content-type"] = content_type
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    if not parsed.entries and (parsed.bozo or not parsed.get("version")):
        why = parsed.get("bozo_exception") or "no RSS or Atom feed in it"
        raise FetchError(f"That is not a valid RSS or Atom feed ({why}).", detail=f"bozo: {why!r}")
    out = []
    for e in parsed.entries[:MAX_ENTRIES]:
        url = urljoin(base_url, e["link"]) if e.get("link") else None
        content = (e.get("content") or [{}])[0].get("value") or e.get("summary")
        key = e.get("id") or url or hashlib.sha256(f"{e.get('title')}\n{content}".encode()).hexdigest()[:32]
        out.append(Entry(key=str(key), url=url, title=e.get("title"),
                         published=_day(e.get("published_parsed") or e.get("updated_parsed")), content=content))
    return out


def feed_title(body: bytes) -> str | None:
    return feedparser.parse(io.BytesIO(body)).feed.get("title") or None


def _read_entry(entry: Entry, fetch: FetchSettings) -> Article:
    if entry.url:
        art = fetch_article(entry.url, fetch)
    elif entry.content:
        art = article_from_html(entry.content.encode("utf-8"), charset="utf-8")
    else:
        raise FetchError("The feed entry has neither a link nor any text.")
    return replace(art, title=art.title or entry.title, published=art.published or entry.published)


def poll_feed(store, feed, fetch: FetchSettings, *, analyse: Callable[[Article], list],
              interval: timedelta = DEFAULT_INTERVAL, clock: Callable[[], datetime] = _utcnow) -> PollResult:
    """Poll one feed now: log every entry not logged before. Never raises for a feed's or a page's fault."""
    try:
        got = fetch_resource(feed.url, fetch, accept=FEED_ACCEPT, etag=feed.etag, last_modified=feed.last_modified)
        entries = [] if got.not_modified else parse_entries(got.body, got.url, got.media_type)
    except WhosaidError as e:
        wait = backoff(interval, feed.failures + 1)
        log.warning("feed %s failed (%s); next try in %s", feed.url, e.user_message, wait)
        store.feed_polled(feed.id, error=e.user_message, next_poll=clock() + wait)
        return PollResult(feed.url, error=e.user_message)
    known = {e.key: e for e in entries}
    claimed = store.claim_feed_entries(feed.id, [(e.key, e.url, e.title) for e in entries], lease=ENTRY_LEASE)
    backlog = feed.last_ok is None  # the first poll logs what is already in the feed without posting it
    results = []
    for c in claimed:
        entry = known.get(c.key) or Entry(c.key, c.url, c.title, None, None)
        results.append(_log_entry(store, feed, c, entry, fetch, analyse, post=bool(feed.channel) and not backlog,
                                  clock=clock))
    store.feed_polled(feed.id, next_poll=clock() + interval, etag=got.etag, last_modified=got.last_modified,
                      title=None if got.not_modified else feed_title(got.body))
    return PollResult(feed.url, tuple(results), not_modified=got.not_modified)


def _log_entry(store, feed, claimed, entry: Entry, fetch: FetchSettings, analyse, *, post: bool,
               clock) -> EntryResult:
    article: Article | None = None
    try:
        article = _read_entry(entry, fetch)
        public = not feed.private
        dup = store.find_duplicate(article, audience=operator_audience(public))
        if logged_copy(store, article, dup, public=public):  # the same story read before (another feed, a wire
            store.finish_feed_entry(claimed.id, article_id=dup.id, post=False)  # copy): one record, not posted again
            return EntryResult(dup.title or article.title, article.url, 0, copy_of=dup.id)
        store.record_article(article, operator_public=public)
        claims = analyse(article)
        store.save_claims(article.id, claims)
    except Exception as e:  # noqa: BLE001 - recorded on the entry (and the article), retried with back-off
        if isinstance(e, WhosaidError):
            reason = e.user_message
        else:
            log.error("reading feed entry %s failed:\n%s", entry.url, traceback.format_exc())
            reason = f"internal error: {type(e).__name__}: {e}"[:500]
        aid = article.id if article is not None else (article_id(url=entry.url) if entry.url else None)
        if article is None and entry.url:  # keep the link in the log, so `whosaid retry` can read it later
            store.record_article(Article(id=aid, text="", url=entry.url, title=entry.title),
                                 operator_public=not feed.private)
        if aid:
            store.mark_failed(aid, reason)
        attempts = claimed.attempts + 1
        retry = clock() + backoff(ENTRY_RETRY, attempts) if attempts < MAX_ENTRY_ATTEMPTS else None
        store.finish_feed_entry(claimed.id, article_id=aid, error=reason, retry_at=retry)
        return EntryResult(entry.title, entry.url, 0, reason)
    store.finish_feed_entry(claimed.id, article_id=article.id, post=post)
    return EntryResult(article.title, article.url, len(claims))


def poll_feeds(store, fetch: FetchSettings, *, analyse: Callable[[Article], list],
               interval: timedelta = DEFAULT_INTERVAL, due_only: bool = False,
               clock: Callable[[], datetime] = _utcnow) -> list[PollResult]:
    """Poll every feed (or, with `due_only`, those whose next poll time has come), one after another."""
    feeds = store.feeds(due_by=clock()) if due_only else store.feeds()
    return [poll_feed(store, f, fetch, analyse=analyse, interval=interval, clock=clock) for f in feeds]


Poster = Callable[[str, list, str | None, str | None], None]  # (channel, claims, title, url); raises on failure


def deliver_posts(store, post: Poster, limit: int = 20) -> int:
    """Post read entries to their feed's channel (each by one instance only); returns how many were posted."""
    n = 0
    for entry in store.claim_feed_posts(limit):
        stored = store.get_article(entry.article_id) if entry.article_id else None
        try:
            # the operator chose this channel for the feed's articles (`feeds add --channel`)
            post(entry.channel, store.article_claims(entry.article_id, viewer=Viewer.operator()), stored.title if stored else entry.title,
                 stored.url if stored else entry.url)
        except Exception as e:  # noqa: BLE001 - recorded on the entry; the others go on
            log.warning("posting feed entry %s to %s failed: %s", entry.url, entry.channel, e)
            store.finish_feed_post(entry.id, error=f"posting to {entry.channel} failed: {type(e).__name__}: {e}"[:500])
            continue
        store.finish_feed_post(entry.id)
        n += 1
    return n
