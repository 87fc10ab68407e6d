"""The SQLite log: articles, claims, speakers, Slack bookkeeping and jobs (through sqlite-utils).

    from store import Store
    store = Store.open("whosaid.db")
"""
from store.db import Store
from store.errors import SpeakerNotFound, StoreBusyError, StoreError
from store.types import (Digest, DigestArticle, DigestSpeaker, Job, MessageRef, QuoteHit, Speaker, SpeakerCount,
                         SpeakerMatch, StoredArticle)

__all__ = ["Store", "StoreError", "StoreBusyError", "SpeakerNotFound", "Digest", "DigestArticle", "DigestSpeaker",
           "Job", "MessageRef", "QuoteHit", "Speaker", "SpeakerCount", "SpeakerMatch", "StoredArticle"]
