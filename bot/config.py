"""All configuration, read once at start-up from the environment and `.env`.

Nothing here runs at import time: call `load_settings()` from an entry point
and pass the resulting `Settings` down.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv


class ConfigError(Exception):
    """Configuration is missing or invalid; the message says which key and why."""


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _int(env: dict, key: str, default: int) -> int:
    raw = env.get(key)
    if raw in (None, ""):
        return default
    try:
        return int(raw)
    except ValueError as e:
        raise ConfigError(f"{key} must be an integer, got {raw!r}") from e


@dataclass(frozen=True)
class FetchSettings:
    timeout_s: float = 10.0
    max_bytes: int = 5_000_000
    allow_private: bool = False  # only for tests / local demos


@dataclass(frozen=True)
class Settings:
    db_path: str = "whosaid.db"
    log_level: str = "INFO"
    spacy_model: str | None = None
    fetch: FetchSettings = field(default_factory=FetchSettings)
    # Slack
    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str | None = None
    channels: frozenset[str] = frozenset()
    digest_channel: str | None = None
    digest_time: str = "18:00"
    digest_tz: str = "UTC"
    workers: int = 2

    def __repr__(self) -> str:  # never print secrets
        return f"Settings(db_path={self.db_path!r}, slack_api_url={self.slack_api_url!r}, ...)"


def load_settings(env: dict | None = None, *, dotenv_path: str | Path | None = ".env") -> Settings:
    """Read settings from `env` (default: the process environment after loading `.env`)."""
    if env is None:
        if dotenv_path and Path(dotenv_path).exists():
            load_dotenv(dotenv_path, override=False)
        env = dict(os.environ)
    channels = frozenset(c.strip() for c in env.get("WHOSAID_CHANNELS", "").split(",") if c.strip())
    return Settings(
        db_path=env.get("WHOSAID_DB") or "whosaid.db",
        log_level=env.get("LOG_LEVEL") or "INFO",
        spacy_model=env.get("SPACY_MODEL") or None,
        fetch=FetchSettings(
            timeout_s=float(env.get("FETCH_TIMEOUT") or 10.0),
            max_bytes=_int(env, "FETCH_MAX_BYTES", 5_000_000),
            allow_private=_bool(env.get("FETCH_ALLOW_PRIVATE")),
        ),
        slack_bot_token=env.get("SLACK_BOT_TOKEN") or None,
        slack_app_token=env.get("SLACK_APP_TOKEN") or None,
        slack_signing_secret=env.get("SLACK_SIGNING_SECRET") or None,
        slack_api_url=env.get("SLACK_API_URL") or None,
        channels=channels,
        digest_channel=env.get("DIGEST_CHANNEL") or None,
        digest_time=env.get("DIGEST_TIME") or "18:00",
        digest_tz=env.get("DIGEST_TZ") or "UTC",
        workers=_int(env, "WHOSAID_WORKERS", 2),
    )
