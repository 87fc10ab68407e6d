"""The app factory and the background runtime (workers + digest scheduler).

    settings = load_settings()
    store = Store.open(settings.db_path)
    app = create_app(settings, store)            # a slack_bolt.App with every listener
    runtime = start_background(settings, store=store, client=app.client)
    ...
    runtime.stop()

Tests and the demo can pass their own `client` (e.g. pointed at a local
stand-in of the Web API); with SLACK_API_URL set, the default client already is.
"""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import App

from bot.config import Settings
from bot.feed_schedule import FeedScheduler
from bot.slack.digest import DigestScheduler
from bot.slack.feed_poster import make_feed_poster
from bot.slack.client import make_client
from bot.worker import WorkerPool

log = logging.getLogger("whosaid.app")


def create_app(settings: Settings, store: Any, *, client: Any = None, wake: Any = None,
               token_verification: bool = False, quick_client: Any = None) -> App:
    """A Bolt app with every whosaid listener registered.

    `wake` is called after a job is queued (pass `runtime.pool.wake`; it can
    also be set later with `set_wake(app, fn)`). Token verification (auth.test
    at construction) is off by default so the app can be built offline; the
    Socket Mode / HTTP entry points call auth.test themselves to fail early.
    """
    import handlers
    from handlers.common import Deps

    client = client or make_client(settings)
    bolt_logger = logging.getLogger("whosaid.bolt")
    if not any(isinstance(f, _QuietTokenWarning) for f in bolt_logger.filters):
        bolt_logger.addFilter(_QuietTokenWarning())
    if quick_client is None:
        quick_client = make_quick_client(settings, client)
    app = App(
        client=client,
        signing_secret=settings.slack_signing_secret or "unset",
        token_verification_enabled=token_verification,
        # The listeners only dedupe and queue (SQLite, milliseconds), so run them before
        # answering: once Slack has its 200, the job is already durable.
        process_before_response=True,
        request_verification_enabled=True,
        logger=bolt_logger,
    )
    deps = Deps(settings=settings, store=store, quick_client=quick_client)
    reactions = ThreadPoolExecutor(max_workers=4, thread_name_prefix="whosaid-after-ack")
    deps.after_ack = reactions.submit  # the ack does not wait for reactions.add
    if wake is not None:
        deps.wake = wake
    app.whosaid_deps = deps

    @app.middleware
    def inject_deps(context, next):  # noqa: A002 - Bolt's parameter name
        context["deps"] = deps
        next()

    handlers.register_all(app)
    return app


class _QuietTokenWarning(logging.Filter):
    """Bolt warns that SLACK_BOT_TOKEN (read from the environment) is unused when given a client: expected here."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def set_wake(app: App, wake) -> None:
    app.whosaid_deps.wake = wake


def make_quick_client(settings: Settings, client: Any) -> Any:
    """Same endpoint and token as `client`, but no retries and a short timeout (for calls before the ack)."""
    try:
        from slack_sdk import WebClient

        if not isinstance(client, WebClient):
            return client
        return WebClient(token=client.token, base_url=client.base_url, timeout=2, retry_handlers=[],
                         logger=logging.getLogger("whosaid.slack_sdk"))
    except Exception:  # noqa: BLE001  # pragma: no cover
        return client


@dataclass
class Runtime:
    """Everything that runs in the background: the worker pool and the digest scheduler."""

    settings: Settings
    store: Any
    client: Any
    pool: WorkerPool
    scheduler: DigestScheduler
    feeds: FeedScheduler | None = None
    owns_store: bool = False
    _stopped: bool = field(default=False, repr=False)

    def stop(self, timeout: float = 30.0) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.scheduler.stop()
        if self.feeds is not None:
            self.feeds.stop()
        self.pool.stop(timeout)
        if self.owns_store:
            self.store.close()


def _warm_up() -> None:
    """Load the language model now, so the first article does not wait for it."""
    try:
        from bot.claims.nlp import get_nlp

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
        from store import Store

        store = Store.open(settings.db_path)
    if client is None:
        client = app.client if app is not None else make_client(settings)
    stale = store.requeue_stale_jobs()
    if stale:
        log.info("requeued %d job(s) interrupted by the last shutdown", stale)
    if warm_up if warm_up is not None else ("analyse" not in pool_kwargs and settings.extract_processes == 0):
        import threading

        threading.Thread(target=_warm_up, name="whosaid-warm-up", daemon=True).start()
    pool = WorkerPool(settings, store, client, **pool_kwargs).start()
    if app is not None:
        set_wake(app, pool.wake)
    scheduler = DigestScheduler(settings, store, client)
    if schedule_digest:
        scheduler.start()
    feeds = FeedScheduler(settings, store, analyse=pool.analyse, post=make_feed_poster(client)).start() \
        if poll_feeds else None
    pool.wake()
    return Runtime(settings=settings, store=store, client=client, pool=pool, scheduler=scheduler, feeds=feeds,
                   owns_store=owns)
