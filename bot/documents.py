"""Text out of documents people share: PDF, HTML and plain-text files (bytes in, text and title out).

Used for links that turn out to be PDFs (`bot.fetch`) and for files shared in Slack (`bot.slack.files`).
PDF text comes from pypdf's text layer; a PDF whose pages carry no text (a scan) gets a clear reason,
since we do no OCR. Bounded: at most MAX_PDF_PAGES pages, and the caller has already capped the bytes.
"""
from __future__ import annotations

import codecs
import html as html_mod
import io
import logging
import re
from dataclasses import dataclass, field

from bot.article import Article, article_id
from bot.errors import FetchError, UnsupportedInputError

log = logging.getLogger(__name__)

MAX_PDF_PAGES = 150
#: Fewer extracted characters than this per page (on average) means there is no real text layer.
MIN_CHARS_PER_PAGE = 40

PDF_TYPES = {"application/pdf", "application/x-pdf"}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


@dataclass(frozen=True)
class Document:
    text: str
    title: str | None = None


def is_pdf(media_type: str, head: bytes) -> bool:
    return media_type in PDF_TYPES or head.lstrip()[:5] == b"%PDF-"


def pdf_text(data: bytes, *, max_pages: int = MAX_PDF_PAGES) -> Document:
    """The text layer of a PDF, paragraphs separated by blank lines; UnsupportedInputError with a reason if none."""
    # lazy: pypdf is only needed once a PDF has arrived
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnsupportedInputError("That PDF is password-protected, so I can't read it.", detail="encrypted pdf")
        pages = len(reader.pages)
        if pages > max_pages:
            raise UnsupportedInputError(
                f"That PDF has {pages} pages; I read at most {max_pages}. Share the part you care about "
                "(or paste its text).", detail=f"{pages} pages")
        raw = [page.extract_text() or "" for page in reader.pages]
        title = _pdf_title(reader)
    except UnsupportedInputError:
        raise
    except (pypdf.errors.PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError) as e:
        raise UnsupportedInputError("That PDF looks damaged; I couldn't read it.",
                                    detail=f"pdf: {type(e).__name__}: {e}"[:300]) from e
    text = "\n\n".join(p for p in (pdf_paragraphs(t) for t in raw) if p)
    if len(re.sub(r"\s", "", text)) < MIN_CHARS_PER_PAGE * max(1, len(raw)):
        raise UnsupportedInputError(
            "That PDF has no text I can read — it looks like scanned pages (images). I can't read scans; "
            "paste the text, or share a PDF with selectable text.", detail=f"no text layer ({len(raw)} pages)")
    return Document(text=text, title=title)


def _pdf_title(reader) -> str | None:
    try:
        title = (reader.metadata or {}).get("/Title")
    except Exception:  # noqa: BLE001 - metadata is optional and often malformed; the text matters
        log.debug("unreadable PDF metadata", exc_info=True)
        return None
    title = re.sub(r"\s+", " ", str(title)).strip() if title else ""
    return title or None


_SENTENCE_END = re.compile(r"[.!?:;\"”’)]\s*$")


def pdf_paragraphs(page: str) -> str:
    """Hard-wrapped PDF lines joined back into paragraphs (blank line between paragraphs).

    A line ending a sentence followed by a short line or a capitalised start ends a paragraph when the next
    line is indented or blank; words hyphenated across lines are joined.
    """
    lines = [ln.rstrip() for ln in page.replace("\r", "\n").split("\n")]
    paras: list[str] = []
    cur = ""
    width = max((len(ln) for ln in lines), default=0)
    for ln in lines:
        stripped = ln.strip()
        if not stripped:
            if cur:
                paras.append(cur)
                cur = ""
            continue
        if not cur:
            cur = stripped
        elif cur.endswith("-") and stripped[:1].islower():
            cur = cur[:-1] + stripped
        else:
            cur = f"{cur} {stripped}"
        # a short line that ends a sentence closes its paragraph
        if _SENTENCE_END.search(stripped) and len(ln) < 0.8 * width:
            paras.append(cur)
            cur = ""
    if cur:
        paras.append(cur)
    return "\n\n".join(paras)


# --------------------------------------------------------------------------- bytes to text


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
    except LookupError:
        return None
    # browsers treat latin-1 / ascii labels as windows-1252
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


