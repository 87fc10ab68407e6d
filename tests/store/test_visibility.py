"""Who may see what, enforced by the store: workspaces, private channels, DMs, operator sources, publish."""
import io
import json
from datetime import date

import pytest

from store import MessageRef, Viewer
from tests.store.conftest import ALL, article, claim

A, B = "TA", "TB"


def pub(channel, ts="1.0", team=A):
    return MessageRef(channel, ts, "U1", team_id=team, channel_type="public")


def priv(channel, ts="1.0", team=A, kind="private"):
    return MessageRef(channel, ts, "U1", team_id=team, channel_type=kind)


def add(store, text, speaker, quote, *, source=None, operator_public=None, title=None, url=None):
    a = article(text, title=title, url=url)
    store.record_article(a, source=source, operator_public=operator_public)
    store.save_claims(a.id, [claim(speaker, quote)])
    return a.id


@pytest.fixture
def world(store):
    """Workspace A: a public channel, a private channel, a DM; workspace B: a public channel; one operator ingest."""
    ids = {
        "a_public": add(store, "public in A", "Bruce Bennett", "public A quote", source=pub("CAPUB"), title="A news"),
        "a_private": add(store, "memo in A", "Bruce Bennett", "secret memo quote", source=priv("GAPRIV"),
                         title="Internal memo", url="https://intranet.example/memo"),
        "a_dm": add(store, "dm in A", "Ankit Panda", "dm quote", source=priv("DADM", kind="im")),
        "b_public": add(store, "public in B", "Bruce Bennett", "public B quote", source=pub("CBPUB", team=B)),
        "operator": add(store, "wire copy", "Ankit Panda", "wire quote", operator_public=True),
        "op_private": add(store, "operator notes", "Ankit Panda", "notes quote", operator_public=False),
    }
    return ids


def quotes(hits):
    return sorted(h.quote for h in hits)


def test_slack_users_see_their_public_space_plus_their_private_channels(store, world):
    outsider_a = Viewer.member(A)
    member_a = Viewer.member(A, ["GAPRIV"])
    user_b = Viewer.member(B, ["GAPRIV"])  # even a stray id from another workspace opens nothing of A's public
    assert quotes(store.query("Bennett", viewer=outsider_a)) == ["public A quote"]
    assert quotes(store.query("Bennett", viewer=member_a)) == ["public A quote", "secret memo quote"]
    assert quotes(store.query("Bennett", viewer=Viewer.member(B))) == ["public B quote"]
    assert "public A quote" not in quotes(store.query("Bennett", viewer=user_b))
    # Operator sources made public are in every workspace's public space; private ones in none.
    assert quotes(store.query("Panda", viewer=Viewer.member(B))) == ["wire quote"]
    assert quotes(store.query("Panda", viewer=Viewer.member(A, ["DADM"]))) == ["dm quote", "wire quote"]
    assert quotes(store.query("Bennett", viewer=ALL)) == ["public A quote", "public B quote", "secret memo quote"]


def test_search_top_home_and_suggestions_follow_the_same_rules(store, world):
    outsider = Viewer.member(A)
    assert store.search_quotes("secret memo", viewer=outsider) == []
    assert quotes(store.search_quotes("secret memo", viewer=Viewer.member(A, ["GAPRIV"]))) == ["secret memo quote"]
    assert store.search_quotes("public B", viewer=outsider) == []
    # Counts are over what the viewer can see.
    top = {s.name: s.claims for s in store.top_speakers(10, viewer=outsider)}
    assert top == {"Bruce Bennett": 1, "Ankit Panda": 1}
    assert {s.name: s.claims for s in store.top_speakers(10, viewer=ALL)} == {"Bruce Bennett": 3, "Ankit Panda": 3}
    titles = {a.title for a in store.recent_articles(10, viewer=outsider)}
    assert "Internal memo" not in titles and "A news" in titles
    assert not any(a.text == "public in B" for a in store.recent_articles(10, viewer=outsider))
    # A speaker only quoted where the viewer cannot look is not suggested.
    store.record_article(article("only private"), source=priv("GAPRIV", "2.0"))
    store.save_claims(article("only private").id, [claim("Vipin Narang", "hidden")])
    assert store.find_speakers("Narang", viewer=outsider) == []
    assert [m.name for m in store.find_speakers("Narang", viewer=Viewer.member(A, ["GAPRIV"]))] == ["Vipin Narang"]


def test_a_hit_never_carries_the_title_or_link_of_an_unseen_article(store, world):
    # The same speaker is in the private memo and in public news: the outsider's hits only name the news.
    hits = store.query("Bennett", viewer=Viewer.member(A), limit=50)
    assert {h.article_title for h in hits} == {"A news"}
    assert all("intranet" not in (h.article_url or "") for h in hits)


