"""CLI commands: placeholder module, filled in by its owner."""
from __future__ import annotations

from bot.cli import main  # noqa: F401
