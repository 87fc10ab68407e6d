"""Fetch a link someone posted, safely, and extract the article from it.

Safety rules (a Slack user controls the URL, so treat it as hostile):

* only http:// and https://;
* the host is resolved here, every resolved address is checked by
  `address_refusal` (loopback, private, link-local incl. the cloud metadata
  address, CGNAT, multicast, reserved, unspecified, IPv6 equivalents and
  IPv4-mapped/6to4/Teredo/NAT64 forms of those are refused unless
  `FetchSettings.allow_private`), and the connection goes to the checked IP
  (pinned: no second DNS lookup, so no DNS rebinding) while the original host
  name is sent as Host header and TLS SNI (and used for certificate checks);
* redirects are followed by hand, at most MAX_REDIRECTS, each hop re-checked;
* the whole fetch (DNS, connect, every read) is bounded by `timeout_s`, and
  the body (after decompression) by `max_bytes`.
"""
from __future__ import annotations

import codecs
import html as html_mod
import http.client
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from bot.article import Article, article_id, guess_title
from bot.config import FetchSettings
from bot.documents import decode_body, extract_html, is_pdf, pdf_text, plain_text
from bot.errors import FetchError
from bot.urls import same_site, strip_tracking

log = logging.getLogger(__name__)

MAX_REDIRECTS = 5
USER_AGENT = "whosaid/0.1 (article reader; +https://github.com/whosaid)"
_CHUNK = 64 * 1024
_REDIRECTS = {301, 302, 303, 307, 308}
_HTML_TYPES = {"text/html", "application/xhtml+xml", "application/xml+html"}
_TEXT_TYPES = {"text/plain"}
_SNIFF_TYPES = {"", "application/octet-stream", "binary/octet-stream", "application/unknown"}
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


class PrivateAddressRefused(FetchError):
    """A link to a private/internal address. Slack users see only the refusal; the CLI, run by an operator,
    adds `operator_hint`."""

    operator_hint = "(Operators: FETCH_ALLOW_PRIVATE=1 allows such addresses; for local tests only.)"


# --------------------------------------------------------------------------- address policy


def address_refusal(ip: IPAddress, allow_private: bool) -> str | None:
    """Why we refuse to connect to `ip`, or None if it is fine.  The one place for the policy."""
    if allow_private:
        return None
    candidates: list[IPAddress] = [ip]
    if isinstance(ip, ipaddress.IPv6Address):
        # IPv6 forms that carry an IPv4 address: judge the IPv4 address too
        if ip.ipv4_mapped is not None:  # ::ffff:a.b.c.d is a.b.c.d on a dual-stack socket
            candidates = [ip.ipv4_mapped]
        if ip.sixtofour is not None:
            candidates.append(ip.sixtofour)
        if ip.teredo is not None:
            candidates.extend(ip.teredo)
        if ip in _NAT64:
            candidates.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    for a in candidates:
        if a.is_unspecified:
            return "an unspecified address"
        if a.is_loopback:
            return "a loopback address"
        if a.is_link_local:
            return "a link-local address"
        if a.is_multicast:
            return "a multicast address"
        if a.is_private:
            return "a private network address"
        if a.is_reserved:
            return "a reserved address"
        if not a.is_global:  # e.g. CGNAT 100.64.0.0/10, documentation ranges
            return "a non-public address"
    return None


# --------------------------------------------------------------------------- small helpers


@dataclass(frozen=True)
class _Target:
    url: str
    scheme: str
    host: str  # host name or IP literal, without brackets
    port: int
    path: str  # path + query, as sent in the request line


def _loggable(url: str) -> str:
    """URL without user info, query or fragment (they may carry tokens)."""
    try:
        p = urlsplit(url)
        host = p.hostname or ""
        if p.port:
            host = f"{host}:{p.port}"
        return urlunsplit((p.scheme, host, p.path, "", ""))
    except ValueError:
        return "<unparseable url>"


