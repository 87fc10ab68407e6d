"""Batch ingestion and retries: articles from files, links or directories into the store, failures recorded.

The library half of `whosaid ingest` and `whosaid retry`: each fills in a
`Report` as it goes (articles done, claims saved, failures with a short reason;
a caller interrupted half way can still say what was kept) and never stops a
batch for one bad article. A copy of an article already in the log (the same
story from another file or address, a syndicated or lightly edited copy) is
recorded as one more source of that article, not read again, as in Slack. A
link that cannot be read is recorded as a failed article, as the Slack path
does, so `retry` fetches it again. The CLI prints the report.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from bot import pipeline
from bot.article import Article, article_id
from bot.config import FetchSettings
from bot.errors import WhosaidError
from bot.jobs import ErrorKind
from store.types import Viewer

INGEST_SUFFIXES = pipeline.READABLE_SUFFIXES  # what a directory is searched for
BATCH = 32  # articles per analyse_many call and per save transaction (progress is told after each article)

Progress = Callable[[int], Any]  # told how many more articles are finished


@dataclass
class Report:
    done: int = 0
    claims: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)
    requeued_replies: int = 0  # `retry` only: Slack replies queued again
    copies: list[tuple[str, str]] = field(default_factory=list)  # `ingest`: (source, the article it copies)


def error_text(e: BaseException) -> str:
    if isinstance(e, WhosaidError):
        return e.user_message
    return f"{type(e).__name__}: {e}" if str(e) else type(e).__name__


@dataclass(frozen=True)
class Sources:
    paths: list[str]  # files and links, in order
    empty_dirs: list[str]  # directories given that hold no file ingest reads


def expand_sources(sources: Iterable[str]) -> Sources:
    """Files, links and directories (their INGEST_SUFFIXES files, hidden ones skipped) as a flat list."""
    out: list[str] = []
    empty: list[str] = []
    for s in sources:
        p = Path(s)
        if not pipeline.is_url(s) and p.is_dir():
            found = [str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in INGEST_SUFFIXES
                     and not any(part.startswith(".") for part in f.relative_to(p).parts)]
            out.extend(found)
            if not found:
                empty.append(s)
        else:
            out.append(s)
    return Sources(out, empty)


def record_failed_link(store: Any, url: str, error: str, *, public: bool) -> None:
    """A link that could not be read becomes a failed article with no text, which `retry` fetches again
    (an operator source, `public` or not)."""
    aid = store.record_article(Article(id=article_id(url=url), text="", url=url), status="failed",
                               operator_public=public)
    store.mark_failed(aid, error)


def operator_audience(public: bool) -> Viewer:
    """Who may see an operator source (CLI ingest, a feed): everyone when public, else the operator alone."""
    return Viewer.nobody_in_particular() if public else Viewer.operator()


def logged_copy(store: Any, article: Article, dup: Any, *, public: bool, recorded: Collection[str] = ()) -> bool:
    """If `dup` (`store.find_duplicate(article, audience=operator_audience(public))`) is another, already read
    article (or one `recorded` by this run), record `article` as one more arrival of it and say so."""
    if dup is None or dup.id == article.id or not (dup.status == "done" or dup.id in recorded):
        return False
    store.record_copy(dup.id, article, operator_public=public)
    return True


def ingest(store: Any, sources: list[str], fetch: FetchSettings, *, new_only: bool = False, public: bool = True,
           progress: Progress = lambda n: None, report: Report | None = None) -> Report:
    """Read, analyse and save each source (as given by `expand_sources`); `report` is filled in as it goes.

    The operator's sources are `public` (visible in every workspace's public space) unless told otherwise. A
    source that is a copy of an article already logged (`Store.find_duplicate`) becomes one more arrival of that
    article, with its claims as they are — only of one the source's readers may already see: a public source
    never joins an article of one workspace or a private channel (that would show it to everyone)."""
    audience = operator_audience(public)
    report = report or Report()
    recorded: set[str] = set()  # articles recorded by this run (not analysed yet: their copies wait for them)

    def items() -> Iterator[tuple[str, Article | BaseException]]:
        for s in sources:
            try:
                art = pipeline.load_source(s, fetch)
            except Exception as e:  # noqa: BLE001 - recorded as this source's failure
                if pipeline.is_url(s):
                    record_failed_link(store, s, error_text(e), public=public)
                yield s, e
                continue
            if new_only and (old := store.get_article(art.id)) and old.status == "done":
                continue
            dup = store.find_duplicate(art, audience=audience)
            if logged_copy(store, art, dup, public=public, recorded=recorded):
                report.copies.append((s, dup.title or dup.url or dup.id))
                progress(1)
                continue
            keys: tuple[str, ...] = ()
            if dup is not None and dup.id != art.id:  # a copy of one that was never read: read into its record
                keys, art = (art.id,), replace(art, id=dup.id)
            store.record_article(art, operator_public=public, keys=keys)
            recorded.add(art.id)
            yield s, art

    return _run(store, items(), progress, report)


def retry(store: Any, articles: list[Any], fetch: FetchSettings, *, progress: Progress = lambda n: None,
          report: Report | None = None) -> Report:
    """Analyse again `articles` (from `store.articles_to_retry`), fetching links that could not be read,
    and queue again the Slack replies that could not be posted."""

    def items() -> Iterator[tuple[str, Article | BaseException]]:
        for a in articles:
            label = a.url or a.title or a.id
            text, title, published = a.text, a.title, a.published
            if not text and a.url:  # the link could not be read last time: fetch it again
                try:
                    fetched = pipeline.load_source(a.url, fetch)
                except WhosaidError as e:
                    store.mark_failed(a.id, e.user_message)
                    yield label, e
                    continue
                text, title, published = fetched.text, title or fetched.title, published or fetched.published
                store.record_article(Article(id=a.id, text=text, title=title, url=a.url, published=published))
            yield label, Article(id=a.id, text=text, title=title, url=a.url, published=published)

    report = _run(store, items(), progress, report or Report())
    report.requeued_replies = store.requeue_failed_jobs(error_kind=ErrorKind.DELIVERY)
    return report


def _analyse_and_save(store: Any, batch: list[tuple[str, Article]], report: Report, progress: Progress) -> None:
    """Analyse (label, article) pairs in one analyse_many batch, telling `progress` after each; save, or mark
    failed."""
    results: list = []
    try:
        for r in pipeline.analyse_many([a for _, a in batch]):
            results.append(r)
            progress(1)
    except Exception:  # the batch failed as a whole: isolate failures article by article
        told, results = len(results), []
        for i, (_, a) in enumerate(batch):
            try:
                results.append(pipeline.analyse(a))
            except Exception as e:  # noqa: BLE001 - any failure is recorded, the batch goes on
                results.append(e)
            if i >= told:
                progress(1)
    good = []
    for (label, a), r in zip(batch, results):
        if isinstance(r, BaseException):
            store.mark_failed(a.id, error_text(r))
            report.failures.append((label, error_text(r)))
        else:
            good.append((a.id, r))
    if good:
        report.claims += store.save_claims_many(good)
        report.done += len(good)


def _run(store: Any, items: Iterator[tuple[str, Article | BaseException]], progress: Progress,
         report: Report) -> Report:
    batch: list[tuple[str, Article]] = []
    for label, art in items:
        if isinstance(art, BaseException):
            report.failures.append((label, error_text(art)))
            progress(1)
            continue
        batch.append((label, art))
        if len(batch) >= BATCH:
            _analyse_and_save(store, batch, report, progress)
            batch = []
    if batch:
        _analyse_and_save(store, batch, report, progress)
    return report
