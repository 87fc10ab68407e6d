"""`whosaid serve`: mode selection, token check, clean shutdown (Slack itself is never contacted)."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from bot.cli import main


@pytest.fixture
def env(monkeypatch, tmp_path, slack_api):
    monkeypatch.chdir(tmp_path)
    for k in ("SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "DIGEST_CHANNEL", "WHOSAID_CHANNELS"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack_api.token)
    monkeypatch.setenv("SLACK_API_URL", slack_api.base_url)
    monkeypatch.setenv("WHOSAID_DB", str(tmp_path / "serve.db"))
    return monkeypatch


# Socket Mode start-up, the ready line, a rejected app token and SIGTERM: tests/e2e/test_socket_mode.py (real server).
# HTTP mode (its front door process, SIGTERM, a taken port): tests/e2e/test_serve_http.py and test_restart.py.


def test_rejected_token_is_a_clear_error(env, slack_api):
    env.setenv("SLACK_BOT_TOKEN", "xoxb-serve-secret")  # not the token the stand-in knows: invalid_auth
    env.setenv("SLACK_SIGNING_SECRET", "sig")
    r = CliRunner().invoke(main, ["serve", "--http"])
    assert r.exit_code != 0 and "invalid_auth" in r.output and "Traceback" not in r.output
    assert "xoxb-serve-secret" not in r.output


def test_no_app_token_without_http_explains_both_options(env):
    r = CliRunner().invoke(main, ["serve"])
    assert r.exit_code != 0 and "SLACK_APP_TOKEN" in r.output and "--http" in r.output
