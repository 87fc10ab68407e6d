"""Fixtures for the Slack side: a store, settings, fake claims, and the Slack Web API stand-in on 127.0.0.1
(`slack_api`, which records every call) with a real slack_sdk WebClient pointed at it (`client`)."""
from __future__ import annotations

import pytest

from bot.claims.model import Claim
from bot.config import load_settings
from bot.demo.standin import SlackStandIn
from bot.slack.client import make_client

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
def slack_api():
    with SlackStandIn(token="xoxb-test-token") as api:
        yield api


@pytest.fixture
def settings(tmp_path, slack_api):
    return load_settings({
        "WHOSAID_DB": str(tmp_path / "t.db"), "SLACK_BOT_TOKEN": slack_api.token, "SLACK_API_URL": slack_api.base_url,
        "SLACK_SIGNING_SECRET": "s3cr3t", "DIGEST_CHANNEL": "CDIGEST", "WHOSAID_WORKERS": "2",
    })


@pytest.fixture
def client(settings):
    """A real WebClient on the stand-in, with quick back-off for the retry tests."""
    return make_client(settings, backoff_factor=0.01)


@pytest.fixture
def store(settings):
    from store import Store

    s = Store.open(settings.db_path)
    yield s
    s.close()
