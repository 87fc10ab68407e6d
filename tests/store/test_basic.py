from datetime import date

import sqlite_utils

from store import MessageRef, Store
from store.migrations import MIGRATIONS
from tests.store.conftest import ALL, article, claim


def test_round_trip(store):
    a = article("North Korea fired a missile.", url="https://ex.com/a", title="Missile", published="2024-02-28")
    aid = store.record_article(a, source=MessageRef("C1", "1.000", "U1"))
    assert aid == a.id
    assert store.get_article(aid).status == "pending"
    n = store.save_claims(aid, [claim("Bruce Bennett", "It is a threat", role="researcher", via="Reuters"),
                                claim("the Pentagon", "We are watching", kind="organisation")])
    assert n == 2
    got = store.get_article(aid)
    assert (got.status, got.claim_count, got.title, got.url, got.published) == ("done", 2, "Missile", "https://ex.com/a", "2024-02-28")
    assert got.source == MessageRef("C1", "1.000", "U1")
    hits = store.query("Bennett", viewer=ALL)
    assert [(h.speaker, h.quote, h.role, h.via, h.article_title, h.article_url, h.article_date) for h in hits] == [
        ("Bruce Bennett", "It is a threat", "researcher", "Reuters", "Missile", "https://ex.com/a", "2024-02-28")]
    assert [h.quote for h in store.article_claims(aid)] == ["It is a threat", "We are watching"]
    assert store.query("Pentagon", viewer=ALL)[0].speaker == "the Pentagon"


def test_reingest_is_idempotent_and_links_each_message(store):
    a = article("Same text")
    store.record_article(a, source=MessageRef("C1", "1", "U1"))
    store.save_claims(a.id, [claim("Bruce Bennett", "one"), claim("Bruce Bennett", "two")])
    store.record_article(a, source=MessageRef("C2", "2", "U2"))
    store.record_article(a, source=MessageRef("C2", "2", "U2"))  # same message again: not linked twice
    store.save_claims(a.id, [claim("Bruce Bennett", "one"), claim("Bruce Bennett", "two")])
    c = store.counts()
    assert (c["articles"], c["claims"], c["speakers"], c["messages"]) == (1, 2, 1, 2)
    assert store.get_article(a.id).messages == (MessageRef("C1", "1", "U1"), MessageRef("C2", "2", "U2"))
    assert store.get_article(a.id).status == "done"


def test_mark_failed_and_retry_list(store):
    a, b = article("one"), article("two")
    store.record_article(a)
    store.record_article(b)
    store.mark_failed(a.id, "I can only read English articles for now.")
    retry = {x.id: x for x in store.articles_to_retry()}
    assert set(retry) == {a.id, b.id}
    assert retry[a.id].status == "failed" and retry[a.id].error.startswith("I can only")
    store.save_claims(a.id, [claim("X Y", "q")])
    assert [x.id for x in store.articles_to_retry()] == [b.id]
    assert store.get_article(a.id).error is None


def test_unknown_speaker_is_kept_without_speaker(store):
    a = article("anon")
    store.record_article(a)
    store.save_claims(a.id, [claim(None, "Officials said it failed", kind="unknown")])
    assert store.article_claims(a.id)[0].speaker is None
    assert store.counts()["speakers"] == 0


def test_top_speakers_and_recent(store, clock):
    for i in range(3):
        a = article(f"text {i}")
        store.record_article(a)
        store.save_claims(a.id, [claim("Bruce Bennett", f"b{i}")] + [claim("Ankit Panda", "p")] * (i == 2))
    top = store.top_speakers(5, viewer=ALL)
    assert [(t.name, t.claims, t.articles) for t in top] == [("Bruce Bennett", 3, 3), ("Ankit Panda", 1, 1)]
    assert [a.text for a in store.recent_articles(2, viewer=ALL)] == ["text 2", "text 1"]


def test_query_since_and_limit(store):
    for i, day in enumerate(["2024-01-01", "2024-02-01", "2024-03-01"]):
        a = article(f"t{i}", published=day)
        store.record_article(a)
        store.save_claims(a.id, [claim("Bruce Bennett", f"q{i}")])
    assert [h.quote for h in store.query("Bennett", viewer=ALL)] == ["q2", "q1", "q0"]
    assert [h.quote for h in store.query("Bennett", since=date(2024, 2, 1), viewer=ALL)] == ["q2", "q1"]
    assert [h.quote for h in store.query("Bennett", limit=1, viewer=ALL)] == ["q2"]


