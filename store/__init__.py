"""The SQLite log: articles, claims, speakers, Slack bookkeeping and jobs (through sqlite-utils).

    from store import Store, MessageRef
    store = Store.open("whosaid.db")            # creates + migrates; ":memory:" for tests
    store = Store.open("whosaid.db", readonly=True)   # never creates, migrates or writes

Articles and claims: record_article(article, source=MessageRef(...)) -> id (idempotent),
save_claims(id, claims) / save_claims_many([(id, claims), ...]), mark_failed(id, error), get_article(id) (the
operator's view), articles_to_retry(), recent_articles(limit).
Reading (each takes viewer=Viewer...: who is asking; the visibility rules are applied in SQL, see store.visibility):
query(name, since=, limit=) -> [QuoteHit] newest first, find_speakers(name) -> [SpeakerMatch],
visible_article(id) -> StoredArticle | None, article_claims(id) -> [QuoteHit] in order,
search_quotes(words), top_speakers(limit, since=), digest(day, tz=) -> Digest, recent_articles(limit),
export("csv"|"json", out), query_grouped(name) -> [QuoteGroup] (each quote once, its sources as far as the
viewer may see), check(words) -> [CheckHit].
One story, one record: find_duplicate(article, audience=Viewer) (the same id, or a copy / near-duplicate the
audience may already see), record_copy(id, copy, source=), first_arrival(id, viewer=, exclude=), reindex().
Follows: follow(user, name, team_id=, viewer=), unfollow(user, name), following(user), followers_of(id),
follow_notices(id, {user: Viewer}) -> [FollowNotice] (only followers who may see the article).
Who sees what: record_article(..., source=MessageRef(channel, ts, user, team_id, enterprise_id, channel_type)),
record_article(..., operator_public=True|False) for CLI sources, publish_channel(channel, team=),
set_operator_public(ids).
Forgetting (-> ForgetReport): forget_article(id), forget(channel=, team=, before=), unlink_message(channel, ts),
apply_retention(older_than).
Speakers: add_alias(speaker, alias), merge_speakers(keep, drop), split_speaker(speaker, alias), rename_speaker.
Slack: first_delivery(key) -> bool, prune_slack_events(older_than), claim_digest_post(channel, day) -> bool,
release_digest_post(channel, day).
Jobs: enqueue(kind, payload, dedupe_key=None) -> id | None, enqueue_delivery(kind, payload, delivery_keys=[...],
dedupe_key=None) -> id | None (dedupe + enqueue in one transaction), enqueue_deliveries([(kind, payload, keys,
dedupe_key), ...]) -> [id | None] (several in one), claim_next_job(worker, kinds=None) -> Job | None,
finish_job(id, ok=, error=, error_kind=, retry=), requeue_stale_jobs() -> int,
requeue_failed_jobs(error_kind=None) -> int, failed_jobs(kinds=None) -> [Job], claim_failed_job(id, worker) -> Job | None
(taken once, to run again), count_jobs(status=None), get_job(id), prune_jobs(older_than).
Backfill: backfill_done(keys) -> set, save_backfill(done, failed) -> claims (one bulk transaction),
backfill_failures(), backfill_counts().
Feeds: add_feed(url, channel=, private=) -> (Feed, new), remove_feed(feed), get_feed(feed), feeds(due_by=),
feed_polled(id, next_poll=, error=, etag=, last_modified=, title=), claim_feed_entries(id, entries, lease=) ->
[FeedEntry] (each entry to one caller only), finish_feed_entry(id, ...), claim_feed_posts(), finish_feed_post(id),
feed_failures(id) -> [FeedFailure]. Datasette metadata for `whosaid browse`: store.browse.
HTTP mode's front door queues deliveries in a file of its own first: store.inbox (Inbox, drain).
Everything returned is a frozen dataclass from store.types; errors are StoreError / StoreBusyError.
"""
from store.db import Store
from store.errors import NoDatabaseError, SpeakerNotFound, StoreBusyError, StoreError
from store.types import (
    BackfillFailure,
    Digest,
    DigestArticle,
    DigestSpeaker,
    Feed,
    FeedEntry,
    FeedFailure,
    ForgetReport,
    Job,
    MessageRef,
    QuoteHit,
    Speaker,
    SpeakerCount,
    SpeakerMatch,
    StoredArticle,
    Viewer,
)

__all__ = ["Store", "StoreError", "NoDatabaseError", "StoreBusyError", "SpeakerNotFound", "BackfillFailure", "Digest",
           "DigestArticle", "DigestSpeaker", "Feed", "FeedEntry", "FeedFailure", "ForgetReport", "Job", "MessageRef",
           "QuoteHit", "Speaker", "SpeakerCount", "SpeakerMatch", "StoredArticle", "Viewer"]
