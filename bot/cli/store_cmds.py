"""CLI commands over the SQLite log: ingest, retry, query, search, speakers, digest, export, and speaker fixes."""
from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, datetime
from zoneinfo import ZoneInfo

import click
from tqdm import tqdm

from bot import ingest as ingest_lib
from bot.cli.base import main
from store import Store, StoreError

PROGRESS_MIN = 5  # show a progress bar for more articles than this


def _store(ctx: click.Context) -> Store:
    return Store.open(ctx.find_root().obj.db_path)


def _jsonable(o):
    if isinstance(o, (date, datetime)):
        return o.isoformat()
    raise TypeError(type(o))


def _echo_json(data) -> None:
    click.echo(json.dumps(data, default=_jsonable, ensure_ascii=False, indent=2))


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


DATE = click.DateTime(formats=["%Y-%m-%d"])


def _progress_bar(total: int) -> tqdm:
    return tqdm(total=total, file=sys.stderr, unit="article", disable=total <= PROGRESS_MIN)


def _summary(report: ingest_lib.Report) -> None:
    click.echo(f"{report.done} article(s) analysed, {report.claims} claim(s) saved, {len(report.failures)} failed.")
    for label, why in report.failures:
        click.echo(f"  failed: {label}: {why}", err=True)
    if report.failures:
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--new-only", is_flag=True, help="Skip articles already analysed (status done).")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], new_only: bool) -> None:
    """Analyse articles from files, URLs or directories (*.txt, *.md) and log them.

    Each source is stored once (re-ingesting replaces its claims); a failure is
    recorded and listed, never stops the batch. Exit code 1 if any failed."""
    store = _store(ctx)
    paths = ingest_lib.expand_sources(sources)
    try:
        with _progress_bar(len(paths)) as bar:
            report = ingest_lib.ingest(store, paths, ctx.find_root().obj.fetch, new_only=new_only,
                                       progress=bar.update)
    finally:
        store.close()
    _summary(report)


@main.command()
@click.option("--failed-only", is_flag=True, help="Only articles that failed (not pending ones).")
@click.pass_context
def retry(ctx: click.Context, failed_only: bool) -> None:
    """Re-run failed and pending articles, and queue again Slack replies that could not be posted.

    Articles whose link could not be read are fetched again. Slack replies are
    posted by the running bot (or the next `whosaid serve`)."""
    store = _store(ctx)
    try:
        arts = store.articles_to_retry(("failed",) if failed_only else ("failed", "pending"))
        with _progress_bar(len(arts)) as bar:
            report = ingest_lib.retry(store, arts, ctx.obj.fetch, progress=bar.update)
    finally:
        store.close()
    if report.requeued_replies:
        n = report.requeued_replies
        click.echo(f"{n} Slack repl{'y' if n == 1 else 'ies'} queued again; the bot posts them when it runs.")
    if not arts:
        click.echo("Nothing to retry.")
        return
    _summary(report)


def _hit_line(h) -> str:
    who = h.speaker or "(unknown)"
    if h.role:
        who += f", {h.role}"
    via = f" [via {h.via}]" if h.via else ""
    src = h.article_title or h.article_url or h.article_id
    return f"{h.article_date or '':10}  {who}: \u201c{h.quote}\u201d{via}\n            \u2014 {src}" + (
        f" <{h.article_url}>" if h.article_url and h.article_title else "")


def _sources_line(sources) -> str:
    first = sources[0]
    where = first.url or first.title or "pasted text"
    return f"            in {len(sources)} articles \u00b7 first {first.date}, {where}"


