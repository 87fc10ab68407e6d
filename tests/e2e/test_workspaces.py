"""Several workspaces, end to end: Bolt's OAuth flow against the stand-in (oauth.v2.access), installations in the
same SQLite file, each workspace answered with its own token, and nothing of one workspace shown in another."""
from __future__ import annotations

import html
import json
import re
import time
import urllib.error
import urllib.request
from dataclasses import replace
from urllib.parse import quote

import pytest

from bot.demo.run import LocalBot, local_settings
from bot.demo.signing import app_mention_event, block_actions_payload, message_event
from bot.slack.digest import post_digest
from bot.slack.render import SHOW_ALL_ACTION_ID
from bot.slack.workspaces import NotInstalled
from store import Viewer
from tests.e2e.articles import BRIDGE, BRIDGE_TITLE, ESCAPE, ESCAPE_TITLE

CLIENT_ID, CLIENT_SECRET, STATE_SECRET = "1234.5678", "client-secret-value", "state-secret-value"
A, B = "T0ANEWS", "T0BNEWS"
TOKENS = {A: "xoxb-team-a-token", B: "xoxb-team-b-token"}
A_PUBLIC, A_PRIVATE, B_PUBLIC = "C0APUBLIC", "G0APRIVATE", "C0BPUBLIC"
A_MEMBER, A_OUTSIDER, B_USER = "U0AMEMBER", "U0AOUTSIDER", "U0BUSER"

FERRY_TITLE = "Island ferry to run through the winter"
FERRY = f"""{FERRY_TITLE}

The regional council said on Thursday that the island ferry will keep running through the winter for the first time.

"Nobody on the island should be cut off when the weather turns," said Olga Petrov, the council's transport director.

Local shop owners welcomed the news. "This will keep our doors open all year," said Tomas Lind, who runs a bakery by the harbour.
"""

# Words of A's quotes (BRIDGE in A's private channel, ESCAPE in A's public one).
A_QUOTES = ("fantasy", "waited twenty years", "designed to last", "whole system", "sorry for the trouble")

_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback: never through a proxy


@pytest.fixture
def oauth_bot(standin, tmp_path):
    # Extraction in the worker threads: the model loads once per test process, not in a child per app.
    settings = replace(local_settings(standin, tmp_path / "multi.db", workers=2, extract_processes=0),
                       slack_bot_token=None,
                       slack_client_id=CLIENT_ID, slack_client_secret=CLIENT_SECRET,
                       slack_state_secret=STATE_SECRET, digest_channel=None)
    bot = LocalBot(settings).start()
    yield bot
    bot.stop()