def test_an_article_shared_publicly_anywhere_in_the_workspace_is_public_there(store):
    aid = add(store, "shared twice", "Bruce Bennett", "shared quote", source=priv("GAPRIV"))
    assert store.query("Bennett", viewer=Viewer.member(A)) == []
    store.record_article(article("shared twice"), source=pub("CAPUB", "9.0"))
    assert [h.article_id for h in store.query("Bennett", viewer=Viewer.member(A))] == [aid]
    assert store.query("Bennett", viewer=Viewer.member(B)) == []


def test_digest_for_a_channel_holds_the_public_space_and_that_channel_only(store, world, clock):
    day = clock.t.date()
    in_public = store.digest(day, viewer=Viewer.audience(A, "CAPUB"))
    assert {a.title for a in in_public.articles} >= {"A news"}
    text = json.dumps([[s.quotes for s in a.speakers] for a in in_public.articles])
    assert "secret memo quote" not in text and "dm quote" not in text and "public B quote" not in text
    assert in_public.total_claims == 2  # A's public news + the public operator ingest
    in_private = store.digest(day, viewer=Viewer.audience(A, "GAPRIV"))
    assert "secret memo quote" in json.dumps([[s.quotes for s in a.speakers] for a in in_private.articles])
    assert {s.name for s in in_public.top_speakers} == {"Bruce Bennett", "Ankit Panda"}
    assert store.digest(day, viewer=ALL).total_claims == 6


def test_operator_filters(store, world):
    assert quotes(store.query("Bennett", viewer=Viewer.operator(team=B))) == ["public B quote"]
    assert quotes(store.query("Bennett", viewer=Viewer.operator(channel="GAPRIV"))) == ["secret memo quote"]
    assert quotes(store.query("Bennett", viewer=Viewer.operator(public_only=True))) == ["public A quote",
                                                                                        "public B quote"]
    assert quotes(store.query("Panda", viewer=Viewer.operator(public_only=True))) == ["wire quote"]
    assert quotes(store.query("Panda", viewer=Viewer.operator(team=A))) == ["dm quote"]
    buf = io.StringIO()
    assert store.export("json", buf, viewer=Viewer.operator(team=A, public_only=True)) == 2  # A news + wire copy
    assert {r["quote"] for r in json.loads(buf.getvalue())} == {"public A quote", "wire quote"}


def test_unknown_channel_type_counts_as_private_to_its_channel(store):
    add(store, "no type", "Bruce Bennett", "untyped", source=MessageRef("CX", "1.0", "U1", team_id=A))
    assert store.query("Bennett", viewer=Viewer.member(A)) == []
    assert quotes(store.query("Bennett", viewer=Viewer.member(A, ["CX"]))) == ["untyped"]


def test_publish_channel_and_operator_articles(store):
    aid = add(store, "old", "Bruce Bennett", "old quote", source=MessageRef("COLD", "1.0", "U1"))
    n, unknown = store.publish_channel("COLD")
    assert (n, unknown) == (1, 1)  # public, but whose public space is unknown: still hidden
    assert store.query("Bennett", viewer=Viewer.member(A)) == []
    # The workspace is learnt from the next message in that channel (a channel id belongs to one workspace) ...
    store.record_article(article("new one"), source=MessageRef("COLD", "2.0", "U1", team_id=A))
    assert quotes(store.query("Bennett", viewer=Viewer.member(A))) == ["old quote"]
    assert store.query("Bennett", viewer=Viewer.member(B)) == []
    # ... or given by the operator.
    add(store, "older", "Ankit Panda", "older quote", source=MessageRef("COLD2", "1.0", "U1"))
    assert store.publish_channel("COLD2", team=B) == (1, 0)
    assert quotes(store.query("Panda", viewer=Viewer.member(B))) == ["older quote"]
    assert store.set_operator_public([aid, "nope"]) == ["nope"]
    assert quotes(store.query("Bennett", viewer=Viewer.member(B))) == ["old quote"]
    assert store.get_article(aid).operator is True


def test_viewer_needs_a_workspace_and_channel_types_are_checked():
    with pytest.raises(ValueError):
        Viewer.member("")
    with pytest.raises(ValueError):
        MessageRef("C1", "1.0", channel_type="channel")  # Slack's word; the store's is "public"
    assert Viewer.operator().sees_everything and not Viewer.operator(public_only=True).sees_everything


def test_since_and_limits_still_apply_with_a_viewer(store, world):
    assert store.query("Bennett", viewer=Viewer.member(A, ["GAPRIV"]), limit=1)[0].quote in {
        "public A quote", "secret memo quote"}
    assert store.top_speakers(10, since=date(2100, 1, 1), viewer=Viewer.member(A)) == []
