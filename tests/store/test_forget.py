"""Forgetting: an article, a channel, a workspace, a date; deleted Slack messages; retention."""
from datetime import date, timedelta

import pytest

from store import MessageRef, StoreError
from tests.store.conftest import ALL, article, claim


def src(channel, ts, team="TA", kind="public"):
    return MessageRef(channel, ts, "U1", team_id=team, channel_type=kind)


def add(store, text, speaker, quote, source=None, operator_public=None):
    a = article(text)
    store.record_article(a, source=source, operator_public=operator_public)
    store.save_claims(a.id, [claim(speaker, quote)])
    return a.id


def fts_rowids(store, word):
    with store._read() as conn:
        return [r[0] for r in conn.execute("select rowid from claims_fts where claims_fts match ?", [word])]


def test_forget_article_deletes_claims_fts_rows_links_and_lonely_speakers(store):
    aid = add(store, "memo", "Vipin Narang", "zanzibar plan", source=src("G1", "1.0", kind="private"))
    keep = add(store, "news", "Bruce Bennett", "other words", source=src("C1", "1.0"))
    assert fts_rowids(store, "zanzibar")
    report = store.forget_article(aid)
    assert report.articles == (aid,) and report.claims == 1 and report.messages == 1 and report.speakers == 1
    assert store.get_article(aid) is None
    assert fts_rowids(store, "zanzibar") == []  # the full-text index row is gone, not just the claim
    assert store.search_quotes("zanzibar", viewer=ALL) == []
    assert store.find_speakers("Narang", viewer=ALL) == []  # the name only the memo held is gone too
    assert store.get_article(keep) is not None and store.counts()["claims"] == 1
    with pytest.raises(StoreError):
        store.forget_article(aid)


def test_forget_channel_keeps_articles_still_linked_elsewhere(store):
    only_here = add(store, "only in G1", "Bruce Bennett", "private words", source=src("G1", "1.0", kind="private"))
    shared = add(store, "shared", "Ankit Panda", "shared words", source=src("G1", "2.0", kind="private"))
    store.record_article(article("shared"), source=src("C2", "3.0"))
    ingested = add(store, "ingested", "Harry Kazianis", "wire words", operator_public=True)
    store.record_article(article("ingested"), source=src("G1", "4.0", kind="private"))
    store.enqueue("message", {"channel": "G1", "ts": "1.0", "text": "pasted memo", "team_id": "TA"})
    job = store.claim_next_job("w")
    store.finish_job(job.id, ok=True)

    report = store.forget(channel="G1")
    assert report.articles == (only_here,) and report.messages == 3 and report.jobs == 1
    assert set(report.kept) == {shared, ingested}
    assert store.get_article(only_here) is None
    kept = store.get_article(shared)
    assert [m.channel for m in kept.messages] == ["C2"] and kept.source.channel == "C2"
    assert store.get_article(ingested).source is None and store.get_article(ingested).claim_count == 1
    assert store.count_jobs() == 0


def test_forget_team_and_before(store, clock):
    old = add(store, "old A", "Bruce Bennett", "old", source=src("C1", "1.0"))
    clock.advance(days=10)
    new = add(store, "new A", "Bruce Bennett", "new", source=src("C1", "2.0"))
    b = add(store, "in B", "Bruce Bennett", "b", source=src("CB", "1.0", team="TB"))
    report = store.forget(team="TA", before=clock.t.date())
    assert report.articles == (old,)
    assert store.get_article(new) is not None and store.get_article(b) is not None
    assert store.forget(team="TA").articles == (new,)
    assert [h.quote for h in store.query("Bennett", viewer=ALL)] == ["b"]
    assert store.forget(team="TA").empty
    with pytest.raises(StoreError):
        store.forget()


def test_deleted_message_unlinks_and_deletes_orphans_only(store):
    aid = add(store, "pasted", "Bruce Bennett", "pasted words", source=src("C1", "1.0"))
    twice = add(store, "linked", "Ankit Panda", "linked words", source=src("C1", "2.0"))
    store.record_article(article("linked"), source=src("C3", "5.0"))
    assert store.unlink_message("C1", "1.0").articles == (aid,)
    report = store.unlink_message("C1", "2.0")
    assert report.articles == () and report.kept == (twice,) and report.messages == 1
    assert store.unlink_message("C1", "404.0").empty
    assert store.get_article(twice).claim_count == 1


def test_retention_drops_old_articles_and_job_text_but_not_recently_shared_ones(store, clock):
    old = add(store, "old", "Bruce Bennett", "old words", source=src("C1", "1.0"))
    reshared = add(store, "reshared", "Ankit Panda", "reshared words", source=src("C1", "2.0"))
    store.enqueue("message", {"channel": "C1", "ts": "1.0", "text": "old pasted text"})
    store.finish_job(store.claim_next_job("w").id, ok=False, error="input: no")
    clock.advance(days=40)
    store.record_article(article("reshared"), source=src("C2", "9.0"))
    fresh = add(store, "fresh", "Harry Kazianis", "fresh words", source=src("C1", "3.0"))
    report = store.apply_retention(clock.t - timedelta(days=30))
    assert report.articles == (old,) and report.claims == 1 and report.jobs == 1
    assert store.get_article(reshared) is not None and store.get_article(fresh) is not None
    assert fts_rowids(store, "old") == []
    # forget --before alone is the same pass.
    clock.advance(days=1)
    assert set(store.forget(before=clock.t.date() + timedelta(days=1)).articles) == {reshared, fresh}
    assert store.counts()["articles"] == 0 and store.counts()["claims"] == 0


def test_user_made_speakers_survive_forgetting(store):
    aid = add(store, "memo", "Vipin Narang", "words", source=src("G1", "1.0", kind="private"))
    store.add_alias("Vipin Narang", "Narang")
    assert store.forget_article(aid).speakers == 0
    assert store.get_speaker("Narang").name == "Vipin Narang"


def test_forget_before_date_uses_day_start(store, clock):
    add(store, "today", "Bruce Bennett", "today", source=src("C1", "1.0"))
    assert store.forget(channel="C1", before=date(2000, 1, 1)).empty
    assert store.forget(channel="C1", before=clock.t.date() + timedelta(days=1)).claims == 1