@main.command()
@click.argument("name")
@click.option("--since", type=DATE, help="Only claims from articles dated on or after YYYY-MM-DD.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="How many quotes.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (every source of every quote).")
@click.pass_context
def query(ctx: click.Context, name: str, since, limit: int, as_json: bool) -> None:
    """What has NAME been quoted saying? (full name, surname, or a near-miss spelling), newest first.

    A quote that appeared in several articles is listed once, with where and when it appeared first."""
    store = _store(ctx)
    try:
        groups = store.query_grouped(name, since=_day(since), limit=limit)
    finally:
        store.close()
    if as_json:
        _echo_json([asdict(g.hit) | {"sources": [asdict(s) for s in g.sources]} for g in groups])
        return
    if not groups:
        click.echo(f"No quotes found for {name!r}.")
        return
    for g in groups:
        click.echo(_hit_line(g.hit))
        if len(g.sources) > 1:
            click.echo(_sources_line(g.sources))


@main.command()
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, as_json: bool) -> None:
    """Full-text search over quotes and speaker names (all words must appear)."""
    store = _store(ctx)
    try:
        hits = store.search_quotes(text, limit=limit)
    finally:
        store.close()
    if as_json:
        _echo_json([asdict(h) for h in hits])
    elif not hits:
        click.echo(f"No quotes contain {text!r}.")
    else:
        for h in hits:
            click.echo(_hit_line(h))


@main.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (every source of every match).")
@click.pass_context
def check(ctx: click.Context, words: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Who said WORDS (a quote, even half-remembered), first seen where and when, according to the log."""
    text = " ".join(words)
    store = _store(ctx)
    try:
        hits = store.check(text, limit=limit)
    finally:
        store.close()
    if as_json:
        _echo_json([asdict(h.group.hit) | {"score": round(h.score, 1), "sources": [asdict(s) for s in h.group.sources]}
                    for h in hits])
        return
    if not hits:
        click.echo(f"Not in the log: no one is recorded saying anything like {text!r}.")
        return
    for h in hits:
        first = h.group.first
        click.echo(f"{h.score:3.0f}%  {_hit_line(h.group.hit)}")
        click.echo(f"            first seen {first.date}, {first.url or first.title or 'pasted text'}"
                   + (f"; in {len(h.group.sources)} articles" if len(h.group.sources) > 1 else ""))


@main.command()
@click.pass_context
def reindex(ctx: click.Context) -> None:
    """Add stored articles missing from the near-duplicate index (after upgrading a database from before it)."""
    store = _store(ctx)
    try:
        n = store.reindex()
    finally:
        store.close()
    click.echo(f"{n} article(s) added to the near-duplicate index.")


@main.command()
@click.argument("name", required=False)
@click.option("--top", default=10, show_default=True, type=click.IntRange(1, 10_000), help="How many to list.")
@click.option("--since", type=DATE, help="Count only claims dated on or after YYYY-MM-DD.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def speakers(ctx: click.Context, name: str | None, top: int, since, as_json: bool) -> None:
    """The most-quoted speakers; or, with NAME, the speakers matching NAME (with ids, for merge/alias)."""
    store = _store(ctx)
    try:
        if name:
            rows = store.find_speakers(name, limit=top)
            aliases = {m.speaker_id: store.get_speaker(m.speaker_id).aliases for m in rows}
        else:
            rows = store.top_speakers(top, since=_day(since))
    finally:
        store.close()
    if as_json:
        _echo_json([asdict(r) | ({"aliases": list(aliases[r.speaker_id])} if name else {}) for r in rows])
        return
    if not rows:
        click.echo("No speakers found." if name else "No speakers yet.")
        return
    for r in rows:
        if name:
            extra = [a for a in aliases[r.speaker_id] if a != r.name]
            click.echo(f"#{r.speaker_id:<6} {r.name} ({r.kind}) score {r.score:.0f}, {r.claim_count} claim(s)"
                       + (f"; also: {', '.join(extra)}" if extra else ""))
        else:
            click.echo(f"#{r.speaker_id:<6} {r.claims:6} claim(s) in {r.articles:5} article(s)  {r.name} ({r.kind})")


@main.command()
@click.option("--date", "day", type=DATE, help="Day YYYY-MM-DD (default: today in DIGEST_TZ).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.pass_context
def digest(ctx: click.Context, day, as_json: bool) -> None:
    """Sum up one day's articles and claims, grouped by article and speaker."""
    tz = getattr(ctx.find_root().obj, "digest_tz", None) or "UTC"
    d = _day(day) or datetime.now(ZoneInfo(tz)).date()
    store = _store(ctx)
    try:
        dig = store.digest(d, tz=tz)
    finally:
        store.close()
    if as_json:
        _echo_json(asdict(dig))
        return
    click.echo(f"Digest for {d.isoformat()}: {len(dig.articles)} article(s), {dig.total_claims} claim(s)"
               + (f", {dig.failed} unreadable" if dig.failed else ""))
    if dig.top_speakers:
        click.echo("Most quoted: " + ", ".join(f"{s.name} ({s.claims})" for s in dig.top_speakers))
    for a in dig.articles:
        click.echo(f"\n{a.title or a.url or a.id}" + (f" <{a.url}>" if a.url and a.title else ""))
        for s in a.speakers:
            who = (s.name or "(unknown)") + (f", {s.role}" if s.role else "")
            click.echo(f"  {who}:")
            for quote in s.quotes:
                click.echo(f"    \u2022 {quote}")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default: standard output).")
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str) -> None:
    """Export every claim with its speaker and article as CSV or JSON."""
    store = _store(ctx)
    try:
        if output == "-":
            n = store.export(fmt, sys.stdout)
        else:
            with open(output, "w", encoding="utf-8", newline="") as f:
                n = store.export(fmt, f)
    finally:
        store.close()
    if output != "-":
        click.echo(f"Wrote {n} claim(s) to {output}.", err=True)


