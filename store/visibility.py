"""The visibility rules, as SQL: which articles a `Viewer` may see.

Every read that can reach Slack (quotes by name, top speakers, search, the digest, App Home, suggestions)
narrows its rows with `narrow(viewer, column)` (quotes' sources with `arrival_visible`), so no handler has to
remember the rules:

- a Slack user of workspace T sees articles brought by a message in a public channel of T (messages.public = 1
  and team_id = T), articles brought by a message in one of the private channels/DMs they are a member of,
  and operator sources made public (articles.operator = 1);
- the operator (CLI) sees everything, or narrows it with --team / --channel / --public-only.
"""
from __future__ import annotations

import json

from store.types import Viewer


def _message_rule(viewer: Viewer) -> tuple[str, list, bool]:
    """(a condition on a `messages` row's columns, its arguments, whether public operator sources count too)
    for a viewer who does not see everything."""
    if not viewer.is_operator:
        return ("(public = 1 and team_id = ?) or channel in (select value from json_each(?))",
                [viewer.team_id, json.dumps(sorted(viewer.channels))], True)
    conds, args = [], []
    if viewer.team_id:
        conds.append("team_id = ?")
        args.append(viewer.team_id)
    if viewer.channels:
        conds.append("channel in (select value from json_each(?))")
        args.append(json.dumps(sorted(viewer.channels)))
    if viewer.public_only:
        conds.append("public = 1")
    # operator sources are in every workspace's public space
    return " and ".join(conds), args, viewer.public_only and not viewer.channels


def article_visible(viewer: Viewer, column: str) -> tuple[str, list]:
    """An SQL condition: the article whose id is in `column` is one `viewer` may see ("1" for everything).

    The same rule as `visible_ids`, written as index look-ups for one article at a time (a near-duplicate
    candidate, a quote's source): no scan of every visible article."""
    if viewer.sees_everything:
        return "1", []
    # An unqualified name would resolve inside the sub-queries below (to vm.article_id, va.id): always true.
    assert "." in column, f"qualify the article id column ({column!r}) with its table or alias"
    cond, args, operator_public = _message_rule(viewer)
    sql = f"exists (select 1 from messages vm where vm.article_id = {column} and ({cond}))"
    if operator_public:
        sql = f"({sql} or exists (select 1 from articles va where va.id = {column} and va.operator = 1))"
    return sql, args


def arrival_visible(viewer: Viewer, alias: str = "ac") -> tuple[str, list]:
    """An SQL condition: the `article_copies` row `alias` (one arrival of a copy) is one `viewer` may see.

    An arrival from Slack is seen by whoever may see its message; one from the CLI (no channel) by the
    operator, and by everyone when it came as a public operator source. So a quote's sources never name a
    private channel's copy (its address, headline or date) to someone outside that channel."""
    if viewer.sees_everything:
        return "1", []
    cond, args, operator_public = _message_rule(viewer)
    sql = (f"exists (select 1 from messages vm where vm.channel = {alias}.channel and vm.ts = {alias}.ts"
           f" and vm.article_id = {alias}.article_id and ({cond}))")
    if operator_public:
        sql = f"({sql} or ({alias}.channel is null and {alias}.operator = 1))"
    return sql, args


def narrow(viewer: Viewer, column: str) -> tuple[str, list]:
    """An SQL condition (" and <...>") limiting `column` (an article id) to what `viewer` sees.

    Written as a look-up per row (`article_visible`), not as `column in (every visible article)`: a query
    that reads a few hundred claims (one speaker's, one day's, a full-text match) does not first collect
    every article of the workspace's public space."""
    if viewer.sees_everything:
        return "", []
    cond, args = article_visible(viewer, column)
    return f" and {cond}", args
