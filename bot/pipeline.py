"""From a source (file, URL, pasted text) to an Article and its claims.

The one place that strings together fetching, the language check and the
claim engine; the CLI and the Slack handlers both call it.
"""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.article import Article, article_id, guess_title
from bot.claims import Claim, extract_claims, extract_many
from bot.claims.language import detect_script_or_language, looks_english
from bot.config import FetchSettings
from bot.errors import UnsupportedInputError
from bot.fetch import fetch_article

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def article_from_text(text: str, *, url: str | None = None, title: str | None = None,
                      published: str | None = None) -> Article:
    return Article(id=article_id(url=url, text=text), text=text, url=url,
                   title=title or guess_title(text), published=published)


def load_source(source: str, fetch: FetchSettings) -> Article:
    """Read an article from a path, a URL or '-' (standard input)."""
    if is_url(source):
        return fetch_article(source, fetch)
    if source == "-":
        text = sys.stdin.read()
    else:
        path = Path(source)
        if not path.is_file():
            raise UnsupportedInputError(f"No such file: {source}")
        text = path.read_text(encoding="utf-8", errors="replace")
    return article_from_text(text)


def check_readable(article: Article) -> None:
    """Raise UnsupportedInputError with a friendly reason if we cannot read this article."""
    if not article.text.strip():
        raise UnsupportedInputError("That article is empty: I found no text to read.")
    if len(article.text) > MAX_TEXT_CHARS:
        raise UnsupportedInputError(f"That article is too long for me ({len(article.text):,} characters; the limit is {MAX_TEXT_CHARS:,}).")
    if not looks_english(article.text):
        language = detect_script_or_language(article.text)
        seen = f" This one looks like {language}." if language not in ("unknown", "English") else ""
        raise UnsupportedInputError(f"I can only read English articles for now.{seen}")


def analyse(article: Article) -> list[Claim]:
    check_readable(article)
    return extract_claims(article.text)


def analyse_many(articles: Iterable[Article]) -> Iterator[list[Claim] | Exception]:
    """Claims for each article in order (batched through spaCy's nlp.pipe); a failure yields its exception."""
    articles = list(articles)
    readable: list[int] = []
    results: list[list[Claim] | Exception | None] = [None] * len(articles)
    for i, a in enumerate(articles):
        try:
            check_readable(a)
            readable.append(i)
        except UnsupportedInputError as e:
            results[i] = e
    for i, claims in zip(readable, extract_many(articles[i].text for i in readable)):
        results[i] = claims
    yield from results  # type: ignore[misc]
