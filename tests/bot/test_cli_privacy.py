"""CLI: ingest --private, the --team/--channel/--public-only filters, `whosaid forget`, `whosaid publish`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bot.article import Article
from bot.claims.model import Claim
from bot.cli import main
from store import MessageRef, Store, Viewer


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "cli.db")
    with Store.open(path) as s:
        for aid, channel, team, kind, quote in [("a1", "CPUB", "TA", "public", "public words"),
                                                ("a2", "GPRIV", "TA", "private", "private words"),
                                                ("a3", "CB", "TB", "public", "words from b")]:
            s.record_article(Article(id=aid, text=quote, title=f"title {aid}"),
                             source=MessageRef(channel, "1.0", "U1", team_id=team, channel_type=kind))
            s.save_claims(aid, [Claim("Bruce Bennett", "person", None, quote, "direct", None, 0, 5)])
        s.record_article(Article(id="old", text="old"), source=MessageRef("COLD", "1.0", "U1"))
        s.save_claims("old", [Claim("Ankit Panda", "person", None, "old words", "direct", None, 0, 5)])
    return path


def run(db, *args, input=None):
    return CliRunner().invoke(main, ["--db", db, *args], input=input, catch_exceptions=False)


def quotes(output):
    return sorted(h["quote"] for h in json.loads(output))


def test_reading_commands_filter_by_team_channel_and_public_space(db):
    assert quotes(run(db, "query", "Bennett", "--json").output) == ["private words", "public words", "words from b"]
    assert quotes(run(db, "query", "Bennett", "--json", "--team", "TA").output) == ["private words", "public words"]
    assert quotes(run(db, "query", "Bennett", "--json", "--channel", "GPRIV").output) == ["private words"]
    assert quotes(run(db, "query", "Bennett", "--json", "--team", "TA", "--public-only").output) == ["public words"]
    assert quotes(run(db, "search", "words", "--json", "--public-only").output) == ["public words", "words from b"]
    top = json.loads(run(db, "speakers", "--json", "--team", "TB").output)
    assert [(t["speaker"], t["claims"]) for t in top] == [("Bruce Bennett", 1)]
    assert "1 claim(s)" in run(db, "speakers", "Bennett", "--team", "TB").output
    assert json.loads(run(db, "export", "--format", "json", "--channel", "CB").output)[0]["quote"] == "words from b"
    assert json.loads(run(db, "digest", "--json", "--public-only").output)["total_claims"] == 2


def test_ingest_is_public_unless_private(tmp_path, db):
    (tmp_path / "a.txt").write_text('A\n\n"One thing is very clear to me," said Harry Kazianis.\n')
    (tmp_path / "b.txt").write_text('B\n\n"Another thing is clear to all of us," said Vipin Narang.\n')
    assert run(db, "ingest", str(tmp_path / "a.txt")).exit_code == 0
    assert run(db, "ingest", "--private", str(tmp_path / "b.txt")).exit_code == 0
    with Store.open(db) as s:
        assert [h.speaker for h in s.query("Kazianis", viewer=Viewer.member("TB"))] == ["Harry Kazianis"]
        assert s.query("Narang", viewer=Viewer.member("TB")) == []
        assert len(s.query("Narang", viewer=Viewer.operator())) == 1


def test_forget_says_what_it_removed(db):
    r = run(db, "forget", "--channel", "GPRIV", "--yes")
    assert r.exit_code == 0 and "Deleted 1 article(s) and 1 claim(s)" in r.output and "a2" in r.output
    assert quotes(run(db, "query", "Bennett", "--json").output) == ["public words", "words from b"]
    r = run(db, "forget", "--team", "TB", input="n\n")
    assert r.exit_code == 1  # declined: nothing removed
    assert quotes(run(db, "query", "Bennett", "--json").output) == ["public words", "words from b"]
    assert "a3" in run(db, "forget", "--team", "TB", input="y\n").output
    assert "Deleted 1 article(s)" in run(db, "forget", "a1", "--yes").output
    r = CliRunner().invoke(main, ["--db", db, "forget", "a1", "--yes"])
    assert r.exit_code == 1 and "No article with id 'a1'" in r.output
    assert "Nothing matched" in run(db, "forget", "--channel", "CNONE", "--yes").output
    for bad in (["forget"], ["forget", "a1", "--team", "T"]):
        r = CliRunner().invoke(main, ["--db", db, *bad])
        assert r.exit_code == 2, r.output


def test_publish_channel_and_articles(db):
    with Store.open(db) as s:
        assert s.query("Panda", viewer=Viewer.member("TA")) == []
    r = run(db, "publish", "--channel", "COLD")
    assert "1 message link(s)" in r.output and "no recorded workspace" in r.output
    run(db, "publish", "--channel", "COLD", "--team", "TA")
    with Store.open(db) as s:
        assert [h.quote for h in s.query("Panda", viewer=Viewer.member("TA"))] == ["old words"]
        assert s.query("Panda", viewer=Viewer.member("TB")) == []
    assert "1 article(s) are now public" in run(db, "publish", "old").output
    with Store.open(db) as s:
        assert [h.quote for h in s.query("Panda", viewer=Viewer.member("TB"))] == ["old words"]
    r = CliRunner().invoke(main, ["--db", db, "publish", "nope"])
    assert r.exit_code == 1 and "nope" in r.output
    assert CliRunner().invoke(main, ["--db", db, "publish"]).exit_code == 2
