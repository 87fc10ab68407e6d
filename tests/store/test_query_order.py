"""`query` (and so `/whosaid NAME`): newest first, exactly, and `limit` quotes the viewer may see, however many
newer quotes they may not see."""
from datetime import datetime, timezone

from store import MessageRef, Viewer
from tests.store.conftest import ALL, article, claim

PUB = MessageRef("CPUB", "1.0", "U1", team_id="T1", channel_type="public")


def priv(ts):
    return MessageRef("GPRIV", ts, "U1", team_id="T1", channel_type="private")


def test_limit_is_filled_with_what_the_viewer_may_see_past_many_newer_hidden_quotes(store, clock):
    for i in range(5):
        a = article(f"public story {i}", published=f"2024-02-0{i + 1}")
        store.record_article(a, source=PUB)
        store.save_claims(a.id, [claim("Bruce Bennett", f"public quote {i}")])
    for i in range(150):  # newer, all in a private channel (more than one look-up's worth)
        a = article(f"private memo {i}", published="2024-03-01")
        store.record_article(a, source=priv(f"{i}.0"))
        store.save_claims(a.id, [claim("Bruce Bennett", f"private quote {i}")])
    outsider = store.query("Bennett", viewer=Viewer.member("T1"), limit=3)
    assert [h.quote for h in outsider] == ["public quote 4", "public quote 3", "public quote 2"]
    member = store.query("Bennett", viewer=Viewer.member("T1", ["GPRIV"]), limit=3)
    assert all(h.quote.startswith("private quote") for h in member)
    grouped = store.query_grouped("Bennett", viewer=Viewer.member("T1"), limit=10)
    assert [g.hit.quote for g in grouped] == [f"public quote {i}" for i in range(4, -1, -1)]


def test_within_a_day_newest_saved_first_even_when_saved_out_of_id_order(store, clock):
    # Two people sharing a surname, all quotes dated the same day; the second article's claims get the higher
    # ids but were saved (created) at an earlier time: the order is by time saved, as before.
    clock.t = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
    a = article("first story", published="2024-03-01")
    store.record_article(a, source=PUB)
    store.save_claims(a.id, [claim("Bruce Bennett", "said at noon"), claim("Mary Bennett", "also at noon")])
    clock.t = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
    b = article("second story", published="2024-03-01")
    store.record_article(b, source=PUB)
    store.save_claims(b.id, [claim("Bruce Bennett", "said at nine"), claim("Mary Bennett", "also at nine")])
    c = article("older story", published="2024-02-01")
    store.record_article(c, source=PUB)
    store.save_claims(c.id, [claim("Mary Bennett", "said in February")])
    everything = [h.quote for h in store.query("Bennett", viewer=ALL, limit=50)]
    assert everything[-1] == "said in February"
    assert set(everything[:2]) == {"said at noon", "also at noon"}
    for viewer in (ALL, Viewer.member("T1")):
        for n in range(1, 6):
            assert [h.quote for h in store.query("Bennett", viewer=viewer, limit=n)] == everything[:n]


def test_since_and_zero_limit(store):
    for i, day in enumerate(["2024-01-05", "2024-02-05", "2024-03-05"]):
        a = article(f"story {i}", published=day)
        store.record_article(a, source=PUB)
        store.save_claims(a.id, [claim("Bruce Bennett", f"quote of {day}")])
    assert [h.quote for h in store.query("Bennett", viewer=Viewer.member("T1"), since="2024-02-01")] == [
        "quote of 2024-03-05", "quote of 2024-02-05"]
    assert store.query("Bennett", viewer=ALL, limit=0) == []


def test_the_best_match_the_viewer_may_see_sets_the_tier(store):
    # "Mary Bennett" (the exact name) is only quoted in a private channel; "Bennett Mary" matches less well
    # (more than one tier below). For an outsider the best match they may see is "Bennett Mary", whose quote
    # they get; a member of the channel, and the operator, get Mary Bennett's only.
    a = article("memo", published="2024-03-01")
    store.record_article(a, source=priv("1.0"))
    store.save_claims(a.id, [claim("Mary Bennett", "the private line")])
    b = article("public story", published="2024-03-01")
    store.record_article(b, source=PUB)
    store.save_claims(b.id, [claim("Bennett Mary", "the public line")])
    scores = {m.name: m.score for m in store.find_speakers("Mary Bennett", viewer=ALL, limit=5)}
    assert scores["Mary Bennett"] - scores["Bennett Mary"] > 5  # not one tier
    assert [h.quote for h in store.query("Mary Bennett", viewer=Viewer.member("T1"))] == ["the public line"]
    assert [h.quote for h in store.query("Mary Bennett", viewer=Viewer.member("T1", ["GPRIV"]))] == [
        "the private line"]
    assert [h.quote for h in store.query("Mary Bennett", viewer=ALL)] == ["the private line"]
