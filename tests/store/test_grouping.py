"""Same quote, one record: a speaker's identical or near-identical quotes across articles are one, with sources."""
from __future__ import annotations

import sqlite3

import sqlite_utils

from store import Store
from store.grouping import quote_key
from store.migrations import migrate

from .conftest import ALL, article, claim, save

HOLLOWAY = "We have waited twenty years for this bridge, and now it will finally be built"



def test_quote_key_ignores_quote_marks_punctuation_and_space():
    assert quote_key("“We  have waited,” she said…") == quote_key('"we have waited" she said') == "we have waited she said"


def test_the_same_quote_in_three_articles_is_listed_once_with_three_sources(store, clock):
    save(store, "Story one about the bridge.", [claim("Jane Holloway", f"“{HOLLOWAY}.”")],
          url="https://reuters.example/bridge", title="Reuters: bridge")
    clock.advance(days=1)
    save(store, "Story two about the bridge.", [claim("Jane Holloway", f'"{HOLLOWAY}"'),
                                                 claim("Jane Holloway", "The budget is fine and always was.")],
          url="https://times.example/bridge")
    clock.advance(days=1)
    save(store, "Story three about the bridge.", [claim("Jane Holloway", f"{HOLLOWAY} .")])
    groups = store.query_grouped("Holloway", viewer=ALL)
    assert [len(g.sources) for g in groups] == [3, 1]  # newest first: the bridge quote (again), the budget line
    bridge = groups[0]
    assert bridge.first.url == "https://reuters.example/bridge" and bridge.first.date == "2024-03-01"
    assert [s.url for s in bridge.sources] == ["https://reuters.example/bridge", "https://times.example/bridge", None]
    assert len(store.query("Holloway", viewer=ALL)) == 4  # the ungrouped query still sees every claim


def test_near_identical_quotes_group_but_different_ones_do_not(store):
    save(store, "One.", [claim("Jane Holloway", HOLLOWAY)])
    save(store, "Two.", [claim("Jane Holloway", "We have waited twenty years for this bridge, and now it will be built")])
    save(store, "Three.", [claim("Jane Holloway", "We have waited twenty years for this bridge")])  # trimmed
    save(store, "Four.", [claim("Jane Holloway", "The harbour will be busier than ever once the bridge is open")])
    save(store, "Five.", [claim("Marcus Bennett", HOLLOWAY)])  # another speaker: another quote
    groups = store.query_grouped("Holloway", viewer=ALL)
    assert sorted(len(g.sources) for g in groups) == [1, 3]
    assert len(store.query_grouped("Bennett", viewer=ALL)) == 1


def test_short_quotes_group_only_when_identical(store):
    save(store, "One.", [claim("Jane Holloway", "No.")])
    save(store, "Two.", [claim("Jane Holloway", "No!")])
    save(store, "Three.", [claim("Jane Holloway", "Not now.")])
    assert sorted(len(g.sources) for g in store.query_grouped("Holloway", viewer=ALL)) == [1, 2]


def test_copies_of_one_article_are_sources_of_its_quotes(store):
    a = save(store, "The story as pasted.", [claim("Jane Holloway", HOLLOWAY)])
    copy = article("The story on the wire.", url="https://wire.example/x", title="Wire")
    store.record_copy(a.id, copy)
    (g,) = store.query_grouped("Holloway", viewer=ALL)
    assert [s.url for s in g.sources] == [None, "https://wire.example/x"]


def test_limit_counts_quotes_not_claims(store):
    for i in range(5):
        save(store, f"Story {i}.", [claim("Jane Holloway", HOLLOWAY), claim("Jane Holloway", f"Point number {i} of five.")])
    groups = store.query_grouped("Holloway", limit=3, viewer=ALL)
    assert len(groups) == 3 and len({g.hit.group_id for g in groups}) == 3


def test_upgrade_groups_identical_quotes_of_existing_claims(tmp_path):
    path = str(tmp_path / "old.db")
    conn = sqlite3.connect(path, isolation_level=None)
    db = sqlite_utils.Database(conn)
    migrate(db, upto="0012_article_copies_and_neardup")
    now = "2024-01-05T10:00:00.000000Z"
    for aid in ("a1", "a2"):
        db["articles"].insert({"id": aid, "text": "t", "status": "done", "created": now, "updated": now})
    db["speakers"].insert({"id": 1, "name": "Jane Holloway", "kind": "person", "norm": "jane holloway",
                           "surname": "holloway", "created": now})
    for i, (aid, quote) in enumerate([("a1", "“Build it.”"), ("a2", '"build  it"'), ("a2", "Something else.")]):
        db["claims"].insert({"article_id": aid, "position": i, "speaker_id": 1, "speaker_name": "Jane Holloway",
                             "speaker_kind": "person", "quote": quote, "kind": "direct", "date": "2024-01-05",
                             "created": now})
    conn.close()
    store = Store.open(path)
    with store._read() as c:
        gids = [r[0] for r in c.execute("select group_id from claims order by id")]
    assert gids[0] == gids[1] != gids[2] and None not in gids
    store.close()


def test_the_digest_lists_a_repeated_quote_once(store):
    from datetime import date

    save(store, "One.", [claim("Jane Holloway", HOLLOWAY), claim("Marcus Bennett", "The budget is a fantasy, plainly.")])
    save(store, "Two.", [claim("Jane Holloway", f"“{HOLLOWAY}”")])
    d = store.digest(date(2024, 3, 1), viewer=ALL)
    quotes = [q for a in d.articles for s in a.speakers for q in s.quotes]
    assert quotes == [HOLLOWAY, "The budget is a fantasy, plainly."] and d.total_claims == 2


def test_top_speakers_count_a_repeated_quote_once(store, clock):
    # Holloway's one line is repeated in four articles; Bennett said three different things once each.
    for i in range(4):
        save(store, f"Wire copy {i} about the bridge.", [claim("Jane Holloway", HOLLOWAY)])
    save(store, "Budget story.", [claim("Marcus Bennett", "The budget is a fantasy."),
                                  claim("Marcus Bennett", "Taxpayers will pay for it."),
                                  claim("Marcus Bennett", "I will vote against it on Tuesday.")])
    top = store.top_speakers(5, viewer=ALL)
    assert [(s.name, s.claims, s.articles) for s in top] == [("Marcus Bennett", 3, 1), ("Jane Holloway", 1, 4)]
    week = store.top_speakers(5, since="2024-03-01", viewer=ALL)
    assert [(s.name, s.claims) for s in week] == [("Marcus Bennett", 3), ("Jane Holloway", 1)]
