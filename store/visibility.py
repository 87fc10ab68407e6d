"""The visibility rules, as SQL: which articles a `Viewer` may see.

Every read that can reach Slack (quotes by name, top speakers, search, the digest, App Home, suggestions)
narrows its rows with `visible_ids(viewer)`, so no handler has to remember the rules:

- a Slack user of workspace T sees articles brought by a message in a public channel of T (messages.public = 1
  and team_id = T), articles brought by a message in one of the private channels/DMs they are a member of,
  and operator sources made public (articles.operator = 1);
- the operator (CLI) sees everything, or narrows it with --team / --channel / --public-only.
"""
from __future__ import annotations

import json

from store.types import Viewer

OPERATOR_PUBLIC = "select id from articles where operator = 1"


def visible_ids(viewer: Viewer) -> tuple[str, list] | None:
    """(SQL selecting the ids of the articles `viewer` may see, its arguments), or None for "all of them"."""
    if viewer.sees_everything:
        return None
    if not viewer.is_operator:
        sql = ("select article_id from messages where (public = 1 and team_id = ?)"
               " or channel in (select value from json_each(?))"
               f" union {OPERATOR_PUBLIC}")
        return sql, [viewer.team_id, json.dumps(sorted(viewer.channels))]
    conds, args = [], []
    if viewer.team_id:
        conds.append("team_id = ?")
        args.append(viewer.team_id)
    if viewer.channels:
        conds.append("channel in (select value from json_each(?))")
        args.append(json.dumps(sorted(viewer.channels)))
    if viewer.public_only:
        conds.append("public = 1")
    sql = "select article_id from messages where " + " and ".join(conds)
    if viewer.public_only and not viewer.channels:
        sql += f" union {OPERATOR_PUBLIC}"  # operator sources are in every workspace's public space
    return sql, args


def narrow(viewer: Viewer, column: str) -> tuple[str, list]:
    """An SQL condition (" and <column> in (...)") limiting `column` (an article id) to what `viewer` sees."""
    vis = visible_ids(viewer)
    if vis is None:
        return "", []
    return f" and {column} in ({vis[0]})", vis[1]
