"""`whosaid backfill`: analyse an archive on many processes, save it with one writer, resume after a stop.

    report = run_backfill(store, iter_items(sources), LocalRunner(processes=4))

The archive is read lazily (`bot.archive`) and cut into batches of `batch_size` items; items an earlier
run saved (`store.backfill_done`) are skipped. At most `in_flight` batches are out at the workers at any
time, so memory stays flat however large the archive. A worker turns each item into an article and runs
the claim engine over the batch (`bot.pipeline.analyse_many`, which parses with spaCy's `nlp.pipe`); this
process is the single writer and saves each finished batch in one transaction (`store.save_backfill`).
A stop (Ctrl-C, a crash) loses only the batches in flight, which the next run does again; an article is
stored once by id and its claims replaced, never doubled. Runners: `bot.backfill_runners`.
"""
from __future__ import annotations

import logging
import os
import resource
import socket
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from bot.archive import RawItem, to_article
from bot.article import Article
from bot.claims import Claim
from bot.errors import WhosaidError
from bot.pipeline import analyse_many
from store import StoreBusyError

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 16


# --------------------------------------------------------------------------- worker side


@dataclass(frozen=True)
class Outcome:
    key: str
    label: str
    article: Article | None
    claims: list[Claim] | None  # None: failed, see error
    error: str | None = None


@dataclass(frozen=True)
class BatchResult:
    outcomes: list[Outcome]
    worker: str  # host:pid of the process that did the batch
    peak_rss_kb: int  # that process's peak resident memory so far


def _error_text(e: BaseException) -> str:
    if isinstance(e, WhosaidError):
        return e.user_message
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


def analyse_items(items: list[RawItem]) -> BatchResult:
    """Worker side: the claims of every item of a batch (a failure is an Outcome with its reason, never raised).

    Runs in a worker process; the language model it needs is loaded once per process (`get_nlp`)."""
    outcomes: list[Outcome | None] = [None] * len(items)
    articles: list[tuple[int, Article]] = []
    for i, item in enumerate(items):
        try:
            articles.append((i, to_article(item)))
        except Exception as e:  # noqa: BLE001 - batch boundary: the item fails, the batch goes on
            outcomes[i] = Outcome(item.key, item.label, None, None, _error_text(e))
    for (i, art), res in zip(articles, analyse_many(a for _, a in articles)):
        item = items[i]
        if isinstance(res, BaseException):
            outcomes[i] = Outcome(item.key, item.label, art, None, _error_text(res))
        else:
            outcomes[i] = Outcome(item.key, item.label, art, res)
    return BatchResult([o for o in outcomes if o is not None], f"{socket.gethostname()}:{os.getpid()}",
                       resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


# --------------------------------------------------------------------------- driver (the single writer)


@dataclass
class BackfillReport:
    done: int = 0  # articles analysed and saved
    claims: int = 0
    skipped: int = 0  # already saved by an earlier run
    failures: list[tuple[str, str]] = field(default_factory=list)  # (label, reason)
    elapsed_s: float = 0.0
    write_s: float = 0.0  # time spent in the writer's transactions
    peak_rss_kb: dict[str, int] = field(default_factory=dict)  # per worker process
    interrupted: bool = False

    @property
    def rate(self) -> float:
        """Articles (saved or failed) per second of this run."""
        n = self.done + len(self.failures)
        return n / self.elapsed_s if self.elapsed_s > 0 else 0.0


Progress = Callable[[int, int], None]  # (items finished now, items found already done now)


def _batches(items: Iterable[RawItem], size: int) -> Iterator[list[RawItem]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def run_backfill(store, items: Iterable[RawItem], runner, *, batch_size: int = DEFAULT_BATCH_SIZE,
                 in_flight: int | None = None, progress: Progress | None = None) -> BackfillReport:
    """Analyse `items` on `runner`'s workers and save them; see the module docstring. Ctrl-C stops cleanly:
    the report says `interrupted`, and what was saved stays saved."""
    report = BackfillReport()
    limit = in_flight or 2 * runner.workers
    pending: dict = {}  # future -> its batch
    start = time.monotonic()
    tick = progress or (lambda n, skipped: None)

    def save(done: list, failed: list) -> None:
        t = time.monotonic()
        try:
            report.claims += store.save_backfill(done, failed)
        except StoreBusyError:
            raise  # the database is unusable: stop; the next run resumes
        except Exception as e:  # noqa: BLE001 - batch boundary: save the items one by one, record those that fail
            log.warning("saving a batch of %d failed (%s); saving one by one", len(done) + len(failed), e)
            saved = []
            for d in done:
                try:
                    report.claims += store.save_backfill([d], [])
                    saved.append(d)
                except Exception as e1:  # noqa: BLE001 - recorded as this item's failure
                    log.exception("could not save %s", d[1])
                    failed = [*failed, (d[0], d[1], None, f"could not be saved: {_error_text(e1)}")]
            done = saved
            store.save_backfill([], failed)
        report.write_s += time.monotonic() - t
        report.done += len(done)
        report.failures.extend((label, err) for _, label, _, err in failed)
        tick(len(done) + len(failed), 0)

    def collect(future, batch: list[RawItem]) -> None:
        try:
            result: BatchResult = future.result()
        except Exception as e:  # noqa: BLE001 - a worker died or the cluster failed: the batch fails, is retried next run
            log.error("a batch of %d failed on the workers: %s", len(batch), _error_text(e))
            save([], [(i.key, i.label, None, f"extraction worker failed: {_error_text(e)}") for i in batch])
            return
        report.peak_rss_kb[result.worker] = max(result.peak_rss_kb, report.peak_rss_kb.get(result.worker, 0))
        save([(o.key, o.label, o.article, o.claims) for o in result.outcomes if o.claims is not None],
             [(o.key, o.label, o.article, o.error or "unknown error") for o in result.outcomes if o.claims is None])

    try:
        for batch in _batches(items, batch_size):
            already = store.backfill_done(i.key for i in batch)
            unreadable = [i for i in batch if i.error and i.key not in already]
            todo = [i for i in batch if not i.error and i.key not in already]
            if already:
                report.skipped += len(batch) - len(todo) - len(unreadable)
                tick(0, len(batch) - len(todo) - len(unreadable))
            if unreadable:
                save([], [(i.key, i.label, None, i.error) for i in unreadable])
            if not todo:
                continue
            while len(pending) >= limit:
                for f in runner.wait_first(list(pending)):
                    collect(f, pending.pop(f))
            pending[runner.submit(analyse_items, todo)] = todo
        while pending:
            for f in runner.wait_first(list(pending)):
                collect(f, pending.pop(f))
    except KeyboardInterrupt:
        report.interrupted = True
        log.warning("backfill interrupted; %d batch(es) in flight will be done by the next run", len(pending))
        runner.cancel(list(pending))
    finally:
        report.elapsed_s = time.monotonic() - start
    return report
