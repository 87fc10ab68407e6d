"""The SQLite log: articles, claims, speakers, Slack bookkeeping and jobs (through sqlite-utils).

    from store import Store, MessageRef
    store = Store.open("whosaid.db")            # creates + migrates; ":memory:" for tests
    store = Store.open("whosaid.db", readonly=True)   # never creates, migrates or writes

Articles and claims: record_article(article, source=MessageRef(...)) -> id (idempotent),
save_claims(id, claims) / save_claims_many([(id, claims), ...]), mark_failed(id, error), get_article(id),
article_claims(id), articles_to_retry(), recent_articles(limit).
Reading: query(name, since=, limit=) -> [QuoteHit] newest first, find_speakers(name) -> [SpeakerMatch],
search_quotes(words), top_speakers(limit, since=), digest(day, tz=) -> Digest, export("csv"|"json", out).
Speakers: add_alias(speaker, alias), merge_speakers(keep, drop), split_speaker(speaker, alias), rename_speaker.
Slack: first_delivery(key) -> bool, prune_slack_events(older_than), claim_digest_post(channel, day) -> bool,
release_digest_post(channel, day).
Jobs: enqueue(kind, payload, dedupe_key=None) -> id | None, enqueue_delivery(kind, payload, delivery_keys=[...],
dedupe_key=None) -> id | None (dedupe + enqueue in one transaction), claim_next_job(worker, kinds=None) -> Job | None,
finish_job(id, ok=, error=, retry=), requeue_stale_jobs() -> int, count_jobs(status=None), get_job(id),
prune_jobs(older_than).
Everything returned is a frozen dataclass from store.types; errors are StoreError / StoreBusyError.
"""
from store.db import Store
from store.errors import NoDatabaseError, SpeakerNotFound, StoreBusyError, StoreError
from store.types import (
    Digest,
    DigestArticle,
    DigestSpeaker,
    Job,
    MessageRef,
    QuoteHit,
    Speaker,
    SpeakerCount,
    SpeakerMatch,
    StoredArticle,
)

__all__ = ["Store", "StoreError", "NoDatabaseError", "StoreBusyError", "SpeakerNotFound", "Digest", "DigestArticle", "DigestSpeaker",
           "Job", "MessageRef", "QuoteHit", "Speaker", "SpeakerCount", "SpeakerMatch", "StoredArticle"]
