"""Polling feeds on a schedule inside `whosaid serve` (APScheduler, like the daily digest).

Every minute it polls the feeds whose next poll time has come (each feed every FEEDS_POLL_MINUTES, later
after failures: see `bot.feeds`) and posts read entries to their feed's channel. Several instances on one
database are safe: each entry is logged and posted by one of them only.
"""
from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.feeds import deliver_posts, poll_feeds

log = logging.getLogger(__name__)

TICK = timedelta(minutes=1)


class FeedScheduler:
    def __init__(self, settings: Settings, store: Any, *, analyse, post=None):
        self.settings = settings
        self.store = store
        self.analyse = analyse
        self.post = post
        self._scheduler: BackgroundScheduler | None = None

    def run_once(self) -> None:
        """Poll the feeds that are due and deliver waiting posts (the scheduled job; never raises)."""
        try:
            results = poll_feeds(self.store, self.settings.fetch, analyse=self.analyse, due_only=True,
                                 interval=timedelta(minutes=self.settings.feeds_poll_minutes))
            new = sum(len(r.new) for r in results)
            if new:
                log.info("feeds: %d new article(s) from %d feed(s)", new, len(results))
            if self.post is not None:
                deliver_posts(self.store, self.post)
        except Exception:  # noqa: BLE001 - the scheduler thread must survive (e.g. database busy); logged
            log.exception("polling feeds failed")

    def start(self) -> "FeedScheduler":
        self._scheduler = BackgroundScheduler()
        # first run at start-up (one recurring job: a one-off job removed while the scheduler shuts down races it)
        self._scheduler.add_job(self.run_once, IntervalTrigger(seconds=TICK.total_seconds()), id="whosaid-feeds",
                                coalesce=True, max_instances=1, next_run_time=datetime.now(timezone.utc))
        self._scheduler.start()
        return self

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
