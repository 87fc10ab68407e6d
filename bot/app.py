"""The composition root: wires the Slack listeners, the worker pool, the digest and feed schedulers together.

    settings = load_settings()
    store = Store.open(settings.db_path)
    app = create_app(settings, store)            # a slack_bolt.App with every listener
    runtime = start_background(settings, store=store, app=app)
    ...
    runtime.stop()

`bot.serve` is all of that plus the Socket Mode / HTTP front door (`whosaid serve`).
Tests and the demo can pass their own `client` (e.g. pointed at a local
stand-in of the Web API); with SLACK_API_URL set, the default client already is.

This module sits above both `handlers/` and `bot.slack` (which must not import
each other's way up); `bot.serve`, `bot.acceptor`, the CLI and the demo kit import it.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse
from slack_bolt.middleware import Middleware
from slack_bolt.oauth import OAuthFlow
from slack_bolt.oauth.oauth_settings import OAuthSettings

import handlers
from bot.claims.nlp import get_nlp
from bot.config import Settings
from bot.documents import SharedBytes
from bot.errors import ConfigError
from bot.feed_schedule import FeedScheduler
from bot.jobs import SharedFile
from bot.slack import files
from bot.slack.access import Access
from bot.slack.client import make_client, make_quick_client
from bot.slack.digest import DigestScheduler
from bot.slack.feed_poster import make_feed_poster
from bot.slack.receipts import Receipt, Receipts
from bot.slack.replier import SlackReplier
from bot.slack.workspaces import BOT_SCOPES, Workspaces
from bot.worker import ReadRetry, WorkerPool
from handlers.common import Deps
from store import Store

log = logging.getLogger("whosaid.app")


def create_app(settings: Settings, store: Any, *, client: Any = None, wake: Any = None,
               token_verification: bool = False, quick_client: Any = None) -> App:
    """A Bolt app with every whosaid listener registered.

    `wake` is called after a job is queued (pass `runtime.pool.wake`; it can
    also be set later with `set_wake(app, fn)`). Token verification (auth.test
    at construction) is off by default so the app can be built offline; the
    Socket Mode / HTTP entry points call auth.test themselves to fail early.
    The thread pool that puts the hourglass on received messages after the ack is shut down by `close_app`
    (`Runtime.stop` does it for the app it was given).

    Several workspaces (`settings.oauth`): Bolt's OAuth flow serves /slack/install and /slack/oauth_redirect,
    installations live in the same database file, and each request gets a client with its workspace's token
    (`client` then carries no token: only the base URL, retries and time-out).
    """
    client = client or make_client(settings)
    bolt_logger = logging.getLogger("whosaid.bolt")
    if not any(isinstance(f, _QuietTokenWarning) for f in bolt_logger.filters):
        bolt_logger.addFilter(_QuietTokenWarning())
    workspaces = Workspaces(settings, client)
    oauth = None
    if workspaces.multi:
        oauth = OAuthFlow(client=workspaces.oauth_client(), logger=bolt_logger, settings=OAuthSettings(
            client_id=settings.slack_client_id, client_secret=settings.slack_client_secret, scopes=list(BOT_SCOPES),
            redirect_uri=settings.slack_redirect_uri, installation_store=workspaces.installation_store,
            state_store=workspaces.state_store, logger=bolt_logger))
        quick_client = None  # each listener's own client carries its workspace's token
    elif quick_client is None:
        quick_client = make_quick_client(client)
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "unset",
        token_verification_enabled=token_verification,
        # The listeners only dedupe and queue (SQLite, milliseconds), so run them before
        # answering: once Slack has its 200, the job is already durable.
        process_before_response=True,
        request_verification_enabled=True,
        oauth_flow=oauth,
        logger=bolt_logger,
    )
    # The ack does not wait for reactions.add.
    deps = Deps(settings=settings, store=store, quick_client=quick_client, workspaces=workspaces,
                receipts=Receipts(background=True))
    if wake is not None:
        deps.wake = wake
    app.whosaid_deps = deps
    app.whosaid_workspaces = workspaces

    app.use(_InjectDeps(deps))
    handlers.register_all(app)
    return app


def close_app(app: App) -> None:
    """Finish the hourglass reactions in hand and stop their threads."""
    app.whosaid_deps.receipts.close()


def dispatch_event(app: App, payload: dict) -> bool:
    """An Events API delivery that a front door kept in the inbox (HTTP mode's verified it: `bot.slack.intake`;
    Socket Mode's came over the app-token connection), handled by this process's Bolt app. False when a listener
    failed (Bolt logged why and answered 5xx): the caller tries it again."""
    return app.dispatch(BoltRequest(body=payload, mode="socket_mode")).status < 500


def mark_received(app: App, receipt: Receipt) -> None:
    """The hourglass on a message another process (HTTP mode's Events endpoint) queued a job for."""
    deps = app.whosaid_deps
    client = deps.workspaces.client_for(receipt.team_id, receipt.enterprise_id) if deps.workspaces.multi \
        else deps.quick_client
    deps.receipts.mark(receipt, client)


class _InjectDeps(Middleware):
    """Puts the listeners' `Deps` in every request's context. A `Middleware` class rather than a function: Bolt
    calls it directly, without working out a function's keyword arguments on every request (the front door's ack
    path)."""

    def __init__(self, deps: Deps):
        self.deps = deps

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]):  # noqa: A002 - Bolt calls it with `next=`
        req.context["deps"] = self.deps
        return next()


