"""WHOSAID_RETENTION_DAYS: the daily housekeeping pass drops old articles, claims and pasted text."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from bot.article import Article
from bot.claims.model import Claim
from bot.config import ConfigError, load_settings
from bot.slack.digest import DigestScheduler
from store import MessageRef, Store, Viewer

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=timezone.utc)


def test_retention_days_is_read_once_and_checked():
    assert load_settings({}).retention_days is None
    assert load_settings({"WHOSAID_RETENTION_DAYS": "30"}).retention_days == 30
    with pytest.raises(ConfigError):
        load_settings({"WHOSAID_RETENTION_DAYS": "soon"})
    with pytest.raises(ConfigError):
        load_settings({"WHOSAID_RETENTION_DAYS": "-1"})


def test_daily_pass_applies_retention_only_when_set(tmp_path):
    store = Store.open(str(tmp_path / "r.db"), clock=lambda: T0)
    store.record_article(Article(id="old", text="pasted memo text"),
                         source=MessageRef("C1", "1.0", "U1", team_id="TA", channel_type="public"))
    store.save_claims("old", [Claim("Bruce Bennett", "person", None, "old words", "direct", None, 0, 5)])
    settings = load_settings({"WHOSAID_DB": store.path})
    later = T0 + timedelta(days=40)
    DigestScheduler(settings, store, None, clock=lambda: later).prune()
    assert store.get_article("old") is not None  # unset: keep everything

    DigestScheduler(replace(settings, retention_days=60), store, None, clock=lambda: later).prune()
    assert store.get_article("old") is not None  # younger than 60 days
    DigestScheduler(replace(settings, retention_days=30), store, None, clock=lambda: later).prune()
    assert store.get_article("old") is None
    assert store.query("Bennett", viewer=Viewer.operator()) == [] and store.counts()["claims"] == 0
    store.close()
