"""The worker pool: takes extraction jobs from the store's durable job table and hands each outcome to a replier.

A fixed number of threads (`settings.workers`) claim jobs one at a time
(`store.claim_next_job`), so a burst of work waits in the database, not in
memory, and survives a restart (`requeue_stale_jobs()` at start-up puts back
jobs a killed process was running).

For each job (a `bot.jobs.ExtractionJob`): download the link or the shared
file (only that: reading the bytes — PDF text, a page's article — and the
claim extraction run on the extraction side, `self.extract`, a child process
unless configured otherwise), save the article and its claims, and hand the
`Outcome` (claims, or a short, friendly reason) to the `Replier` the pool was given;
the Slack one (`bot.slack.replier`) posts ONE thread reply and swaps the
reactions. A delivery failure that survives the replier's own bounded retries
marks the job failed with the error recorded; nothing here ever raises out of
a thread. `retry_failed_reads` runs failed jobs again (`whosaid retry`): what
could not be read then (a link, a shared file, a paste over the time limit) is
read now and answered in its thread. Nothing here knows about Slack.
"""
from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from bot.article import Article, article_id
from bot.config import Settings
from bot.errors import FetchError, WhosaidError
from bot.extract_pool import ExtractionPool
from bot.fetch import Page, fetch_page
from bot.jobs import KIND, ErrorKind, ExtractionJob, Outcome, Replier, SharedFile
from bot.pipeline import Analysed, Source, article_from_text, to_article
from bot.pipeline import analyse as analyse_article
from store.types import MessageRef, Viewer

log = logging.getLogger("whosaid.worker")

JOB_KINDS = (KIND,)
UNEXPECTED = "Sorry, I hit an unexpected problem reading that article. The error has been logged."
Failure = tuple[ErrorKind, str]  # what went wrong with one article of a job: its kind, and a line for people


def _default_load_url(settings: Settings) -> Callable[[str], Source]:
    def load(url: str) -> Page:
        # fetch only: a link from Slack must never be read as a local path (load_source reads files too)
        return fetch_page(url, settings.fetch)

    return load


def _default_analyse(settings: Settings) -> Callable[[Article], list]:
    def run(article: Article) -> list:
        return analyse_article(article, time_limit_s=settings.article_time_limit_s)

    return run


def _in_this_process(analyse: Callable[[Article], list]) -> Callable[[Source], Analysed]:
    """Read and analyse in the calling thread, with `analyse` (extract_processes = 0, or a test's analyser)."""
    def extract(source: Source) -> Analysed:
        article = to_article(source)
        try:
            return Analysed(article, tuple(analyse(article)))
        except WhosaidError as e:
            return Analysed(article, error=e)

    return extract


def _retryable(store: Any) -> Iterator[tuple[Any, ExtractionJob]]:
    """Failed extraction jobs that reading again may fix (not those whose answer only could not be posted:
    `requeue_failed_jobs(error_kind=DELIVERY)` gives those back to the running bot), with their jobs."""
    for failed in store.failed_jobs(kinds=JOB_KINDS):
        if failed.error_kind == ErrorKind.DELIVERY:
            continue
        try:
            yield failed, ExtractionJob.from_payload(failed.payload)
        except (KeyError, TypeError, ValueError):
            log.warning("failed job %s has a payload this version cannot read; left as it is", failed.id)


def failed_reads(store: Any) -> int:
    """How many failed messages `WorkerPool.retry_failed_reads` would read again."""
    return sum(1 for _ in _retryable(store))


@dataclass(frozen=True)
class ReadRetry:
    """A failed message read again: which message, what it held (links, file names, "pasted text"), how it went."""

    job_id: int
    channel: str
    ts: str
    sources: tuple[str, ...]
    ok: bool
    error: str | None = None