def test_digest_groups_by_article_and_speaker(store, clock):
    a = article("day one", title="A")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", "x"), claim("Ankit Panda", "y"), claim("Bennett", "z")])
    clock.advance(days=1)
    b = article("day two")
    store.record_article(b)
    store.save_claims(b.id, [claim("Ankit Panda", "w")])
    d = store.digest(date(2024, 3, 1), viewer=ALL)
    assert d.total_claims == 3 and len(d.articles) == 1
    art = d.articles[0]
    assert art.title == "A" and art.claim_count == 3
    assert [(s.name, s.quotes) for s in art.speakers] == [("Bruce Bennett", ("x", "z")), ("Ankit Panda", ("y",))]
    assert d.top_speakers[0].name == "Bruce Bennett"
    assert store.digest(date(2024, 3, 2), viewer=ALL).total_claims == 1
    assert store.digest(date(2024, 3, 5), viewer=ALL).empty


def test_search_quotes_fts(store):
    a = article("fts")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", "The missile could reach Washington"),
                             claim("Ankit Panda", "Solid fuel matters")])
    assert [h.speaker for h in store.search_quotes("missile washington", viewer=ALL)] == ["Bruce Bennett"]
    assert [h.speaker for h in store.search_quotes("panda", viewer=ALL)] == ["Ankit Panda"]


def test_export_csv_and_json(store):
    import csv
    import io
    import json

    a = article("exp", title="T, with comma")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", 'He said "no", twice')])
    buf = io.StringIO()
    assert store.export("csv", buf, viewer=ALL) == 1
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert rows[0]["quote"] == 'He said "no", twice' and rows[0]["article_title"] == "T, with comma"
    buf = io.StringIO()
    store.export("json", buf, viewer=ALL)
    data = json.loads(buf.getvalue())
    assert data[0]["speaker"] == "Bruce Bennett"
    empty = Store.open(":memory:")
    buf = io.StringIO()
    empty.export("json", buf, viewer=ALL)
    assert json.loads(buf.getvalue()) == []


def test_file_db_is_plain_sqlite_in_wal_mode(file_store, tmp_path):
    a = article("plain")
    file_store.record_article(a)
    file_store.save_claims(a.id, [claim("Bruce Bennett", "q")])
    db = sqlite_utils.Database(str(tmp_path / "t.db"))
    assert db.journal_mode == "wal"
    assert {"articles", "claims", "speakers", "speaker_aliases", "messages", "slack_events", "digest_posts",
            "jobs", "_migrations", "claims_fts"} <= set(db.table_names())
    assert [r["name"] for r in db["_migrations"].rows] == [n for n, _ in MIGRATIONS]
    assert db["claims"].count == 1


def test_digest_day_follows_time_zone(store, clock):
    from datetime import datetime, timezone

    clock.t = datetime(2024, 3, 1, 23, 30, tzinfo=timezone.utc)
    a = article("late")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", "late quote")])
    assert store.digest(date(2024, 3, 1), viewer=ALL).total_claims == 1
    assert store.digest(date(2024, 3, 2), tz="Asia/Tokyo", viewer=ALL).total_claims == 1
    assert store.digest(date(2024, 3, 1), tz="Asia/Tokyo", viewer=ALL).total_claims == 0


def test_digest_counts_failed_articles(store):
    a = article("bad")
    store.record_article(a)
    store.mark_failed(a.id, "nope")
    d = store.digest(date(2024, 3, 1), viewer=ALL)
    assert d.empty and d.failed == 1


def test_since_accepts_datetime(store):
    from datetime import datetime, timezone

    a = article("dated", published="2024-02-01")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", "q")])
    assert len(store.query("Bennett", since=datetime(2024, 2, 1, 15, tzinfo=timezone.utc), viewer=ALL)) == 1
    assert len(store.top_speakers(since=datetime(2024, 2, 1, 15), viewer=ALL)) == 1
    assert store.query("Bennett", since="2024-02-02", viewer=ALL) == []


def test_a_link_read_later_fills_in_the_empty_text_of_its_failed_record(store):
    from bot.article import Article, article_id

    url = "https://news.example/a"
    aid = store.record_article(Article(id=article_id(url=url), text="", url=url))
    store.mark_failed(aid, "timed out")
    store.record_article(Article(id=aid, text="The full text.", url=url, title="A"))
    got = store.get_article(aid)
    assert (got.text, got.title) == ("The full text.", "A")
    store.record_article(Article(id=aid, text="Other text.", url=url))  # a stored text is never overwritten
    assert store.get_article(aid).text == "The full text."
