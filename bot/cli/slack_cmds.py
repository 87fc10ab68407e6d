"""`whosaid serve`: run the Slack bot (Socket Mode, or HTTP mode with --http)."""
from __future__ import annotations

import logging
from dataclasses import replace

import click

from bot.cli.base import main
from bot.config import Settings, require_slack


@main.command()
@click.option("--http", "http_mode", is_flag=True, help="HTTP mode: serve /slack/events over HTTP (needs SLACK_SIGNING_SECRET).")
@click.option("--port", type=int, default=None, help="Port for --http (default: $PORT or 3000).")
@click.option("--host", default=None, help="Interface for --http (default: $WHOSAID_HOST or 0.0.0.0).")
@click.option("--workers", type=click.IntRange(1, 32), default=None, help="Extraction workers (default: $WHOSAID_WORKERS or 2).")
@click.option("--no-digest", is_flag=True, help="Do not schedule the daily digest in this process.")
@click.option("--no-feeds", is_flag=True, help="Do not poll news feeds in this process.")
@click.pass_obj
def serve(settings: Settings, http_mode: bool, port: int | None, host: str | None, workers: int | None,
          no_digest: bool, no_feeds: bool) -> None:
    """Run the Slack bot.

    With SLACK_APP_TOKEN set it connects in Socket Mode (no public URL needed);
    with --http it serves Events API, slash commands and interactivity at
    POST /slack/events. Workers, the daily digest and feed polling (`whosaid feeds`) run in the same process.
    """
    if port is not None:
        settings = replace(settings, http_port=port)
    if host is not None:
        settings = replace(settings, http_host=host)
    if workers is not None:
        settings = replace(settings, workers=workers)
    require_slack(settings, http=http_mode)

    logging.getLogger("whosaid").setLevel(min(logging.getLogger().level or logging.INFO, logging.INFO))
    # lazy: bot.serve loads Bolt, the Slack SDK, the HTTP server and the worker stack; only this command needs them
    from bot.serve import serve as run

    run(settings, http_mode=http_mode, schedule_digest=not no_digest, poll_feeds=not no_feeds,
        say=lambda m: click.echo(m, err=True))