class WorkerPool:
    def __init__(self, settings: Settings, store: Any, replier: Replier, *, size: int | None = None,
                 load_url: Callable[[str], Source] | None = None,
                 load_file: Callable[[SharedFile, str | None, str | None], Source] | None = None,
                 analyse: Callable[[Article], list] | None = None,
                 poll_interval: float = 1.0, name: str = "whosaid-worker"):
        self.settings = settings
        self.store = store
        self.replier = replier
        self.size = max(1, min(size or settings.workers, 32))
        self.load_url = load_url or _default_load_url(settings)
        self.load_file = load_file  # Slack files need the Slack client's token: the composition root gives it
        self._extraction = None
        if analyse is None and settings.extract_processes > 0:
            self._extraction = ExtractionPool(settings.extract_processes, settings.article_time_limit_s)
            analyse = self._extraction.analyse
            self.extract: Callable[[Source], Analysed] = self._extraction.read_and_analyse
        self.analyse = analyse or _default_analyse(settings)
        if self._extraction is None:
            self.extract = _in_this_process(self.analyse)
        self.poll_interval = poll_interval
        self.name = name
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._threads: list[threading.Thread] = []

    # -- life cycle ----------------------------------------------------------

    def wait_ready(self, timeout: float) -> bool:
        """Wait (at most `timeout` s) until the extraction processes have loaded the language model, so the first
        reply after a start is as quick as the tenth; True if they have (or there are none)."""
        return self._extraction is None or self._extraction.wait_ready(timeout)

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
        failures = _guarded(job.id, lambda: self._process(ExtractionJob.from_payload(job.payload),
                                                          rerun=bool(job.attempts)))
        ok = not failures
        try:
            self.store.finish_job(job.id, ok=ok, error=_describe(failures), error_kind=_kind(failures))
        except Exception:  # noqa: BLE001 - logged; a busy database must not kill the worker thread
            log.exception("could not finish job %s", job.id)
        return ok

    def _process(self, job: ExtractionJob, *, rerun: bool = False, again: bool = False) -> list[Failure]:
        """Each article of the message (links, files, or the pasted text) read and answered with its own reply;
        returns what failed (empty: all went well).

        `again` (a failed job run again by `retry_failed_reads`): only its articles not yet answered with their
        claims are fetched, downloaded or read again; one that fails again is recorded, not announced in the
        thread a second time."""
        sources: list[tuple[str, Any]] = [("url", u) for u in job.urls] + [("file", f) for f in job.files]
        if not sources:
            sources = [("text", job.text)]
        failures: list[Failure] = []
        for part, (kind, what) in enumerate(sources):
            if again and self.replier.answered_ok(job, part):
                continue
            if rerun and not again and self.replier.replied_before(job, part):
                log.info("job for %s:%s was interrupted after reply %d was posted; not posting it again",
                         job.channel, job.ts, part)
                continue
            outcome, failure = self._read(job, kind, what)
            if part == 0 and job.skipped_links:
                total = len(sources) + job.skipped_links
                outcome = replace(outcome, note=f"That message has {total} links and files; I read the first "
                                                f"{len(sources)} (one reply each).")
            if failure:
                failures.append(failure)
            undelivered = None if again and not outcome.ok else self.replier.post(job, outcome, part)
            if undelivered:
                failures.append((ErrorKind.DELIVERY, undelivered))
        self.replier.finish(job, not failures, failed_before=again)
        return failures

    def retry_failed_reads(self, worker: str = "whosaid-retry") -> list[ReadRetry]:
        """Failed messages (a link or Slack's file host was down, a download timed out, a paste took longer than
        the time limit...): each taken once (a running bot does not take it meanwhile), what was not answered
        with claims fetched, downloaded (with the bot token) or read again, saved and answered in the message's
        thread; recorded done, or failed again with the reason."""
        results = []
        for failed, job in _retryable(self.store):
            if self.store.claim_failed_job(failed.id, worker) is None:
                continue
            failures = _guarded(failed.id, lambda: self._process(job, again=True))
            ok, error = not failures, _describe(failures)
            self.store.finish_job(failed.id, ok=ok, error=error, error_kind=_kind(failures))
            sources = job.urls + tuple(f.name for f in job.files) or ("pasted text",)
            results.append(ReadRetry(job_id=failed.id, channel=job.channel, ts=job.ts, sources=sources, ok=ok,
                                     error=error))
        return results

    def _read(self, job: ExtractionJob, kind: str, what: Any) -> tuple[Outcome, Failure | None]:
        """One article: its outcome for the reply, and what failed (None if it went well).

        This thread only downloads (links, shared files); reading the bytes (HTML, PDF) and the extraction run
        on the extraction side (`self.extract`: a child process unless configured otherwise).

        An article read before (the same address or text, a paste of a page already read, a syndicated copy)
        is answered from the log if everyone in this channel may already see it (`Store.find_duplicate`): pasted
        text before any extraction, a page or file once the extraction side has read its text (its claims are
        then not saved again); a near-duplicate of an article they may not see is read as a new article."""
        source = MessageRef(channel=job.channel, ts=job.ts, user=job.user, team_id=job.team_id,
                            enterprise_id=job.enterprise_id, channel_type=job.channel_type)
        audience = Viewer.audience(job.team_id, job.channel)  # everyone who will see the reply
        article: Article | None = None
        if kind == "url":
            cached = self._already_read(what, source, audience)
            if cached is not None:
                return cached, None
        try:
            keys: tuple[str, ...] = ()
            if kind == "url":
                keys = (article_id(url=what),)
                loaded = self.load_url(what)
            elif kind == "file":
                if self.load_file is None:
                    raise WhosaidError("I can't read files shared here.", detail="no file loader configured")
                loaded = self.load_file(what, job.team_id, job.enterprise_id)  # the token of its workspace
            else:
                loaded = article_from_text(what)
            if isinstance(loaded, Article):  # pasted text: known before extraction
                answered, article, keys = self._deduplicate(loaded, source, audience, keys)
                if answered is not None:
                    return answered, None
            result = self.extract(loaded)
            if article is None:  # a page or a file: its text is known now
                if result.error is None:
                    answered, article, keys = self._deduplicate(result.article, source, audience, keys)
                    if answered is not None:
                        return answered, None
                else:
                    article = result.article
                    self.store.record_article(article, source=source, keys=keys)
            if result.error is not None:
                raise result.error
            claims = list(result.claims)
            self.store.save_claims(article.id, claims)
            self._notify(article.id)  # new claims logged: their speakers' followers (who may see them) are told
        except WhosaidError as e:
            reason = e.user_message
            detail = str(e) if str(e) != reason else reason
            self._mark_failed(article or self._link_stub(kind, what, source), detail)
            failed_as = ErrorKind.FETCH if isinstance(e, FetchError) else ErrorKind.INPUT
            return Outcome(ok=False, reason=reason), (failed_as, detail)
        except Exception as e:  # noqa: BLE001 - a bug in extraction must not kill the worker
            log.error("extraction failed for %s:%s\n%s", job.channel, job.ts, traceback.format_exc())
            self._mark_failed(article or self._link_stub(kind, what, source),
                              f"internal error: {type(e).__name__}: {e}"[:500])
            return Outcome(ok=False, reason=UNEXPECTED), (ErrorKind.INTERNAL, f"{type(e).__name__}: {e}")
        return Outcome(ok=True, claims=tuple(claims), title=article.title, url=article.url,
                       article_id=article.id), None

    def _link_stub(self, kind: str, url: Any, source: MessageRef) -> Article | None:
        """A link that could not be read is recorded (no text) so `whosaid retry` can fetch it again."""
        if kind != "url":
            return None
        stub = Article(id=article_id(url=url), text="", url=url)
        try:
            self.store.record_article(stub, source=source)
        except Exception:  # noqa: BLE001 - logged; the job itself is recorded failed by the caller
            log.exception("could not record the failed link %s", url)
            return None
        return stub

    def _deduplicate(self, article: Article, source: MessageRef, audience: Viewer,
                     keys: tuple[str, ...]) -> tuple[Outcome | None, Article, tuple[str, ...]]:
        """Record `article` as this message's, unless it was read before where this channel may see it: then
        (the answer from the log, the stored article, keys). A copy read before without success is read into
        that record."""
        dup = self.store.find_duplicate(article, audience=audience)
        if dup is not None and dup.status == "done":
            self._record_arrival(dup, article, source, keys)
            return self._from_log(dup, source, audience, url=article.url), article, keys
        if dup is not None and dup.id != article.id:
            keys, article = (*keys, article.id), replace(article, id=dup.id)
        self.store.record_article(article, source=source, keys=keys)
        return None, article, keys

    def _already_read(self, url: str, source: MessageRef, audience: Viewer) -> Outcome | None:
        """A link already read successfully (e.g. shared in another channel): answer from the log, no fetch."""
        try:
            link = Article(id=article_id(url=url), text="", url=url)
            stored = self.store.find_duplicate(link, audience=audience)
            if stored is None or stored.status != "done" or not stored.claim_count:
                return None
            self._record_arrival(stored, link, source, ())
            return self._from_log(stored, source, audience, url=url)
        except Exception:  # noqa: BLE001 - fall back to reading it again
            log.exception("could not reuse stored claims for %s", url)
            return None

    def _record_arrival(self, stored: Any, article: Article, source: MessageRef, keys: tuple[str, ...]) -> None:
        """Link this message to the stored article: as itself (the same id) or as one of its copies."""
        if stored.id == article.id:
            self.store.record_article(Article(id=stored.id, text=stored.text, title=stored.title, url=stored.url,
                                              published=stored.published), source=source, keys=keys)
        else:
            self.store.record_copy(stored.id, article, source=source, keys=keys)

    def _from_log(self, stored: Any, source: MessageRef, audience: Viewer, url: str | None = None) -> Outcome:
        """The answer for an article read before: its stored claims, and where the people in this channel may
        see it was first read (not this very message; nothing if it was only read where they cannot see)."""
        hits = self.store.article_claims(stored.id, viewer=audience)
        first = self.store.first_arrival(stored.id, viewer=audience, exclude=source)
        return Outcome(ok=True, claims=tuple(hits), title=stored.title, url=stored.url or url, article_id=stored.id,
                       first_seen=first)

    def _notify(self, article_id: str) -> None:
        """Tell followers of its speakers who may see it about a newly read article."""
        try:
            self.replier.new_claims(article_id)
        except Exception:  # noqa: BLE001 - followers not told is logged; the job itself succeeded
            log.exception("could not notify followers of %s", article_id)

    def _mark_failed(self, article: Article | None, error: str) -> None:
        if article is None:
            return
        try:
            self.store.mark_failed(article.id, error)
        except Exception:  # noqa: BLE001 - logged; the job itself is recorded failed by the caller
            log.exception("could not mark %s failed", article.id)


def _guarded(job_id: int, process: Callable[[], list[Failure]]) -> list[Failure]:
    """`process()`'s failures; a crash is one internal failure, logged with its traceback (the last line of
    defence: nothing raises out of a worker thread or a retry)."""
    try:
        return process()
    except Exception as e:  # noqa: BLE001 - the last line of defence
        log.exception("job %s crashed", job_id)
        return [(ErrorKind.INTERNAL, f"{type(e).__name__}: {e}")]


def _kind(failures: list[Failure]) -> ErrorKind | None:
    """The job's error kind: delivery when any answer was not posted (so `whosaid retry` posts it), else the
    first article's."""
    kinds = [k for k, _ in failures]
    return ErrorKind.DELIVERY if ErrorKind.DELIVERY in kinds else (kinds[0] if kinds else None)


def _describe(failures: list[Failure]) -> str | None:
    return " | ".join(f"{k}: {text}" for k, text in failures)[:500] or None
