"""The worker pool: takes extraction jobs from the store's durable job table and answers in Slack.

A fixed number of threads (`settings.workers`) claim jobs one at a time
(`store.claim_next_job`), so a burst of work waits in the database, not in
memory, and survives a restart (`requeue_stale_jobs()` at start-up puts back
jobs a killed process was running).

For each job: read the article (fetch the link, or the pasted text), extract
claims, save them, post ONE thread reply, and swap the :hourglass_flowing_sand:
reaction for :white_check_mark: (or :warning: with a short, friendly reason).
A Web API failure that survives the client's own bounded retries marks the
job failed with the error recorded; nothing here ever raises out of a thread.
"""
from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from bot.slack import render
from bot.article import Article, article_id
from bot.config import Settings
from bot.errors import FetchError, WhosaidError
from bot.slack.client import react, slack_error

log = logging.getLogger("whosaid.worker")

JOB_KINDS = ("message",)
HOURGLASS, DONE, WARNING = "hourglass_flowing_sand", "white_check_mark", "warning"
REPLY_EVENT = "whosaid_reply"  # message metadata on our replies, to find them again after a crash
UNEXPECTED = "Sorry, I hit an unexpected problem reading that article. The error has been logged."


def _default_load_url(settings: Settings) -> Callable[[str], Article]:
    def load(url: str) -> Article:
        from bot.pipeline import load_source

        return load_source(url, settings.fetch)

    return load


def _default_analyse(settings: Settings) -> Callable[[Article], list]:
    def run(article: Article) -> list:
        from bot.pipeline import analyse

        return analyse(article, time_limit_s=settings.article_time_limit_s)

    return run


def _marker(p: dict) -> str:
    return f"{p.get('trigger', 'message')}:{p['channel']}:{p['ts']}"


def _reply_marker(message: dict) -> str | None:
    meta = message.get("metadata") or {}
    if meta.get("event_type") != REPLY_EVENT:
        return None
    return (meta.get("event_payload") or {}).get("for")


