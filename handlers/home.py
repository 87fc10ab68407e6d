"""App Home tab: how to use whosaid, recent articles, most-quoted speakers this week."""
from __future__ import annotations

import logging
from typing import Any

from bot.slack.render import render_home
from handlers.common import deps_of, listen, viewer_for, workspace_of
from store import Viewer

log = logging.getLogger("whosaid.handlers.home")


def home_view(deps, viewer: Viewer) -> dict:
    """The Home tab for `viewer`: recent articles and this week's top speakers, from what they may see."""
    return render_home(deps.store.recent_articles(10, viewer=viewer),
                       deps.store.top_speakers(limit=10, since=deps.week_ago(), viewer=viewer))


def on_home_opened(event: dict, client: Any, context: Any, body: dict | None = None) -> None:
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    deps = deps_of(context)
    team, _ = workspace_of(context, body)
    view = home_view(deps, viewer_for(deps, client, team, event["user"]))
    try:
        client.views_publish(user_id=event["user"], view=view)
    except Exception as e:  # noqa: BLE001 - logged; a missing Home tab must not fail the event
        log.warning("views.publish failed: %s", getattr(getattr(e, "response", None), "data", e))


def register(app) -> None:
    listen(app, "event", "app_home_opened", on_home_opened)
