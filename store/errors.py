"""Errors raised by the store."""
from __future__ import annotations

from bot.errors import WhosaidError


class StoreError(WhosaidError):
    """Something went wrong with the database."""


class StoreBusyError(StoreError):
    """Another process held the database lock for longer than busy_timeout."""


class SpeakerNotFound(StoreError):
    """A speaker named by the user does not exist (or is ambiguous)."""


class NoDatabaseError(StoreError):
    """A read-only open found no database (read commands never create one)."""
