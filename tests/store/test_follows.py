"""Follows: one notice per follower and article, only the followed speakers' claims, rate-limited, never twice."""
from __future__ import annotations

from store import follows

from .conftest import ALL, claim, save

EVERYONE = {"U1": ALL, "U2": ALL}  # followers who may see the whole log (privacy: tests/store/test_dedup_privacy.py)


def test_follow_unfollow_following(store):
    save(store, "One.", [claim("Jane Holloway", "Build it now, and build it well.")])
    assert store.follow("U1", "Holloway", team_id="T1", viewer=ALL).name == "Jane Holloway"
    assert store.follow("U1", "Nobody Atall", team_id="T1", viewer=ALL) is None
    assert store.following("U1") == ["Jane Holloway"] and store.following("U2") == []
    assert store.unfollow("U1", "Holloway") == "Jane Holloway"
    assert store.unfollow("U1", "Holloway") is None and store.following("U1") == []


def test_one_notice_per_article_with_the_followed_speakers_claims(store):
    save(store, "Seed.", [claim("Jane Holloway", "Seed quote one here."), claim("Marcus Bennett", "Seed two.")])
    store.follow("U1", "Holloway", team_id="T1", viewer=ALL)
    store.follow("U1", "Bennett", team_id="T1", viewer=ALL)
    store.follow("U2", "Bennett", team_id="T1", viewer=ALL)
    a = save(store, "News.", [claim("Jane Holloway", "A new quote about the harbour."),
                               claim("Marcus Bennett", "A new reply about the budget."),
                               claim("Priya Raman", "Not followed by anyone.")])
    got = {n.user: n for n in store.follow_notices(a.id, EVERYONE)}
    assert set(got) == {"U1", "U2"}
    assert got["U1"].speakers == ["Jane Holloway", "Marcus Bennett"] and got["U2"].speakers == ["Marcus Bennett"]
    assert store.follow_notices(a.id, EVERYONE) == []  # never twice for the same article


def test_notices_are_rate_limited_not_queued(store, clock):
    save(store, "Seed.", [claim("Jane Holloway", "Seed quote.")])
    store.follow("U1", "Holloway", team_id="T1", viewer=ALL)
    sent = 0
    for i in range(follows.MAX_PER_HOUR + 3):
        a = save(store, f"News {i}.", [claim("Jane Holloway", f"Quote number {i} about the harbour.")])
        sent += len(store.follow_notices(a.id, EVERYONE))
    assert sent == follows.MAX_PER_HOUR
    clock.advance(hours=2)
    a = save(store, "Later news.", [claim("Jane Holloway", "A quote two hours later about it.")])
    assert len(store.follow_notices(a.id, EVERYONE)) == 1
