import sqlite3

import sqlite_utils

from bot.article import Article
from bot.claims.model import Claim
from store import Store
from store.migrations import MIGRATIONS, applied, migrate
from tests.store.conftest import ALL


def test_fresh_database_gets_every_migration(tmp_path):
    path = str(tmp_path / "new.db")
    Store.open(path).close()
    db = sqlite_utils.Database(path)
    assert applied(db) == [n for n, _ in MIGRATIONS]
    Store.open(path).close()  # re-opening applies nothing twice
    assert applied(sqlite_utils.Database(path)) == [n for n, _ in MIGRATIONS]


def test_v1_database_upgrades_in_place_and_keeps_data(tmp_path):
    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrate(db, upto="0001_core")
    assert applied(db) == ["0001_core"]
    assert not db["jobs"].exists() and not db["name_tokens"].exists()
    now = "2024-01-05T10:00:00.000000Z"
    db["articles"].insert({"id": "a1", "text": "old text", "title": "Old", "status": "done", "created": now, "updated": now})
    db["speakers"].insert({"id": 1, "name": "Harry Kazianis", "kind": "person", "norm": "harry kazianis",
                           "surname": "kazianis", "created": now})
    db["speaker_aliases"].insert({"speaker_id": 1, "alias": "Harry Kazianis", "norm": "harry kazianis",
                                  "user_made": 0, "created": now})
    db["speakers"].insert({"id": 2, "name": "Kim Jong-un", "kind": "person", "norm": "kim jong un",
                           "surname": "un", "created": now})
    db["speaker_aliases"].insert({"speaker_id": 2, "alias": "Kim Jong-un", "norm": "kim jong un",
                                  "user_made": 0, "created": now})
    db["claims"].insert({"article_id": "a1", "position": 0, "speaker_id": 1, "speaker_name": "Harry Kazianis",
                         "speaker_kind": "person", "quote": "an old missile quote", "kind": "direct",
                         "date": "2024-01-05", "created": now})
    conn.close()

    store = Store.open(path)
    assert applied(sqlite_utils.Database(path)) == [n for n, _ in MIGRATIONS]
    assert store.get_article("a1").title == "Old"
    assert [h.quote for h in store.query("Kajianis", viewer=ALL)] == ["an old missile quote"]  # name index backfilled
    assert [h.article_id for h in store.search_quotes("missile", viewer=ALL)] == ["a1"]  # FTS populated from old rows
    assert store.enqueue("x", {}) is not None and store.first_delivery("e1")
    # 0005 backfilled the family name: "Kim" alone in a new article attaches to the only Kim.
    store.record_article(Article(id="a2", text="new"))
    store.save_claims("a2", [Claim("Kim", "person", None, "new quote", "direct", None, 0, 9)])
    assert store.counts()["speakers"] == 2
    assert [h.quote for h in store.query("Kim Jong-un", viewer=ALL)] == ["new quote"]
    store.close()


def test_failed_migration_rolls_back(tmp_path, monkeypatch):
    import pytest

    import store.migrations as m

    def boom(db):
        db["half_done"].create({"id": int}, pk="id")
        raise RuntimeError("boom")

    monkeypatch.setattr(m, "MIGRATIONS", m.MIGRATIONS + [("9999_boom", boom)])
    path = str(tmp_path / "b.db")
    with pytest.raises(RuntimeError):
        Store.open(path)
    db = sqlite_utils.Database(path)
    assert "9999_boom" not in applied(db) and not db["half_done"].exists()
    assert applied(db) == [n for n, _ in MIGRATIONS]


def test_0010_upgrade_from_todays_schema_makes_old_rows_private_to_their_channel(tmp_path):
    from store import MessageRef, Viewer

    path = str(tmp_path / "today.db")
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(sqlite_utils.Database(conn), upto="0009_feeds")
    conn.close()
    # Rows as today's code writes them: a pasted article (with its Slack message) and a CLI ingest (none).
    s = Store(path)  # Store() without .open() does not migrate
    with s._write() as c:
        now = "2024-01-05T10:00:00.000000Z"
        c.execute("insert into articles (id, text, title, status, source_channel, source_ts, created, updated)"
                  " values ('pasted', 't', 'Pasted', 'pending', 'CPUB', '1.0', ?, ?)", [now, now])
        c.execute("insert into messages (channel, ts, user, article_id, created) values"
                  " ('CPUB', '1.0', 'U1', 'pasted', ?)", [now])
        c.execute("insert into articles (id, text, title, status, created, updated)"
                  " values ('ingested', 't2', 'Ingested', 'pending', ?, ?)", [now, now])
    s.close()
    store = Store.open(path)
    assert applied(sqlite_utils.Database(path))[-1] == MIGRATIONS[-1][0]
    store.save_claims("pasted", [Claim("Bruce Bennett", "person", None, "old pasted quote", "direct", None, 0, 5)])
    store.save_claims("ingested", [Claim("Bruce Bennett", "person", None, "old wire quote", "direct", None, 0, 5)])
    outsider = Viewer.member("TA")
    # Safe default: nobody in Slack sees old rows, except members of the recorded channel.
    assert store.query("Bennett", viewer=outsider) == []
    assert [h.quote for h in store.query("Bennett", viewer=Viewer.member("TA", ["CPUB"]))] == ["old pasted quote"]
    assert len(store.query("Bennett", viewer=ALL)) == 2
    assert store.get_article("ingested").operator is False and store.get_article("pasted").operator is None
    # The operator publishes the channel; its workspace is learnt from the next message there.
    store.publish_channel("CPUB")
    store.record_article(Article(id="new", text="n"), source=MessageRef("CPUB", "2.0", "U2", team_id="TA",
                                                                          channel_type="public"))
    assert [h.quote for h in store.query("Bennett", viewer=outsider)] == ["old pasted quote"]
    assert store.query("Bennett", viewer=Viewer.member("TB")) == []
    store.set_operator_public(["ingested"])
    assert len(store.query("Bennett", viewer=outsider)) == 2
    store.close()


