"""The worker pool: takes extraction jobs from the store's durable job table and hands each outcome to a replier.

A fixed number of threads (`settings.workers`) claim jobs one at a time
(`store.claim_next_job`), so a burst of work waits in the database, not in
memory, and survives a restart (`requeue_stale_jobs()` at start-up puts back
jobs a killed process was running).

For each job (a `bot.jobs.ExtractionJob`): read the article (fetch the link,
or the pasted text), extract claims, save them, and hand the `Outcome`
(claims, or a short, friendly reason) to the `Replier` the pool was given;
the Slack one (`bot.slack.replier`) posts ONE thread reply and swaps the
reactions. A delivery failure that survives the replier's own bounded retries
marks the job failed with the error recorded; nothing here ever raises out of
a thread. Nothing here knows about Slack.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.article import Article, article_id
from bot.config import Settings
from bot.errors import FetchError, WhosaidError
from bot.extract_pool import ExtractionPool
from bot.fetch import fetch_article
from bot.jobs import KIND, ExtractionJob, Outcome, Replier
from bot.pipeline import analyse as _default_analyse
from bot.pipeline import article_from_text
from store.types import MessageRef

log = logging.getLogger("whosaid.worker")

JOB_KINDS = (KIND,)
UNEXPECTED = "Sorry, I hit an unexpected problem reading that article. The error has been logged."


def _default_load_url(settings: Settings) -> Callable[[str], Article]:
    def load(url: str) -> Article:
        # fetch only: a link from Slack must never be read as a local path (load_source reads files too)
        return fetch_article(url, settings.fetch)

    return load


class WorkerPool:
    def __init__(self, settings: Settings, store: Any, replier: Replier, *, size: int | None = None,
                 load_url: Callable[[str], Article] | None = None,
                 analyse: Callable[[Article], list] | None = None,
                 poll_interval: float = 1.0, name: str = "whosaid-worker"):
        self.settings = settings
        self.store = store
        self.replier = replier
        self.size = max(1, min(size or settings.workers, 32))
        self.load_url = load_url or _default_load_url(settings)
        self._extraction = None
        if analyse is None and settings.extract_processes > 0:
            self._extraction = ExtractionPool(settings.extract_processes)
            analyse = self._extraction.analyse
        self.analyse = analyse or _default_analyse
        self.poll_interval = poll_interval
        self.name = name
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []

    # -- life cycle ----------------------------------------------------------

    def start(self) -> "WorkerPool":
        if self._threads:
            return self
        self._stop.clear()
        for i in range(self.size):
            t = threading.Thread(target=self._loop, name=f"{self.name}-{i}", args=(f"{self.name}-{i}",), daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30.0) -> None:
        """Finish the jobs in hand, take no more. Unfinished ones stay queued in the database."""
        self._stop.set()
        self._wake.set()
        for t in self._threads:
            t.join(timeout)
        self._threads.clear()
        if self._extraction is not None:
            self._extraction.close()

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """For tests/demo: wait until no job is queued or running."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.store.count_jobs("queued") == 0 and self.store.count_jobs("running") == 0:
                return True
            self._wake.set()
            time.sleep(0.05)
        return False

    def _loop(self, worker: str) -> None:
        while not self._stop.is_set():
            try:
                job = self.store.claim_next_job(worker, kinds=JOB_KINDS)
            except Exception:  # noqa: BLE001 - e.g. the database is busy; try again shortly
                log.exception("could not claim a job")
                job = None
            if job is None:
                self._wake.wait(self.poll_interval)
                self._wake.clear()
                continue
            self.run_job(job)

    def run_pending(self, worker: str = "inline", max_jobs: int | None = None) -> int:
        """Process queued jobs in this thread until none is left (tests, demo, `whosaid retry`)."""
        n = 0
        while max_jobs is None or n < max_jobs:
            job = self.store.claim_next_job(worker, kinds=JOB_KINDS)
            if job is None:
                break
            self.run_job(job)
            n += 1
        return n

    # -- one job -------------------------------------------------------------

    def run_job(self, job: Any) -> bool:
        """Run one claimed job; always finishes it in the store. True if it succeeded."""
        try:
            task = ExtractionJob.from_payload(job.payload)
            if job.attempts and self.replier.replied_before(task):
                log.info("job %s was interrupted after its reply was posted; not replying again", job.id)
                ok, error = True, None
            else:
                ok, error = self._process(task)
        except Exception as e:  # noqa: BLE001 - the last line of defence
            log.exception("job %s crashed", job.id)
            ok, error = False, f"{type(e).__name__}: {e}"[:500]
        try:
            self.store.finish_job(job.id, ok=ok, error=error)
        except Exception:  # noqa: BLE001 - logged; a busy database must not kill the worker thread
            log.exception("could not finish job %s", job.id)
        return ok

    def _process(self, job: ExtractionJob) -> tuple[bool, str | None]:
        source = MessageRef(channel=job.channel, ts=job.ts, user=job.user)
        article: Article | None = None
        if job.urls:
            cached = self._already_read(job.urls[0], source, job)
            if cached is not None:
                return self._answer(job, cached)
        try:
            keys: tuple[str, ...] = ()
            if job.urls:
                url = job.urls[0]
                keys = (article_id(url=url),)
                try:
                    article = self.load_url(url)
                except WhosaidError:
                    # Keep a record of the link so `whosaid retry` can try again later.
                    stub = Article(id=article_id(url=url), text="", url=url)
                    self.store.record_article(stub, source=source)
                    article = stub
                    raise
            else:
                article = article_from_text(job.text)
            dup = self.store.find_duplicate(article)
            if dup is not None and dup.id != article.id:
                # The same story arrived before (a paste of this page, a syndicated copy, another address).
                self.store.record_copy(dup.id, article, source=source, keys=keys)
                if dup.status == "done":
                    return self._answer(job, self._from_log(job, dup))
                article = replace(article, id=dup.id)  # read before but not successfully: read it into that record
            self.store.record_article(article, source=source, keys=keys)
            claims = self.analyse(article)
            self.store.save_claims(article.id, claims)
        except WhosaidError as e:
            reason = e.user_message
            detail = str(e) if str(e) != reason else reason
            if article is not None:
                self._mark_failed(article.id, detail)
            posted = self.replier.reply(job, Outcome(ok=False, reason=reason))
            kind = "fetch" if isinstance(e, FetchError) else "input"
            return False, f"{kind}: {detail}"[:500] + ("" if posted is None else f"; {posted}")
        except Exception as e:  # noqa: BLE001 - a bug in extraction must not kill the worker
            log.error("extraction failed for %s:%s\n%s", job.channel, job.ts, traceback.format_exc())
            if article is not None:
                self._mark_failed(article.id, f"internal error: {type(e).__name__}: {e}"[:500])
            self.replier.reply(job, Outcome(ok=False, reason=UNEXPECTED))
            return False, f"internal: {type(e).__name__}: {e}"[:500]
        result = self._answer(job, Outcome(ok=True, claims=tuple(claims), title=article.title, url=article.url))
        try:
            self.replier.new_claims(article.id)
        except Exception:  # noqa: BLE001 - followers not told is logged; the job itself succeeded
            log.exception("could not notify followers of %s", article.id)
        return result

    def _answer(self, job: ExtractionJob, outcome: Outcome) -> tuple[bool, str | None]:
        err = self.replier.reply(job, outcome)
        return (True, None) if err is None else (False, err)

    def _already_read(self, url: str, source: MessageRef, job: ExtractionJob) -> Outcome | None:
        """A link already read successfully (e.g. shared in another channel): answer from the log, no fetch."""
        try:
            stored = self.store.get_article(article_id(url=url))
            if stored is None or stored.status != "done" or not stored.claim_count:
                return None
            self.store.record_copy(stored.id, source=source)
            return self._from_log(job, stored, url=url)
        except Exception:  # noqa: BLE001 - fall back to reading it again
            log.exception("could not reuse stored claims for %s", url)
            return None

    def _from_log(self, job: ExtractionJob, stored: Any, url: str | None = None) -> Outcome:
        """The answer for an article read before: its stored claims, and where it was first seen (unless that
        was this very message, e.g. a job run again)."""
        hits = self.store.article_claims(stored.id)
        first = next((c for c in stored.copies if c.message is not None), None)
        if first is not None and (first.message.channel, first.message.ts) == (job.channel, job.ts):
            first = None
        elif first is None and stored.copies:
            first = stored.copies[0]
        return Outcome(ok=True, claims=tuple(hits), title=stored.title, url=stored.url or url, first_seen=first)

    def _mark_failed(self, aid: str, error: str) -> None:
        try:
            self.store.mark_failed(aid, error)
        except Exception:  # noqa: BLE001 - logged; the job itself is recorded failed by the caller
            log.exception("could not mark %s failed", aid)
