"""From a source (file, URL, pasted text) to an Article and its claims.

The one place that strings together fetching, the language check and the
claim engine; the CLI and the Slack handlers both call it.
"""
from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.article import Article, article_id, guess_title
from bot.claims import Claim, extract_many
from bot.claims.chunks import PIECE_CHARS, TimeUp, extract_claims_bounded
from bot.claims.language import detect_script_or_language, looks_english
from bot.claims.nlp import get_nlp
from bot.config import FetchSettings
from bot.documents import decode_body, extract_html, is_pdf, looks_binary, pdf_text
from bot.errors import TooLongError, UnsupportedInputError
from bot.fetch import fetch_article

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1_000_000
MAX_FILE_BYTES = 20_000_000  # a bigger file is not an article (the text limit is checked after reading)
TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
READABLE_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES  # what `whosaid ingest DIR` picks up
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*)://", re.I)
_HOST_LIKE = re.compile(r"^(?:localhost|\[[0-9a-f:.]+\]|[\w-]+(?:\.[\w-]+)+)(?::\d+)?(?:/|$)|^[\w.-]+:\d+(?:/|$)", re.I)


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
        return article_from_text(sys.stdin.read())
    path = Path(source)
    if path.is_dir():
        raise UnsupportedInputError(f"{source} is a folder, not an article (`whosaid ingest {source}` reads "
                                    f"the {', '.join(READABLE_SUFFIXES)} files in a folder).")
    if not path.is_file():
        raise UnsupportedInputError(_not_found(source))
    return read_file(path)


def _not_found(source: str) -> str:
    """What is wrong with a source that is neither a file nor an http(s) link."""
    m = _SCHEME.match(source)
    if m:
        return f"I can only read http:// and https:// links (or files), not {m.group(1).lower()}:// ones: {source}"
    if _HOST_LIKE.match(source):
        return f"No such file: {source}. If it is a link, write it with http:// or https://, e.g. http://{source}"
    return f"No such file: {source}"


def read_file(path: Path) -> Article:
    """A local article: plain text or Markdown as is, HTML through the same article-text extraction as a fetched
    page, a PDF's text layer. The title is the headline, else the file name; the file's location is kept as the
    article's URL."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnsupportedInputError(f"{path} is too big to be an article ({size:,} bytes).")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnsupportedInputError(f"I can't read {path}: {e.strerror}.") from e
    url = path.resolve().as_uri()
    if path.suffix.lower() == ".pdf" or is_pdf("", data[:16]):
        doc = pdf_text(data)
        return Article(id=article_id(text=doc.text), text=doc.text, title=doc.title or guess_title(doc.text)
                       or path.name, url=url)
    if looks_binary(data):
        raise UnsupportedInputError(f"{path} is a binary file, not an article: I read text, Markdown, HTML and "
                                    "PDF files.")
    published = None
    if path.suffix.lower() in HTML_SUFFIXES or re.match(rb"\s*<(?:!doctype\s+html|html)\b", data[:512], re.I):
        text, title, published = extract_html(decode_body(data, None, html=True), url)
        if not text.strip():
            raise UnsupportedInputError(f"I couldn't find article text in {path}.")
    else:
        text = decode_body(data, None, html=False)
        title = guess_title(text)
    return Article(id=article_id(text=text), text=text, title=title or path.name, url=url, published=published)


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
    """Claims for each article in order (batched through spaCy's nlp.pipe), each yielded as soon as it is ready;
    a failure yields its exception."""
    articles = list(articles)
    refused: dict[int, Exception] = {}
    for i, a in enumerate(articles):
        try:
            check_readable(a)
        except UnsupportedInputError as e:
            refused[i] = e
    # Very long texts are read one at a time in bounded pieces; the rest are batched through nlp.pipe.
    long = {i for i, a in enumerate(articles) if i not in refused and len(a.text) > PIECE_CHARS}
    found = extract_many(a.text for i, a in enumerate(articles) if i not in refused and i not in long)
    for i in range(len(articles)):
        if i in refused:
            yield refused[i]
        elif i in long:
            try:
                yield extract_claims_bounded(articles[i].text)
            except Exception as e:  # noqa: BLE001 - the batch boundary, as in extract_many: yielded to the caller
                yield e
        else:
            yield next(found)


def load_language_model() -> None:
    """Load the language model now (it otherwise loads with the first article, which takes a few seconds)."""
    get_nlp()
