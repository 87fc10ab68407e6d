"""Errors that carry a short, friendly message meant for the person who asked."""
from __future__ import annotations


class WhosaidError(Exception):
    """Base class: `user_message` is safe to show in Slack or the CLI."""

    def __init__(self, user_message: str, *, detail: str | None = None):
        super().__init__(detail or user_message)
        self.user_message = user_message
        self.detail = detail

    def __reduce__(self):  # keep user_message when crossing a process boundary
        return (_rebuild, (type(self), self.user_message, self.detail))


def _rebuild(cls, user_message, detail):
    return cls(user_message, detail=detail)


class FetchError(WhosaidError):
    """A link could not be fetched or had no article text."""


class UnsupportedInputError(WhosaidError):
    """The input is not something we can read (empty, not English, binary...)."""


class ConfigError(WhosaidError):
    """Configuration is missing or invalid; the message says which key and why.

    The `whosaid` CLI shows it (like every WhosaidError) as a one-line
    "Error: ..." with no traceback, and exits with status 2 (`bot.cli.base`).
    """


class TooLongError(UnsupportedInputError):
    """Reading the article took longer than the per-article time limit."""
