"""CLI commands over the SQLite log: ingest, retry, query, search, speakers, digest, export, and speaker fixes."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click
from tqdm import tqdm

from bot import ingest as ingest_lib
from bot.cli.base import Interrupted, main
from bot.cli.output import echo_json, echo_wrapped, interactive, loading_model, quote_text
from bot.cli.privacy_cmds import visibility_filters
from bot.errors import ConfigError
from bot.worker import failed_reads
from store import Store
from store.inbox import release_held_deliveries
from store.records import digest_record, hit_record, source_record, speaker_record


def _store(ctx: click.Context, *, readonly: bool = False) -> Store:
    """The log; read commands open it read-only (never creating, migrating or writing it)."""
    return Store.open(ctx.find_root().obj.db_path, readonly=readonly)


def _day(value: datetime | None) -> date | None:
    return value.date() if value else None


DATE = click.DateTime(formats=["%Y-%m-%d"])


def _batch(total: int, work) -> ingest_lib.Report:
    """Run `work(progress, report)` with a progress bar on an interactive terminal, even for one article (a
    "loading" line first, while the language model loads; nothing when standard error is not a terminal: no
    carriage-return junk in logs). Ctrl-C says what was kept and exits with status 130."""
    report = ingest_lib.Report()
    show = total > 0 and interactive()
    try:
        if show:
            loading_model()
        with tqdm(total=total, file=sys.stderr, unit="article", disable=not show) as bar:
            return work(bar.update, report)
    except KeyboardInterrupt:
        raise Interrupted(
            f"Interrupted: {report.done} article(s) analysed and saved ({report.claims} claim(s)) are kept. "
            "Articles not finished are left pending: `whosaid retry` (or the same command with --new-only) "
            "carries on.") from None


def _summary(report: ingest_lib.Report) -> None:
    click.echo(f"{report.done} article(s) analysed, {report.claims} claim(s) saved, {len(report.failures)} failed.")
    if report.copies:
        click.echo(f"{len(report.copies)} already in the log (a copy of an article read before; recorded as one more "
                   "source of it, not read again):")
        for label, original in report.copies:
            click.echo(f"  {label}: a copy of {original}")
    for label, why in report.failures:
        click.echo(f"  failed: {label}: {why}", err=True)
    if report.failures:
        sys.exit(1)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--new-only", is_flag=True, help="Skip articles already analysed (status done).")
@click.option("--private", is_flag=True, help="Keep these articles to the operator (default: visible in every "
                                               "workspace's public space).")
@click.pass_context
def ingest(ctx: click.Context, sources: tuple[str, ...], new_only: bool, private: bool) -> None:
    """Analyse articles from files, URLs or directories (*.txt, *.md, *.html) and log them.

    Each source is stored once (re-ingesting replaces its claims); a copy of an
    article already in the log (the same story from another file or address, a
    syndicated or edited copy) is recorded as one more source of it, not read
    again; a failure is recorded and listed, never stops the batch; a link that
    could not be read is fetched again by `whosaid retry`. Exit status 1 if any
    failed or nothing was found.
    Ingested articles are public (Slack users of every workspace see them) unless --private."""
    found = ingest_lib.expand_sources(sources)
    for d in found.empty_dirs:
        click.echo(f"Warning: no articles in {d}: ingest reads {', '.join(ingest_lib.INGEST_SUFFIXES)} files "
                   "(hidden files and folders are skipped).", err=True)
    if not found.paths:
        click.echo("Nothing to ingest.", err=True)
        sys.exit(1)
    store = _store(ctx)
    fetch = ctx.find_root().obj.fetch
    try:
        report = _batch(len(found.paths), lambda progress, report: ingest_lib.ingest(
            store, found.paths, fetch, new_only=new_only, public=not private, progress=progress, report=report))
    finally:
        store.close()
    _summary(report)


@main.command()
@click.option("--failed-only", is_flag=True, help="Only articles that failed (not pending ones).")
@click.pass_context
def retry(ctx: click.Context, failed_only: bool) -> None:
    """Re-run failed and pending articles, answer in their threads Slack messages that could not be read, and
    queue again Slack replies that could not be posted and Slack events the bot could not handle.

    A Slack message whose link, shared file or text could not be read (the site
    or Slack's file host was down, a download timed out, the article took longer
    than the time limit) is read again now, with SLACK_BOT_TOKEN, and answered
    in its thread. Other articles whose link could not be read are fetched
    again. Replies that could not be posted are posted by the running bot (or
    the next `whosaid serve`), as are Slack events (HTTP mode) whose handling
    failed five times and were set aside."""
    settings = ctx.find_root().obj
    store = _store(ctx)
    events = release_held_deliveries(store.path)
    answered = 0
    slack_failures: list[tuple[str, str]] = []
    tried: set[str] = set()  # links just read again for their Slack messages
    try:
        slack_jobs = failed_reads(store)
        if slack_jobs:
            # lazy: the Slack SDK (through bot.app) only when there are failed Slack messages to answer
            from bot.app import retry_failed_messages
            try:
                for r in retry_failed_messages(settings, store):
                    tried.update(r.sources)
                    if r.ok:
                        answered += 1
                    else:
                        slack_failures.append((f"Slack message {r.channel} {r.ts} ({', '.join(r.sources)})",
                                               r.error or ""))
            except ConfigError as e:
                slack_failures.append((f"{slack_jobs} failed Slack message(s)", e.user_message))
        # what is still failed or pending now (a Slack message answered above took its article along), except
        # the links just tried for their messages
        arts = [a for a in store.articles_to_retry(("failed",) if failed_only else ("failed", "pending"))
                if not (a.url and a.url in tried)]
        report = _batch(len(arts), lambda progress, report: ingest_lib.retry(
            store, arts, settings.fetch, progress=progress, report=report))
        report.failures[:0] = slack_failures
    finally:
        store.close()
    if report.requeued_replies:
        n = report.requeued_replies
        click.echo(f"{n} Slack repl{'y' if n == 1 else 'ies'} queued again; the bot posts them when it runs.")
    if events:
        click.echo(f"{events} Slack event(s) the bot could not handle queued again; the bot handles them when it "
                   "runs.")
    if answered:
        click.echo(f"{answered} Slack message(s) read again and answered in their threads.")
    if not arts and not slack_jobs and not events:
        click.echo("Nothing to retry.")
        return
    _summary(report)


def _echo_hit(h) -> None:
    who = h.speaker or "(unknown)"
    role = f", {h.role}" if h.role else ""
    via = f" [via {h.via}]" if h.via else ""
    echo_wrapped(f"{h.article_date or '':10}  {who}{role}: \u201c{quote_text(h.quote)}\u201d{via}",
                 subsequent=" " * 12, bold=who)
    src = h.article_title or h.article_url or h.article_id
    echo_wrapped(f"\u2014 {src}" + (f" <{h.article_url}>" if h.article_url and h.article_title else ""),
                 indent=" " * 12, subsequent=" " * 14)


def _echo_hits(hits, as_json: bool, nothing: str) -> None:
    """Hits as JSON or text; exit status 1 when there are none (like grep)."""
    if as_json:
        echo_json([hit_record(h) for h in hits])
    else:
        for h in hits:
            _echo_hit(h)
    if not hits:
        if not as_json:
            click.echo(nothing, err=True)
        sys.exit(1)


def _sources_line(sources) -> str:
    first = sources[0]
    where = first.url or first.title or "pasted text"
    return f"            in {len(sources)} articles \u00b7 first {first.date}, {where}"


@main.command()
@click.argument("name")
@click.option("--since", type=DATE, help="Only claims from articles dated on or after YYYY-MM-DD.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000), help="How many quotes.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (every source of every quote).")
@visibility_filters
@click.pass_context
def query(ctx: click.Context, name: str, since, limit: int, as_json: bool, viewer) -> None:
    """What has NAME been quoted saying? (full name, surname, or a near-miss spelling), newest first.

    A quote that appeared in several articles is listed once, with where and when it appeared first
    (`--json`: every source). Exit status 0 if something was found, 1 if nothing was, 2 on an error (like grep)."""
    store = _store(ctx, readonly=True)
    try:
        groups = store.query_grouped(name, since=_day(since), limit=limit, viewer=viewer)
    finally:
        store.close()
    if as_json:
        echo_json([hit_record(g.hit) | {"sources": [source_record(s) for s in g.sources]} for g in groups])
    else:
        for g in groups:
            _echo_hit(g.hit)
            if len(g.sources) > 1:
                click.echo(_sources_line(g.sources))
    if not groups:
        if not as_json:
            click.echo(f"No quotes found for {name!r}.", err=True)
        sys.exit(1)


@main.command()
@click.argument("text")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@visibility_filters
@click.pass_context
def search(ctx: click.Context, text: str, limit: int, as_json: bool, viewer) -> None:
    """Full-text search over quotes and speaker names (all words must appear).

    Exit status 0 if something was found, 1 if nothing was, 2 on an error (like grep)."""
    store = _store(ctx, readonly=True)
    try:
        hits = store.search_quotes(text, limit=limit, viewer=viewer)
    finally:
        store.close()
    _echo_hits(hits, as_json, f"No quotes contain {text!r}.")


@main.command()
@click.argument("words", nargs=-1, required=True)
@click.option("--limit", default=5, show_default=True, type=click.IntRange(1, 100))
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output (every source of every match).")
@visibility_filters
@click.pass_context
def check(ctx: click.Context, words: tuple[str, ...], limit: int, as_json: bool, viewer) -> None:
    """Who said WORDS (a quote, even half-remembered), first seen where and when, according to the log.

    Exit status 0 if it is in the log, 1 if not, 2 on an error (like grep)."""
    text = " ".join(words)
    store = _store(ctx, readonly=True)
    try:
        hits = store.check(text, limit=limit, viewer=viewer)
    finally:
        store.close()
    if as_json:
        echo_json([hit_record(h.group.hit) | {"score": round(h.score, 1),
                                              "sources": [source_record(s) for s in h.group.sources]} for h in hits])
    else:
        for h in hits:
            first = h.group.first
            click.echo(f"{h.score:3.0f}% alike:")
            _echo_hit(h.group.hit)
            click.echo(f"            first seen {first.date}, {first.url or first.title or 'pasted text'}"
                       + (f"; in {len(h.group.sources)} articles" if len(h.group.sources) > 1 else ""))
    if not hits:
        if not as_json:
            click.echo(f"Not in the log: no one is recorded saying anything like {text!r}.")
        sys.exit(1)


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
@visibility_filters
@click.pass_context
def speakers(ctx: click.Context, name: str | None, top: int, since, as_json: bool, viewer) -> None:
    """The most-quoted speakers; or, with NAME, the speakers matching NAME (with ids, for merge/alias)."""
    store = _store(ctx, readonly=True)
    try:
        if name:
            rows = store.find_speakers(name, limit=top, viewer=viewer)
            aliases = {m.speaker_id: store.get_speaker(m.speaker_id).aliases for m in rows}
        else:
            rows = store.top_speakers(top, since=_day(since), viewer=viewer)
    finally:
        store.close()
    if as_json:
        echo_json([speaker_record(r, aliases[r.speaker_id] if name else None) for r in rows])
        return
    if not rows:
        click.echo("No speakers found." if name else "No speakers yet.")
        return
    for r in rows:
        if name:
            extra = [a for a in aliases[r.speaker_id] if a != r.name]
            echo_wrapped(f"#{r.speaker_id:<6} {r.name} ({r.kind}) score {r.score:.0f}, {r.claim_count} claim(s)"
                         + (f"; also: {', '.join(extra)}" if extra else ""), subsequent=" " * 8, bold=r.name)
        else:
            echo_wrapped(f"#{r.speaker_id:<6} {r.claims:6} claim(s) in {r.articles:5} article(s)  {r.name} ({r.kind})",
                         bold=r.name)


@main.command()
@click.option("--date", "day", type=DATE, help="Day YYYY-MM-DD (default: today in DIGEST_TZ).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@visibility_filters
@click.pass_context
def digest(ctx: click.Context, day, as_json: bool, viewer) -> None:
    """Sum up one day's articles and claims, grouped by article and speaker."""
    tz = getattr(ctx.find_root().obj, "digest_tz", None) or "UTC"
    d = _day(day) or datetime.now(ZoneInfo(tz)).date()
    store = _store(ctx, readonly=True)
    try:
        dig = store.digest(d, tz=tz, viewer=viewer)
    finally:
        store.close()
    if as_json:
        echo_json(digest_record(dig))
        return
    click.echo(f"Digest for {d.isoformat()}: {len(dig.articles)} article(s), {dig.total_claims} claim(s)"
               + (f", {dig.failed} unreadable" if dig.failed else ""))
    if dig.top_speakers:
        echo_wrapped("Most quoted: " + ", ".join(f"{s.name} ({s.claims})" for s in dig.top_speakers), subsequent="  ")
    for a in dig.articles:
        click.echo("")
        echo_wrapped(f"{a.title or a.url or a.id}" + (f" <{a.url}>" if a.url and a.title else ""))
        for s in a.speakers:
            name = s.name or "(unknown)"
            echo_wrapped(name + (f", {s.role}" if s.role else "") + ":", indent="  ", subsequent="    ", bold=name)
            for quote in s.quotes:
                echo_wrapped(f"\u2022 {quote_text(quote)}", indent="    ", subsequent="      ")