class _QuietTokenWarning(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN (read from the environment) is unused when given a client: expected here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def set_wake(app: App, wake) -> None:
    app.whosaid_deps.wake = wake


@dataclass
class Runtime:
    """Everything that runs in the background: the worker pool, the digest scheduler and feed polling."""

    settings: Settings
    store: Any
    client: Any
    pool: WorkerPool
    scheduler: DigestScheduler
    feeds: FeedScheduler | None = None
    owns_store: bool = False
    app: App | None = None
    _stopped: bool = field(default=False, repr=False)

    def stop(self, timeout: float = 30.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.scheduler.stop()
        if self.feeds is not None:
            self.feeds.stop()
        self.pool.stop(timeout)
        if self.app is not None:
            close_app(self.app)
        if self.owns_store:
            self.store.close()


def _warm_up() -> None:
    """Load the language model now, so the first article does not wait for it."""
    try:
        get_nlp()
    except Exception as e:  # noqa: BLE001 - the first job will report a real problem
        log.warning("could not preload the language model: %s", type(e).__name__)


def start_background(settings: Settings, *, store: Any = None, client: Any = None, app: App | None = None,
                     schedule_digest: bool = True, warm_up: bool | None = None, poll_feeds: bool = False,
                     **pool_kwargs) -> Runtime:
    """Requeue jobs a killed process left running, start the workers and the daily digest (and, with
    `poll_feeds`, feed polling, which posts a feed's new articles to its channel).

    `warm_up` (default: when the real extractor is used) preloads the language model in the background.
    """
    owns = store is None
    if store is None:
        store = Store.open(settings.db_path)
    if client is None:
        client = app.client if app is not None else make_client(settings)
    stale = store.requeue_stale_jobs()
    if stale:
        log.info("requeued %d job(s) interrupted by the last shutdown", stale)
    if warm_up if warm_up is not None else ("analyse" not in pool_kwargs and settings.extract_processes == 0):
        threading.Thread(target=_warm_up, name="whosaid-warm-up", daemon=True).start()
    workspaces = app.whosaid_workspaces if app is not None else Workspaces(settings, client)
    access = app.whosaid_deps.access if app is not None else Access()  # one membership cache with the listeners
    replier = SlackReplier(client, clients=workspaces.client_for if workspaces.multi else None, store=store,
                           access=access)
    pool_kwargs.setdefault("load_file", _file_loader(settings, workspaces))
    pool = WorkerPool(settings, store, replier, **pool_kwargs).start()
    if app is not None:
        set_wake(app, pool.wake)
    scheduler = DigestScheduler(settings, store, client, clients=workspaces.client_for if workspaces.multi else None)
    if schedule_digest:
        scheduler.start()
    feeds = FeedScheduler(settings, store, analyse=pool.analyse, post=make_feed_poster(client)).start() \
        if poll_feeds else None
    pool.wake()
    return Runtime(settings=settings, store=store, client=client, pool=pool, scheduler=scheduler, feeds=feeds,
                   owns_store=owns, app=app)


def retry_failed_messages(settings: Settings, store: Any, *, client: Any = None) -> list[ReadRetry]:
    """`whosaid retry` for Slack: failed messages (a link or Slack's file host was down, a download timed out, a
    paste took longer than the time limit) read again — files downloaded with the bot token, only from Slack's
    file host, through the bounded fetcher — saved and answered in their threads, here and now (not by a
    running bot), with no time limit: it is an operator's explicit request. ConfigError without a bot token."""
    if not settings.slack_bot_token and not settings.oauth:
        raise ConfigError("SLACK_BOT_TOKEN is not set: failed Slack messages can only be answered (and their files "
                          "downloaded) with the bot token.")
    client = client or make_client(settings)
    workspaces = Workspaces(settings, client)
    replier = SlackReplier(client, clients=workspaces.client_for if workspaces.multi else None)
    # Read and analysed in this process (no server here to keep responsive).
    pool = WorkerPool(replace(settings, extract_processes=0, article_time_limit_s=None), store, replier,
                      load_file=_file_loader(settings, workspaces))
    return pool.retry_failed_reads()


def _file_loader(settings: Settings, workspaces: Workspaces) -> Callable[..., SharedBytes]:
    """Downloads a shared file with the bot token of the workspace it was shared in (several workspaces: its
    installation's; else the one bot token)."""

    def load(file: SharedFile, team_id: str | None = None, enterprise_id: str | None = None) -> SharedBytes:
        token = workspaces.client_for(team_id, enterprise_id).token if workspaces.multi else None
        return files.download(file, settings, token=token)

    return load