def _too_big(max_bytes: int) -> FetchError:
    return FetchError(f"That page is larger than {_human_size(max_bytes)}, too big for me to read.",
                      detail=f"body > {max_bytes} bytes")


def _human_size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} KB"
    return f"{n} bytes"


def _parse(url: str) -> _Target:
    url = (url or "").strip().strip("<>")
    try:
        p = urlsplit(url)
        port = p.port
    except ValueError as e:
        raise FetchError("That link doesn't look like a valid web address.", detail=f"bad url: {e}") from e
    scheme = p.scheme.lower()
    if scheme not in ("http", "https"):
        shown = f"{scheme}://" if scheme else "that kind of"
        raise FetchError(f"I can only fetch http:// and https:// links, not {shown} links.", detail=f"scheme {scheme!r}")
    host = (p.hostname or "").rstrip(".")
    if not host:
        raise FetchError("That link has no host name.")
    path = p.path or "/"
    if p.query:
        path += "?" + p.query
    # spaces, control characters and non-ASCII go out percent-encoded (UTF-8); no header injection
    path = re.sub(r"[^\x21-\x7e]", lambda m: "".join(f"%{b:02X}" for b in m.group(0).encode("utf-8", "replace")), path)
    return _Target(url=url, scheme=scheme, host=host, port=port or (443 if scheme == "https" else 80), path=path)


