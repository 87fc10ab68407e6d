"""The claim-extraction engine: who said what, from raw article text.

Pure functions over text: no Slack, no database, nothing else from the project.
"""
from __future__ import annotations

from bot.claims.model import CLAIM_KINDS, SPEAKER_KINDS, Claim, Span

__all__ = ["CLAIM_KINDS", "SPEAKER_KINDS", "Claim", "Span", "extract_claims", "extract_many"]


def extract_claims(text: str) -> list[Claim]:  # pragma: no cover - replaced by the engine
    raise NotImplementedError


def extract_many(texts):  # pragma: no cover - replaced by the engine
    raise NotImplementedError