def install(bot: LocalBot, standin, team: str) -> None:
    """The OAuth round trip a browser makes: /slack/install, then Slack's redirect to /slack/oauth_redirect."""
    base = f"http://127.0.0.1:{bot.port}"
    with _opener.open(base + "/slack/install", timeout=10) as r:
        page = r.read().decode("utf-8")
        cookie = r.headers["Set-Cookie"].split(";")[0]
    state = html.unescape(re.search(r"state=([^&\"']+)", html.unescape(page)).group(1))
    code = f"code-for-{team}"
    standin.add_oauth_code(code, team_id=team, token=TOKENS[team], client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    req = urllib.request.Request(f"{base}/slack/oauth_redirect?code={code}&state={quote(state)}",
                                 headers={"Cookie": cookie})
    with _opener.open(req, timeout=10) as r:
        assert r.status == 200


def paste(bot, standin, text: str, *, team: str, channel: str, channel_type: str, mention: bool = False) -> str:
    ts = standin.next_ts()
    standin.add_message(channel, text, ts=ts)
    event = app_mention_event(text, channel=channel, ts=ts) if mention else \
        message_event(text, channel=channel, ts=ts, channel_type=channel_type)
    assert bot.poster.event(event, team_id=team).status == 200
    return ts


def reply_in(standin, channel: str, ts: str):
    return standin.wait_for("chat.postMessage", lambda c: c.get("channel") == channel
                            and str(c.get("thread_ts")) == ts, timeout=20)[0]


def ask(bot, standin, text: str, *, team: str, user: str, channel: str) -> str:
    ack = bot.poster.command("/whosaid", text, response_url=standin.new_response_url(), user=user, channel=channel,
                             team_id=team)
    assert ack.status == 200
    return ack.body


def home(bot, standin, *, team: str, user: str) -> str:
    assert bot.poster.event({"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home",
                             "event_ts": f"{time.time():.6f}"}, team_id=team).status == 200
    call = standin.wait_for("views.publish", lambda c: c.get("user_id") == user, timeout=10)[-1]
    assert call.team == team  # published with that workspace's token
    return json.dumps(call.get("view"), ensure_ascii=False)


@pytest.fixture
def two_newsrooms(oauth_bot, standin):
    standin.add_channel(A_PUBLIC, "public", [A_MEMBER, A_OUTSIDER], team_id=A)
    standin.add_channel(A_PRIVATE, "private", [A_MEMBER], team_id=A)
    standin.add_channel(B_PUBLIC, "public", [B_USER], team_id=B)
    install(oauth_bot, standin, A)
    install(oauth_bot, standin, B)
    ts_priv = paste(oauth_bot, standin, BRIDGE, team=A, channel=A_PRIVATE, channel_type="group", mention=True)
    ts_pub = paste(oauth_bot, standin, ESCAPE, team=A, channel=A_PUBLIC, channel_type="channel")
    ts_b = paste(oauth_bot, standin, FERRY, team=B, channel=B_PUBLIC, channel_type="channel")
    replies = {ch: reply_in(standin, ch, ts) for ch, ts in ((A_PRIVATE, ts_priv), (A_PUBLIC, ts_pub),
                                                            (B_PUBLIC, ts_b))}
    return replies


def test_oauth_install_each_workspace_answered_with_its_token_and_never_shown_another(oauth_bot, standin,
                                                                                     two_newsrooms):
    (exchange_a, exchange_b) = standin.calls("oauth.v2.access")
    assert exchange_a.ok and exchange_b.ok and "client_secret" not in exchange_a.params
    store = oauth_bot.app.whosaid_workspaces.installation_store
    assert store.find_bot(enterprise_id=None, team_id=B).bot_token == TOKENS[B]
    # The replies went out with the token of the workspace each message came from.
    assert two_newsrooms[B_PUBLIC].team == B and "Petrov" in two_newsrooms[B_PUBLIC].text_blob()
    assert two_newsrooms[A_PUBLIC].team == A and two_newsrooms[A_PRIVATE].team == A
    assert {c.team for c in standin.calls("reactions.add") if c.get("channel") == B_PUBLIC} == {B}
    # The installations live in the log's own database file.
    with oauth_bot.store._read() as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert {"slack_installations", "slack_bots", "oauth_states", "articles"} <= tables
    # Articles are recorded with their workspace and kind of channel.
    kinds = {a.title: {(m.team_id, m.channel_type) for m in a.messages}
             for a in oauth_bot.store.recent_articles(10, viewer=Viewer.operator())}
    assert kinds == {BRIDGE_TITLE: {(A, "private")}, ESCAPE_TITLE: {(A, "public")}, FERRY_TITLE: {(B, "public")}}

    # A user of workspace B never sees workspace A through any door.
    b = dict(team=B, user=B_USER, channel=B_PUBLIC)
    for text in ("Bennett", "Whitfield", "Holloway", "top", "search system fell", "search taxpayers", "digest"):
        answer = ask(oauth_bot, standin, text, **b)
        assert not [q for q in A_QUOTES if q in answer], text  # no claim of A (the question itself is echoed)
        assert BRIDGE_TITLE not in answer and "outage" not in answer, text
        if text in ("top", "digest"):
            assert "Holloway" not in answer and "Whitfield" not in answer and "Bennett" not in answer
    assert "Petrov" in ask(oauth_bot, standin, "top", **b)  # B's own claims are there
    view = home(oauth_bot, standin, team=B, user=B_USER)
    assert "Petrov" in view and BRIDGE_TITLE not in view and "Whitfield" not in view and "Holloway" not in view
    # Share (B's user shares B's top speakers in B's channel): posted with B's token, nothing of A.
    answer = json.loads(ask(oauth_bot, standin, "top", **b))
    button = next(e for blk in answer["blocks"] if blk.get("type") == "actions" for e in blk["elements"])
    oauth_bot.poster.interactive(block_actions_payload(button["action_id"], value=button["value"], user=B_USER,
                                                       channel=B_PUBLIC, team_id=B))
    shared = standin.wait_for("chat.postMessage", lambda c: c.get("channel") == B_PUBLIC
                              and not c.get("thread_ts"), timeout=10)[-1]
    assert shared.team == B and "Petrov" in shared.text_blob() and "Whitfield" not in shared.text_blob()
    # "Show all" with the id of one of A's articles (public there) opens nothing of A for B's user.
    ids = {a.title: a.id for a in oauth_bot.store.recent_articles(10, viewer=Viewer.operator())}
    for title in (ESCAPE_TITLE, BRIDGE_TITLE):
        payload = block_actions_payload(SHOW_ALL_ACTION_ID, value=ids[title], user=B_USER, channel=B_PUBLIC,
                                        team_id=B)
        assert oauth_bot.poster.interactive(payload).status == 200
        modal = standin.wait_for("views.open", lambda c: c.get("trigger_id") == payload["trigger_id"],
                                 timeout=10)[0]
        assert modal.team == B and title.split(" &")[0] not in modal.text_blob()
        assert not [q for q in A_QUOTES if q in modal.text_blob()]
    # The digest posted in B's channel.
    client_b = oauth_bot.app.whosaid_workspaces.client_for(B)
    assert post_digest(oauth_bot.settings, oauth_bot.store, client_b, time_today(oauth_bot), channel=B_PUBLIC,
                       team_id=B) is True
    digest = [c for c in standin.posts(channel=B_PUBLIC) if not c.get("thread_ts")][-1]
    assert digest.team == B and "Petrov" in digest.text_blob()
    assert "Whitfield" not in digest.text_blob() and "Holloway" not in digest.text_blob()
    # Meanwhile in A: the outsider sees A's public space, the member the private channel too.
    a_out = dict(team=A, user=A_OUTSIDER, channel=A_PUBLIC)
    assert "whole system" in ask(oauth_bot, standin, "Whitfield", **a_out)
    assert "fantasy" not in ask(oauth_bot, standin, "Bennett", **a_out)
    assert "Petrov" not in ask(oauth_bot, standin, "top", **a_out)
    assert "fantasy" in ask(oauth_bot, standin, "Bennett", team=A, user=A_MEMBER, channel=A_PRIVATE)


def time_today(bot):
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    return datetime.now(timezone.utc).astimezone(ZoneInfo(bot.settings.digest_tz)).date()


def test_uninstall_deletes_the_installation_and_keeps_the_log(oauth_bot, standin):
    standin.add_channel(B_PUBLIC, "public", [B_USER], team_id=B)
    install(oauth_bot, standin, A)
    install(oauth_bot, standin, B)
    reply_in(standin, B_PUBLIC, paste(oauth_bot, standin, FERRY, team=B, channel=B_PUBLIC, channel_type="channel"))
    workspaces = oauth_bot.app.whosaid_workspaces
    ack = oauth_bot.poster.event({"type": "app_uninstalled", "event_ts": f"{time.time():.6f}"}, team_id=B)
    assert ack.status == 200
    with pytest.raises(NotInstalled):
        workspaces.client_for(B)
    assert workspaces.installation_store.find_installation(enterprise_id=None, team_id=B) is None
    workspaces.client_for(A)  # the other workspace is untouched
    # B's log stays (until `whosaid forget --team`), still shown to nobody else.
    assert oauth_bot.store.query("Petrov", viewer=Viewer.operator(team=B))
    assert oauth_bot.store.query("Petrov", viewer=Viewer.member(A)) == []
    # tokens_revoked in A deletes A's installation too.
    ack = oauth_bot.poster.event({"type": "tokens_revoked", "tokens": {"bot": ["U0WHOSAID"]},
                                  "event_ts": f"{time.time():.6f}"}, team_id=A)
    assert ack.status == 200
    with pytest.raises(NotInstalled):
        workspaces.client_for(A)
    report = oauth_bot.store.forget(team=B)
    assert report.articles and oauth_bot.store.query("Petrov", viewer=Viewer.operator()) == []


def test_an_oauth_callback_with_a_state_we_did_not_sign_installs_nothing(oauth_bot, standin):
    base = f"http://127.0.0.1:{oauth_bot.port}"
    with _opener.open(base + "/slack/install", timeout=10) as r:
        cookie = r.headers["Set-Cookie"].split(";")[0]
    forged = cookie.split("=", 1)[1].rsplit(".", 1)[0] + ".0000"
    standin.add_oauth_code("forged", team_id=B, token=TOKENS[B], client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    req = urllib.request.Request(f"{base}/slack/oauth_redirect?code=forged&state={quote(forged)}",
                                 headers={"Cookie": f"slack-app-oauth-state={forged}"})
    try:
        with _opener.open(req, timeout=10) as r:
            status = r.status
    except urllib.error.HTTPError as e:
        status = e.code
    assert status >= 400
    assert standin.calls("oauth.v2.access") == []
    with pytest.raises(NotInstalled):
        oauth_bot.app.whosaid_workspaces.client_for(B)


def test_no_token_or_secret_reaches_the_logs_even_at_debug(oauth_bot, standin, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    standin.add_channel(B_PUBLIC, "public", [B_USER], team_id=B)
    install(oauth_bot, standin, B)
    ts = paste(oauth_bot, standin, FERRY, team=B, channel=B_PUBLIC, channel_type="channel")
    reply_in(standin, B_PUBLIC, ts)
    ask(oauth_bot, standin, "Petrov", team=B, user=B_USER, channel=B_PUBLIC)
    logs = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records) + caplog.text
    for secret in (TOKENS[B], CLIENT_SECRET, STATE_SECRET, oauth_bot.settings.slack_signing_secret):
        assert secret not in logs
        assert secret not in standin.all_text()


def test_a_file_is_downloaded_with_the_token_of_the_workspace_it_was_shared_in(oauth_bot, standin):
    """Several workspaces: no single bot token; each file host download carries its own workspace's token (the
    stand-in's file host answers another workspace's token with Slack's sign-in page)."""
    standin.add_channel(B_PUBLIC, "public", [B_USER], team_id=B)
    install(oauth_bot, standin, A)
    install(oauth_bot, standin, B)
    snippet = standin.add_file("ferry.txt", FERRY, team=B)
    ts = standin.next_ts()
    standin.add_message(B_PUBLIC, "", ts=ts)
    event = message_event("", channel=B_PUBLIC, ts=ts, subtype="file_share", files=[snippet])
    assert oauth_bot.poster.event(event, team_id=B).status == 200
    reply = reply_in(standin, B_PUBLIC, ts)
    assert reply.team == B and "Petrov" in reply.text_blob()
    (download,) = standin.calls("files.download")
    assert download.get("authorized") is True
    # A file of workspace A's host with B's message: B's token does not open it (Slack's sign-in page).
    other = standin.add_file("ferry-a.txt", FERRY.replace("ferry", "boat"), team=A)
    ts2 = standin.next_ts()
    standin.add_message(B_PUBLIC, "", ts=ts2)
    event = message_event("", channel=B_PUBLIC, ts=ts2, subtype="file_share", files=[other])
    assert oauth_bot.poster.event(event, team_id=B).status == 200
    assert "Petrov" not in reply_in(standin, B_PUBLIC, ts2).text_blob()
    assert [c.get("authorized") for c in standin.calls("files.download")] == [True, False]
