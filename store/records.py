"""The store's results as plain JSON-ready records, with the field names of the documented output schema
(bot/cli/output.schema.json): the CLI's --json output and `export` both use these, so a field has one name
everywhere."""
from __future__ import annotations

from store.types import Digest, QuoteHit, QuoteSource, SpeakerCount, SpeakerMatch

HIT_FIELDS = ["claim_id", "article_id", "position", "speaker_id", "speaker", "speaker_as_written", "mention",
              "speaker_kind",
              "role", "quote", "kind", "via", "cue", "start", "end", "date", "article_title", "article_url",
              "article_published", "created"]


def hit_record(h: QuoteHit) -> dict:
    """A logged claim with its speaker and article."""
    return {"claim_id": h.claim_id, "article_id": h.article_id, "position": h.position, "speaker_id": h.speaker_id,
            "speaker": h.speaker, "speaker_as_written": h.speaker_as_written, "mention": h.mention,
            "speaker_kind": h.speaker_kind,
            "role": h.role, "quote": h.quote, "kind": h.kind, "via": h.via, "cue": h.cue, "start": h.start,
            "end": h.end, "date": h.article_date, "article_title": h.article_title, "article_url": h.article_url,
            "article_published": h.article_published, "created": h.created_at}


def source_record(s: QuoteSource) -> dict:
    """Where a quote appeared: one copy of one article, and the day it reached the log."""
    return {"article_id": s.article_id, "url": s.url, "title": s.title, "date": s.date,
            "channel": s.message.channel if s.message else None, "ts": s.message.ts if s.message else None}


def speaker_record(s: SpeakerCount | SpeakerMatch, aliases: tuple[str, ...] | None = None) -> dict:
    """A speaker with how often they are quoted; a name match adds its score, the alias matched and all aliases."""
    rec = {"speaker_id": s.speaker_id, "speaker": s.name, "speaker_kind": s.kind}
    if isinstance(s, SpeakerCount):
        return rec | {"claims": s.claims, "articles": s.articles}
    return rec | {"claims": s.claim_count, "score": round(s.score, 1), "matched": s.matched,
                  "aliases": list(aliases or ())}


def digest_record(d: Digest) -> dict:
    return {
        "date": d.day.isoformat(),
        "total_claims": d.total_claims,
        "failed": d.failed,
        "top_speakers": [speaker_record(s) for s in d.top_speakers],
        "articles": [{"article_id": a.id, "article_title": a.title, "article_url": a.url,
                      "article_published": a.published, "claim_count": a.claim_count,
                      "speakers": [{"speaker_id": s.speaker_id, "speaker": s.name, "role": s.role,
                                    "quotes": list(s.quotes)} for s in a.speakers]}
                     for a in d.articles],
    }