def _speaker_cmd(ctx: click.Context, fn, *args):
    store = _store(ctx)
    try:
        return fn(store, *args), store
    except StoreError:
        store.close()
        raise


@main.command()
@click.argument("speaker")
@click.argument("alias")
@click.pass_context
def alias(ctx: click.Context, speaker: str, alias: str) -> None:
    """From now on, ALIAS in any article means SPEAKER (a name or #id)."""
    sid, store = _speaker_cmd(ctx, lambda s, a, b: s.add_alias(a.lstrip("#"), b), speaker, alias)
    click.echo(f"{alias!r} now means {store.get_speaker(sid).name} (#{sid}).")
    store.close()


@main.command()
@click.argument("keep")
@click.argument("drop")
@click.pass_context
def merge(ctx: click.Context, keep: str, drop: str) -> None:
    """Merge speaker DROP into KEEP (names or #ids); DROP's names stay as aliases of KEEP for future articles."""
    sid, store = _speaker_cmd(ctx, lambda s, a, b: s.merge_speakers(a.lstrip("#"), b.lstrip("#")), keep, drop)
    sp = store.get_speaker(sid)
    click.echo(f"Merged into {sp.name} (#{sid}); aliases: {', '.join(sp.aliases)}.")
    store.close()


@main.command()
@click.argument("speaker")
@click.argument("alias")
@click.option("--name", help="Name of the new speaker (default: ALIAS).")
@click.pass_context
def split(ctx: click.Context, speaker: str, alias: str, name: str | None) -> None:
    """Undo a wrong merge: ALIAS of SPEAKER, and claims written under it, become a separate speaker."""
    sid, store = _speaker_cmd(ctx, lambda s, a, b: s.split_speaker(a.lstrip("#"), b, name), speaker, alias)
    click.echo(f"{store.get_speaker(sid).name} is now a separate speaker (#{sid}).")
    store.close()


@main.command()
@click.argument("speaker")
@click.argument("new_name")
@click.pass_context
def rename(ctx: click.Context, speaker: str, new_name: str) -> None:
    """Change a speaker's canonical name (the old name stays as an alias)."""
    sid, store = _speaker_cmd(ctx, lambda s, a, b: s.rename_speaker(a.lstrip("#"), b), speaker, new_name)
    click.echo(f"#{sid} is now called {new_name}.")
    store.close()