def decode_body(body: bytes, declared: str | None, *, html: bool) -> str:
    """Bytes -> str: BOM, declared charset, <meta charset>, UTF-8, then windows-1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom):].decode(enc, errors="replace")
    enc = _codec(declared)
    if enc is None and html:
        m = _META_CHARSET.search(body[:4096])
        if m:
            enc = _codec(m.group(1).decode("ascii", "ignore"))
    if enc is not None and enc != "utf-8":
        return body.decode(enc, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        if enc == "utf-8":
            return body.decode("utf-8", errors="replace")
        return body.decode("cp1252", errors="replace")


def warm_up() -> None:
    """Import the page and PDF readers now (~0.5 s of CPU): an extraction process does it at start-up, so that
    its first link or file is read as fast as any."""
    # lazy: importing it is what this function is for (see pdf_text)
    import pypdf

    # lazy: importing it is what this function is for (see extract_html)
    import trafilatura

    log.debug("readers loaded: pypdf %s, trafilatura %s", pypdf.__version__, trafilatura.__version__)


def extract_html(html: str, url: str) -> tuple[str, str | None, str | None]:
    """(text with paragraphs separated by blank lines, title, ISO date) from an HTML page (fetched or a file)."""
    # lazy: trafilatura (with lxml) is heavy and only needed once a page or HTML file has arrived
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False, include_links=False)
    except Exception:  # extraction bugs on odd pages: treat as "no text"
        log.info("trafilatura failed on a page", exc_info=True)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    title = getattr(doc, "title", None) if doc is not None else None
    date = getattr(doc, "date", None) if doc is not None else None
    if not title:
        m = re.search(r"<title[^>]*>(.*?)</title>", html[:20000], re.I | re.S)
        if m:
            title = re.sub(r"\s+", " ", html_mod.unescape(m.group(1))).strip() or None
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    return "\n\n".join(paragraphs), title, (str(date) if date else None)


def looks_binary(data: bytes) -> bool:
    """NUL bytes (outside UTF-16) or many undecodable/control characters at the start: not text."""
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    text = head.decode("utf-8", errors="replace")
    bad = sum(1 for c in text if c == "\ufffd" or (c < " " and c not in "\n\r\t\f"))
    return bad > 0.05 * max(len(text), 1)


def plain_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --------------------------------------------------------------------------- any shared file


def read_document(data: bytes, *, media_type: str, name: str | None = None, url: str = "") -> Document:
    """Text of a PDF, HTML or plain-text file (type from `media_type`, the bytes, then the file name)."""
    lower = (name or "").lower()
    if is_pdf(media_type, data[:16]) or lower.endswith(".pdf"):
        return pdf_text(data)
    if media_type in HTML_TYPES or lower.endswith((".html", ".htm")):
        text, title, _published = extract_html(decode_body(data, None, html=True), url)
        return Document(text=text, title=title)
    if media_type.startswith("text/") or lower.endswith((".txt", ".text", ".md")) or not media_type:
        if looks_binary(data):
            raise UnsupportedInputError("That file is binary, not text; I can read PDF, HTML and text files.")
        text = plain_text(decode_body(data, None, html=False))
        return Document(text=text)
    raise UnsupportedInputError(f"I can read PDF, HTML and text files, not {media_type or 'that kind of file'}.",
                                detail=media_type)


@dataclass(frozen=True)
class SharedBytes:
    """A file shared in Slack, downloaded but not read yet: `file_article` (CPU work: PDF text, HTML article
    extraction) runs where the extraction runs, not in the thread that downloaded it."""

    id: str  # Slack's file id
    body: bytes = field(repr=False)
    media_type: str = ""  # as the file host answered
    mimetype: str = ""  # as Slack described the file (used when the host says application/octet-stream)
    name: str | None = None
    title: str | None = None  # the file's title, unless it is Slack's "Untitled"


def file_article(shared: SharedBytes) -> Article:
    """The article in a shared file (PDF, HTML, plain text); a WhosaidError with a friendly reason otherwise."""
    generic = shared.media_type in ("", "application/octet-stream")
    doc = read_document(shared.body, media_type=shared.mimetype if generic else shared.media_type, name=shared.name)
    if not doc.text.strip():
        raise FetchError("That file has no text I can read.", detail=f"empty file {shared.id}")
    log.info("read Slack file %s (%s, %d bytes, %d chars)", shared.id, shared.mimetype, len(shared.body),
             len(doc.text))
    return Article(id=article_id(text=doc.text), text=doc.text, title=doc.title or shared.title)
