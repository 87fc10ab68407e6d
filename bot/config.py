"""All configuration, read once at start-up from the environment and `.env`.

Nothing here runs at import time: call `load_settings()` from an entry point
and pass the resulting `Settings` down. Secrets (tokens, signing secret) are
kept out of `repr()` so a logged `Settings` never leaks them.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dotenv import load_dotenv

from bot.errors import ConfigError

__all__ = ["ConfigError", "FetchSettings", "Settings", "load_settings", "parse_digest_time", "require_slack"]


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(env: dict, key: str, default: int, *, lo: int | None = None, hi: int | None = None) -> int:
    raw = env.get(key)
    if raw in (None, ""):
        return default
    try:
        value = int(str(raw).strip())
    except ValueError as e:
        raise ConfigError(f"{key} must be an integer, got {raw!r}") from e
    if (lo is not None and value < lo) or (hi is not None and value > hi):
        raise ConfigError(f"{key} must be between {lo} and {hi}, got {value}")
    return value


def _float(env: dict, key: str, default: float) -> float:
    raw = env.get(key)
    if raw in (None, ""):
        return default
    try:
        value = float(str(raw).strip())
    except ValueError as e:
        raise ConfigError(f"{key} must be a number, got {raw!r}") from e
    if value <= 0:
        raise ConfigError(f"{key} must be positive, got {value}")
    return value


#: The log line of every entry point (the CLI, and the processes it starts).
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_digest_time(value: str) -> tuple[int, int]:
    """'18:00' -> (18, 0); ConfigError if it is not a 24-hour HH:MM."""
    m = _TIME.match(value.strip())
    if not m:
        raise ConfigError(f"DIGEST_TIME must be a 24-hour time like 18:00, got {value!r}")
    return int(m.group(1)), int(m.group(2))


@dataclass(frozen=True)
class FetchSettings:
    timeout_s: float = 10.0
    max_bytes: int = 5_000_000
    max_document_bytes: int = 20_000_000  # PDFs and files shared in Slack
    allow_private: bool = False  # only for tests / local demos


@dataclass(frozen=True)
class Settings:
    db_path: str = "whosaid.db"
    log_level: str = "WARNING"
    fetch: FetchSettings = field(default_factory=FetchSettings)
    # Slack
    slack_bot_token: str | None = field(default=None, repr=False)
    slack_app_token: str | None = field(default=None, repr=False)
    slack_signing_secret: str | None = field(default=None, repr=False)
    # Several workspaces (OAuth): with all three set, the app is installed per workspace through /slack/install
    slack_client_id: str | None = None
    slack_client_secret: str | None = field(default=None, repr=False)
    slack_state_secret: str | None = field(default=None, repr=False)
    slack_redirect_uri: str | None = None  # the OAuth redirect URL, if Slack must be told it explicitly
    slack_api_url: str | None = None
    channels: frozenset[str] = frozenset()
    digest_channel: str | None = None
    digest_team: str | None = None  # several workspaces: the workspace DIGEST_CHANNEL is in (its token posts)
    digest_time: str = "18:00"
    digest_tz: str = "UTC"
    workers: int = 2
    extract_processes: int = 1  # extraction runs in this many child processes (0: in the worker threads)
    article_time_limit_s: float | None = 90.0  # longer: "too long to read in time", failed (None: no limit)
    # HTTP mode
    http_host: str = "0.0.0.0"
    http_port: int = 3000
    http_processes: int = 1  # HTTP mode: processes serving the Events endpoint (bot.acceptor)
    # Behaviour
    min_article_chars: int = 400  # a pasted message shorter than this is chatter, not an article
    slack_max_retries: int = 3  # retries of a Web API call on 429 / 5xx / connection errors
    slack_timeout_s: int = 15  # one Web API call; a call that hangs longer fails and its job is recorded failed
    retention_days: int | None = None  # drop articles (text, claims) and job payloads older than this, daily
    feeds_poll_minutes: int = 15  # `whosaid serve` polls each feed this often (longer after failures)

    def __repr__(self) -> str:  # never print secrets
        def _set(v: str | None) -> str:
            return "'***'" if v else "None"

        return (
            f"Settings(db_path={self.db_path!r}, slack_api_url={self.slack_api_url!r}, "
            f"slack_bot_token={_set(self.slack_bot_token)}, slack_app_token={_set(self.slack_app_token)}, "
            f"slack_signing_secret={_set(self.slack_signing_secret)}, slack_client_id={self.slack_client_id!r}, "
            f"slack_client_secret={_set(self.slack_client_secret)}, "
            f"slack_state_secret={_set(self.slack_state_secret)}, channels={sorted(self.channels)!r}, "
            f"digest_channel={self.digest_channel!r}, digest_time={self.digest_time!r}, "
            f"digest_tz={self.digest_tz!r}, workers={self.workers})"
        )

    __str__ = __repr__

    @property
    def oauth(self) -> bool:
        """Several workspaces: installed through Slack's OAuth flow (client id + secret + state secret set)."""
        return bool(self.slack_client_id or self.slack_client_secret or self.slack_state_secret)

    @property
    def socket_mode(self) -> bool:
        return bool(self.slack_app_token)

    @property
    def api_base_url(self) -> str | None:
        """SLACK_API_URL normalised with a trailing slash (slack_sdk joins method names onto it)."""
        if not self.slack_api_url:
            return None
        return self.slack_api_url.rstrip("/") + "/"

    @property
    def digest_hour_minute(self) -> tuple[int, int]:
        return parse_digest_time(self.digest_time)

    def watches(self, channel: str | None) -> bool:
        """True if the bot should read messages in this channel (all channels it is in, unless WHOSAID_CHANNELS)."""
        return not self.channels or (channel in self.channels)


