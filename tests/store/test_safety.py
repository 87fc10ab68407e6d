"""User input is data: never SQL, never FTS5 query syntax."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import ALL, article, claim

NASTY = ['"', '""', "'", "*", "Ben*", "NEAR", "NEAR(a b)", "a OR b", "OR", "AND", "NOT", "--", "-", "^",
         "'; DROP TABLE claims; --", '"; DROP TABLE speakers; --', "(", ")", ":", "quote:x", "{a b}", "\x00",
         "%", "_", "\\", "Bennett' OR '1'='1", "", "   ", "🙂", "名前"]


def _seed(store):
    a = article("seed")
    store.record_article(a)
    store.save_claims(a.id, [claim("Bruce Bennett", "It is a threat OR worse"), claim("Kim Jong-un", "NEAR term")])


def _intact(store):
    c = store.counts()
    assert c["claims"] == 2 and c["speakers"] == 2


def test_nasty_strings(store):
    _seed(store)
    for s in NASTY:
        store.query(s, viewer=ALL)
        store.find_speakers(s, viewer=ALL)
        store.search_quotes(s, viewer=ALL)
        store.query(s, since=s, viewer=ALL)
    _intact(store)
    assert [h.speaker for h in store.search_quotes("OR worse", viewer=ALL)] == ["Bruce Bennett"]
    assert [h.speaker for h in store.search_quotes("NEAR", viewer=ALL)] == ["Kim Jong-un"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(max_size=40))
def test_any_text_is_safe(store, s):
    if not store.counts()["claims"]:
        _seed(store)
    store.query(s, viewer=ALL)
    store.search_quotes(s, viewer=ALL)
    _intact(store)


def test_nasty_names_are_stored_as_data(store):
    a = article("nasty")
    store.record_article(a)
    store.save_claims(a.id, [claim("Robert'); DROP TABLE articles;--", "x"), claim('"NEAR" OR *', "y")])
    assert store.counts()["articles"] == 1
    assert store.query("Robert'); DROP TABLE articles;--", viewer=ALL)[0].quote == "x"
