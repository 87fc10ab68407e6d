"""From a source (file, URL, pasted text) to an Article and its claims.

The one place that strings together fetching, the language check and the
claim engine; the CLI and the Slack handlers both call it.
"""
from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.article import Article, article_id, guess_title
from bot.claims import Claim, extract_many
from bot.claims.chunks import PIECE_CHARS, TimeUp, extract_claims_bounded
from bot.claims.language import detect_script_or_language, looks_english
from bot.config import FetchSettings
from bot.documents import read_document
from bot.errors import TooLongError, UnsupportedInputError
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
        if path.suffix.lower() in (".pdf", ".html", ".htm"):
            doc = read_document(path.read_bytes(), media_type="", name=path.name)
            return article_from_text(doc.text, title=doc.title)
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


def analyse(article: Article, *, time_limit_s: float | None = None) -> list[Claim]:
    """Claims of a readable article, in bounded memory; TooLongError if reading it takes over `time_limit_s`."""
    check_readable(article)
    deadline = None if time_limit_s is None else time.monotonic() + time_limit_s
    try:
        return extract_claims_bounded(article.text, deadline=deadline)
    except TimeUp as e:
        raise too_long(article, time_limit_s or 0, e.done_chars / max(1, e.total_chars)) from None


def too_long(article: Article, time_limit_s: float, done: float | None = None) -> TooLongError:
    words = len(article.text.split())
    how_far = f", {done:.0%} of the way through" if done is not None else ""
    return TooLongError(
        f"That article is too long to read in time ({words:,} words; I stopped after {time_limit_s:g} s"
        f"{how_far}). Try again later, or paste the part you care about.",
        detail=f"time limit {time_limit_s:g} s, {len(article.text):,} chars")


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
    # Very long texts one at a time in bounded pieces; the rest batched through nlp.pipe.
    long = [i for i in readable if len(articles[i].text) > PIECE_CHARS]
    short = [i for i in readable if len(articles[i].text) <= PIECE_CHARS]
    for i, claims in zip(short, extract_many(articles[i].text for i in short)):
        results[i] = claims
    for i in long:
        try:
            results[i] = extract_claims_bounded(articles[i].text)
        except Exception as e:  # noqa: BLE001 - batch boundary, as in extract_many: yielded, logged by the caller
            results[i] = e
    yield from results  # type: ignore[misc]
