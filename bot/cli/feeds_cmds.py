"""`whosaid feeds add|list|remove|poll`: follow news feeds (polled by `whosaid serve`, or now with `poll`)."""
from __future__ import annotations

import sys
from datetime import timedelta

import click

from bot.cli.base import main
from bot.feeds import poll_feeds
from bot.pipeline import analyse, is_url
from store import Store


def _store(ctx: click.Context) -> Store:
    return Store.open(ctx.find_root().obj.db_path)


@main.group()
def feeds() -> None:
    """Follow news feeds (RSS/Atom): `whosaid serve` logs every new article in them."""


@feeds.command("add")
@click.argument("url")
@click.option("--channel", metavar="CHANNEL_ID", help="Post each new article's who-said-what to this Slack channel.")
@click.option("--private", is_flag=True, help="Keep this feed's articles out of the public space.")
@click.pass_context
def add(ctx: click.Context, url: str, channel: str | None, private: bool) -> None:
    """Follow the feed at URL (polled by `whosaid serve`; `whosaid feeds poll` polls now)."""
    if not is_url(url):
        raise click.BadParameter("a feed is an http:// or https:// address", param_hint="URL")
    store = _store(ctx)
    try:
        feed, new = store.add_feed(url, channel=channel, private=private)
    finally:
        store.close()
    where = f", posting to {channel}" if channel else ""
    click.echo(f"{'Following' if new else 'Updated'} feed #{feed.id} {url}{where}{' (private)' if private else ''}.")


@feeds.command("remove")
@click.argument("feed")
@click.pass_context
def remove(ctx: click.Context, feed: str) -> None:
    """Stop following FEED (its #id or URL); what was logged from it stays."""
    store = _store(ctx)
    try:
        gone = store.remove_feed(feed.lstrip("#"))
    finally:
        store.close()
    click.echo(f"Stopped following feed #{gone.id} {gone.url}.")


@feeds.command("list")
@click.pass_context
def list_(ctx: click.Context) -> None:
    """The feeds followed, when each was polled, what was logged, and what failed and why."""
    store = _store(ctx)
    try:
        rows = [(f, store.feed_failures(f.id, limit=3)) for f in store.feeds()]
    finally:
        store.close()
    if not rows:
        click.echo("No feeds yet: whosaid feeds add URL")
        return
    for f, fails in rows:
        extra = "".join([f", posting to {f.channel}" if f.channel else "", ", private" if f.private else ""])
        click.echo(f"#{f.id} {f.title or '(not read yet)'} <{f.url}>{extra}")
        click.echo(f"    {f.entries_done} article(s) logged, {f.entries_failed} unreadable; "
                   f"last polled {f.last_polled or 'never'}, next poll {f.next_poll or 'now'}")
        if f.last_error:
            click.echo(f"    FAILING ({f.failures} time(s) in a row): {f.last_error}")
        for x in fails:
            retry = f"retry after {x.next_try}" if x.next_try else "no more retries (whosaid retry)"
            click.echo(f"    unreadable: {x.title or x.url}: {x.error} ({x.attempts} attempt(s); {retry})")


@feeds.command("poll")
@click.pass_context
def poll(ctx: click.Context) -> None:
    """Poll every feed once, now, and say what was new (exit code 1 if a feed or an article failed).

    Articles for a feed's channel are posted by the running bot (`whosaid serve`)."""
    settings = ctx.find_root().obj
    store = _store(ctx)
    try:
        results = poll_feeds(store, settings.fetch, analyse=analyse,
                             interval=timedelta(minutes=settings.feeds_poll_minutes))
    finally:
        store.close()
    if not results:
        click.echo("No feeds yet: whosaid feeds add URL")
        return
    failed = False
    for r in results:
        if r.error:
            failed = True
            click.echo(f"{r.feed_url}: failed: {r.error}")
            continue
        state = "not modified" if r.not_modified else f"{len(r.new)} new"
        click.echo(f"{r.feed_url}: {state}" + (f", {len(r.failed)} unreadable" if r.failed else ""))
        for e in r.new:
            click.echo(f"  + {e.title or e.url} " + ("(already in the log: a copy of an article read before)"
                                                     if e.copy_of else f"({e.claims} claim(s))"))
        for e in r.failed:
            failed = True
            click.echo(f"  ! {e.title or e.url}: {e.error}")
    if failed:
        sys.exit(1)
