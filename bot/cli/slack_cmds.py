"""`whosaid serve`: run the Slack bot (Socket Mode, or HTTP mode with --http)."""
from __future__ import annotations

import logging
import signal
from dataclasses import replace

import click

from bot.cli import main
from bot.config import ConfigError, Settings, require_slack

log = logging.getLogger("whosaid.serve")


def check_token(client) -> dict:
    """auth.test, turning a rejected token into a clear ConfigError."""
    from slack_sdk.errors import SlackApiError

    try:
        resp = client.auth_test()
    except SlackApiError as e:
        code = e.response.get("error") if e.response is not None else "error"
        raise ConfigError(f"Slack rejected SLACK_BOT_TOKEN ({code}). Copy the Bot User OAuth Token (xoxb-...) "
                          "from OAuth & Permissions and reinstall the app if you changed its scopes.") from None
    except Exception as e:  # noqa: BLE001 - connection refused, DNS...
        where = client.base_url
        raise ConfigError(f"Could not reach the Slack Web API at {where}: {type(e).__name__}.") from None
    return resp.data if hasattr(resp, "data") else dict(resp)


@main.command()
@click.option("--http", "http_mode", is_flag=True, help="HTTP mode: serve /slack/events with waitress (needs SLACK_SIGNING_SECRET).")
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

    from bot.app import create_app, start_background
    from bot.slack.client import make_client
    from store import Store

    logging.getLogger("whosaid").setLevel(min(logging.getLogger().level or logging.INFO, logging.INFO))
    client = make_client(settings)
    who = check_token(client)
    store = Store.open(settings.db_path)
    app = create_app(settings, store, client=client)
    runtime = start_background(settings, store=store, app=app, schedule_digest=not no_digest, poll_feeds=not no_feeds)

    def _terminate(signum, frame):  # SIGTERM (docker stop, systemd): shut down like Ctrl-C
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread (embedded use): no signal handling
        previous = None
    digest = (f"daily digest to {settings.digest_channel} at {settings.digest_time} {settings.digest_tz}"
              if settings.digest_channel and not no_digest else "no daily digest")
    server = None
    try:
        if http_mode:
            from bot.slack.server import make_server

            server = make_server(app, settings.http_host, settings.http_port)
            click.echo(f"whosaid is running as @{who.get('user', 'whosaid')} in HTTP mode on {server.url} "
                       f"({settings.workers} workers, {digest}). Ctrl-C to stop.", err=True)
            server.run()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            click.echo(f"whosaid is running as @{who.get('user', 'whosaid')} in Socket Mode "
                       f"({settings.workers} workers, {digest}). Ctrl-C to stop.", err=True)
            SocketModeHandler(app, settings.slack_app_token).start()
    except KeyboardInterrupt:
        pass
    finally:
        click.echo("whosaid: stopping (unfinished jobs stay queued and resume at the next start)…", err=True)
        if server is not None:
            server.close()
        runtime.stop()
        store.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
