"""From a source (file, URL, pasted text) to an Article and its claims.

The one place that strings together fetching, the language check and the
claim engine; the CLI and the Slack handlers both call it.
"""
from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.article import Article, article_id, guess_title
from bot.claims import Claim, extract_claims, extract_many
from bot.claims.language import detect_script_or_language, looks_english
from bot.claims.nlp import get_nlp
from bot.config import FetchSettings
from bot.errors import UnsupportedInputError
from bot.fetch import decode_body, extract_html, fetch_article, looks_binary

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
    page. The title is the headline, else the file name; the file's location is kept as the article's URL."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UnsupportedInputError(f"{path} is too big to be an article ({size:,} bytes).")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnsupportedInputError(f"I can't read {path}: {e.strerror}.") from e
    if looks_binary(data):
        raise UnsupportedInputError(f"{path} is a binary file, not an article: I read text, Markdown and HTML "
                                    "files.")
    url = path.resolve().as_uri()
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


def analyse(article: Article) -> list[Claim]:
    check_readable(article)
    return extract_claims(article.text)


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
    found = extract_many(a.text for i, a in enumerate(articles) if i not in refused)
    for i in range(len(articles)):
        yield refused[i] if i in refused else next(found)


def load_language_model() -> None:
    """Load the language model now (it otherwise loads with the first article, which takes a few seconds)."""
    get_nlp()
