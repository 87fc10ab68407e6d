"""manifest.json and the app agree: every command, event, shortcut and action has a listener."""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.app import create_app
from bot.config import load_settings
from bot.demo.standin import SlackStandIn
from bot.slack.render import SHARE_ACTION_ID, SHORTCUT_CALLBACK_ID, SHOW_ALL_ACTION_ID

ROOT = Path(__file__).resolve().parent.parent
MANIFEST = json.loads((ROOT / "manifest.json").read_text())
SECRET = "manifest-secret"


@pytest.fixture
def app(tmp_path):
    from store import Store

    api = SlackStandIn().start()
    settings = load_settings({"SLACK_BOT_TOKEN": api.token, "SLACK_SIGNING_SECRET": SECRET,
                              "WHOSAID_DB": str(tmp_path / "m.db"), "SLACK_API_URL": api.base_url})
    store = Store.open(settings.db_path)
    a = create_app(settings, store)
    a.test_store = store
    a.test_api = api
    yield a
    store.close()
    api.close()


def _event_type(manifest_event: str) -> str:
    return manifest_event.split(".")[0]  # message.channels / message.groups arrive as type "message"


def test_every_manifest_entry_has_a_listener(app):
    registered = app.whosaid_listeners
    for cmd in MANIFEST["features"]["slash_commands"]:
        assert ("command", cmd["command"]) in registered, cmd
    for ev in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        assert ("event", _event_type(ev)) in registered, ev
    for sc in MANIFEST["features"]["shortcuts"]:
        assert ("shortcut", sc["callback_id"]) in registered, sc
    assert MANIFEST["settings"]["interactivity"]["is_enabled"]
    assert ("action", SHARE_ACTION_ID) in registered and ("action", SHOW_ALL_ACTION_ID) in registered
    assert SHORTCUT_CALLBACK_ID in {s["callback_id"] for s in MANIFEST["features"]["shortcuts"]}
    # and nothing is registered that Slack would never send
    kinds = {("command", c["command"]) for c in MANIFEST["features"]["slash_commands"]}
    kinds |= {("event", _event_type(e)) for e in MANIFEST["settings"]["event_subscriptions"]["bot_events"]}
    kinds |= {("shortcut", s["callback_id"]) for s in MANIFEST["features"]["shortcuts"]}
    kinds |= {("action", SHARE_ACTION_ID), ("action", SHOW_ALL_ACTION_ID)}
    assert set(registered) == kinds


def test_manifest_shape():
    assert MANIFEST["features"]["app_home"]["home_tab_enabled"]
    events = set(MANIFEST["settings"]["event_subscriptions"]["bot_events"])
    assert {"message.channels", "message.groups", "app_mention", "app_home_opened"} <= events
    scopes = set(MANIFEST["oauth_config"]["scopes"]["bot"])
    assert {"chat:write", "reactions:write", "channels:history", "groups:history", "app_mentions:read",
            "commands", "files:read"} <= scopes


def test_readme_says_why_each_scope_is_needed():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for scope in MANIFEST["oauth_config"]["scopes"]["bot"]:
        assert re.search(rf"^ *\|[^\n]*`{re.escape(scope)}`[^\n]*\|[^\n]*\w[^\n]*\|$", readme, re.M), scope
    urls = [MANIFEST["settings"]["event_subscriptions"]["request_url"], MANIFEST["settings"]["interactivity"]["request_url"]]
    urls += [c["url"] for c in MANIFEST["features"]["slash_commands"]]
    assert all(u == "https://example.com/slack/events" for u in urls)
    assert any(s["name"] == "Who said what?" and s["type"] == "message" for s in MANIFEST["features"]["shortcuts"])


def _signed(body: str, content_type: str) -> BoltRequest:
    ts = str(int(time.time()))
    sig = SignatureVerifier(SECRET).generate_signature(timestamp=ts, body=body)
    return BoltRequest(body=body, headers={"content-type": [content_type], "x-slack-request-timestamp": [ts],
                                           "x-slack-signature": [sig]})


def test_each_kind_of_request_is_dispatched_and_acked(app):
    cmd = urlencode({"command": "/whosaid", "text": "help", "user_id": "U1", "channel_id": "C1",
                     "team_id": "T1", "trigger_id": "t1", "response_url": "http://127.0.0.1:9/r"})
    r = app.dispatch(_signed(cmd, "application/x-www-form-urlencoded"))
    assert r.status == 200 and json.loads(r.body)["response_type"] == "ephemeral"

    shortcut = {"type": "message_action", "callback_id": SHORTCUT_CALLBACK_ID, "trigger_id": "t2",
                "team": {"id": "T1"}, "user": {"id": "U1"}, "channel": {"id": "C1"},
                "message": {"ts": "1.1", "text": "<https://news.example/a>"}}
    r = app.dispatch(_signed(urlencode({"payload": json.dumps(shortcut)}), "application/x-www-form-urlencoded"))
    assert r.status == 200
    assert app.test_store.count_jobs() == 1

    for ev in ({"type": "app_home_opened", "user": "U1", "tab": "home"},
               {"type": "app_mention", "user": "U1", "channel": "C1", "ts": "2.1", "text": "<@UBOT> hi"},
               {"type": "message", "subtype": "message_changed", "channel": "C1", "ts": "3.1"},
               {"type": "team_join", "user": {"id": "U2"}}):
        body = json.dumps({"type": "event_callback", "team_id": "T1", "event_id": f"E{ev['type']}", "event": ev})
        r = app.dispatch(_signed(body, "application/json"))
        assert r.status == 200, ev
    assert app.test_api.ok_calls("views.publish")  # App Home was published
    assert app.test_api.ok_calls("chat.postEphemeral")  # "@whosaid hi" got the help text


def test_oauth_asks_for_the_manifest_scopes_and_redirects_where_bolt_listens():
    from bot.slack.workspaces import BOT_SCOPES

    assert sorted(BOT_SCOPES) == sorted(MANIFEST["oauth_config"]["scopes"]["bot"])
    # users.conversations and conversations.info (who may see what) need these
    assert {"channels:read", "groups:read", "im:read", "mpim:read"} <= set(BOT_SCOPES)
    assert all(u.endswith("/slack/oauth_redirect") for u in MANIFEST["oauth_config"]["redirect_urls"])