@main.command()
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="File to write (default: standard output).")
@visibility_filters
@click.pass_context
def export(ctx: click.Context, fmt: str, output: str, viewer) -> None:
    """Export every claim with its speaker and article as CSV or JSON (the fields of `query --json`)."""
    if output != "-" and not Path(output).parent.is_dir():
        raise click.ClickException(f"I can't write {output}: the folder {Path(output).parent} does not exist.")
    store = _store(ctx, readonly=True)
    try:
        if output == "-":
            n = store.export(fmt, sys.stdout, viewer=viewer)
        else:
            try:
                f = open(output, "w", encoding="utf-8", newline="")
            except OSError as e:
                raise click.ClickException(f"I can't write {output}: {e.strerror}.") from e
            with f:
                n = store.export(fmt, f, viewer=viewer)
    finally:
        store.close()
    if output != "-":
        click.echo(f"Wrote {n} claim(s) to {output}.", err=True)


@main.command()
@click.argument("speaker")
@click.argument("alias")
@click.pass_context
def alias(ctx: click.Context, speaker: str, alias: str) -> None:
    """From now on, ALIAS in any article means SPEAKER (a name or #id)."""
    with _store(ctx) as store:
        sid = store.add_alias(speaker.lstrip("#"), alias)
        click.echo(f"{alias!r} now means {store.get_speaker(sid).name} (#{sid}).")