def test_0011_reads_the_error_kind_once_from_the_old_prefixes(tmp_path):
    path = str(tmp_path / "jobs.db")
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(sqlite_utils.Database(conn), upto="0010_visibility")
    now = "2024-01-05T10:00:00.000000Z"
    old = {1: "slack: ratelimited (HTTP 429)", 2: "fetch: HTTP 404", 3: "input: empty | slack: channel_not_found",
           4: "internal: ZeroDivisionError", 5: "interrupted by a restart", 6: None}
    for jid, error in old.items():
        conn.execute("insert into jobs (id, kind, payload, status, attempts, last_error, created, updated)"
                     " values (?, 'message', '{}', 'failed', 1, ?, ?, ?)", [jid, error, now, now])
    conn.close()
    store = Store.open(path)
    kinds = {jid: store.get_job(jid).error_kind for jid in old}
    assert kinds == {1: "delivery", 2: "fetch", 3: "delivery", 4: "internal", 5: None, 6: None}
    assert store.get_job(1).last_error == old[1]  # the text people read is kept as it was
    assert store.requeue_failed_jobs(error_kind="delivery") == 2
    assert {jid for jid in old if store.get_job(jid).status == "queued"} == {1, 3}


def test_0012_upgrade_makes_every_message_and_operator_source_an_arrival_seen_as_before(tmp_path):
    from store import Viewer

    path = str(tmp_path / "before_dedup.db")
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(sqlite_utils.Database(conn), upto="0011_job_error_kind")
    now = "2024-01-05T10:00:00.000000Z"
    rows = [("shared", "Shared", None), ("public-ingest", "Wire", 1), ("private-ingest", "Memo", 0)]
    for aid, title, operator in rows:
        conn.execute("insert into articles (id, text, title, status, operator, created, updated)"
                     " values (?, 't', ?, 'done', ?, ?, ?)", [aid, title, operator, now, now])
    for channel, public in (("CPUB", 1), ("GPRIV", 0)):
        conn.execute("insert into messages (channel, ts, user, article_id, created, team_id, public)"
                     " values (?, '1.0', 'U1', 'shared', ?, 'T1', ?)", [channel, now, public])
    conn.close()
    store = Store.open(path)
    assert applied(sqlite_utils.Database(path))[-1] == MIGRATIONS[-1][0]
    with store._read() as c:
        arrivals = sorted(c.execute("select article_id, key, channel, operator from article_copies").fetchall(),
                          key=str)
    assert arrivals == sorted([("shared", "shared", "CPUB", None), ("shared", "shared", "GPRIV", None),
                               ("public-ingest", "public-ingest", None, 1),
                               ("private-ingest", "private-ingest", None, 0)], key=str)
    outsider = Viewer.member("T1")
    assert store.first_arrival("shared", viewer=outsider).message.channel == "CPUB"
    assert store.first_arrival("public-ingest", viewer=outsider) is not None
    assert store.first_arrival("private-ingest", viewer=outsider) is None
    assert store.first_arrival("private-ingest", viewer=Viewer.operator()) is not None
    store.close()


def test_0015_upgrade_indexes_speaker_date_and_group_and_counts_quotes_on_it(tmp_path):
    path = str(tmp_path / "before_0015.db")
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(sqlite_utils.Database(conn), upto="0014_follows")
    now = "2024-01-05T10:00:00.000000Z"
    conn.execute("insert into articles (id, text, title, status, created, updated) values"
                 " ('a1', 't', 'One', 'done', ?, ?), ('a2', 't', 'Two', 'done', ?, ?)", [now] * 4)
    conn.execute("insert into speakers (id, name, kind, norm, created) values (1, 'Jane Holloway', 'person',"
                 " 'jane holloway', ?)", [now])
    conn.execute("insert into quote_groups (id, speaker_id, created) values (7, 1, ?), (8, 1, ?)", [now, now])
    for aid, pos, gid in (("a1", 0, 7), ("a2", 0, 7), ("a2", 1, 8)):  # group 7 repeated in two articles
        conn.execute("insert into claims (article_id, position, speaker_id, quote, kind, date, created, group_id)"
                     " values (?, ?, 1, 'q', 'direct', '2024-01-05', ?, ?)", [aid, pos, now, gid])
    conn.close()
    store = Store.open(path)
    with store._read() as c:
        indexes = {r[1] for r in c.execute("pragma index_list(claims)")}
        plan = " ".join(r[3] for r in c.execute(
            "explain query plan select speaker_id, count(distinct ifnull(group_id, -id)) from claims"
            " where speaker_id is not null group by speaker_id"))
    assert "idx_claims_speaker_id_date_group_id" in indexes and "idx_claims_speaker_id_date" not in indexes
    assert "COVERING INDEX idx_claims_speaker_id_date_group_id" in plan
    (top,) = store.top_speakers(5, viewer=ALL)
    assert (top.name, top.claims, top.articles) == ("Jane Holloway", 2, 2)
    store.close()
