"""Listener callbacks called directly with small payloads (no HTTP, no Bolt)."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot.slack.render import SHARE_ACTION_ID
from handlers import commands, home, mentions, messages, shortcuts
from handlers.common import Deps, article_urls, looks_like_article, message_target, plain_text
from tests.handlers.conftest import ARTICLE, fake_claims


@pytest.fixture
def deps(settings, store):
    woken = []
    d = Deps(settings=settings, store=store, wake=lambda: woken.append(1))
    d.woken = woken
    return d


def ctx(deps):
    return {"deps": deps}


def msg(**kw):
    base = {"type": "message", "channel": "C1", "user": "U1", "ts": "100.1", "text": ARTICLE, "channel_type": "channel"}
    base.update(kw)
    return base


# -- reading Slack text -------------------------------------------------------

def test_article_urls_and_plain_text():
    text = "see <https://news.example/a?x=1&amp;y=2|this> and <https://files.slack.com/x.png> <@U1> <https://e.com/pic.jpg>"
    assert article_urls(text) == ["https://news.example/a?x=1&y=2"]
    assert plain_text("A &amp; B <@U1> <https://x.com|label> <#C1|general>") == "A & B  label general"


def test_chatter_is_not_an_article(settings):
    assert message_target({"text": "lunch?"}, settings) is None
    assert message_target({"text": "x" * 1000}, settings) is None  # long but no quotes or reporting verbs
    assert message_target({"text": ARTICLE}, settings) == {"urls": [], "files": [], "text": ARTICLE, "skipped": 0}
    assert message_target({"text": "read <https://n.example/a>"}, settings)["urls"] == ["https://n.example/a"]
    assert looks_like_article(ARTICLE, 400)
    # an explicit request (shortcut/mention) reads even a short message
    assert message_target({"text": "<@UBOT> \u201cHi,\u201d she said."}, settings, explicit=True)["text"]


# -- messages -----------------------------------------------------------------

def test_article_message_is_queued_with_hourglass(deps, client, slack_api):
    messages.on_message(event=msg(), body={"event_id": "Ev1"}, context=ctx(deps), client=client)
    assert deps.store.count_jobs("queued") == 1 and deps.woken
    assert [c.params for c in slack_api.calls("reactions.add")] == [
        {"channel": "C1", "timestamp": "100.1", "name": "hourglass_flowing_sand"}]
    assert slack_api.calls("chat.postMessage") == []  # nothing slow inside the ack


def test_retries_and_duplicates_queue_one_job(deps, client):
    for event_id in ("Ev1", "Ev1", "Ev2"):
        messages.on_message(event=msg(), body={"event_id": event_id}, context=ctx(deps), client=client)
    assert deps.store.count_jobs() == 1


@pytest.mark.parametrize("event", [
    msg(subtype="message_changed"), msg(subtype="message_deleted"), msg(subtype="channel_join"),
    msg(bot_id="B1"), msg(subtype="bot_message", bot_id="B1"), msg(thread_ts="99.0"),
    msg(text="ok thanks!"), msg(user=None), msg(channel_type="im"),
])
def test_ignored_messages(deps, event, client, slack_api):
    messages.on_message(event=event, body={"event_id": "E"}, context=ctx(deps), client=client)
    assert deps.store.count_jobs() == 0 and slack_api.calls() == []


def test_only_configured_channels(deps, client):
    deps.settings = replace(deps.settings, channels=frozenset({"CNEWS"}))
    messages.on_message(event=msg(channel="COTHER"), body={"event_id": "E1"}, context=ctx(deps), client=client)
    assert deps.store.count_jobs() == 0
    messages.on_message(event=msg(channel="CNEWS"), body={"event_id": "E2"}, context=ctx(deps), client=client)
    assert deps.store.count_jobs() == 1


def test_reaction_failure_does_not_lose_the_job(deps, client, slack_api):
    slack_api.fail("reactions.add", status=500, times=None)
    messages.on_message(event=msg(), body={"event_id": "E"}, context=ctx(deps), client=client)
    assert slack_api.calls("reactions.add") and not slack_api.ok_calls("reactions.add")  # it did fail
    assert deps.store.count_jobs("queued") == 1


# -- /whosaid -----------------------------------------------------------------

class Ack:
    def __init__(self):
        self.kwargs = None

    def __call__(self, **kw):
        self.kwargs = kw


def _seed(store):
    from bot.pipeline import article_from_text

    a = article_from_text(ARTICLE, url="https://news.example/talks", title="Talks <!channel> collapse")
    store.record_article(a, operator_public=True)  # an operator source, public: every workspace sees it
    store.save_claims(a.id, fake_claims(ARTICLE))
    return a


def test_whosaid_name_is_ephemeral_with_share_button(deps):
    _seed(deps.store)
    ack = Ack()
    commands.on_command(ack=ack, command={"text": "Bennett", "user_id": "U1"}, context=ctx(deps))
    assert ack.kwargs["response_type"] == "ephemeral"
    dumped = json.dumps(ack.kwargs["blocks"])
    assert "close enough" in dumped and "https://news.example/talks" in dumped and "<!channel>" not in dumped
    assert ack.kwargs["blocks"][-1]["elements"][0]["action_id"] == SHARE_ACTION_ID


@pytest.mark.parametrize("text, expect", [("", "/whosaid NAME"), ("help", "/whosaid NAME"),
                                          ("top", "Most-quoted"), ("digest", "Who said what"),
                                          ("Nobody Atall", "haven't logged")])
def test_whosaid_subcommands(deps, text, expect):
    _seed(deps.store)
    ack = Ack()
    commands.on_command(ack=ack, command={"text": text}, context=ctx(deps))
    assert ack.kwargs["response_type"] == "ephemeral"
    assert expect in json.dumps(ack.kwargs["blocks"], ensure_ascii=False) + ack.kwargs["text"]


def test_whosaid_store_failure_is_friendly(deps):
    class Broken:
        def query(self, *a, **k):
            raise RuntimeError("database exploded at /secret/path")

    deps.store = Broken()
    ack = Ack()
    commands.on_command(ack=ack, command={"text": "Bennett"}, context=ctx(deps))
    assert "something went wrong" in ack.kwargs["text"] and "secret" not in json.dumps(ack.kwargs)


def test_share_button_posts_in_channel(deps, client, slack_api):
    _seed(deps.store)
    body = {"user": {"id": "U7"}, "channel": {"id": "C1"},
            "actions": [{"action_id": SHARE_ACTION_ID, "value": json.dumps({"cmd": "who", "arg": "Bennett"})}]}
    commands.on_share(ack=lambda **k: None, body=body, client=client, context=ctx(deps))
    (post,) = [c.params for c in slack_api.calls("chat.postMessage")]
    assert post["channel"] == "C1" and "<@U7>" in json.dumps(post["blocks"])
    assert all(b["type"] != "actions" for b in post["blocks"])


# -- shortcut, mention, home ---------------------------------------------------

def test_message_shortcut_queues_a_job_in_the_thread(deps, client):
    shortcut = {"callback_id": "whosaid_message", "trigger_id": "T1", "channel": {"id": "C1"}, "user": {"id": "U1"},
                "message": {"ts": "5.5", "thread_ts": "5.0", "text": "<https://news.example/b>"}}
    shortcuts.on_message_shortcut(ack=lambda: None, shortcut=shortcut, client=client, context=ctx(deps))
    job = deps.store.claim_next_job("t")
    assert job.payload["thread_ts"] == "5.0" and job.payload["urls"] == ["https://news.example/b"]


def test_mention_in_thread_runs_on_parent(deps, client, slack_api):
    slack_api.add_message("C1", ARTICLE, ts="9.0")
    slack_api.add_message("C1", "<@UBOT>", ts="9.5", thread_ts="9.0")
    event = {"type": "app_mention", "channel": "C1", "user": "U1", "ts": "9.5", "thread_ts": "9.0", "text": "<@UBOT>"}
    mentions.on_mention(event=event, body={"event_id": "Em"}, client=client, context=ctx(deps))
    job = deps.store.claim_next_job("t")
    assert job.payload["ts"] == "9.0" and job.payload["thread_ts"] == "9.0" and job.payload["react_ts"] == "9.5"
    assert "Bennett" in job.payload["text"]


def test_mention_without_article_gets_help(deps, client, slack_api):
    event = {"type": "app_mention", "channel": "C1", "user": "U1", "ts": "9.7", "text": "<@UBOT> hello"}
    mentions.on_mention(event=event, body={"event_id": "Em2"}, client=client, context=ctx(deps))
    assert deps.store.count_jobs() == 0
    assert "/whosaid" in slack_api.calls("chat.postEphemeral")[0].params["text"]


def test_app_home_published(deps, client, slack_api):
    _seed(deps.store)
    home.on_home_opened(event={"user": "U1", "tab": "home"}, client=client, context=ctx(deps))
    (call,) = [c.params for c in slack_api.calls("views.publish")]
    assert call["user_id"] == "U1" and call["view"]["type"] == "home"
    assert "<!channel>" not in json.dumps(call["view"]) and "Bruce Bennett" in json.dumps(call["view"])
    home.on_home_opened(event={"user": "U1", "tab": "messages"}, client=client, context=ctx(deps))
    assert len(slack_api.calls("views.publish")) == 1


def test_thread_broadcast_is_answered_in_its_thread(deps, client):
    messages.on_message(event=msg(subtype="thread_broadcast", ts="7.5", thread_ts="7.0"), body={"event_id": "Eb"},
                        context=ctx(deps), client=client)
    job = deps.store.claim_next_job("t")
    assert job.payload["ts"] == "7.5" and job.payload["thread_ts"] == "7.0"


def test_up_to_five_links_and_files_are_read_and_the_rest_counted(settings):
    text = " ".join(f"<https://n.example/{i}>" for i in range(7))
    target = message_target({"text": text}, settings)
    assert target["urls"] == [f"https://n.example/{i}" for i in range(5)] and target["skipped"] == 2
    snippet = {"id": "F1", "name": "paste.txt", "mimetype": "text/plain", "filetype": "text",
               "url_private_download": "https://files.slack.com/files-pri/T-F1/download/paste.txt"}
    photo = {"id": "F2", "name": "p.png", "mimetype": "image/png", "filetype": "png", "url_private_download": "u"}
    target = message_target({"text": "", "files": [snippet, photo], "subtype": "file_share"}, settings)
    assert [f.id for f in target["files"]] == ["F1"] and target["urls"] == []
    assert message_target({"text": "", "files": [photo]}, settings) is None
