"""The "Show all N claims" button under a long thread reply: every claim of that article, in a modal."""
from __future__ import annotations

import logging
from typing import Any

from bot.slack.client import slack_error
from bot.slack.render import SHOW_ALL_ACTION_ID, render_all_claims_modal
from handlers.common import deps_of, listen

log = logging.getLogger("whosaid.handlers.show_all")


def on_show_all(ack: Any, body: dict, client: Any, context: Any) -> None:
    ack()
    deps = deps_of(context)
    article_id = ((body.get("actions") or [{}])[0].get("value") or "").strip()
    trigger_id = body.get("trigger_id")
    if not article_id or not trigger_id:
        return
    article = deps.store.get_article(article_id)
    if article is None:
        log.info("show all: article %s is no longer in the log", article_id)
        return
    view = render_all_claims_modal(deps.store.article_claims(article_id), title=article.title)
    try:
        client.views_open(trigger_id=trigger_id, view=view)
    except Exception as e:  # noqa: BLE001 - e.g. an expired trigger (3 s): logged, nothing else to do
        log.warning("views.open for show all failed: %s", slack_error(e))


def register(app) -> None:
    listen(app, "action", SHOW_ALL_ACTION_ID, on_show_all)
