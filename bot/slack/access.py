"""Who is asking, in Slack terms: the kind of a channel, and the private conversations a user is a member of.

Both come from the Web API and are cached (in memory, per process):

* `channel_type(client, channel, hint)`: "public" / "private" / "mpim" / "im" — from the event's own
  `channel_type` when it has one, else `conversations.info` (cached for an hour; a channel's kind rarely changes,
  and a wrong "private" only hides). None when Slack cannot tell us: the store then treats the message as private
  to its channel.
* `viewer(client, team_id, user)`: a `store.Viewer` for that user — their workspace's public space plus the
  private channels, group DMs and DMs they are a member of (`users.conversations`, types
  private_channel,mpim,im, every page; cached for a few minutes). If Slack will not say, the user sees the
  public space only, and the reason is logged.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from bot.slack.client import slack_error
from store import Viewer

log = logging.getLogger(__name__)

#: Slack's `channel_type` in message events -> the store's word.
EVENT_CHANNEL_TYPES = {"channel": "public", "group": "private", "mpim": "mpim", "im": "im",
                       "public": "public", "private": "private"}
MEMBER_TYPES = "private_channel,mpim,im"
MEMBERS_TTL_S = 300.0
TYPES_TTL_S = 3600.0
MAX_PAGES = 50  # users.conversations pages (200 each) read for one user, at most


def kind_of(info: dict) -> str:
    """The store's channel kind from a `conversations.info` channel object."""
    if info.get("is_im"):
        return "im"
    if info.get("is_mpim"):
        return "mpim"
    if info.get("is_private") or info.get("is_group"):
        return "private"
    return "public"


class Access:
    """Caches channel kinds and users' private memberships. Thread-safe."""

    def __init__(self, *, members_ttl_s: float = MEMBERS_TTL_S, types_ttl_s: float = TYPES_TTL_S,
                 clock: Callable[[], float] = time.monotonic):
        self.members_ttl_s = members_ttl_s
        self.types_ttl_s = types_ttl_s
        self.clock = clock
        self._lock = threading.Lock()
        self._types: dict[str, tuple[float, str]] = {}
        self._members: dict[tuple[str, str], tuple[float, frozenset[str]]] = {}

    def _cached(self, cache: dict, key: Any, ttl: float) -> Any:
        with self._lock:
            hit = cache.get(key)
            if hit is not None and self.clock() - hit[0] < ttl:
                return hit[1]
        return None

    def _keep(self, cache: dict, key: Any, value: Any) -> None:
        with self._lock:
            cache[key] = (self.clock(), value)

    def channel_type(self, client: Any, channel: str | None, hint: str | None = None) -> str | None:
        """The kind of `channel`: the event's `hint` if it has one, else conversations.info (cached)."""
        if hint in EVENT_CHANNEL_TYPES:
            return EVENT_CHANNEL_TYPES[hint]
        if not channel:
            return None
        if (kind := self._cached(self._types, channel, self.types_ttl_s)) is not None:
            return kind
        if channel.startswith("D"):
            kind = "im"  # a DM id: no need to ask
        else:
            try:
                info = client.conversations_info(channel=channel).get("channel")
            except Exception as e:  # noqa: BLE001 - unknown counts as private to the channel; say why
                log.warning("conversations.info %s failed (%s): its articles stay private to it", channel,
                            slack_error(e))
                return None
            if not isinstance(info, dict) or not info.get("id"):
                log.warning("conversations.info %s said nothing about it: its articles stay private to it", channel)
                return None
            kind = kind_of(info)
        self._keep(self._types, channel, kind)
        return kind

    def member_channels(self, client: Any, team_id: str, user: str) -> frozenset[str] | None:
        """Private channels, group DMs and DMs `user` is a member of (None if Slack would not say)."""
        key = (team_id, user)
        if (found := self._cached(self._members, key, self.members_ttl_s)) is not None:
            return found
        channels: set[str] = set()
        cursor = None
        try:
            for _ in range(MAX_PAGES):
                kwargs = {"user": user, "types": MEMBER_TYPES, "limit": 200, "exclude_archived": False}
                if cursor:
                    kwargs["cursor"] = cursor
                resp = client.users_conversations(**kwargs)
                channels.update(c["id"] for c in resp.get("channels") or [] if c.get("id"))
                cursor = (resp.get("response_metadata") or {}).get("next_cursor")
                if not cursor:
                    break
            else:
                log.warning("users.conversations for %s: stopped after %d pages", user, MAX_PAGES)
        except Exception as e:  # noqa: BLE001 - the caller falls back to the public space, which is safe
            log.warning("users.conversations for %s failed: %s", user, slack_error(e))
            return None
        found = frozenset(channels)
        self._keep(self._members, key, found)
        return found

    def viewer(self, client: Any, team_id: str, user: str | None, *, within: str | None = None) -> Viewer:
        """What `user` of workspace `team_id` may see. `within` (a channel): also only what every member of that
        channel may see (an answer posted there, e.g. by the Share button)."""
        channels = self.member_channels(client, team_id, user) if user else None
        if channels is None:
            channels = frozenset()
        if within is not None:
            channels = channels & {within}
        return Viewer.member(team_id, channels)
