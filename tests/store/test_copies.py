"""One story, one article: keys, copies and the near-duplicate index, on a real (in-memory) SQLite store."""
from __future__ import annotations

from bot import neardup
from tests.e2e.articles import BRIDGE, BRIDGE_TITLE

from .conftest import ALL, article

BOILERPLATE = ("Sign up for our morning newsletter to get the day's top stories. "
               "Copyright 2026 Harbour Wire Service. All rights reserved. This article may not be redistributed.")


def syndicated(text: str) -> str:
    """A wire copy: another headline, the last paragraph dropped, a footer added."""
    paras = text.strip().split("\n\n")
    return "\n\n".join(["Harbour bridge gets the go-ahead after 20-year fight", *paras[1:-1], BOILERPLATE])


# The same topic, the same people, another story: a follow-up, written afresh.
FOLLOW_UP = """Port Ellis bridge contract goes to local builder

The council of Port Ellis on Friday awarded the contract for the new harbour bridge to a local building firm, three days after councillors approved the project.

"Local jobs matter, and this firm has built half the town," said Jane Holloway, the mayor, at a press conference in the town hall.

Marcus Bennett, who leads the opposition, said the tender had been rushed and asked for the documents to be published in full.

The firm said work on the foundations could start in March if the weather allowed it, and that it would hire about two hundred people.

Engineers will survey the harbour floor next month before any piles are driven.
"""


def test_a_syndicated_copy_is_found_as_the_same_article(store):
    first = article(BRIDGE, title=BRIDGE_TITLE)
    store.record_article(first)
    copy = article(syndicated(BRIDGE), url="https://wire.example/bridge?utm_source=x")
    found = store.find_duplicate(copy, audience=ALL)
    assert found is not None and found.id == first.id
    store.record_copy(first.id, copy, keys=["extra-key"])
    got = store.get_article(copy.id)  # the copy's own id now leads to the first
    assert got.id == first.id
    assert store.get_article("extra-key").id == first.id
    assert [c.url for c in got.copies] == [None, "https://wire.example/bridge?utm_source=x"]
    assert store.counts()["articles"] == 1


def test_an_article_on_the_same_topic_is_not_a_duplicate(store):
    store.record_article(article(BRIDGE, title=BRIDGE_TITLE))
    assert store.find_duplicate(article(FOLLOW_UP), audience=ALL) is None
    sim = neardup.similarity(neardup.signature(BRIDGE), neardup.signature(FOLLOW_UP))
    assert sim < neardup.THRESHOLD


def test_the_same_text_is_the_same_article_without_the_index(store):
    a = article(BRIDGE)
    store.record_article(a)
    again = article("  " + BRIDGE.replace("\n\n", "\n \n") + "\n")  # whitespace differs: same text id
    assert again.id == a.id
    assert store.find_duplicate(again, audience=ALL).id == a.id


def test_short_texts_are_never_near_duplicates(store):
    store.record_article(article("Bennett said the budget was a fantasy and nobody believed it."))
    assert store.find_duplicate(article("Bennett said the budget was a fantasy, and nobody believed it!"), audience=ALL) is None


def test_reindex_adds_articles_missing_from_the_index(store):
    a = article(BRIDGE)
    store.record_article(a)
    with store._write() as conn:  # an article from before the index existed
        conn.execute("delete from lsh_bands")
        conn.execute("delete from article_signatures")
    assert store.find_duplicate(article(syndicated(BRIDGE)), audience=ALL) is None
    assert store.reindex() == 1
    assert store.find_duplicate(article(syndicated(BRIDGE)), audience=ALL).id == a.id
    assert store.reindex() == 0
