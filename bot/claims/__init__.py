"""The claim-extraction engine: who said what, from raw article text.

Pure functions over text: no Slack, no database, nothing else from the project.
Stages (one module each): clean -> quotes -> frames -> cues (and content) ->
speakers -> resolve; `engine` strings them together.
"""
from __future__ import annotations

from bot.claims.engine import extract_claims, extract_many
from bot.claims.model import CLAIM_KINDS, SPEAKER_KINDS, Claim, Span

__all__ = ["CLAIM_KINDS", "SPEAKER_KINDS", "Claim", "Span", "extract_claims", "extract_many"]