def _getaddrinfo_bounded(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo with a time limit (it has none of its own); returns IP strings in order."""
    result: dict[str, object] = {}

    def run() -> None:
        try:
            result["ok"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except BaseException as e:  # noqa: BLE001 - handed to the caller
            result["err"] = e

    t = threading.Thread(target=run, name="whosaid-dns", daemon=True)
    t.start()
    t.join(max(timeout, 0.01))
    if t.is_alive():
        raise FetchError(f"Looking up {host} took too long.", detail="dns timeout")
    if "err" in result:
        raise FetchError(f"I couldn't find the site {host} (DNS lookup failed).", detail=str(result["err"]))
    ips: list[str] = []
    for _family, _type, _proto, _canon, sockaddr in result.get("ok", []):  # type: ignore[union-attr]
        ip = str(sockaddr[0]).split("%", 1)[0]
        if ip not in ips:
            ips.append(ip)
    if not ips:
        raise FetchError(f"I couldn't find the site {host}.", detail="no addresses")
    return ips


def _resolve_checked(target: _Target, settings: FetchSettings, deadline: float) -> list[str]:
    """Resolve target.host and check every address against the policy; refuse if any is refused."""
    try:
        literal = ipaddress.ip_address(target.host)
    except ValueError:
        literal = None
    ips = [str(literal)] if literal is not None else _getaddrinfo_bounded(target.host, target.port, deadline - time.monotonic())
    for ip_s in ips:
        try:
            ip = ipaddress.ip_address(ip_s)
        except ValueError as e:
            raise FetchError(f"I couldn't find the site {target.host}.", detail=f"odd address {ip_s!r}") from e
        why = address_refusal(ip, settings.allow_private)
        if why:
            log.warning("fetch refused %s: %s resolves to %s (%s)", _loggable(target.url), target.host, ip, why)
            raise PrivateAddressRefused(
                "I can't fetch that link: it points to a private or internal network address.",
                detail=f"{target.host} -> {ip}: {why}",
            )
    return ips


def _remaining(deadline: float, timeout_s: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"The site took too long to answer (more than {timeout_s:g} s).", detail="deadline")
    return left


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """HTTP connection to a fixed, already-checked IP; Host header stays the original host."""

    def __init__(self, host: str, port: int, ip: str, timeout: float):
        super().__init__(host, port, timeout=timeout)
        self._ip = ip

    def connect(self) -> None:
        self.sock = socket.create_connection((self._ip, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    """HTTPS to a fixed IP; SNI and certificate check use the original host name."""

    def __init__(self, host: str, port: int, ip: str, timeout: float, context: ssl.SSLContext):
        super().__init__(host, port, timeout=timeout, context=context)
        self._ip = ip

    def connect(self) -> None:
        sock = socket.create_connection((self._ip, self.port), self.timeout)
        try:
            self.sock = self._context.wrap_socket(sock, server_hostname=self.host)
        except BaseException:
            sock.close()
            raise


def _ssl_context() -> ssl.SSLContext:
    """Certificate-verifying TLS context (system CAs, host name checked against the URL's host)."""
    return ssl.create_default_context()


def _media_type(content_type: str | None) -> tuple[str, str | None]:
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    mtype = parts[0].lower()
    charset = None
    for p in parts[1:]:
        k, _, v = p.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'") or None
    return mtype, charset


def _refuse_type(mtype: str, head: bytes = b"") -> None:
    """FetchError with a specific reason if this is not something we can read."""
    if is_pdf(mtype, head):
        return  # read with bot.documents
    if mtype.startswith("image/") or head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise FetchError("That link is an image; I can only read web pages for now.", detail=mtype)
    if mtype.startswith(("video/", "audio/")):
        raise FetchError(f"That link is a {mtype.split('/')[0]} file; I can only read web pages for now.", detail=mtype)
    if mtype and mtype not in _HTML_TYPES and mtype not in _TEXT_TYPES and not mtype.startswith("text/"):
        raise FetchError(f"That link is not a web page or a PDF (it is {mtype}); I can only read those for now.",
                         detail=mtype)


class _Body:
    """Accumulates the body, decompressing gzip/deflate, and enforces the size cap."""

    def __init__(self, encoding: str, max_bytes: int):
        self.max_bytes = max_bytes
        self.parts: list[bytes] = []
        self.size = 0
        enc = encoding.strip().lower()
        if enc in ("gzip", "x-gzip"):
            self.decomp: zlib._Decompress | None = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self.decomp = zlib.decompressobj(zlib.MAX_WBITS)
        elif enc in ("", "identity"):
            self.decomp = None
        else:
            raise FetchError("The site sent the page in a compression format I can't read.", detail=f"encoding {enc!r}")

    def _add(self, data: bytes) -> None:
        self.size += len(data)
        if self.size > self.max_bytes:
            raise _too_big(self.max_bytes)
        self.parts.append(data)

    def feed(self, chunk: bytes) -> None:
        if self.decomp is None:
            self._add(chunk)
            return
        try:
            out = self.decomp.decompress(chunk, self.max_bytes - self.size + 1)
            self._add(out)
            if self.decomp.unconsumed_tail:  # output was capped: more than max_bytes
                raise _too_big(self.max_bytes)
        except zlib.error as e:
            raise FetchError("The site sent a damaged (badly compressed) page.", detail=str(e)) from e

    def finish(self) -> bytes:
        if self.decomp is not None:
            try:
                self._add(self.decomp.flush())
            except zlib.error as e:
                raise FetchError("The site sent a damaged (badly compressed) page.", detail=str(e)) from e
        return b"".join(self.parts)


# --------------------------------------------------------------------------- one HTTP exchange


@dataclass
class Fetched:
    status: int
    reason: str
    location: str | None
    media_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


ARTICLE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,*/*;q=0.1"


def _exchange(target: _Target, ips: list[str], settings: FetchSettings, deadline: float,
              headers: dict[str, str] | None = None, accept: str = ARTICLE_ACCEPT,
              refuse_type: Callable[[str], None] = _refuse_type) -> Fetched:
    """Send one GET to the first reachable checked IP; read the body within the limits."""
    last_error: Exception | None = None
    conn: http.client.HTTPConnection | None = None
    for ip in ips:
        timeout = _remaining(deadline, settings.timeout_s)
        if target.scheme == "https":
            conn = _PinnedHTTPSConnection(target.host, target.port, ip, timeout, _ssl_context())
        else:
            conn = _PinnedHTTPConnection(target.host, target.port, ip, timeout)
        try:
            conn.connect()
            break
        except (ConnectionRefusedError, OSError) as e:
            if isinstance(e, (ssl.SSLError, ssl.CertificateError, TimeoutError, socket.timeout)):
                raise
            last_error = e
            conn.close()
            conn = None
    if conn is None:
        raise last_error or OSError("no address to connect to")
    # keep our own handle: http.client drops conn.sock once a "Connection: close" response starts
    sock = conn.sock
    try:
        sock.settimeout(_remaining(deadline, settings.timeout_s))
        conn.putrequest("GET", target.path, skip_accept_encoding=True)
        conn.putheader("User-Agent", USER_AGENT)
        conn.putheader("Accept", accept)
        conn.putheader("Accept-Encoding", "gzip, deflate")
        conn.putheader("Accept-Language", "en;q=1.0, *;q=0.5")
        conn.putheader("Connection", "close")
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        sock.settimeout(_remaining(deadline, settings.timeout_s))
        resp = conn.getresponse()
        status, reason = resp.status, (resp.reason or "").strip()
        mtype, charset = _media_type(resp.getheader("Content-Type"))
        location = resp.getheader("Location")
        validators = {"etag": resp.getheader("ETag"), "last_modified": resp.getheader("Last-Modified")}
        if status in _REDIRECTS or status >= 400 or status == 304:
            return Fetched(status, reason, location, mtype, charset, b"", **validators)
        if mtype not in _SNIFF_TYPES:  # unknown / generic types are judged from the body instead
            refuse_type(mtype)
        length = resp.getheader("Content-Length")
        encoding = resp.getheader("Content-Encoding") or ""
        cap = settings.max_document_bytes if is_pdf(mtype, b"") else settings.max_bytes
        if length and length.strip().isdigit() and not encoding and int(length) > cap:
            raise _too_big(cap)
        body = _Body(encoding, cap)
        while True:
            sock.settimeout(_remaining(deadline, settings.timeout_s))  # every read ends by the deadline
            chunk = resp.read1(_CHUNK)
            if not chunk:
                break
            body.feed(chunk)
            _remaining(deadline, settings.timeout_s)
        return Fetched(status, reason, location, mtype, charset, body.finish(), **validators)
    finally:
        conn.close()


# --------------------------------------------------------------------------- extraction


_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical\b[^>]*>", re.I)
_HREF = re.compile(r"\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)


def canonical_url(html: str, url: str) -> str | None:
    """The page's `<link rel="canonical">`, when it names a web address on the same site as `url`."""
    m = _CANONICAL.search(html[:200_000])
    href = _HREF.search(m.group(0)) if m else None
    if not href:
        return None
    target = urljoin(url, html_mod.unescape(next(g for g in href.groups() if g is not None)).strip())
    if not target.startswith(("http://", "https://")) or not same_site(target, url):
        return None
    return target.split("#", 1)[0]


# --------------------------------------------------------------------------- entry point


@dataclass(frozen=True)
class Bearer:
    """A token sent as `Authorization: Bearer` only to these hosts ("host" or "host:port"), over HTTPS unless
    private addresses are allowed (local tests). Never along a redirect to any other host."""

    token: str = field(repr=False)
    hosts: frozenset[str]

    def header_for(self, target: _Target, settings: FetchSettings) -> dict[str, str]:
        host = target.host.lower()
        if (host not in self.hosts and f"{host}:{target.port}" not in self.hosts) or (
                target.scheme != "https" and not settings.allow_private):
            return {}
        return {"Authorization": f"Bearer {self.token}"}


@dataclass(frozen=True)
class Page:
    """A fetched page's bytes, not read yet: `page_article` (CPU work: PDF text, HTML article extraction) runs
    where the extraction runs, not in the thread that downloaded it."""

    url: str  # after redirects: the article's URL
    media_type: str
    charset: str | None
    body: bytes = field(repr=False)
    fetch_s: float = 0.0


def fetch_page(url: str, settings: FetchSettings) -> Page:
    """Download `url` within `settings` (I/O only); FetchError with a friendly reason otherwise."""
    start = time.monotonic()
    resp, final_url = fetch_response(url, settings)
    if resp.not_modified:  # we never send validators for an article, so a 304 is an odd answer
        raise FetchError(f"The page answered {resp.status} {resp.reason}".rstrip(), detail="http 304")
    return Page(url=final_url, media_type=resp.media_type, charset=resp.charset, body=resp.body,
                fetch_s=time.monotonic() - start)


def fetch_article(url: str, settings: FetchSettings) -> Article:
    """Fetch `url` within `settings` and return its article; FetchError with a friendly reason otherwise."""
    return page_article(fetch_page(url, settings))


def fetch_response(url: str, settings: FetchSettings, *, bearer: Bearer | None = None,
                   extra_headers: dict[str, str] | None = None, accept: str = ARTICLE_ACCEPT,
                   refuse_type: Callable[[str], None] = _refuse_type) -> tuple[Fetched, str]:
    """GET `url` within `settings` (redirects followed and re-checked); the response and the final URL.

    Answers 2xx are returned, and 304 (not modified) when `extra_headers` made the request conditional;
    anything else is a FetchError with a friendly reason."""
    deadline = time.monotonic() + float(settings.timeout_s)
    current = url
    try:
        for _hop in range(MAX_REDIRECTS + 1):
            target = _parse(current)
            ips = _resolve_checked(target, settings, deadline)
            headers = dict(extra_headers or {})
            if bearer is not None:
                headers.update(bearer.header_for(target, settings))
            try:
                resp = _exchange(target, ips, settings, deadline, headers, accept, refuse_type)
            except FetchError:
                raise
            except (TimeoutError, socket.timeout) as e:
                raise FetchError(f"The site took too long to answer (more than {settings.timeout_s:g} s).",
                                 detail=str(e)) from e
            except ConnectionRefusedError as e:
                raise FetchError(f"I couldn't connect to {target.host} (connection refused).", detail=str(e)) from e
            except (ssl.SSLError, ssl.CertificateError) as e:
                raise FetchError(f"I couldn't make a secure connection to {target.host} (HTTPS certificate problem).",
                                 detail=str(e)) from e
            except http.client.HTTPException as e:
                raise FetchError(f"{target.host} sent an answer I couldn't understand.", detail=repr(e)) from e
            except OSError as e:
                raise FetchError(f"I couldn't reach {target.host}.", detail=str(e)) from e
            except (ValueError, UnicodeError) as e:
                raise FetchError("That link doesn't look like a valid web address.", detail=repr(e)) from e

            if resp.status in _REDIRECTS:
                if not resp.location:
                    raise FetchError(f"The page answered {resp.status} {resp.reason} without saying where to go.")
                nxt = urljoin(target.url, resp.location.strip())
                log.info("fetch %s: %d redirect to %s", _loggable(target.url), resp.status, _loggable(nxt))
                current = nxt
                continue
            if resp.status >= 400:
                reason = resp.reason or _status_phrase(resp.status)
                raise FetchError(f"The page answered {resp.status} {reason}".rstrip(), detail=f"http {resp.status}")
            if not (200 <= resp.status < 300 or resp.status == 304):
                raise FetchError(f"The page answered {resp.status} {resp.reason}".rstrip(), detail=f"http {resp.status}")
            return resp, target.url.split("#", 1)[0]
        raise FetchError(f"That link redirects too many times (more than {MAX_REDIRECTS}).", detail="redirects")
    except FetchError as e:
        log.info("fetch failed %s: %s (%s)", _loggable(url), e.user_message, e)
        raise


def _status_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def page_article(page: Page) -> Article:
    """The article in a fetched page (HTML, plain text or PDF); FetchError with a friendly reason otherwise."""
    start = time.monotonic()
    body, final_url = page.body, page.url
    head = body[:16].lstrip()
    mtype = page.media_type
    sniff = mtype in _SNIFF_TYPES
    _refuse_type("" if sniff else mtype, head)  # also catches a PDF/image served as text/html
    looks_html = bool(re.match(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|\?xml|!--|meta|title|div|p\b)",
                               body[:512], re.I))
    if is_pdf(mtype, head):
        doc = pdf_text(body)
        text, title, published = doc.text, doc.title or guess_title(doc.text), None
    elif mtype in _HTML_TYPES or ((sniff or mtype in ("text/xml",)) and looks_html):
        html = decode_body(body, page.charset, html=True)
        text, title, published = extract_html(html, final_url)
        final_url = canonical_url(html, final_url) or strip_tracking(final_url)
    elif mtype.startswith("text/") or sniff:
        if b"\x00" in body[:4096] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise FetchError("That link is a binary file, not a web page.", detail=f"nul bytes ({mtype or 'no type'})")
        text = plain_text(decode_body(body, page.charset, html=False))
        if sniff and text and sum(1 for c in text[:4096] if c == "\ufffd" or (c < " " and c not in "\n\t")) > 0.05 * min(len(text), 4096):
            raise FetchError("That link is a binary file, not a web page.", detail=f"undecodable ({mtype or 'no type'})")
        title, published = guess_title(text), None
    else:  # pragma: no cover - _refuse_type already refused these
        raise FetchError("That link is not a web page; I can only read web pages for now.")
    if not text.strip():
        raise FetchError("I couldn't find article text on that page.", detail="empty extraction")
    log.info("fetched %s: %d bytes in %.2f s, %d chars of text read in %.2f s", _loggable(final_url), len(body),
             page.fetch_s, len(text), time.monotonic() - start)
    return Article(id=article_id(url=final_url), text=text, title=title, url=final_url, published=published)


@dataclass(frozen=True)
class Resource:
    """A resource fetched by `fetch_resource`: `status` 200-299, or 304 (not modified, empty body)."""

    url: str  # after redirects
    status: int
    media_type: str
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _refuse_binary(mtype: str, head: bytes = b"") -> None:
    """For resources that are not web pages (feeds): refuse only what is certainly not text."""
    if is_pdf(mtype, head):
        raise FetchError("That link is a PDF, not a feed.", detail=mtype)
    if mtype.startswith(("image/", "video/", "audio/")):
        _refuse_type(mtype, head)


def fetch_resource(url: str, settings: FetchSettings, *, accept: str, etag: str | None = None,
                   last_modified: str | None = None) -> Resource:
    """GET a non-article resource (e.g. a feed) with the same safety rules as `fetch_article`.

    With `etag`/`last_modified` (from an earlier answer) the request is conditional, and an unchanged
    resource comes back as a 304 with no body."""
    headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
    resp, final_url = fetch_response(url, settings, extra_headers=headers, accept=accept, refuse_type=_refuse_binary)
    return Resource(url=final_url, status=resp.status, media_type=resp.media_type, charset=resp.charset,
                    body=resp.body, etag=resp.etag, last_modified=resp.last_modified)


def article_from_html(body: bytes, *, url: str | None = None, charset: str | None = None,
                      published: str | None = None) -> Article:
    """An article from a saved web page (a WARC record, an .html file): the same extraction as a fetched link.

    `published` is used when the page itself names no date."""
    text, title, date = extract_html(decode_body(body, charset, html=True), url or "")
    if not text.strip():
        raise FetchError("I couldn't find article text on that page.", detail="empty extraction")
    return Article(id=article_id(url=url, text=text), text=text, title=title, url=url, published=date or published)
