"""What Datasette shows of the log (`whosaid browse`): table and column descriptions, and canned queries.

Pure data about the schema (no Datasette import here): `metadata(db_name)` is Datasette's metadata
dictionary. Bookkeeping tables (Slack delivery ids, jobs with message payloads, name indexes) are hidden.
"""
from __future__ import annotations

TABLES: dict[str, tuple[str, dict[str, str]]] = {
    "articles": ("One row per article, stored once (id = hash of the URL, else of the text).", {
        "id": "hash of the URL, else of the whitespace-normalised text",
        "url": "where the article came from, if a link",
        "title": "headline",
        "published": "ISO date, when known",
        "text": "the article text as read",
        "source_channel": "Slack channel of the first message that brought it",
        "source_ts": "timestamp of that message",
        "source_user": "who posted it",
        "status": "pending / done / failed",
        "error": "the friendly reason it failed",
        "attempts": "failed attempts so far",
        "created": "when it was logged (UTC)",
        "updated": "last change (UTC)",
    }),
    "claims": ("One row per quote or reported claim.", {
        "article_id": "the article it is in",
        "position": "order in the article",
        "speaker_id": "the speaker (null if unknown)",
        "speaker_name": "the speaker as written in the article",
        "speaker_kind": "person / organisation / unknown",
        "quote": "what was said",
        "kind": "direct / indirect / mixed",
        "role": "the speaker's role, as the article gives it",
        "via": "the channel it came through (\"told Reuters\")",
        "start": "character offset in the article text",
        "end": "character offset of the end",
        "cue": "the reporting verb (said, told, according to...)",
        "mention": "the article's words for the speaker at the claim (\"the senator\", \"he\")",
        "date": "the article's published date, else the day it was logged",
        "created": "when it was logged (UTC)",
    }),
    "speakers": ("One row per person or organisation.", {
        "name": "canonical name",
        "kind": "person / organisation",
        "norm": "normalised name",
        "surname": "last token of the name",
        "family": "family name of surname-first names (Kim Jong-un: kim)",
    }),
    "speaker_aliases": ("Names a speaker is known by.", {
        "speaker_id": "the speaker",
        "alias": "the name",
        "norm": "normalised name",
        "user_made": "1 = set by whosaid alias/merge/split (wins over automatic matching)",
    }),
    "messages": ("Slack messages that mentioned an article.", {
        "channel": "Slack channel", "ts": "message timestamp", "user": "who posted it", "article_id": "the article",
    }),
    "feeds": ("News feeds followed (whosaid feeds).", {
        "url": "the feed's address", "title": "the feed's title", "channel": "Slack channel new articles go to",
        "private": "1 = kept out of the public space", "last_error": "why the last poll failed",
        "failures": "failed polls in a row", "next_poll": "when it is polled next (UTC)",
    }),
    "feed_entries": ("Entries seen in a feed, each once.", {
        "entry_key": "the entry's guid, else its link", "status": "claimed / done / failed",
        "error": "why its page could not be read", "next_try": "when it is retried (UTC)",
        "post": "pending / posting / posted / failed (to the feed's channel)",
    }),
    "backfill_items": ("Archive items whosaid backfill has seen.", {
        "key": "hash of the item's content and URL", "label": "file and line, or URL",
        "status": "done / failed", "error": "why it failed",
    }),
}

HIDDEN = ("_migrations", "slack_events", "digest_posts", "jobs", "name_tokens", "token_keys")

_SPEAKER_MATCH = ("(s.name like '%' || :name || '%' or c.speaker_name like '%' || :name || '%'"
                  " or c.speaker_id in (select speaker_id from speaker_aliases where alias like '%' || :name || '%'))")

QUERIES: dict[str, dict[str, str]] = {
    "what_did_name_say": {
        "title": "What did NAME say",
        "description": "Quotes by a speaker (part of a name or any alias), newest first.",
        "sql": ("select c.date, coalesce(s.name, c.speaker_name) as speaker, c.role, c.quote, c.kind, c.via,"
                " a.title, a.url from claims c join articles a on a.id = c.article_id"
                " left join speakers s on s.id = c.speaker_id"
                f" where {_SPEAKER_MATCH} order by c.date desc, c.id desc limit 500"),
    },
    "quotes_per_day": {
        "title": "Quotes per day",
        "description": "Claims and articles per day (the article's date).",
        "sql": ("select date as day, count(*) as quotes, count(distinct article_id) as articles from claims"
                " group by date order by date"),
    },
    "quotes_per_day_for_name": {
        "title": "Quotes per day for NAME",
        "description": "How often a speaker was quoted, day by day (chart it with the charting options).",
        "sql": ("select c.date as day, count(*) as quotes from claims c left join speakers s on s.id = c.speaker_id"
                f" where {_SPEAKER_MATCH} group by c.date order by c.date"),
    },
    "most_quoted_this_week": {
        "title": "Most quoted this week",
        "description": "Speakers with the most claims dated in the last 7 days (today included).",
        "sql": ("select s.name as speaker, s.kind, count(*) as quotes, count(distinct c.article_id) as articles"
                " from claims c join speakers s on s.id = c.speaker_id where c.date >= date('now', '-6 days')"
                " group by s.id order by quotes desc, s.name limit 50"),
    },
}


def metadata(db_name: str) -> dict:
    """Datasette metadata for the database named `db_name` (its file name without .db)."""
    tables: dict[str, dict] = {t: {"description": d, "columns": cols} for t, (d, cols) in TABLES.items()}
    tables.update({t: {"hidden": True} for t in HIDDEN})
    return {
        "title": "whosaid: who said what",
        "description": "The log of articles, quotes and speakers (read-only). See README's Database section.",
        "databases": {db_name: {"tables": tables, "queries": QUERIES}},
    }
