"""`whosaid ingest` gets the near-duplicate check Slack arrivals get: a copy of an article read before is recorded
as its copy, not read again, and only when everyone who will see the copy may already see that article."""
from __future__ import annotations

from click.testing import CliRunner

from bot.article import Article, article_id
from bot.cli import main
from store import MessageRef, Store, Viewer

BODY = ("The city council approved the new harbour bridge on Tuesday after a four-hour debate that ran late into the "
        "night. \"We have waited twenty years for this bridge, and now it will finally be built,\" said Jane "
        "Holloway, the council leader. Opponents said the cost had doubled since the plan was first put forward "
        "and that the money would be better spent on the ferry service. \"The budget is a fantasy and the "
        "taxpayers will pay for it,\" said Marcus Bennett, who leads the opposition group. Work on the bridge is "
        "due to start next spring and to take three years, the council said in a statement after the vote.\n")


def _write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def _ingest(db, *args):
    r = CliRunner().invoke(main, ["--db", db, "ingest", *args])
    assert "Traceback" not in r.output, r.output
    return r


def test_a_syndicated_copy_is_recorded_as_a_copy_not_read_again(tmp_path):
    db = str(tmp_path / "log.db")
    first = _write(tmp_path, "original.txt", "Council backs harbour bridge\n\n" + BODY)
    copy = _write(tmp_path, "copy.txt", "Bridge approved after late-night vote\n\n" + BODY
                  + "\nCopyright 2024 Newswire. All rights reserved.\n")
    assert _ingest(db, first).exit_code == 0
    r = _ingest(db, copy)
    assert r.exit_code == 0 and "0 article(s) analysed" in r.output and "1 already in the log" in r.output
    with Store.open(db, readonly=True) as s:
        assert s.counts()["articles"] == 1
        (aid,) = [a.id for a in s.recent_articles(10, viewer=Viewer.operator())]
        assert [c.title for c in s.get_article(aid).copies] == ["Council backs harbour bridge",
                                                                "Bridge approved after late-night vote"]
        hits = s.query_grouped("Holloway", viewer=Viewer.nobody_in_particular())
        assert len(hits) == 1 and len(hits[0].sources) == 2  # one quote, seen in both copies
    # Ingesting the same file again still reads it again (replaces its claims), as before.
    r = _ingest(db, first)
    assert "1 article(s) analysed" in r.output


def test_a_public_copy_is_not_merged_into_what_not_everyone_may_see(tmp_path):
    db = str(tmp_path / "log.db")
    private = _write(tmp_path, "memo.txt", "Council backs harbour bridge\n\n" + BODY)
    assert _ingest(db, "--private", private).exit_code == 0
    with Store.open(db) as s:  # and a copy that came through a public channel of one workspace only
        text = "Bridge vote\n\n" + BODY + "\nShared from the newsroom.\n"
        a = Article(id=article_id(text=text), text=text, title="Bridge vote", url=None, published=None)
        if s.find_duplicate(a, audience=Viewer.audience("T1", "CPUB")) is None:
            s.record_article(a, source=MessageRef("CPUB", "1.0", "U1", team_id="T1", channel_type="public"))
    public = _write(tmp_path, "wire.txt", "Bridge approved after late-night vote\n\n" + BODY + "\nNewswire\n")
    r = _ingest(db, public)
    assert r.exit_code == 0 and "1 article(s) analysed" in r.output and "already in the log" not in r.output
    with Store.open(db, readonly=True) as s:
        # every workspace now sees the quote through the public operator source, and only through it
        groups = s.query_grouped("Holloway", viewer=Viewer.member("T2"))
        assert len(groups) == 1 and [src.title for src in groups[0].sources] == ["Bridge approved after late-night vote"]
    # A private copy (only the operator sees it) may be merged into anything the operator sees.
    again = _write(tmp_path, "memo2.txt", "Council backs harbour bridge (2)\n\n" + BODY + "\nInternal.\n")
    r = _ingest(db, "--private", again)
    assert "0 article(s) analysed" in r.output and "1 already in the log" in r.output
