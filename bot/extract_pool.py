"""Claim extraction in child processes.

spaCy holds the GIL for much of a parse; run in the web server's process it
slows every Slack ack behind it. So does reading a PDF or extracting a page's
article from its HTML. The worker threads download, then hand the bytes (or the
pasted article) to a small pool of spawned processes, each loading the language
model once, which read and analyse them.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures import wait as futures_wait
from concurrent.futures.process import BrokenProcessPool

from bot import documents, pipeline
from bot.article import Article
from bot.claims import Claim
from bot.claims.nlp import get_nlp
from bot.errors import TooLongError

log = logging.getLogger(__name__)


#: Extraction is background work: the server's acks, which Slack times, get the CPU first.
EXTRACTION_NICENESS = 10


def _warm_up(niceness: int = EXTRACTION_NICENESS) -> None:
    get_nlp()  # at normal priority: the first reply after a start waits for it
    documents.warm_up()  # the page and PDF readers, which read what the worker threads download
    if niceness:
        os.nice(niceness)


def _analyse(article: Article, time_limit_s: float | None) -> list[Claim]:
    return pipeline.analyse(article, time_limit_s=time_limit_s)


def _read_and_analyse(source: pipeline.Source, time_limit_s: float | None) -> pipeline.Analysed:
    return pipeline.read_and_analyse(source, time_limit_s=time_limit_s)


#: The child stops itself between pieces once the time limit is up (`bot.claims.chunks`); if it has not
#: answered by twice the limit plus this (one queued article ahead of it, one slow piece), it is killed.
HARD_STOP_GRACE_S = 30.0


class ExtractionPool:
    """`processes` spawned children, each loading the model once; `niceness` lowers their CPU priority."""

    def __init__(self, processes: int = 1, time_limit_s: float | None = None, *,
                 niceness: int = EXTRACTION_NICENESS):
        self.processes = max(1, processes)
        self.time_limit_s = time_limit_s
        self.niceness = niceness
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        """A pool whose processes start now and load the model at once (not when the first article arrives)."""
        executor = ProcessPoolExecutor(max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
                                       initializer=_warm_up, initargs=(self.niceness,))
        # processes are spawned on demand: one no-op task each starts them (done once its process is warm)
        self._warm = [executor.submit(os.getpid) for _ in range(self.processes)]
        return executor

    def wait_ready(self, timeout: float) -> bool:
        """Wait until every process has loaded the model (at most `timeout` s); True if they have."""
        done, _ = futures_wait(self._warm, timeout=timeout)
        return len(done) == len(self._warm)

    def analyse(self, article: Article) -> list[Claim]:
        """Like `bot.pipeline.analyse`, in a child process; its exceptions are raised here."""
        return self._run(_analyse, article)

    def read_and_analyse(self, source: pipeline.Source) -> pipeline.Analysed:
        """Like `bot.pipeline.read_and_analyse` (a page's or a file's bytes read there too: PDF and HTML parsing
        stay out of the server's process), in a child process; its exceptions are raised here."""
        return self._run(_read_and_analyse, source)

    def _run(self, fn, source: pipeline.Source):
        with self._lock:
            executor = self._executor
        hard_stop = None if self.time_limit_s is None else 2 * self.time_limit_s + HARD_STOP_GRACE_S
        future = executor.submit(fn, source, self.time_limit_s)
        label = getattr(source, "id", None) or getattr(source, "url", None) or "?"
        try:
            return future.result(timeout=hard_stop)
        except FuturesTimeout:
            log.error("article %s: no answer from the extraction process after %.0f s; restarting it",
                      label, hard_stop)
            self._replace(executor, kill=True)
            if isinstance(source, Article):
                raise pipeline.too_long(source, self.time_limit_s or 0) from None
            raise TooLongError(f"That document is too long to read in time (I stopped after {hard_stop:g} s). "
                               "Try again later, or paste the part you care about.",
                               detail=f"hard stop {hard_stop:g} s reading {label}") from None
        except BrokenProcessPool:
            log.error("an extraction process died (article %s); starting a new pool", label)
            self._replace(executor)
            raise

    def _replace(self, executor: ProcessPoolExecutor, *, kill: bool = False) -> None:
        with self._lock:
            if self._executor is not executor:
                return
            self._executor = self._new_executor()
        if kill:
            # ProcessPoolExecutor has no public way to stop a running task: end its processes.
            for proc in list((getattr(executor, "_processes", None) or {}).values()):
                proc.kill()
        executor.shutdown(wait=False, cancel_futures=True)

    def submit(self, fn, *args) -> Future:
        """Run a picklable module-level `fn(*args)` in a child; a pool broken by a dying child is replaced
        for later calls (the futures already given out raise BrokenProcessPool)."""
        with self._lock:
            executor = self._executor
        try:
            return executor.submit(fn, *args)
        except BrokenProcessPool:
            log.error("an extraction process died; starting a new pool")
            with self._lock:
                if self._executor is executor:
                    self._executor = self._new_executor()
                return self._executor.submit(fn, *args)

    def close(self, wait: bool = False) -> None:
        with self._lock:
            self._executor.shutdown(wait=wait, cancel_futures=True)
