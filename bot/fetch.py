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
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

from bot.article import Article, article_id, guess_title
from bot.config import FetchSettings
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
    if mtype == "application/pdf" or head.startswith(b"%PDF-"):
        raise FetchError("That link is a PDF; I can only read web pages for now.", detail=mtype)
    if mtype.startswith("image/") or head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        raise FetchError("That link is an image; I can only read web pages for now.", detail=mtype)
    if mtype.startswith(("video/", "audio/")):
        raise FetchError(f"That link is a {mtype.split('/')[0]} file; I can only read web pages for now.", detail=mtype)
    if mtype and mtype not in _HTML_TYPES and mtype not in _TEXT_TYPES and not mtype.startswith("text/"):
        raise FetchError(f"That link is not a web page (it is {mtype}); I can only read web pages for now.", detail=mtype)


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


# --------------------------------------------------------------------------- one HTTP exchange


@dataclass
class _Response:
    status: int
    reason: str
    location: str | None
    media_type: str
    charset: str | None
    body: bytes


def _exchange(target: _Target, ips: list[str], settings: FetchSettings, deadline: float) -> _Response:
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
        conn.putheader("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
        conn.putheader("Accept-Encoding", "gzip, deflate")
        conn.putheader("Accept-Language", "en;q=1.0, *;q=0.5")
        conn.putheader("Connection", "close")
        conn.endheaders()
        sock.settimeout(_remaining(deadline, settings.timeout_s))
        resp = conn.getresponse()
        status, reason = resp.status, (resp.reason or "").strip()
        mtype, charset = _media_type(resp.getheader("Content-Type"))
        location = resp.getheader("Location")
        if status in _REDIRECTS or status >= 400:
            return _Response(status, reason, location, mtype, charset, b"")
        if mtype not in _SNIFF_TYPES:  # unknown / generic types are judged from the body instead
            _refuse_type(mtype)
        length = resp.getheader("Content-Length")
        encoding = resp.getheader("Content-Encoding") or ""
        if length and length.strip().isdigit() and not encoding and int(length) > settings.max_bytes:
            raise _too_big(settings.max_bytes)
        body = _Body(encoding, settings.max_bytes)
        while True:
            sock.settimeout(_remaining(deadline, settings.timeout_s))  # every read ends by the deadline
            chunk = resp.read1(_CHUNK)
            if not chunk:
                break
            body.feed(chunk)
            _remaining(deadline, settings.timeout_s)
        return _Response(status, reason, location, mtype, charset, body.finish())
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


def extract_html(html: str, url: str) -> tuple[str, str | None, str | None]:
    """(text with paragraphs separated by blank lines, title, ISO date) from an HTML page (fetched or a local file)."""
    # lazy: trafilatura (with lxml) is heavy and only needed once a page or an HTML file is read
    import trafilatura

    doc = None
    try:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                          include_tables=False, include_images=False, include_links=False)
    except Exception:  # extraction bugs on odd pages: treat as "no text"
        log.info("trafilatura failed on %s", _loggable(url), exc_info=True)
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


def _plain_text(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --------------------------------------------------------------------------- entry point


def fetch_article(url: str, settings: FetchSettings) -> Article:
    """Fetch `url` within `settings` and return its article; FetchError with a friendly reason otherwise."""
    start = time.monotonic()
    deadline = start + float(settings.timeout_s)
    current = url
    try:
        for hop in range(MAX_REDIRECTS + 1):
            target = _parse(current)
            ips = _resolve_checked(target, settings, deadline)
            try:
                resp = _exchange(target, ips, settings, deadline)
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
            if not 200 <= resp.status < 300:
                raise FetchError(f"The page answered {resp.status} {resp.reason}".rstrip(), detail=f"http {resp.status}")
            return _to_article(resp, target.url.split("#", 1)[0], start)
        raise FetchError(f"That link redirects too many times (more than {MAX_REDIRECTS}).", detail="redirects")
    except FetchError as e:
        log.info("fetch failed %s: %s (%s)", _loggable(url), e.user_message, e)
        raise


def _status_phrase(status: int) -> str:
    try:
        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _to_article(resp: _Response, final_url: str, start: float) -> Article:
    body = resp.body
    head = body[:16].lstrip()
    mtype = resp.media_type
    sniff = mtype in _SNIFF_TYPES
    _refuse_type("" if sniff else mtype, head)  # also catches a PDF/image served as text/html
    looks_html = bool(re.match(rb"(?:\xef\xbb\xbf)?\s*<(?:!doctype|html|head|body|\?xml|!--|meta|title|div|p\b)",
                               body[:512], re.I))
    if mtype in _HTML_TYPES or ((sniff or mtype in ("text/xml",)) and looks_html):
        html = decode_body(body, resp.charset, html=True)
        text, title, published = extract_html(html, final_url)
        final_url = canonical_url(html, final_url) or strip_tracking(final_url)
    elif mtype.startswith("text/") or sniff:
        if b"\x00" in body[:4096] and not body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise FetchError("That link is a binary file, not a web page.", detail=f"nul bytes ({mtype or 'no type'})")
        text = _plain_text(decode_body(body, resp.charset, html=False))
        if sniff and text and sum(1 for c in text[:4096] if c == "\ufffd" or (c < " " and c not in "\n\t")) > 0.05 * min(len(text), 4096):
            raise FetchError("That link is a binary file, not a web page.", detail=f"undecodable ({mtype or 'no type'})")
        title, published = guess_title(text), None
    else:  # pragma: no cover - _refuse_type already refused these
        raise FetchError("That link is not a web page; I can only read web pages for now.")
    if not text.strip():
        raise FetchError("I couldn't find article text on that page.", detail="empty extraction")
    log.info("fetched %s: %d bytes, %d chars of text in %.2f s", _loggable(final_url), len(body), len(text),
             time.monotonic() - start)
    return Article(id=article_id(url=final_url), text=text, title=title, url=final_url, published=published)
