import sqlite3

import sqlite_utils

from bot.article import Article
from bot.claims.model import Claim
from store import Store
from store.migrations import MIGRATIONS, applied, migrate


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
    assert [h.quote for h in store.query("Kajianis")] == ["an old missile quote"]  # name index backfilled
    assert [h.article_id for h in store.search_quotes("missile")] == ["a1"]  # FTS populated from old rows
    assert store.enqueue("x", {}) is not None and store.first_delivery("e1")
    # 0005 backfilled the family name: "Kim" alone in a new article attaches to the only Kim.
    store.record_article(Article(id="a2", text="new"))
    store.save_claims("a2", [Claim("Kim", "person", None, "new quote", "direct", None, 0, 9)])
    assert store.counts()["speakers"] == 2
    assert [h.quote for h in store.query("Kim Jong-un")] == ["new quote"]
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
