"""The "Show all N claims" button under a long thread reply: every claim of that article, in a modal.

The article id comes from the button's value, so it is treated as anything else from a payload: the clicker gets
the claims only if they may see the article (`store.Viewer`, the same rules as /whosaid: their workspace's public
space plus the private channels/DMs they are in). An article they may not see and one no longer in the log get the
same answer, so the modal tells nobody that a private article exists.
"""
from __future__ import annotations

import logging
from typing import Any

from bot.slack.client import slack_error
from bot.slack.render import SHOW_ALL_ACTION_ID, render_all_claims_modal, render_notice_modal
from handlers.common import deps_of, listen, viewer_for, workspace_of

log = logging.getLogger("whosaid.handlers.show_all")

NOT_AVAILABLE = ("I can't show that article's claims: it is no longer in the log, or it came through a "
                 "conversation you are not in.")


def on_show_all(ack: Any, body: dict, client: Any, context: Any) -> None:
    ack()
    deps = deps_of(context)
    article_id = ((body.get("actions") or [{}])[0].get("value") or "").strip()
    trigger_id = body.get("trigger_id")
    user = (body.get("user") or {}).get("id")
    if not article_id or not trigger_id:
        return
    team, _ = workspace_of(context, body)
    viewer = viewer_for(deps, client, team, user)
    article = deps.store.visible_article(article_id, viewer=viewer)
    if article is None:
        log.info("show all: article %s is not in the log or not visible to %s", article_id, user)
        view = render_notice_modal(NOT_AVAILABLE)
    else:
        view = render_all_claims_modal(deps.store.article_claims(article_id, viewer=viewer), title=article.title)
    try:
        client.views_open(trigger_id=trigger_id, view=view)
    except Exception as e:  # noqa: BLE001 - e.g. an expired trigger (3 s): logged, nothing else to do
        log.warning("views.open for show all failed: %s", slack_error(e))


def register(app) -> None:
    listen(app, "action", SHOW_ALL_ACTION_ID, on_show_all)