def _describe(sp, claims: int) -> str:
    return f"{sp.name} (#{sp.id}, {sp.kind}, {claims} claim(s); names: {', '.join(sp.aliases) or sp.name})"


@main.command()
@click.argument("keep")
@click.argument("drop")
@click.option("--dry-run", is_flag=True, help="Only show what would change.")
@click.option("-y", "--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def merge(ctx: click.Context, keep: str, drop: str, dry_run: bool, yes: bool) -> None:
    """Merge speaker DROP into KEEP (names or #ids); DROP's names stay as aliases of KEEP for future articles.

    Shows both speakers and asks before changing anything (--yes: don't ask; --dry-run: only show).
    `whosaid split KEEP NAME` undoes it."""
    with _store(ctx) as store:
        plan = store.merge_plan(keep.lstrip("#"), drop.lstrip("#"))
        click.echo(f"keep:  {_describe(plan.keep, plan.keep_claims)}")
        click.echo(f"merge: {_describe(plan.drop, plan.drop_claims)}")
        click.echo(f"{plan.drop_claims} claim(s) and the names of #{plan.drop.id} move to #{plan.keep.id} "
                   f"{plan.keep.name}; #{plan.drop.id} is removed.")
        if dry_run:
            click.echo("Dry run: nothing changed.")
            return
        if not yes and not click.confirm("Merge them?", default=False, err=True):
            click.echo("Nothing changed.", err=True)
            sys.exit(1)
        sid = store.merge_speakers(plan.keep.id, plan.drop.id)
        sp = store.get_speaker(sid)
        click.echo(f"Merged into {sp.name} (#{sid}); aliases: {', '.join(sp.aliases)}.")


@main.command()
@click.argument("speaker")
@click.argument("alias")
@click.option("--name", help="Name of the new speaker (default: ALIAS).")
@click.pass_context
def split(ctx: click.Context, speaker: str, alias: str, name: str | None) -> None:
    """Undo a wrong merge: ALIAS of SPEAKER, and claims written under it, become a separate speaker.

    A speaker merged away earlier gets its old #id back."""
    with _store(ctx) as store:
        sid = store.split_speaker(speaker.lstrip("#"), alias, name)
        click.echo(f"{store.get_speaker(sid).name} is now a separate speaker (#{sid}).")


@main.command()
@click.argument("speaker")
@click.argument("new_name")
@click.pass_context
def rename(ctx: click.Context, speaker: str, new_name: str) -> None:
    """Change a speaker's canonical name (the old name stays as an alias)."""
    with _store(ctx) as store:
        sid = store.rename_speaker(speaker.lstrip("#"), new_name)
        click.echo(f"#{sid} is now called {new_name}.")
