"""Claim extraction in child processes.

spaCy holds the GIL for much of a parse; run in the web server's process it
slows every Slack ack behind it. The worker threads hand articles to a small
pool of spawned processes instead, each loading the language model once.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from bot import pipeline
from bot.article import Article
from bot.claims import Claim
from bot.claims.nlp import get_nlp

log = logging.getLogger(__name__)


#: Extraction is background work: the server's acks, which Slack times, get the CPU first.
EXTRACTION_NICENESS = 10


def _warm_up(niceness: int = EXTRACTION_NICENESS) -> None:
    if niceness:
        os.nice(niceness)
    get_nlp()


def _analyse(article: Article) -> list[Claim]:
    return pipeline.analyse(article)


class ExtractionPool:
    """`processes` spawned children, each loading the model once; `niceness` lowers their CPU priority."""

    def __init__(self, processes: int = 1, *, niceness: int = EXTRACTION_NICENESS):
        self.processes = max(1, processes)
        self.niceness = niceness
        self._lock = threading.Lock()
        self._executor = self._new_executor()

    def _new_executor(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.processes, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_warm_up, initargs=(self.niceness,))

    def analyse(self, article: Article) -> list[Claim]:
        """Like `bot.pipeline.analyse`, in a child process; its exceptions are raised here."""
        with self._lock:
            executor = self._executor
        try:
            return executor.submit(_analyse, article).result()
        except BrokenProcessPool:
            log.error("an extraction process died (article %s); starting a new pool", article.id)
            with self._lock:
                if self._executor is executor:
                    self._executor = self._new_executor()
            raise

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
