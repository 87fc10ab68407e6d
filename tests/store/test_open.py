"""Opening the log: read-only opens never create, migrate or write; paths that cannot work get one clear message."""
from __future__ import annotations

import sqlite3
import time

import pytest

from store import NoDatabaseError, Store, StoreError
from store.db import AUTOCHECKPOINT_PAGES
from store.migrations import MIGRATIONS
from tests.readonly import read_only
from tests.store.conftest import ALL, article, claim

LOGGED = article("Headline\n\nSomething was said.", title="Headline")


def _logged(path) -> None:
    with Store.open(str(path)) as s:
        s.record_article(LOGGED)
        s.save_claims(LOGGED.id, [claim("Maria Okonkwo", "We will not back down")])


def test_readonly_open_never_creates_a_database(tmp_path):
    path = tmp_path / "none.db"
    with pytest.raises(NoDatabaseError, match="no log at .* yet: make one with `whosaid ingest"):
        Store.open(str(path), readonly=True)
    assert not path.exists()


def test_readonly_open_of_an_empty_file_says_there_is_no_log_yet(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with pytest.raises(NoDatabaseError, match="not a whosaid log yet"):
        Store.open(str(path), readonly=True)
    assert path.read_bytes() == b""


def test_readonly_open_writes_nothing_not_even_the_journal_mode(tmp_path):
    path = tmp_path / "log.db"
    _logged(path)
    conn = sqlite3.connect(path)
    assert conn.execute("pragma journal_mode = delete").fetchone()[0] == "delete"
    conn.close()
    before = path.read_bytes()
    with Store.open(str(path), readonly=True) as s:
        assert [h.speaker for h in s.article_claims(LOGGED.id, viewer=ALL)] == ["Maria Okonkwo"]
        with pytest.raises(StoreError) as e:
            s.add_alias("Maria Okonkwo", "MO")
        assert "read-only" in e.value.user_message
    assert path.read_bytes() == before
    conn = sqlite3.connect(path)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    conn.close()
    Store.open(str(path)).close()  # a writing open does switch it, so the check above can fail
    conn = sqlite3.connect(path)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_readonly_open_works_in_a_read_only_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "log.db"
    _logged(path)
    with read_only(path, folder):
        with Store.open(str(path), readonly=True) as s:
            assert s.counts()["claims"] == 1
            assert s.article_claims(LOGGED.id, viewer=ALL)[0].quote == "We will not back down"
        with pytest.raises(StoreError) as e:
            Store.open(str(path))
        assert "read-only" in e.value.user_message and "whosaid query" in e.value.user_message


def test_readonly_open_of_an_older_log_says_how_to_upgrade(tmp_path):
    import sqlite_utils

    from store.migrations import migrate

    path = tmp_path / "old.db"
    db = sqlite_utils.Database(str(path))
    migrate(db, upto=MIGRATIONS[-2][0])
    db.close()
    with pytest.raises(StoreError, match="older whosaid: run a command that writes"):
        Store.open(str(path), readonly=True)
    Store.open(str(path)).close()  # a writing open upgrades it
    Store.open(str(path), readonly=True).close()


@pytest.mark.parametrize("readonly", [False, True])
def test_a_file_that_is_not_sqlite(tmp_path, readonly):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    with pytest.raises(StoreError) as e:
        Store.open(str(path), readonly=readonly)
    assert "is not a whosaid database" in e.value.user_message


@pytest.mark.parametrize("readonly", [False, True])
def test_a_folder_as_the_database(tmp_path, readonly):
    with pytest.raises(StoreError, match="is a folder, not a database file"):
        Store.open(str(tmp_path), readonly=readonly)


def test_a_missing_folder(tmp_path):
    with pytest.raises(StoreError, match="folder .*missing does not exist"):
        Store.open(str(tmp_path / "missing" / "x.db"))
    assert not (tmp_path / "missing").exists()


def test_a_read_only_file_cannot_be_written(tmp_path):
    path = tmp_path / "log.db"
    _logged(path)
    with read_only(path):
        with pytest.raises(StoreError) as e:
            with Store.open(str(path)) as s:
                s.record_article(article("Another one\n\nMore was said."))
        assert "I can't write to" in e.value.user_message


def test_background_checkpoints_keep_commits_from_checkpointing(tmp_path):
    """`serve`'s store: no commit checkpoints the WAL (SQLite's auto-checkpoint is off on its connections); a
    thread copies the WAL into the database file instead."""
    path = str(tmp_path / "bg.db")
    store = Store.open(path, background_checkpoints=True, checkpoint_every_s=0.05)
    try:
        assert store._conn().execute("pragma wal_autocheckpoint").fetchone()[0] == 0
        for i in range(40):
            store.record_article(article(f"Story {i}. " + "x" * 4000))
        deadline = time.monotonic() + 30  # a blow-up guard, not a timing
        start = store.checkpoints
        while store.checkpoints < start + 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert store.checkpoints >= start + 2
        # The rows are in the database file itself (read ignoring the WAL).
        with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as raw:
            assert raw.execute("select count(*) from articles").fetchone()[0] == 40
    finally:
        store.close()
    assert store._checkpointer is None  # closed: the thread has stopped
    with Store.open(path) as plain:  # other stores (the CLI) checkpoint in a commit, every AUTOCHECKPOINT_PAGES
        assert plain._conn().execute("pragma wal_autocheckpoint").fetchone()[0] == AUTOCHECKPOINT_PAGES
        plain.record_article(article("One more story."))
    # Closed: the WAL is in the database file itself.
    with sqlite3.connect(f"file:{path}?immutable=1", uri=True) as raw:
        assert raw.execute("select count(*) from articles").fetchone()[0] == 41
