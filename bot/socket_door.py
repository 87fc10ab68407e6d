"""Socket Mode's front door: the connection to Slack (`bot.slack.socket_mode`), with each Events API envelope kept
in the inbox (`store.inbox`, as HTTP mode's front door keeps its deliveries) before it is acked, and handed to the
Bolt app by an `InboxMover`. So an event whose listener fails is tried again and then set aside for `whosaid retry`,
never dropped after Slack's few redeliveries, and an event acked just before a crash is handled at the next start.
Commands and interactivity, whose answers ride on the ack, go to Bolt at once.

    door = SocketDoor(settings, store, app)
    door.open()     # SocketModeError if the app token is refused or Slack cannot be reached (nothing left running)
    ...
    door.close()    # a clean goodbye to Slack, then what was kept last is handed to the app
"""
from __future__ import annotations

from functools import partial
from typing import Any

from bot.app import dispatch_event
from bot.config import Settings
from bot.inbox_mover import SWEEP_EVERY_S, InboxMover, keep_event
from bot.slack.socket_mode import close_socket_mode, open_socket_mode
from store import Store
from store.inbox import Inbox, inbox_path


class SocketDoor:
    def __init__(self, settings: Settings, store: Store, app: Any, *, sweep_every_s: float = SWEEP_EVERY_S):
        self.settings = settings
        self.app = app
        self.handler = None
        self._mover = InboxMover(store, inbox_path(store.path), dispatch_event=partial(dispatch_event, app),
                                 sweep_every_s=sweep_every_s)
        self._inbox: Inbox | None = None

    def open(self) -> None:
        """Connect, the inbox's mover running first (it hands over what was kept before a stop or crash)."""
        self._mover.start()
        try:
            # several of the client's threads keep events at once: they share commits
            self._inbox = Inbox.open(self._mover.path, group_commit=True)
            self.handler = open_socket_mode(self.app, self.settings.slack_app_token or "", keep_event=self._keep)
        except BaseException:
            self._close_inbox()
            raise

    def _keep(self, payload: dict) -> None:
        assert self._inbox is not None
        kept = keep_event(self._inbox, payload)
        if kept is not None:  # (None: a redelivery of one kept before)
            self._mover.notify(kept)

    def close(self) -> None:
        if self.handler is not None:
            close_socket_mode(self.handler)
            self.handler = None
        self._close_inbox()

    def _close_inbox(self) -> None:
        self._mover.stop()
        if self._inbox is not None:
            self._inbox.close()
            self._inbox = None
