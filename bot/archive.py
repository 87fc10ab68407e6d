"""Reading archives for `whosaid backfill`: JSONL, folders of .txt/.html files, and WARC files.

Each source is read lazily, one item at a time, so an archive of any size streams through in flat
memory. An item is the raw material of one article (`RawItem`); turning it into an `Article`
(`to_article`, which for web pages runs the same HTML extraction as a fetched link) is left to the
extraction workers, where the CPU time is.

Every item has a `key`, a hash of its content and URL: the same item found again, in this run or a
later one, in the same file or a moved copy, has the same key, which is how a backfill resumes.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from bot.article import Article
from bot.documents import decode_body
from bot.errors import UnsupportedInputError
from bot.fetch import article_from_html
from bot.pipeline import article_from_text

log = logging.getLogger(__name__)

TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_ARTICLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
MAX_ITEM_BYTES = 5_000_000  # a record larger than this is not an article (same cap as a fetched link)


@dataclass(frozen=True)
class RawItem:
    key: str  # hash of the content and URL (see the module docstring)
    label: str  # where it came from, for messages: "news.jsonl:12 (id 42)", "crawl.warc.gz https://..."
    text: str | None = None  # plain text, or
    html: bytes | None = None  # a web page as stored
    charset: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    error: str | None = None  # the item could not be read at all (e.g. a line that is not JSON)


def _key(*parts: str | bytes | None) -> str:
    h = hashlib.sha256()
    for p in parts:
        b = p if isinstance(p, bytes) else (p or "").encode("utf-8", "surrogatepass")
        h.update(len(b).to_bytes(8, "big"))
        h.update(b)
    return h.hexdigest()[:32]


def to_article(item: RawItem) -> Article:
    """The article in an item (WhosaidError with a friendly reason if there is none)."""
    if item.error:
        raise UnsupportedInputError(item.error)
    if item.html is not None:
        return article_from_html(item.html, url=item.url, charset=item.charset, published=item.published)
    return article_from_text(item.text or "", url=item.url, title=item.title, published=item.published)


# --------------------------------------------------------------------------- kinds of source


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    for kind, suffixes in (("warc", WARC_SUFFIXES), ("jsonl", JSONL_SUFFIXES), ("html", HTML_SUFFIXES),
                           ("text", TEXT_SUFFIXES)):
        if name.endswith(suffixes):
            return kind
    return None


def _files(sources: Iterable[str]) -> Iterator[tuple[Path, str]]:
    """(file, kind) for every readable file in `sources` (folders walked in name order, hidden ones skipped)."""
    for s in sources:
        p = Path(s)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts):
                    kind = _kind(f)
                    if kind:
                        yield f, kind
        else:
            yield p, _kind(p) or "jsonl"  # a file named explicitly: JSONL unless its name says otherwise


def check_sources(sources: Iterable[str]) -> list[str]:
    """Friendly problems with the sources (missing paths), before any work starts."""
    return [f"No such file or folder: {s}" for s in sources if not Path(s).exists()]


def iter_items(sources: Iterable[str]) -> Iterator[RawItem]:
    """Every item of every source, in order."""
    readers = {"jsonl": _jsonl, "warc": _warc, "html": _html_file, "text": _text_file}
    for path, kind in _files(sources):
        yield from readers[kind](path)


def count_items(sources: Iterable[str]) -> int:
    """How many items `iter_items` will yield (a quick pass: WARC payloads are not read), for progress and ETA."""
    n = 0
    for path, kind in _files(sources):
        if kind == "jsonl":
            with open(path, "rb") as f:
                n += sum(1 for line in f if line.strip())
        elif kind == "warc":
            n += sum(1 for _ in _warc_records(path, read=False))
        else:
            n += 1
    return n


# --------------------------------------------------------------------------- readers


def _jsonl(path: Path) -> Iterator[RawItem]:
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            label = f"{path}:{lineno}"
            try:
                rec = json.loads(raw)
            except ValueError as e:
                yield RawItem(key=_key("bad-jsonl", raw), label=label, error=f"Line {lineno} is not valid JSON ({e}).")
                continue
            text = rec.get("text") if isinstance(rec, dict) else None
            if not isinstance(text, str):
                yield RawItem(key=_key("bad-jsonl", raw), label=label,
                              error=f'Line {lineno} has no "text" string.')
                continue
            if rec.get("id") is not None:
                label += f" (id {rec['id']})"
            url = _str(rec.get("url"))
            yield RawItem(key=_key("text", url, text), label=label, text=text, url=url, title=_str(rec.get("title")),
                          published=_str(rec.get("published")))


def _str(v) -> str | None:
    return str(v) if v not in (None, "") else None


def _text_file(path: Path) -> Iterator[RawItem]:
    text = path.read_text(encoding="utf-8", errors="replace")
    yield RawItem(key=_key("text", None, text), label=str(path), text=text)


def _html_file(path: Path) -> Iterator[RawItem]:
    body = path.read_bytes()
    yield RawItem(key=_key("html", None, body), label=str(path), html=body)


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    parts = [p.strip() for p in (content_type or "").split(";")]
    charset = next((p.split("=", 1)[1].strip("\"' ") for p in parts[1:] if p.lower().startswith("charset=")), None)
    return parts[0].lower(), charset


def _warc_records(path: Path, *, read: bool) -> Iterator[RawItem]:
    """Response/resource records that hold a web page or text; with `read`, their payloads too."""
    try:
        with open(path, "rb") as f:
            for rec in ArchiveIterator(f):
                if rec.rec_type not in ("response", "resource"):
                    continue
                if rec.rec_type == "response":
                    if rec.http_headers is None or not (rec.http_headers.get_statuscode() or "").startswith("2"):
                        continue
                    ctype = rec.http_headers.get_header("Content-Type")
                else:
                    ctype = rec.rec_headers.get_header("Content-Type")
                mtype, charset = _media_type(ctype)
                if mtype not in _ARTICLE_TYPES:
                    continue
                url = rec.rec_headers.get_header("WARC-Target-URI")
                label = f"{path} {url or rec.rec_headers.get_header('WARC-Record-ID')}"
                if not read:
                    yield RawItem(key="", label=label)
                    continue
                payload = rec.content_stream().read(MAX_ITEM_BYTES + 1)
                if len(payload) > MAX_ITEM_BYTES:
                    yield RawItem(key=_key("warc-too-big", url, payload[:65536]), label=label,
                                  error=f"The record is larger than {MAX_ITEM_BYTES // 1_000_000} MB.")
                    continue
                day = (rec.rec_headers.get_header("WARC-Date") or "")[:10] or None  # crawl day, if the page has none
                if mtype == "text/plain":
                    text = decode_body(payload, charset, html=False)
                    yield RawItem(key=_key("text", url, text), label=label, text=text, url=url, published=day)
                else:
                    yield RawItem(key=_key("html", url, payload), label=label, html=payload, charset=charset, url=url,
                                  published=day)
    except (ArchiveLoadFailed, OSError, EOFError) as e:
        log.warning("could not read %s: %s", path, e)
        yield RawItem(key=_key("bad-warc", str(path), str(e)), label=str(path),
                      error=f"The archive could not be read to the end ({type(e).__name__}: {e}).")


def _warc(path: Path) -> Iterator[RawItem]:
    return _warc_records(path, read=True)
