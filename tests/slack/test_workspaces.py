"""bot.slack.workspaces: one token or OAuth installations; the signed OAuth state."""
from __future__ import annotations

from dataclasses import replace

import pytest
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

from bot.config import ConfigError, load_settings, require_slack
from bot.slack.client import make_client
from bot.slack.workspaces import NotInstalled, SignedStateStore, Workspaces


def test_single_workspace_uses_the_one_token(tmp_path):
    s = load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "WHOSAID_DB": str(tmp_path / "w.db")}, dotenv_path=None)
    client = make_client(s)
    w = Workspaces(s, client)
    assert not w.multi and w.client_for("TANY") is client and w.forget_installation("TANY") is False


def test_oauth_installations_give_each_workspace_its_token(tmp_path):
    s = load_settings({"SLACK_CLIENT_ID": "cid", "SLACK_CLIENT_SECRET": "cs", "SLACK_STATE_SECRET": "ss",
                       "SLACK_SIGNING_SECRET": "sig", "WHOSAID_DB": str(tmp_path / "w.db")}, dotenv_path=None)
    w = Workspaces(s, make_client(s))
    assert w.multi
    with pytest.raises(NotInstalled):
        w.client_for("TA")
    for team, token in (("TA", "xoxb-a"), ("TB", "xoxb-b")):
        w.installation_store.save(Installation(app_id="A1", team_id=team, bot_token=token, bot_id="B1",
                                               bot_user_id="U0BOT", user_id="U1"))
    assert w.client_for("TA").token == "xoxb-a" and w.client_for("TB").token == "xoxb-b"
    assert w.forget_installation("TB") is True
    with pytest.raises(NotInstalled):
        w.client_for("TB")
    assert w.client_for("TA").token == "xoxb-a"


def test_state_is_signed_single_use(tmp_path):
    inner = SQLite3OAuthStateStore(database=str(tmp_path / "s.db"), expiration_seconds=60)
    store = SignedStateStore(inner, "secret")
    state = store.issue()
    raw = state.rsplit(".", 1)[0]
    assert not store.consume(raw + ".forged")
    assert not SignedStateStore(inner, "other-secret").consume(state)
    assert store.consume(state) and not store.consume(state)  # once only


def test_oauth_configuration_is_checked():
    base = {"SLACK_CLIENT_ID": "cid", "SLACK_CLIENT_SECRET": "cs", "SLACK_STATE_SECRET": "ss",
            "SLACK_SIGNING_SECRET": "sig"}
    s = load_settings(base, dotenv_path=None)
    assert s.oauth and "cs" not in repr(s) and "'***'" in repr(s)
    require_slack(s, http=True)
    with pytest.raises(ConfigError, match="HTTP mode"):
        require_slack(s, http=False)
    with pytest.raises(ConfigError, match="SLACK_STATE_SECRET"):
        require_slack(replace(s, slack_state_secret=None), http=True)
    with pytest.raises(ConfigError, match="choose one"):
        require_slack(replace(s, slack_bot_token="xoxb-1"), http=True)
    with pytest.raises(ConfigError, match="DIGEST_TEAM"):
        require_slack(replace(s, digest_channel="C1"), http=True)
    require_slack(replace(s, digest_channel="C1", digest_team="T1"), http=True)
