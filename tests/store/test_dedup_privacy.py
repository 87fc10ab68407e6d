"""One story, one record — within issue 9's visibility: a private channel's article is never revealed through a
duplicate match, a quote's sources, `check`, "Already read", follows or the digest, and forgetting it removes its
copies too."""
from __future__ import annotations

from datetime import date

from store import MessageRef, Viewer

from .conftest import ALL, article, claim
from .test_copies import BRIDGE, syndicated

T = "T1"
PRIVATE = MessageRef("G1", "1.1", "U1", team_id=T, channel_type="private")
PUBLIC = MessageRef("C1", "2.2", "U2", team_id=T, channel_type="public")
PUBLIC2 = MessageRef("C2", "3.3", "U3", team_id=T, channel_type="public")
OUTSIDER = Viewer.member(T, [])
MEMBER = Viewer.member(T, ["G1"])
QUOTE = "We have waited twenty years for this bridge, and now it will finally be built"
PRIVATE_ONLY = "The budget figures we were shown in the closed session are simply wrong"


def _private_story(store, clock):
    """BRIDGE read in the private channel, with a quote of its own that no public copy has."""
    a = article(BRIDGE, url="https://paper.example/bridge", title="Bridge (private)")
    store.record_article(a, source=PRIVATE)
    store.save_claims(a.id, [claim("Jane Holloway", QUOTE), claim("Marcus Bennett", PRIVATE_ONLY)])
    clock.advance(days=1)
    return a


def test_a_near_duplicate_of_a_private_article_is_only_matched_where_it_may_be_seen(store, clock):
    a = _private_story(store, clock)
    copy = article(syndicated(BRIDGE))
    assert store.find_duplicate(copy, audience=Viewer.audience(T, "G1")).id == a.id  # its own channel
    assert store.find_duplicate(copy, audience=Viewer.audience(T, "C1")) is None  # a public channel: read anew
    assert store.find_duplicate(copy, audience=Viewer.audience("T2", "C9")) is None  # another workspace
    # A copy's key merged into the private article does not lead a public arrival to it either.
    store.record_copy(a.id, copy, source=MessageRef("G1", "1.2", "U1", team_id=T, channel_type="private"))
    assert store.find_duplicate(copy, audience=Viewer.audience(T, "C1")) is None
    # Once the story is public (its own address posted in a public channel), a copy there matches it.
    store.record_article(article(BRIDGE, url="https://paper.example/bridge"), source=PUBLIC)
    assert store.find_duplicate(copy, audience=Viewer.audience(T, "C2")).id == a.id


def test_sources_first_seen_and_check_show_only_what_the_viewer_may_see(store, clock):
    a = _private_story(store, clock)
    # The same story read anew in a public channel (find_duplicate said: not for this audience).
    b = article(syndicated(BRIDGE), title="Wire copy")
    store.record_article(b, source=PUBLIC)
    store.save_claims(b.id, [claim("Jane Holloway", QUOTE)])

    (outsider,) = store.query_grouped("Holloway", viewer=OUTSIDER)
    assert [s.article_id for s in outsider.sources] == [b.id] and outsider.first.title == "Wire copy"
    (member,) = store.query_grouped("Holloway", viewer=MEMBER)
    assert [s.article_id for s in member.sources] == [a.id, b.id]  # one quote, two articles, oldest first
    assert store.query_grouped("Bennett", viewer=OUTSIDER) == []

    assert store.check("the budget figures we were shown are wrong", viewer=OUTSIDER) == []
    assert store.check("the budget figures we were shown are wrong", viewer=MEMBER)[0].group.hit.speaker == \
        "Marcus Bennett"
    (hit,) = store.check("we have waited twenty years for this bridge", viewer=OUTSIDER)
    assert [s.article_id for s in hit.group.sources] == [b.id]

    assert store.first_arrival(a.id, viewer=Viewer.audience(T, "C1")) is None
    assert store.first_arrival(a.id, viewer=Viewer.audience(T, "G1")).message.channel == "G1"
    assert store.first_arrival(a.id, viewer=Viewer.audience(T, "G1"), exclude=PRIVATE) is None


