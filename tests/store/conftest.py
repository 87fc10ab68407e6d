from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.article import Article, article_id
from bot.claims.model import Claim
from store import Store, Viewer

ALL = Viewer.operator()  # the operator: sees the whole log


class Clock:
    """A settable clock so tests control created/updated timestamps."""

    def __init__(self, start: datetime = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)):
        self.t = start

    def __call__(self) -> datetime:
        self.t += timedelta(microseconds=1)
        return self.t

    def advance(self, **kw) -> None:
        self.t += timedelta(**kw)


def claim(speaker, quote, kind="person", *, role=None, via=None, ckind="direct", start=0, end=None, cue="said"):
    return Claim(speaker=speaker, speaker_kind=kind, role=role, quote=quote, kind=ckind, via=via,
                 start=start, end=end if end is not None else start + len(quote), cue=cue)


def article(text, *, url=None, title=None, published=None):
    return Article(id=article_id(url=url, text=text), text=text, title=title, url=url, published=published)


def save(store, text, claims, **kw):
    """Record an article made of `text` (and `kw`) and save its claims; returns the Article."""
    a = article(text, **kw)
    store.record_article(a)
    store.save_claims(a.id, claims)
    return a


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def store(clock):
    s = Store.open(":memory:", clock=clock)
    yield s
    s.close()


@pytest.fixture
def file_store(tmp_path, clock):
    s = Store.open(str(tmp_path / "t.db"), clock=clock)
    yield s
    s.close()
