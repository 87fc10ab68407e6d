"""End-to-end fixtures: the real Bolt app on 127.0.0.1 receiving signed requests, the Slack stand-in
recording every Web API call, a real SQLite file in tmp_path, and a local HTTP server for article links."""
from __future__ import annotations

import logging
import secrets
import time
from dataclasses import fields, replace
from typing import Any, Callable, Iterator

import pytest

from bench.serve_process import ServeProcess
from bot.config import Settings
from bot.demo.run import ArticleServer, LocalBot, free_port, local_env, local_settings
from bot.demo.signing import DEFAULT_CHANNEL, Ack, SignedPoster, message_event
from bot.demo.standin import SlackStandIn

# Generous upper bound for one article's reply (spaCy on a loaded 2-core box); tests stop waiting as soon as it lands.
REPLY_TIMEOUT = 90.0


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    with SlackStandIn() as s:
        yield s


@pytest.fixture
def article_server() -> Iterator[ArticleServer]:
    with ArticleServer() as a:
        yield a


@pytest.fixture
def serve(standin, tmp_path) -> Iterator[ServeProcess]:
    """Start/kill/restart the real `whosaid serve --http` in a subprocess against the stand-in, on
    tmp_path/whosaid.db (`.poster` signs and posts to it); its log must never show a secret."""
    secret = secrets.token_hex(16)
    port = free_port()
    env = local_env(standin, tmp_path / "whosaid.db", secret, port=port, workers=2,
                    extra={"LOG_LEVEL": "WARNING", "WHOSAID_MIN_ARTICLE_CHARS": "200"})
    proc = ServeProcess(env, port, tmp_path / "serve.log")
    proc.poster = SignedPoster(f"http://127.0.0.1:{port}/slack/events", secret, timeout=5)
    yield proc
    proc.stop()
    log = (tmp_path / "serve.log").read_text(errors="replace")
    assert secret not in log and standin.token not in log, "a secret appeared in the server log"


@pytest.fixture
def settings(standin: SlackStandIn, tmp_path):
    # Fast failure paths: little back-off, few attempts (the retry policy itself is unit-tested elsewhere).
    wanted = dict(workers=2, slack_max_retries=2, job_max_attempts=2, min_article_chars=200)
    known = {f.name for f in fields(Settings)}
    return local_settings(standin, tmp_path / "whosaid.db", **{k: v for k, v in wanted.items() if k in known})


@pytest.fixture
def make_bot(settings) -> Iterator[Callable[..., LocalBot]]:
    """Start extra app instances (same DB by default); all are stopped at teardown."""
    bots: list[LocalBot] = []

    def make(*, start_workers: bool = True, store: Any = None, **overrides: Any) -> LocalBot:
        s = replace(settings, **overrides) if overrides else settings
        b = LocalBot(s, store=store, start_workers=start_workers)
        bots.append(b)
        return b.start()

    yield make
    for b in reversed(bots):
        b.stop()


@pytest.fixture
def bot(make_bot) -> LocalBot:
    return make_bot()


@pytest.fixture
def secrets_checked(caplog, settings, standin):
    """Capture every log record at DEBUG; at teardown, assert neither secret appears in logs or posted texts."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    secrets = [settings.slack_bot_token, settings.slack_signing_secret]
    logs = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records) + caplog.text
    posted = standin.all_text()
    for s in secrets:
        assert s and s not in logs, "a secret appeared in the logs"
        assert s not in posted, "a secret appeared in a message sent to Slack"


class Poster:
    """Sends signed messages to a bot and waits for the replies."""

    def __init__(self, bot: LocalBot, standin: SlackStandIn):
        self.bot = bot
        self.standin = standin

    def message(self, text: str, *, channel: str = DEFAULT_CHANNEL, ts: str | None = None, event_id: str | None = None,
                retry_num: int | None = None, register: bool = True, **extra: Any) -> tuple[Ack, str]:
        """Post a `message` event (registering the message in the stand-in's history); returns (ack, ts)."""
        if ts is None:
            ts = self.standin.next_ts()
        if register and not extra.get("subtype"):
            self.standin.add_message(channel, text, ts=ts, thread_ts=extra.get("thread_ts"))
        ack = self.bot.poster.event(message_event(text, channel=channel, ts=ts, **extra), event_id=event_id,
                                    retry_num=retry_num)
        return ack, ts

    def reply(self, ts: str, *, channel: str = DEFAULT_CHANNEL, timeout: float = REPLY_TIMEOUT):
        """The (first) bot message in the thread of `ts`."""
        return self.standin.wait_for("chat.postMessage", lambda c: c.get("channel") == channel
                                     and str(c.get("thread_ts")) == ts, timeout=timeout)[0]

    def replies(self, ts: str, *, channel: str = DEFAULT_CHANNEL) -> list:
        return self.standin.posts(channel=channel, thread_ts=ts)

    def settle(self, seconds: float = 1.0) -> None:
        """Give stray duplicate work a chance to show up before asserting "exactly one"."""
        deadline = time.monotonic() + seconds
        store = self.bot.store
        while time.monotonic() < deadline:
            if store is not None and store.count_jobs("queued") == 0 and store.count_jobs("running") == 0:
                break
            time.sleep(0.05)
        time.sleep(min(0.3, seconds))


@pytest.fixture
def post(bot, standin) -> Poster:
    return Poster(bot, standin)


def reply_text(call) -> str:
    """Everything visible in a posted message: fallback text and blocks."""
    return call.text_blob()
