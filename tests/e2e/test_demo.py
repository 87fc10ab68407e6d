"""`whosaid demo` (what `make demo` runs) works end to end and leaves the database behind."""
from __future__ import annotations

import io

from click.testing import CliRunner

from bot.cli import main
from bot.demo.run import run_demo


def test_demo_runs_against_the_standin_and_leaves_the_db(tmp_path):
    out = io.StringIO()
    db = tmp_path / "whosaid.db"
    summary = run_demo(db_path=db, out=out, reply_timeout=90)
    text = out.getvalue()
    assert db.exists()
    assert summary["replies"] >= 2  # each seed + the link
    assert "Bennett" in summary["command"]
    assert "fetched it and replied" in text


def test_demo_with_real_tokens_configured_says_it_is_for_the_standin(tmp_path, monkeypatch):
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-looks-real")
    monkeypatch.delenv("SLACK_API_URL", raising=False)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "d.db"), "demo"])
    assert "only for the bundled local stand-in" in result.output
    assert "whosaid serve" in result.output
    assert "xoxb-looks-real" not in result.output
    assert result.exit_code == 0, result.output
