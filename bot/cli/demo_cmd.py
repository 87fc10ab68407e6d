"""`whosaid demo`: run the real app end to end against the bundled local Slack stand-in."""
from __future__ import annotations

import sys

import click

from bot.cli.base import main


@main.command("demo")
@click.option("--seeds", "seeds_dir", type=click.Path(file_okay=False), default=None,
              help="Folder of sample articles (*.txt). Default: ./seeds")
@click.option("--query", default="Bennett", show_default=True, help="Name to look up with /whosaid.")
@click.option("--timeout", "reply_timeout", type=float, default=40.0, show_default=True,
              help="Seconds to wait for each reply before giving up.")
@click.pass_obj
def demo_cmd(settings, seeds_dir: str | None, query: str, reply_timeout: float) -> None:
    """Run the bot on the sample articles against a local stand-in of Slack (no Slack account needed).

    Starts the stand-in and the real app on 127.0.0.1, pastes each seeds/*.txt article, posts a link
    to a locally served copy, runs `/whosaid NAME`, posts the daily digest, prints every reply and
    leaves the log in whosaid.db (or --db).
    """
    # lazy: the demo kit loads Bolt, the HTTP server and the worker stack; only this command needs them
    from bot.demo.run import DemoError, real_slack_configured, run_demo

    if real_slack_configured(settings):
        click.echo("Note: Slack tokens are configured, but `whosaid demo` is only for the bundled local stand-in "
                   "of Slack: it never uses them and never contacts Slack.\n"
                   "To run the bot in your workspace use `whosaid serve` (Socket Mode) or `whosaid serve --http`.\n",
                   err=True)
    try:
        run_demo(db_path=settings.db_path, seeds_dir=seeds_dir, query=query, reply_timeout=reply_timeout)
    except DemoError as e:
        click.echo(f"whosaid demo failed: {e}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
