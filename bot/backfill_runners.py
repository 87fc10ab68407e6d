"""Where `whosaid backfill` runs the claim engine: local processes, or a Dask distributed cluster.

Both give `run_backfill` the same small interface: `workers`, `submit(fn, batch) -> future`,
`wait_first(futures) -> finished futures`, `cancel(futures)`, `close()`.

* `LocalRunner(processes)`: spawned processes on this machine (`bot.extract_pool.ExtractionPool`), each
  loading the language model once. The default, with one process per core.
* `DaskRunner(address)`: a Dask cluster at `address` (`tcp://scheduler:8786`), or `"local"` for a
  `LocalCluster` of `workers` single-threaded worker processes started here. A worker plugin loads the model
  once per worker when it joins (kept in the worker process's model cache, `bot.claims.nlp.get_nlp`). Every
  worker needs whosaid installed, and should run one thread (`dask worker --nthreads 1`, more processes
  instead: spaCy parses hold the GIL).
"""
from __future__ import annotations

import logging
import os
from concurrent.futures import FIRST_COMPLETED
from concurrent.futures import wait as wait_futures

import distributed
from distributed.diagnostics.plugin import WorkerPlugin

from bot.claims.nlp import get_nlp
from bot.extract_pool import EXTRACTION_NICENESS, ExtractionPool

log = logging.getLogger(__name__)


def local_cores() -> int:
    """CPU cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class LocalRunner:
    def __init__(self, processes: int | None = None, *, niceness: int = EXTRACTION_NICENESS):
        self.workers = max(1, processes or local_cores())
        # niced like the bot's own extraction: a backfill on the bot's server must not slow its Slack acks
        self._pool = ExtractionPool(self.workers, niceness=niceness)

    def submit(self, fn, batch):
        return self._pool.submit(fn, batch)

    def wait_first(self, futures: list) -> set:
        return wait_futures(futures, return_when=FIRST_COMPLETED).done

    def cancel(self, futures: list) -> None:
        for f in futures:
            f.cancel()

    def close(self) -> None:
        self._pool.close(wait=True)

    def __enter__(self) -> "LocalRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class DaskRunner:
    def __init__(self, address: str, *, workers: int | None = None, niceness: int = EXTRACTION_NICENESS):
        self._cluster = None
        if address == "local":
            self._cluster = distributed.LocalCluster(n_workers=max(1, workers or local_cores()), threads_per_worker=1,
                                         processes=True, dashboard_address=None, silence_logs=logging.ERROR)
            self.client = distributed.Client(self._cluster)
        else:
            self.client = distributed.Client(address)
        # workers of a LocalCluster share this machine with the bot: niced like local processes; a remote
        # cluster's workers are left as they are
        self.client.register_plugin(LoadModel(niceness if self._cluster is not None else 0), name="whosaid-model")
        self.workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))
        log.info("Dask cluster %s: %d worker thread(s)", self.client.scheduler.address, self.workers)

    def submit(self, fn, batch):
        return self.client.submit(fn, batch, pure=False)

    def wait_first(self, futures: list) -> set:
        return distributed.wait(futures, return_when="FIRST_COMPLETED").done

    def cancel(self, futures: list) -> None:
        if futures:
            self.client.cancel(futures)

    def close(self) -> None:
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> "DaskRunner":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class LoadModel(WorkerPlugin):
    """Loads the language model once in each Dask worker as it starts (its process-wide cache keeps it),
    after lowering the worker's CPU priority by `niceness`."""

    def __init__(self, niceness: int = 0):
        self.niceness = niceness

    def setup(self, worker) -> None:
        if self.niceness:
            os.nice(self.niceness)
        get_nlp()