def load_settings(env: dict | None = None, *, dotenv_path: str | Path | None = ".env") -> Settings:
    """Read settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        if dotenv_path and Path(dotenv_path).exists():
            load_dotenv(dotenv_path, override=False)
        env = dict(os.environ)
    channels = frozenset(c.strip() for c in env.get("WHOSAID_CHANNELS", "").split(",") if c.strip())
    digest_time = (env.get("DIGEST_TIME") or "18:00").strip()
    parse_digest_time(digest_time)
    digest_tz = (env.get("DIGEST_TZ") or "UTC").strip()
    try:
        ZoneInfo(digest_tz)
    except (ZoneInfoNotFoundError, ValueError) as e:
        raise ConfigError(f"DIGEST_TZ must be an IANA time zone like Europe/London, got {digest_tz!r}") from e
    api_url = (env.get("SLACK_API_URL") or "").strip() or None
    if api_url and not api_url.startswith(("http://", "https://")):
        raise ConfigError(f"SLACK_API_URL must start with http:// or https://, got {api_url!r}")
    return Settings(
        db_path=env.get("WHOSAID_DB") or "whosaid.db",
        log_level=env.get("LOG_LEVEL") or "WARNING",
        fetch=FetchSettings(
            timeout_s=_float(env, "FETCH_TIMEOUT", 10.0),
            max_bytes=_int(env, "FETCH_MAX_BYTES", 5_000_000, lo=1),
            max_document_bytes=_int(env, "FETCH_MAX_DOCUMENT_BYTES", 20_000_000, lo=1),
            allow_private=_bool(env.get("FETCH_ALLOW_PRIVATE")),
        ),
        slack_bot_token=(env.get("SLACK_BOT_TOKEN") or "").strip() or None,
        slack_app_token=(env.get("SLACK_APP_TOKEN") or "").strip() or None,
        slack_signing_secret=(env.get("SLACK_SIGNING_SECRET") or "").strip() or None,
        slack_client_id=(env.get("SLACK_CLIENT_ID") or "").strip() or None,
        slack_client_secret=(env.get("SLACK_CLIENT_SECRET") or "").strip() or None,
        slack_state_secret=(env.get("SLACK_STATE_SECRET") or "").strip() or None,
        slack_redirect_uri=(env.get("SLACK_REDIRECT_URI") or "").strip() or None,
        slack_api_url=api_url,
        channels=channels,
        digest_channel=(env.get("DIGEST_CHANNEL") or "").strip() or None,
        digest_team=(env.get("DIGEST_TEAM") or "").strip() or None,
        digest_time=digest_time,
        digest_tz=digest_tz,
        workers=_int(env, "WHOSAID_WORKERS", 2, lo=1, hi=32),
        extract_processes=_int(env, "WHOSAID_EXTRACT_PROCESSES", 1, lo=0, hi=16),
        article_time_limit_s=_float(env, "WHOSAID_ARTICLE_TIME_LIMIT", 90.0),
        http_host=env.get("WHOSAID_HOST") or "0.0.0.0",
        http_port=_int(env, "PORT", 3000, lo=0, hi=65535),
        http_processes=_int(env, "WHOSAID_HTTP_PROCESSES", 1, lo=1, hi=16),
        min_article_chars=_int(env, "WHOSAID_MIN_ARTICLE_CHARS", 400, lo=1),
        slack_max_retries=_int(env, "SLACK_MAX_RETRIES", 3, lo=0, hi=10),
        slack_timeout_s=_int(env, "SLACK_TIMEOUT", 15, lo=1, hi=120),
        retention_days=_int(env, "WHOSAID_RETENTION_DAYS", 0, lo=1, hi=100_000) or None,
        feeds_poll_minutes=_int(env, "FEEDS_POLL_MINUTES", 15, lo=1, hi=24 * 60),
    )


def require_slack(settings: Settings, *, http: bool = False) -> None:
    """Raise ConfigError naming every missing key needed to connect to Slack in the chosen mode."""
    missing: list[str] = []
    if settings.oauth:
        _require_oauth(settings, http=http)
        return
    if not settings.slack_bot_token:
        missing.append("SLACK_BOT_TOKEN (the Bot User OAuth Token, xoxb-...)")
    if http:
        if not settings.slack_signing_secret:
            missing.append("SLACK_SIGNING_SECRET (Basic Information > App Credentials > Signing Secret)")
    elif not settings.slack_app_token:
        missing.append("SLACK_APP_TOKEN (an app-level token, xapp-..., with connections:write) — or use --http")
    if missing:
        raise ConfigError(
            "Cannot start the Slack bot; missing configuration:\n  - " + "\n  - ".join(missing)
            + "\nSet these in the environment or in .env (see .env.example)."
        )
    if settings.slack_bot_token and not settings.slack_bot_token.startswith("xoxb-") and not settings.slack_api_url:
        raise ConfigError("SLACK_BOT_TOKEN should be a bot token starting with xoxb-.")
    if not http and settings.slack_app_token and not settings.slack_app_token.startswith("xapp-"):
        raise ConfigError("SLACK_APP_TOKEN should be an app-level token starting with xapp-.")


def _require_oauth(settings: Settings, *, http: bool) -> None:
    """Several workspaces: the OAuth credentials, the signing secret, and HTTP mode (Slack redirects browsers to
    /slack/oauth_redirect and sends events to /slack/events)."""
    missing = [label for value, label in (
        (settings.slack_client_id, "SLACK_CLIENT_ID (Basic Information > App Credentials > Client ID)"),
        (settings.slack_client_secret, "SLACK_CLIENT_SECRET (Basic Information > App Credentials > Client Secret)"),
        (settings.slack_state_secret, "SLACK_STATE_SECRET (any long random string; it signs the OAuth state)"),
        (settings.slack_signing_secret, "SLACK_SIGNING_SECRET (Basic Information > App Credentials > Signing Secret)"),
    ) if not value]
    if missing:
        raise ConfigError(
            "Cannot start whosaid for several workspaces (OAuth); missing configuration:\n  - " + "\n  - ".join(missing)
            + "\nSet these in the environment or in .env (see .env.example), or unset SLACK_CLIENT_ID, "
            "SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to run in one workspace with SLACK_BOT_TOKEN."
        )
    if settings.digest_channel and not settings.digest_team:
        raise ConfigError("With several workspaces, DIGEST_CHANNEL needs DIGEST_TEAM: the workspace id (T...) the "
                          "channel is in.")
    if not http:
        raise ConfigError("Several workspaces (OAuth) need HTTP mode: run `whosaid serve --http` behind a public "
                          "https URL (Slack redirects to /slack/oauth_redirect).")
    if settings.slack_bot_token:
        raise ConfigError("SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: choose one workspace (SLACK_BOT_TOKEN) "
                          "or several (OAuth: SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET).")
