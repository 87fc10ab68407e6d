"""Who sees what, from the operator's side: `whosaid forget`, `whosaid publish`, and the --team / --channel /
--public-only filters the reading commands share."""
from __future__ import annotations

import functools

import click

from bot.cli.base import main
from store import ForgetReport, Store, Viewer

DATE = click.DateTime(formats=["%Y-%m-%d"])


def visibility_filters(fn):
    """--team / --channel / --public-only on a reading command; the command gets `viewer` (a Viewer.operator)."""

    @click.option("--team", metavar="T", help="Only articles that came through Slack workspace T (a team id).")
    @click.option("--channel", metavar="C", help="Only articles that came through channel C (a channel id).")
    @click.option("--public-only", is_flag=True,
                  help="Only articles in a public space (a public channel, a published channel, a public ingest).")
    @functools.wraps(fn)
    def wrapper(*args, team: str | None, channel: str | None, public_only: bool, **kwargs):
        return fn(*args, viewer=Viewer.operator(team=team, channel=channel, public_only=public_only), **kwargs)

    return wrapper


def _open(ctx: click.Context) -> Store:
    return Store.open(ctx.find_root().obj.db_path)


def describe(report: ForgetReport) -> str:
    """One plain sentence (and a list of ids) saying what was removed."""
    if report.empty:
        return "Nothing matched; nothing was removed."
    parts = [f"Deleted {len(report.articles)} article(s) and {report.claims} claim(s)"]
    if report.messages:
        parts.append(f"removed {report.messages} Slack message link(s)")
    if report.speakers:
        parts.append(f"dropped {report.speakers} speaker(s) left with no claim")
    if report.jobs:
        parts.append(f"deleted {report.jobs} finished job(s) holding pasted text")
    lines = [", ".join(parts) + "."]
    if report.kept:
        lines.append(f"Kept {len(report.kept)} article(s) still linked from elsewhere: {', '.join(report.kept)}.")
    lines += [f"  deleted: {a}" for a in report.articles]
    return "\n".join(lines)


@main.command()
@click.argument("article_id", required=False)
@click.option("--channel", metavar="C", help="Forget what came through channel C.")
@click.option("--team", metavar="T", help="Forget what came through Slack workspace T (e.g. after it uninstalled).")
@click.option("--before", type=DATE, help="Only what was logged before YYYY-MM-DD (alone: everything before it).")
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.pass_context
def forget(ctx: click.Context, article_id: str | None, channel: str | None, team: str | None, before,
           yes: bool) -> None:
    """Delete articles and their claims (search index included) and say what was removed.

    ARTICLE_ID deletes that article wherever it was shared. --channel / --team remove those Slack messages'
    links; an article nothing else links (no other message, no operator ingest) is deleted with its claims."""
    if article_id and (channel or team or before):
        raise click.UsageError("Give either an ARTICLE_ID or --channel/--team/--before, not both.")
    if not (article_id or channel or team or before):
        raise click.UsageError("Say what to forget: ARTICLE_ID, --channel C, --team T or --before DATE.")
    what = article_id or " ".join(f"{k} {v}" for k, v in (("channel", channel), ("team", team),
                                                        ("before", before and before.date())) if v)
    if not yes:
        click.confirm(f"Permanently delete what matches {what}?", abort=True, err=True)
    store = _open(ctx)
    try:
        report = (store.forget_article(article_id) if article_id
                  else store.forget(channel=channel, team=team, before=before.date() if before else None))
    finally:
        store.close()
    click.echo(describe(report))


@main.command()
@click.argument("article_ids", nargs=-1)
@click.option("--channel", metavar="C", help="Put channel C's whole history in its workspace's public space.")
@click.option("--team", metavar="T", help="With --channel: the workspace of messages logged before workspaces "
                                          "were recorded.")
@click.option("--private", is_flag=True, help="With ARTICLE_IDS: make them private operator sources instead.")
@click.pass_context
def publish(ctx: click.Context, article_ids: tuple[str, ...], channel: str | None, team: str | None,
            private: bool) -> None:
    """Make history visible to everyone in a workspace (the operator's decision).

    --channel C: every article that came through C becomes visible in its workspace's public space (for
    channels logged before visibility was recorded, which count as private to their channel). ARTICLE_IDS:
    those articles become public operator sources, visible in every workspace (--private: the reverse)."""
    if bool(article_ids) == bool(channel):
        raise click.UsageError("Give either ARTICLE_IDS or --channel C.")
    if team and not channel:
        raise click.UsageError("--team goes with --channel.")
    store = _open(ctx)
    try:
        if channel:
            n, unknown = store.publish_channel(channel, team=team)
        else:
            missing = store.set_operator_public(article_ids, public=not private)
    finally:
        store.close()
    if channel:
        click.echo(f"{n} message link(s) from {channel} are now public in their workspace.")
        if unknown:
            click.echo(f"{unknown} of them have no recorded workspace yet: they stay hidden until the bot sees a "
                       f"new message in {channel}, or run again with --team T.", err=True)
        return
    done = len(article_ids) - len(missing)
    click.echo(f"{done} article(s) are now {'private' if private else 'public'} operator sources.")
    if missing:
        raise click.ClickException(f"No article with id: {', '.join(missing)}.")
