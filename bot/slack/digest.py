"""The daily digest: posted to DIGEST_CHANNEL at DIGEST_TIME in DIGEST_TZ, exactly once per day.

Scheduled in-process with APScheduler (BackgroundScheduler + CronTrigger).
"Exactly once" holds across restarts and several running instances because
each attempt must first win `store.claim_digest_post(channel, day)`; a post
that fails gives the claim back so a later attempt may try again.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.config import Settings
from bot.slack.render import render_digest
from store import Viewer

log = logging.getLogger("whosaid.digest")

PRUNE_AFTER = timedelta(days=7)
CATCH_UP = timedelta(hours=3)  # started (or restarted) within this long after DIGEST_TIME: post today's now


def post_digest(settings: Settings, store: Any, client: Any, day: date, *, channel: str | None = None,
                team_id: str | None = None, post_empty: bool = False) -> bool:
    """Post `day`'s digest to the digest channel unless it was already posted. True if this call posted it.

    The digest holds only what every member of the channel may see: the public space of its workspace
    (`team_id`, else the token's own, from auth.test) plus what came through that channel itself."""
    channel = channel or settings.digest_channel
    if not channel:
        log.info("no DIGEST_CHANNEL configured; digest not posted")
        return False
    if not post_empty and store.digest(day, tz=settings.digest_tz, viewer=Viewer.operator()).empty:
        log.info("no articles on %s; digest not posted", day)
        return False
    team_id = team_id or client.auth_test().get("team_id")
    if not team_id:
        log.warning("auth.test gave no workspace id: the digest in %s holds public operator sources only", channel)
    digest = store.digest(day, tz=settings.digest_tz, viewer=Viewer.audience(team_id, channel))
    if digest.empty and not post_empty:
        log.info("nothing on %s that every member of %s may see; digest not posted", day, channel)
        return False
    if not store.claim_digest_post(channel, day):
        log.info("digest for %s already posted to %s", day, channel)
        return False
    msg = render_digest(digest)
    try:
        client.chat_postMessage(channel=channel, unfurl_links=False, unfurl_media=False, **msg.kwargs())
    except Exception:
        store.release_digest_post(channel, day)
        raise
    log.info("digest for %s posted to %s", day, channel)
    return True


class DigestScheduler:
    """Runs `post_digest` every day at the configured local time."""

    def __init__(self, settings: Settings, store: Any, client: Any, *, clock=None,
                 clients: Callable[[str | None, str | None], Any] | None = None):
        self.settings = settings
        self.store = store
        self.client = client
        self.clients = clients  # several workspaces: DIGEST_TEAM's client is looked up when posting
        self.tz = ZoneInfo(settings.digest_tz)
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._scheduler = None

    def run_today(self) -> bool:
        day = self.clock().astimezone(self.tz).date()
        team = self.settings.digest_team
        try:
            client = self.clients(team, None) if self.clients else self.client
            return post_digest(self.settings, self.store, client, day, team_id=team)
        except Exception as e:  # noqa: BLE001 - the scheduler thread must survive
            log.error("posting the digest for %s failed: %s", day, type(e).__name__)
            return False

    def due_catch_up(self) -> bool:
        """True if we start shortly after today's digest time (e.g. a restart during deploy)."""
        now = self.clock().astimezone(self.tz)
        h, m = self.settings.digest_hour_minute
        at = now.replace(hour=h, minute=m, second=0, microsecond=0)
        return at <= now <= at + CATCH_UP

    def prune(self) -> None:
        """Daily: forget Slack delivery ids older than a week (retries come within minutes), and, with
        WHOSAID_RETENTION_DAYS set, articles and pasted text older than that."""
        try:
            n = self.store.prune_slack_events(self.clock() - PRUNE_AFTER)
            if n:
                log.info("pruned %d old Slack delivery ids", n)
        except Exception as e:  # noqa: BLE001 - logged; pruning is housekeeping, retried tomorrow
            log.warning("pruning Slack delivery ids failed: %s", type(e).__name__)
        self.apply_retention()

    def apply_retention(self) -> None:
        days = self.settings.retention_days
        if not days:
            return
        try:
            report = self.store.apply_retention(self.clock() - timedelta(days=days))
        except Exception:  # noqa: BLE001 - the scheduler thread must survive; logged in full, retried tomorrow
            log.exception("applying WHOSAID_RETENTION_DAYS=%d failed", days)
            return
        log.info("retention (%d days): deleted %d article(s), %d claim(s), %d finished job(s)",
                 days, len(report.articles), report.claims, report.jobs)

    def start(self) -> "DigestScheduler":
        self._scheduler = BackgroundScheduler(timezone=self.tz)
        self._scheduler.add_job(self.prune, CronTrigger(hour=3, minute=17, timezone=self.tz), id="whosaid-prune",
                                coalesce=True, max_instances=1)
        if self.settings.digest_channel:
            h, m = self.settings.digest_hour_minute
            self._scheduler.add_job(self.run_today, CronTrigger(hour=h, minute=m, timezone=self.tz),
                                    id="whosaid-digest", coalesce=True, max_instances=1,
                                    misfire_grace_time=int(CATCH_UP.total_seconds()))
            if self.due_catch_up():
                self._scheduler.add_job(self.run_today, id="whosaid-digest-catch-up")
            log.info("daily digest to %s at %02d:%02d %s", self.settings.digest_channel, h, m, self.settings.digest_tz)
        else:
            log.info("DIGEST_CHANNEL not set: no daily digest")
        self._scheduler.start()
        return self

    def next_run(self) -> datetime | None:
        if not self._scheduler:
            return None
        job = self._scheduler.get_job("whosaid-digest")
        return job.next_run_time if job else None

    def stop(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
