"""fetch_article against a real HTTP server on 127.0.0.1 (never any other address)."""
from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import bot.fetch as fetch_mod
from bot.article import article_id
from bot.config import FetchSettings
from bot.errors import FetchError, WhosaidError
from bot.fetch import address_refusal, decode_body, fetch_article
from tests.pdf_maker import make_pdf

PARAS = [
    "The finance minister said on Tuesday that the government would not raise taxes this year, "
    "despite growing pressure from backbenchers and business groups.",
    "\u201cWe made a promise to the people and we will keep it,\u201d she told reporters outside "
    "parliament in the capital, adding that the budget was balanced.",
    "Opposition leader John Smith said the plan was \u201cunrealistic and dishonest\u201d, and that "
    "the numbers simply did not add up for ordinary families.",
]
ARTICLE_HTML = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Minister vows no tax rise | Daily Planet</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Minister vows no tax rise</h1>
{''.join(f'<p>{p}</p>' for p in PARAS)}
</article><footer>Copyright 2024 Daily Planet. All rights reserved.</footer></body></html>"""

EMPTY_HTML = "<html><head><title>Nothing</title></head><body><div></div><script>var x=1;</script></body></html>"
PLAIN = "Plain headline\r\n\r\nThe mayor said the trains were back on time.\r\n\r\n\r\nOfficials agreed."
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 50


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    seen_hosts: list[str] = []

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body: bytes, ctype: str | None, extra: dict | None = None):
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802 - http.server's method name
        Handler.seen_hosts.append(self.headers.get("Host", ""))
        path = self.path
        if path == "/article":
            self._send(200, ARTICLE_HTML.encode("utf-8"), "text/html; charset=utf-8")
        elif path == "/article-latin1":
            body = ARTICLE_HTML.replace("utf-8", "iso-8859-1").replace("\u201c", '"').replace("\u201d", '"')
            body = body.replace("minister said", "ministre caf\u00e9 said")
            self._send(200, body.encode("latin-1"), "text/html; charset=ISO-8859-1")
        elif path.startswith("/amp/article"):  # an AMP copy naming the plain page as canonical
            self._send(200, ARTICLE_HTML.replace("<head>", '<head><link rel="canonical" href="/article">').encode(),
                       "text/html; charset=utf-8")
        elif path == "/foreign-canonical":  # a page claiming another site's address: not believed
            self._send(200, ARTICLE_HTML.replace("<head>", '<head><link rel="canonical" href="https://other.test/x">')
                       .encode(), "text/html; charset=utf-8")
        elif path == "/article-gzip":
            self._send(200, gzip.compress(ARTICLE_HTML.encode()), "text/html", {"Content-Encoding": "gzip"})
        elif path == "/plain":
            self._send(200, PLAIN.encode("utf-8"), "text/plain; charset=utf-8")
        elif path == "/missing":
            self._send(404, b"<h1>Not here</h1>", "text/html")
        elif path == "/boom":
            self._send(500, b"oops", "text/plain")
        elif path == "/slow":  # far longer than any time-out under test
            time.sleep(30)
            self._send(200, ARTICLE_HTML.encode(), "text/html")
        elif path == "/trickle":  # headers, then a few bytes every 0.3 s for 60 s: the total deadline must stop it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>x</p>")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass
        elif path == "/stall-body":  # headers after 0.6 s, then nothing for longer than the timeout
            time.sleep(0.6)
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "5000")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.flush()
            time.sleep(30)
        elif path == "/huge":  # streamed, no Content-Length: the reader must stop by itself
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            try:
                for _ in range(200):
                    self.wfile.write(b"<p>" + b"blah " * 200 + b"</p>\n")
            except OSError:
                pass
        elif path == "/huge-declared":
            self._send(200, b"<p>" + b"x" * 50_000 + b"</p>", "text/html")
        elif path == "/gzip-bomb":
            self._send(200, gzip.compress(b"<p>" + b"a" * 2_000_000 + b"</p>"), "text/html", {"Content-Encoding": "gzip"})
        elif path == "/doc.pdf":
            self._send(200, PDF, "application/pdf")
        elif path == "/pdf-as-html":
            self._send(200, PDF, "text/html")
        elif path == "/image.png":
            self._send(200, PNG, "image/png")
        elif path == "/html-as-octet":
            self._send(200, ARTICLE_HTML.encode(), "application/octet-stream")
        elif path == "/binary-as-octet":
            self._send(200, bytes(range(256)) * 20, "application/octet-stream")
        elif path == "/report.pdf":
            self._send(200, make_pdf(["\n\n".join(PARAS)], title="Harbour report"), "application/pdf")
        elif path == "/pdf-untyped":
            self._send(200, PDF, None)
        elif path == "/zip":
            self._send(200, b"PK\x03\x04" + b"\x00" * 30, "application/zip")
        elif path == "/empty":
            self._send(200, EMPTY_HTML.encode(), "text/html")
        elif path == "/redirect":
            self._send(302, b"", None, {"Location": "/article"})
        elif path == "/redirect-chain":
            self._send(301, b"", None, {"Location": "/redirect"})
        elif path.startswith("/loop"):
            n = int(path[5:] or 0)
            self._send(302, b"", None, {"Location": f"/loop{n + 1}"})
        elif path == "/to-metadata":
            self._send(302, b"", None, {"Location": "http://169.254.169.254/latest/meta-data/"})
        elif path == "/to-private":
            self._send(307, b"", None, {"Location": "http://10.0.0.1/admin"})
        elif path == "/to-ftp":
            self._send(302, b"", None, {"Location": "ftp://example.com/file"})
        else:
            self._send(404, b"no", "text/plain")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


LOCAL = FetchSettings(timeout_s=1.0, max_bytes=200_000, allow_private=True)
PUBLIC = FetchSettings(timeout_s=1.0, max_bytes=200_000, allow_private=False)


@pytest.fixture
def connections(monkeypatch):
    """Record every outgoing connection; refuse (and record) any to a non-loopback address."""
    seen: list[tuple[str, int]] = []
    real = socket.create_connection

    def spy(address, *args, **kwargs):
        seen.append((address[0], address[1]))
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise AssertionError(f"test tried to connect to {address}")
        return real(address, *args, **kwargs)

    monkeypatch.setattr(socket, "create_connection", spy)
    return seen


def _fails(url, settings, match):
    with pytest.raises(FetchError) as ei:
        fetch_article(url, settings)
    assert match in ei.value.user_message, ei.value.user_message
    return ei.value


# --------------------------------------------------------------------------- happy paths


def test_fetches_article_page(server, connections):
    a = fetch_article(server + "/article", LOCAL)
    assert a.title == "Minister vows no tax rise"
    assert a.published == "2024-03-05"
    assert a.url == server + "/article"
    assert a.id == article_id(url=server + "/article")
    for p in PARAS:
        assert p in a.text
    paras = a.text.split("\n\n")
    assert any(p.startswith("\u201cWe made a promise") for p in paras)
    assert "Copyright" not in a.text and "Home" not in a.text
    assert connections == [("127.0.0.1", int(server.rsplit(":", 1)[1]))]


def test_canonical_link_on_the_same_site_gives_the_id(server):
    a = fetch_article(server + "/amp/article?utm_source=twitter", LOCAL)
    assert a.url == server + "/article"
    assert a.id == article_id(url=server + "/article") == article_id(url=server + "/article/?utm_medium=x#top")
    assert PARAS[0] in a.text


def test_canonical_link_to_another_site_is_ignored(server):
    a = fetch_article(server + "/foreign-canonical", LOCAL)
    assert a.url == server + "/foreign-canonical"
    assert a.id == article_id(url=server + "/foreign-canonical")


def test_declared_latin1_charset_is_used(server):
    a = fetch_article(server + "/article-latin1", LOCAL)
    assert "ministre caf\u00e9 said" in a.text


def test_gzip_body_is_decompressed(server):
    a = fetch_article(server + "/article-gzip", LOCAL)
    assert PARAS[0] in a.text


def test_plain_text_is_returned_as_is(server):
    a = fetch_article(server + "/plain", LOCAL)
    assert a.text == "Plain headline\n\nThe mayor said the trains were back on time.\n\nOfficials agreed."
    assert a.title == "Plain headline"


def test_redirects_are_followed_and_id_uses_final_url(server, connections):
    a = fetch_article(server + "/redirect-chain", LOCAL)
    assert a.url == server + "/article"
    assert a.id == article_id(url=server + "/article")
    assert PARAS[1] in a.text
    assert len(connections) == 3  # one connection per hop, each re-checked


def test_host_name_is_pinned_and_sent_as_host_header(server, monkeypatch, connections):
    """A DNS name is resolved once; we connect to that IP and still send the original Host."""
    port = int(server.rsplit(":", 1)[1])
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, p, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", p))])
    Handler.seen_hosts.clear()
    a = fetch_article(f"http://news.example.test:{port}/article", LOCAL)
    assert PARAS[0] in a.text
    assert Handler.seen_hosts == [f"news.example.test:{port}"]
    assert connections == [("127.0.0.1", port)]


# --------------------------------------------------------------------------- HTTP failures


def test_404(server):
    _fails(server + "/missing", LOCAL, "The page answered 404 Not Found")


def test_500(server):
    _fails(server + "/boom", LOCAL, "The page answered 500 Internal Server Error")


def test_slow_server_times_out(server):
    t0 = time.monotonic()
    _fails(server + "/slow", LOCAL, "took too long")
    assert time.monotonic() - t0 < 15  # 1 s time-out against a 30 s server: bounded, with 10x headroom for a busy CI


def test_trickling_server_is_bounded_by_total_time(server):
    t0 = time.monotonic()
    _fails(server + "/trickle", LOCAL, "took too long")
    assert time.monotonic() - t0 < 15  # each read succeeds; only a total deadline ends this before 60 s


def test_server_stalling_after_headers_is_bounded_by_total_time(server):
    settings = FetchSettings(timeout_s=1.0, max_bytes=200_000, allow_private=True)
    t0 = time.monotonic()
    _fails(server + "/stall-body", settings, "took too long")
    assert time.monotonic() - t0 < 15  # the body never comes (30 s stall): a deadline, not a hang


def test_oversize_streamed_body_is_cut_off(server):
    e = _fails(server + "/huge", LOCAL, "That page is larger than 200 KB")
    assert "too big" in e.user_message


def test_oversize_declared_length_is_refused_before_reading(server):
    _fails(server + "/huge-declared", FetchSettings(timeout_s=1.0, max_bytes=10_000, allow_private=True),
           "larger than 10 KB")


def test_gzip_bomb_is_capped(server):
    _fails(server + "/gzip-bomb", LOCAL, "larger than 200 KB")


@pytest.mark.parametrize("path", ["/doc.pdf", "/pdf-as-html", "/pdf-untyped"])
def test_pdf_link_with_no_readable_pages_gets_a_pdf_reason(server, path):
    # PDF is a tiny catalog with no pages: recognised as a PDF however it is served, and said so
    with pytest.raises(WhosaidError) as ei:
        fetch_article(server + path, LOCAL)
    assert "PDF" in ei.value.user_message, ei.value.user_message


def test_pdf_link_is_read(server):
    a = fetch_article(server + "/report.pdf", LOCAL)
    assert a.title == "Harbour report" and PARAS[2] in a.text and a.url.endswith("/report.pdf")


def test_png_is_refused(server):
    _fails(server + "/image.png", LOCAL, "That link is an image")


def test_html_served_as_octet_stream_is_sniffed(server):
    assert PARAS[2] in fetch_article(server + "/html-as-octet", LOCAL).text


def test_binary_served_as_octet_stream_is_refused(server):
    _fails(server + "/binary-as-octet", LOCAL, "binary file")


def test_other_binary_is_refused(server):
    _fails(server + "/zip", LOCAL, "application/zip")


def test_page_without_text(server):
    _fails(server + "/empty", LOCAL, "I couldn't find article text on that page.")


def test_too_many_redirects(server):
    _fails(server + "/loop0", LOCAL, "redirects too many times")


def test_redirect_to_ftp_is_refused(server):
    _fails(server + "/to-ftp", LOCAL, "only fetch http:// and https://")


def test_connection_refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    _fails(f"http://127.0.0.1:{port}/", LOCAL, "connection refused")


def test_unresolvable_host(monkeypatch):
    def nope(*a, **k):
        raise socket.gaierror(-2, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", nope)
    _fails("http://no-such-host.invalid/", LOCAL, "I couldn't find the site no-such-host.invalid")


# --------------------------------------------------------------------------- schemes and SSRF


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "gopher://x/", "javascript:alert(1)", "example.com/page"])
def test_only_http_and_https(url, connections):
    _fails(url, PUBLIC, "only fetch http:// and https://")
    assert connections == []


def test_loopback_ip_refused(server, connections):
    _fails(server + "/article", PUBLIC, "private or internal network address")
    assert connections == []


def test_localhost_name_refused(connections):
    _fails("http://localhost/", PUBLIC, "private or internal")
    assert connections == []


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://10.1.2.3/",
        "http://192.168.1.1/",
        "http://172.16.0.5/",
        "http://100.64.1.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[fe80::1]/",
        "http://[::ffff:10.1.2.3]/",
        "http://[::ffff:127.0.0.1]/",
        "https://[64:ff9b::a01:203]/",
        "http://2130706433/",  # 127.0.0.1 as a decimal integer host
    ],
)
def test_internal_addresses_refused_without_connecting(url, connections):
    _fails(url, PUBLIC, "private or internal")
    assert connections == []


def test_dns_name_resolving_to_private_address_refused(monkeypatch, connections):
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, p, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", p)),
                                                  (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", p))])
    _fails("http://rebind.example.test/", PUBLIC, "private or internal")
    assert connections == []


@pytest.mark.parametrize("path", ["/to-metadata", "/to-private"])
def test_redirect_to_internal_address_is_refused_before_connecting(server, monkeypatch, connections, path):
    real_policy = fetch_mod.address_refusal

    def policy(ip, allow_private):  # the first hop (our test server) is allowed, everything else as usual
        if str(ip) == "127.0.0.1":
            return None
        return real_policy(ip, allow_private)

    monkeypatch.setattr(fetch_mod, "address_refusal", policy)
    _fails(server + path, PUBLIC, "private or internal")
    assert connections == [("127.0.0.1", int(server.rsplit(":", 1)[1]))]  # only the first hop


@pytest.mark.parametrize(
    "ip, refused",
    [
        ("8.8.8.8", False), ("93.184.216.34", False), ("2606:4700:4700::1111", False),
        ("127.0.0.1", True), ("127.8.9.10", True), ("10.0.0.1", True), ("172.31.255.255", True),
        ("172.32.0.1", False), ("192.168.0.1", True), ("169.254.169.254", True), ("100.64.0.1", True),
        ("100.127.255.254", True), ("0.0.0.0", True), ("224.0.0.251", True), ("255.255.255.255", True),
        ("240.0.0.1", True), ("192.0.2.1", True), ("::1", True), ("::", True), ("fc00::1", True),
        ("fd12:3456::1", True), ("fe80::1", True), ("ff02::1", True), ("::ffff:192.168.1.1", True),
        ("::ffff:8.8.8.8", False), ("2002:0a00:0001::1", True), ("64:ff9b::7f00:1", True),
    ],
)
def test_address_policy(ip, refused):
    assert (address_refusal(ipaddress.ip_address(ip), False) is not None) is refused
    assert address_refusal(ipaddress.ip_address(ip), True) is None


# --------------------------------------------------------------------------- decoding


def test_decode_body_fallbacks():
    assert decode_body("caf\u00e9".encode("utf-8"), None, html=False) == "caf\u00e9"
    assert decode_body("caf\u00e9 \u2019".encode("cp1252"), None, html=False) == "caf\u00e9 \u2019"
    assert decode_body("caf\u00e9".encode("latin-1"), "iso-8859-1", html=False) == "caf\u00e9"
    assert decode_body(b'<meta charset="windows-1252"><p>caf\xe9</p>', None, html=True).endswith("caf\u00e9</p>")
    assert decode_body("\ufeffhi".encode("utf-8"), "latin-1", html=False) == "hi"
    assert decode_body(b"caf\xc3\xa9", "no-such-charset", html=False) == "caf\u00e9"


def test_non_ascii_path_is_percent_encoded(server):
    # the server 404s on unknown paths; what matters is that the request goes out and is answered
    _fails(server + "/caf\u00e9 page\r\nX-Injected: 1", LOCAL, "The page answered 404")


# --------------------------------------------------------------------------- HTTPS with a pinned IP


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """HTTPS server on 127.0.0.1 with a self-signed certificate for news.example.test."""
    import shutil
    import ssl
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("openssl not available to make a test certificate")
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out", str(cert),
         "-days", "2", "-subj", "/CN=news.example.test", "-addext", "subjectAltName=DNS:news.example.test"],
        check=True, capture_output=True,
    )
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(str(cert), str(key))
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv.server_address[1], str(cert)
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def trust_test_cert(monkeypatch, tls_server):
    import ssl

    port, cert = tls_server
    monkeypatch.setattr(fetch_mod, "_ssl_context", lambda: ssl.create_default_context(cafile=cert))
    monkeypatch.setattr(socket, "getaddrinfo",
                        lambda host, p, *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", p))])
    return port


def test_https_connects_to_pinned_ip_with_sni_and_verifies_host_name(trust_test_cert, connections):
    port = trust_test_cert
    a = fetch_article(f"https://news.example.test:{port}/article#comments", LOCAL)
    assert PARAS[0] in a.text
    assert a.url == f"https://news.example.test:{port}/article"  # fragment dropped
    assert connections == [("127.0.0.1", port)]


def test_https_certificate_must_match_the_url_host(trust_test_cert):
    # same server, but the URL names the IP: the certificate (for news.example.test) does not match
    _fails(f"https://127.0.0.1:{trust_test_cert}/article", LOCAL, "secure connection")


def test_logs_name_the_url_and_reason_but_not_query_tokens(server, caplog):
    import logging

    with caplog.at_level(logging.DEBUG, logger="bot.fetch"):
        with pytest.raises(FetchError):
            fetch_article(server + "/missing?token=SECRET123&sig=abc", LOCAL)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert "/missing" in text and "404" in text
    assert "SECRET123" not in text and "User-Agent" not in text
