"""Which token answers which workspace.

Two modes (`Settings.oauth`):

* single workspace: one bot token (SLACK_BOT_TOKEN), every call uses it;
* several workspaces: the app is installed with Slack's OAuth flow (Bolt serves `/slack/install` and
  `/slack/oauth_redirect`); each installation's bot token is kept by slack_sdk's SQLite installation store, in the
  same database file as the log (its own tables, `slack_installations` and `slack_bots`), and the OAuth `state`
  by slack_sdk's SQLite state store (`oauth_states`), each state signed with SLACK_STATE_SECRET.

`Workspaces.client_for(team_id, enterprise_id)` gives the Web API client for a workspace: Bolt does the same for
the listeners, and the worker's replier and the digest poster use this, so a reply always goes out with the token
of the workspace the message came from. `forget_installation` deletes a workspace's installation (on
`app_uninstalled` / `tokens_revoked`); its articles stay until `whosaid forget --team T`.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import threading
from typing import Any

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store import OAuthStateStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

from bot.config import Settings
from bot.errors import WhosaidError
from bot.slack.client import make_client

log = logging.getLogger(__name__)

# slack_sdk's SQLite stores log whole rows at DEBUG, and a WebClient logs response bodies at DEBUG (oauth.v2.access
# answers with the new bot token): the OAuth parts get a logger of their own that never passes DEBUG on, whatever
# LOG_LEVEL says, so tokens never reach a log.
_quiet_log = logging.getLogger("whosaid.slack_sdk.oauth")
_quiet_log.setLevel(logging.INFO)

#: The bot scopes the app asks for when installed (manifest.json's oauth_config.scopes.bot; a test checks).
BOT_SCOPES = ("app_mentions:read", "channels:history", "channels:read", "chat:write", "chat:write.public",
              "commands", "files:read", "groups:history", "groups:read", "im:read", "mpim:read", "reactions:write")
STATE_EXPIRATION_S = 600


class NotInstalled(WhosaidError):
    """No installation (bot token) for a workspace: it uninstalled the app, or never installed it."""


class SignedStateStore(OAuthStateStore):
    """slack_sdk's SQLite state store, with each state signed (HMAC-SHA256) with SLACK_STATE_SECRET: a state is
    accepted only if this app issued it, was not used before and has not expired."""

    def __init__(self, inner: OAuthStateStore, secret: str):
        if not secret:
            raise ValueError("a state secret is required")
        self.inner = inner
        self._key = secret.encode("utf-8")

    @property
    def logger(self) -> logging.Logger:
        return log

    def _sign(self, state: str) -> str:
        return hmac.new(self._key, state.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def issue(self, *args: Any, **kwargs: Any) -> str:
        state = self.inner.issue(*args, **kwargs)
        return f"{state}.{self._sign(state)}"

    def consume(self, state: str) -> bool:
        raw, _, sig = (state or "").rpartition(".")
        if not raw or not hmac.compare_digest(sig, self._sign(raw)):
            log.warning("OAuth callback with a state this app did not sign: refused")
            return False
        return self.inner.consume(raw)


class Workspaces:
    """Web API clients per workspace. Thread-safe."""

    def __init__(self, settings: Settings, client: WebClient):
        self.settings = settings
        self.client = client  # single workspace: the bot token's; OAuth: no token (base URL, retries, time-out)
        self.installation_store: SQLite3InstallationStore | None = None
        self.state_store: OAuthStateStore | None = None
        self._lock = threading.Lock()
        self._clients: dict[str, WebClient] = {}
        if settings.oauth:
            self.installation_store = SQLite3InstallationStore(database=settings.db_path,
                                                               client_id=settings.slack_client_id, logger=_quiet_log)
            self.state_store = SignedStateStore(
                SQLite3OAuthStateStore(database=settings.db_path, expiration_seconds=STATE_EXPIRATION_S,
                                       logger=_quiet_log),
                settings.slack_state_secret)

    def oauth_client(self) -> WebClient:
        """The client Bolt's OAuth flow calls oauth.v2.access with (same endpoint and retries; quiet logger)."""
        return WebClient(base_url=self.client.base_url, timeout=self.client.timeout,
                         retry_handlers=list(self.client.retry_handlers or []), logger=_quiet_log)

    @property
    def multi(self) -> bool:
        return self.installation_store is not None

    def client_for(self, team_id: str | None, enterprise_id: str | None = None) -> WebClient:
        """The client carrying `team_id`'s bot token (single-workspace mode: the one bot token)."""
        if self.installation_store is None:
            return self.client
        bot = self.installation_store.find_bot(enterprise_id=enterprise_id, team_id=team_id)
        if bot is None or not bot.bot_token:
            raise NotInstalled(f"whosaid is not installed in workspace {team_id}.",
                               detail=f"no installation for team {team_id} / enterprise {enterprise_id}")
        with self._lock:
            client = self._clients.get(bot.bot_token)
            if client is None:
                client = make_client(self.settings, token=bot.bot_token)
                self._clients[bot.bot_token] = client
            return client

    def forget_installation(self, team_id: str | None, enterprise_id: str | None = None) -> bool:
        """Delete a workspace's installation and bot tokens. False in single-workspace mode (nothing stored)."""
        if self.installation_store is None:
            return False
        self.installation_store.delete_all(enterprise_id=enterprise_id, team_id=team_id)
        with self._lock:
            self._clients.clear()
        log.info("installation of workspace %s deleted", team_id)
        return True