class WorkerPool:
    def __init__(self, settings: Settings, store: Any, client: Any, *, size: int | None = None,
                 load_url: Callable[[str], Article] | None = None,
                 analyse: Callable[[Article], list] | None = None,
                 poll_interval: float = 1.0, name: str = "whosaid-worker"):
        self.settings = settings
        self.store = store
        self.client = client
        self.size = max(1, min(size or settings.workers, 32))
        self.load_url = load_url or _default_load_url(settings)
        self._extraction = None
        if analyse is None and settings.extract_processes > 0:
            from bot.extract_pool import ExtractionPool

            self._extraction = ExtractionPool(settings.extract_processes, settings.article_time_limit_s)
            analyse = self._extraction.analyse
        self.analyse = analyse or _default_analyse(settings)
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
        import time

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
            if job.attempts and self._replied_before(job.payload):
                log.info("job %s was interrupted after its reply was posted; not replying again", job.id)
                ok, error = True, None
            else:
                ok, error = self._process(job.payload)
        except Exception as e:  # noqa: BLE001 - the last line of defence
            log.exception("job %s crashed", job.id)
            ok, error = False, f"{type(e).__name__}: {e}"[:500]
        try:
            self.store.finish_job(job.id, ok=ok, error=error)
        except Exception:  # noqa: BLE001
            log.exception("could not finish job %s", job.id)
        return ok

    def _process(self, p: dict) -> tuple[bool, str | None]:
        from store.types import MessageRef

        channel, ts = p["channel"], p["ts"]
        thread_ts = p.get("thread_ts") or ts
        react_ts = p.get("react_ts") or ts
        source = MessageRef(channel=channel, ts=ts, user=p.get("user"))
        urls = p.get("urls") or []
        article: Article | None = None
        if urls:
            cached = self._already_read(urls[0], source)
            if cached is not None:
                return self._reply(p, thread_ts, react_ts, cached)
        try:
            if urls:
                url = urls[0]
                try:
                    article = self.load_url(url)
                except WhosaidError:
                    # Keep a record of the link so `whosaid retry` can try again later.
                    stub = Article(id=article_id(url=url), text="", url=url)
                    self.store.record_article(stub, source=source)
                    article = stub
                    raise
            else:
                from bot.pipeline import article_from_text

                article = article_from_text(p.get("text") or "")
            self.store.record_article(article, source=source)
            claims = self.analyse(article)
            self.store.save_claims(article.id, claims)
        except WhosaidError as e:
            reason = e.user_message
            detail = str(e) if str(e) != reason else reason
            if article is not None:
                self._mark_failed(article.id, detail)
            posted = self._post(p, thread_ts, render.render_failure(reason))
            self._swap(channel, react_ts, WARNING)
            kind = "fetch" if isinstance(e, FetchError) else "input"
            return False, f"{kind}: {detail}"[:500] + ("" if posted is None else f"; {posted}")
        except Exception as e:  # noqa: BLE001 - a bug in extraction must not kill the worker
            log.error("extraction failed for %s:%s\n%s", channel, ts, traceback.format_exc())
            if article is not None:
                self._mark_failed(article.id, f"internal error: {type(e).__name__}: {e}"[:500])
            self._post(p, thread_ts, render.render_failure(UNEXPECTED))
            self._swap(channel, react_ts, WARNING)
            return False, f"internal: {type(e).__name__}: {e}"[:500]
        return self._reply(p, thread_ts, react_ts, render.render_claims(claims, title=article.title, url=article.url))

    def _replied_before(self, p: dict) -> bool:
        """Is our reply to this message already in its thread? (Only asked for re-run jobs.)"""
        thread_ts = p.get("thread_ts") or p["ts"]
        try:
            resp = self.client.conversations_replies(channel=p["channel"], ts=thread_ts, include_all_metadata=True,
                                                     limit=200)
        except Exception as e:  # noqa: BLE001 - cannot tell: replying twice beats never replying
            log.info("conversations.replies on %s failed: %s", thread_ts, slack_error(e))
            return False
        return any(_reply_marker(m) == _marker(p) for m in resp.get("messages") or [])

    def _reply(self, p: dict, thread_ts: str, react_ts: str, msg: render.Message) -> tuple[bool, str | None]:
        err = self._post(p, thread_ts, msg)
        if err is not None:
            self._swap(p["channel"], react_ts, WARNING)
            return False, err
        self._swap(p["channel"], react_ts, DONE)
        return True, None

    def _already_read(self, url: str, source: Any) -> render.Message | None:
        """A link already read successfully (e.g. shared in another channel): answer from the log, no fetch."""
        try:
            stored = self.store.get_article(article_id(url=url))
            if stored is None or stored.status != "done" or not stored.claim_count:
                return None
            self.store.record_article(Article(id=stored.id, text=stored.text, title=stored.title, url=stored.url,
                                              published=stored.published), source=source)
            hits = self.store.article_claims(stored.id)
        except Exception:  # noqa: BLE001 - fall back to reading it again
            log.exception("could not reuse stored claims for %s", url)
            return None
        return render.render_claims(hits, title=stored.title, url=stored.url or url)

    def _mark_failed(self, aid: str, error: str) -> None:
        try:
            self.store.mark_failed(aid, error)
        except Exception:  # noqa: BLE001
            log.exception("could not mark %s failed", aid)

    def _post(self, p: dict, thread_ts: str, msg: render.Message) -> str | None:
        """Post the thread reply; returns None on success, else the error (already retried by the client)."""
        try:
            self.client.chat_postMessage(channel=p["channel"], thread_ts=thread_ts, unfurl_links=False,
                                         unfurl_media=False, metadata={"event_type": REPLY_EVENT,
                                                                       "event_payload": {"for": _marker(p)}},
                                         **msg.kwargs())
            return None
        except Exception as e:  # noqa: BLE001
            err = slack_error(e)
            log.warning("chat.postMessage to %s failed: %s", p["channel"], err)
        # Not in the channel (e.g. a shortcut used elsewhere): answer the person who asked, if we can.
        if p.get("response_url"):
            try:
                from slack_sdk.webhook import WebhookClient

                WebhookClient(p["response_url"], timeout=10).send(
                    text=msg.text, blocks=msg.blocks, response_type="ephemeral", replace_original=False)
                return None
            except Exception as e:  # noqa: BLE001
                log.warning("response_url fallback failed: %s", type(e).__name__)
        return err

    def _swap(self, channel: str, ts: str, final: str) -> None:
        react(self.client, channel, ts, HOURGLASS, remove=True)
        react(self.client, channel, ts, final)