def test_the_same_page_reaching_a_public_channel_later_is_first_seen_there_for_the_public(store, clock):
    a = _private_story(store, clock)
    store.record_article(article(BRIDGE, url="https://paper.example/bridge"), source=PUBLIC)  # the same address
    (g,) = store.query_grouped("Holloway", viewer=OUTSIDER)
    assert [s.message.channel for s in g.sources] == ["C1"]  # the private arrival's date is not shown
    assert g.first.created > store.get_article(a.id).created
    assert store.first_arrival(a.id, viewer=Viewer.audience(T, "C2")).message.channel == "C1"


def test_follow_and_follow_notices_respect_what_each_follower_may_see(store, clock):
    store.record_article(article("Seed.", title="Seed"), source=PUBLIC)
    seed = article("Seed.")
    store.save_claims(seed.id, [claim("Jane Holloway", "A public seed quote about the harbour.")])
    assert store.follow("U9", "Bennett", team_id=T, viewer=OUTSIDER) is None  # nothing public by Bennett yet
    for user, viewer in (("U9", OUTSIDER), ("U1", MEMBER)):
        assert store.follow(user, "Holloway", team_id=T, viewer=viewer).name == "Jane Holloway"
    a = _private_story(store, clock)
    assert sorted(store.followers_of(a.id)) == [("U1", T), ("U9", T)]
    (notice,) = store.follow_notices(a.id, {"U9": OUTSIDER, "U1": MEMBER})
    assert notice.user == "U1" and notice.team_id == T and notice.speakers == ["Jane Holloway"]
    assert store.followers_of(a.id) == [("U9", T)]  # the outsider was not told, and nothing was recorded


def test_the_public_digest_lists_a_shared_quote_under_the_public_article_only(store, clock):
    _private_story(store, clock)
    clock.advance(days=-1)  # the same day
    b = article(syndicated(BRIDGE), title="Wire copy")
    store.record_article(b, source=PUBLIC)
    store.save_claims(b.id, [claim("Jane Holloway", QUOTE)])
    d = store.digest(date(2024, 3, 1), viewer=Viewer.audience(T, "C1"))
    assert [x.title for x in d.articles] == ["Wire copy"] and d.total_claims == 1
    assert "closed session" not in str(d)
    everything = store.digest(date(2024, 3, 1), viewer=ALL)  # listed once: under the first article it appeared in
    assert [x.title for x in everything.articles] == ["Bridge (private)"] and everything.total_claims == 2


def test_forgetting_a_channel_removes_its_copies_and_a_deleted_article_leaves_nothing(file_store, clock):
    store = file_store
    a = _private_story(store, clock)
    copy = article(syndicated(BRIDGE), url="https://wire.example/copy")
    store.record_copy(a.id, copy, source=PUBLIC)
    assert [c.url for c in store.get_article(a.id).copies] == ["https://paper.example/bridge",
                                                                "https://wire.example/copy"]
    store.forget(channel="C1")
    assert [c.url for c in store.get_article(a.id).copies] == ["https://paper.example/bridge"]
    assert store.find_duplicate(copy, audience=Viewer.audience(T, "C1")) is None
    store.forget(channel="G1")
    assert store.counts()["articles"] == 0
    with store._read() as conn:
        for table in ("article_copies", "article_keys", "article_signatures", "lsh_bands", "quote_groups"):
            assert conn.execute(f"select count(*) from {table}").fetchone()[0] == 0, table


def test_an_edited_message_keeps_the_article_its_link_was_merged_into(store, clock):
    a = _private_story(store, clock)
    copy = article(syndicated(BRIDGE), url="https://wire.example/copy")
    store.record_copy(a.id, copy, source=PUBLIC)
    # The message's text was edited, its link unchanged: the link's id leads to the merged article, kept.
    assert store.unlink_message("C1", "2.2", keep=[copy.id]).empty
    assert {m.channel for m in store.get_article(a.id).messages} == {"G1", "C1"}
    # The link edited away: the public copy goes, the article stays with its private channel.
    assert store.unlink_message("C1", "2.2").messages == 1
    assert {m.channel for m in store.get_article(a.id).messages} == {"G1"}
