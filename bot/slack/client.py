"""Construction of the Slack Web API client, with bounded retries.

- `SLACK_API_URL` (when set) becomes the client's `base_url`, so the whole app
  can be pointed at a local stand-in of the Web API.
- HTTP 429 is retried after the server's `Retry-After` (capped, so a huge
  Retry-After fails fast instead of freezing a worker for an hour).
- 5xx answers and connection errors are retried with exponential back-off,
  a bounded number of times; after that the call raises and the caller
  (a worker) records the failure.
"""
from __future__ import annotations

import logging
from typing import Any, Optional

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry import (
    BackoffRetryIntervalCalculator,
    ConnectionErrorRetryHandler,
    HttpRequest,
    HttpResponse,
    RateLimitErrorRetryHandler,
    RetryHandler,
    RetryState,
)

from bot.config import ConfigError, Settings

log = logging.getLogger(__name__)

MAX_RETRY_AFTER_S = 60
SERVER_ERROR_STATUSES = frozenset({500, 502, 503, 504})


def _retry_after(response: HttpResponse) -> Optional[float]:
    for k, v in response.headers.items():
        if k.lower() == "retry-after":
            try:
                return float(v[0] if isinstance(v, (list, tuple)) else v)
            except (TypeError, ValueError, IndexError):
                return None
    return None


class CappedRateLimitRetryHandler(RateLimitErrorRetryHandler):
    """Retries a 429 after Retry-After, unless Slack asks us to wait longer than `max_wait_s`."""

    def __init__(self, max_retry_count: int = 3, max_wait_s: float = MAX_RETRY_AFTER_S):
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait_s = max_wait_s

    def _can_retry(self, *, state: RetryState, request: HttpRequest,
                   response: Optional[HttpResponse] = None, error: Optional[Exception] = None) -> bool:
        if response is None or response.status_code != 429:
            return False
        wait = _retry_after(response)
        if wait is not None and wait > self.max_wait_s:
            log.warning("Slack asked us to wait %ss before retrying; giving up on this call", wait)
            return False
        return True


class ServerErrorRetryHandler(RetryHandler):
    """Retries 500/502/503/504 answers with exponential back-off, at most `max_retry_count` times."""

    def _can_retry(self, *, state: RetryState, request: HttpRequest,
                   response: Optional[HttpResponse] = None, error: Optional[Exception] = None) -> bool:
        return response is not None and response.status_code in SERVER_ERROR_STATUSES


def retry_handlers(max_retries: int = 3, *, backoff_factor: float = 0.5) -> list[RetryHandler]:
    backoff = BackoffRetryIntervalCalculator(backoff_factor=backoff_factor)
    return [
        ConnectionErrorRetryHandler(max_retry_count=max_retries, interval_calculator=backoff),
        CappedRateLimitRetryHandler(max_retry_count=max_retries),
        ServerErrorRetryHandler(max_retry_count=max_retries, interval_calculator=backoff),
    ]


def make_client(settings: Settings, *, token: str | None = None, timeout: int | None = None,
                backoff_factor: float = 0.5) -> WebClient:
    """A WebClient for the bot token, pointed at SLACK_API_URL when set, with bounded retries."""
    kwargs = {}
    if settings.api_base_url:
        kwargs["base_url"] = settings.api_base_url
    return WebClient(
        token=token or settings.slack_bot_token,
        timeout=timeout or settings.slack_timeout_s,
        retry_handlers=retry_handlers(settings.slack_max_retries, backoff_factor=backoff_factor),
        logger=logging.getLogger("whosaid.slack_sdk"),
        **kwargs,
    )


def slack_error(e: Exception) -> str:
    """A short description of a Web API error, safe to log and store (no tokens, no bodies)."""
    resp = getattr(e, "response", None)
    if resp is not None:
        try:
            code = resp.get("error")
            status = getattr(resp, "status_code", None)
            return f"{code or 'error'} (HTTP {status})"
        except Exception:  # noqa: BLE001 - an odd response object: fall back to the type below
            pass
    return f"{type(e).__name__}: {str(e)[:200]}"


def react(client, channel: str, ts: str, name: str, *, remove: bool = False) -> None:
    """Add (or remove) a reaction, best effort: a missing reaction is never worth failing work over."""
    if client is None:
        return
    call = client.reactions_remove if remove else client.reactions_add
    try:
        call(channel=channel, timestamp=ts, name=name)
    except Exception as e:  # noqa: BLE001 - logged; the reply itself is what matters
        log.info("reactions.%s %s on %s failed: %s", "remove" if remove else "add", name, ts, slack_error(e))


def make_quick_client(client: Any) -> Any:
    """Same endpoint and token as `client`, but no retries and a short timeout (for calls before the ack)."""
    try:
        if not isinstance(client, WebClient):
            return client
        return WebClient(token=client.token, base_url=client.base_url, timeout=2, retry_handlers=[],
                         logger=logging.getLogger("whosaid.slack_sdk"))
    except Exception:  # noqa: BLE001  # pragma: no cover
        return client


def check_token(client: WebClient) -> dict:
    """auth.test, turning a rejected token into a clear ConfigError."""
    try:
        resp = client.auth_test()
    except SlackApiError as e:
        code = e.response.get("error") if e.response is not None else "error"
        raise ConfigError(f"Slack rejected SLACK_BOT_TOKEN ({code}). Copy the Bot User OAuth Token (xoxb-...) "
                          "from OAuth & Permissions and reinstall the app if you changed its scopes.") from None
    except Exception as e:  # noqa: BLE001 - connection refused, DNS...
        where = client.base_url
        raise ConfigError(f"Could not reach the Slack Web API at {where}: {type(e).__name__}.") from None
    return resp.data if hasattr(resp, "data") else dict(resp)
