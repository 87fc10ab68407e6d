"""Fixtures for the Slack side: a store, settings, fake claims, a tiny recording Web API on 127.0.0.1."""
from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest

from bot.claims.model import Claim
from bot.config import load_settings

ARTICLE = (
    "Talks collapse as ministers trade blame\n\n"
    "The talks in Geneva ended without agreement on Tuesday. \"We were close, but not close enough,\" "
    "said Bruce Bennett, a senior researcher at the Rand Institute, speaking to Reuters. "
    "The foreign minister, Anna Lindqvist, told reporters that the other side had walked away. "
    "\"This is a setback for everyone,\" Lindqvist said. Officials added that new talks could start next month, "
    "according to a statement from the ministry. Analysts warned that the delay would cost both sides."
)


def fake_claims(text: str) -> list[Claim]:
    """Deterministic claims for ARTICLE-like text (the real engine is tested elsewhere)."""
    out = []
    if "Bennett" in text:
        out.append(Claim("Bruce Bennett", "person", "senior researcher at the Rand Institute",
                         "We were close, but not close enough,", "direct", "Reuters", 10, 20, "said"))
    if "Lindqvist" in text:
        out.append(Claim("Anna Lindqvist", "person", "foreign minister", "the other side had walked away",
                         "indirect", None, 30, 40, "told"))
        out.append(Claim("Anna Lindqvist", "person", "foreign minister", "This is a setback for everyone,",
                         "direct", None, 50, 60, "said"))
    return out


def fake_analyse(article):
    from bot.pipeline import check_readable

    check_readable(article) if hasattr(article, "text") else None
    return fake_claims(article.text)


@pytest.fixture
def settings(tmp_path):
    return load_settings({
        "WHOSAID_DB": str(tmp_path / "t.db"), "SLACK_BOT_TOKEN": "xoxb-test-token",
        "SLACK_SIGNING_SECRET": "s3cr3t", "DIGEST_CHANNEL": "CDIGEST", "WHOSAID_WORKERS": "2",
    })


@pytest.fixture
def store(settings):
    from store import Store

    s = Store.open(settings.db_path)
    yield s
    s.close()


class RecordingSlack:
    """A minimal Slack Web API on 127.0.0.1: records every call, answers ok (or scripted failures)."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.failures: dict[str, list[tuple[int, dict, dict]]] = {}
        self.responses: dict[str, dict] = {}
        self._lock = threading.Lock()
        rec = self

        class H(BaseHTTPRequestHandler):
            def log_message(self, *a):  # quiet
                pass

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n).decode("utf-8") if n else ""
                if "json" in (self.headers.get("Content-Type") or ""):
                    params = json.loads(raw or "{}")
                else:
                    params = {k: v[0] for k, v in parse_qs(raw).items()}
                method = self.path.rsplit("/", 1)[-1]
                with rec._lock:
                    rec.calls.append((method, params))
                    scripted = rec.failures.get(method)
                    failure = scripted.pop(0) if scripted else None
                if failure:
                    status, headers, body = failure
                else:
                    status, headers = 200, {}
                    body = {"ok": True, **rec.responses.get(method, {})}
                    if method == "chat.postMessage":
                        body.update(channel=params.get("channel"), ts=f"{time.time():.6f}")
                    if method == "auth.test":
                        body.update(user_id="UBOT", bot_id="BBOT", team_id="T1")
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    def calls_to(self, method: str) -> list[dict]:
        with self._lock:
            return [p for m, p in self.calls if m == method]

    def wait_for(self, method: str, n: int = 1, timeout: float = 10.0) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = self.calls_to(method)
            if len(got) >= n:
                return got
            time.sleep(0.02)
        raise AssertionError(f"expected {n} call(s) to {method}; got {self.calls}")

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def slack_api():
    rec = RecordingSlack()
    yield rec
    rec.close()


class FakeClient:
    """Stands in for slack_sdk.WebClient in direct listener/worker tests: records calls."""

    def __init__(self, fail: dict | None = None, responses: dict | None = None):
        self.calls: list[tuple[str, dict]] = []
        self.fail = fail or {}
        self.responses = responses or {}

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)

        def call(**kwargs):
            self.calls.append((name, kwargs))
            if name in self.fail:
                raise self.fail[name]
            return self.responses.get(name, {"ok": True})

        return call

    def named(self, name):
        return [k for n, k in self.calls if n == name]


@pytest.fixture
def fake_client():
    return FakeClient()
