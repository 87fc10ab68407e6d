"""Finding one claim in the engine's output, for the tests of this folder."""
from __future__ import annotations

from bot.claims import Claim, extract_claims


def claim_with(text: str, words: str) -> Claim:
    """The first claim in `text` whose quote contains `words` (the test fails if there is none)."""
    claims = extract_claims(text)
    hits = [c for c in claims if words in c.quote]
    assert hits, f"no claim containing {words!r} in {[c.quote for c in claims]}"
    return hits[0]


def speaker_of(text: str, words: str) -> str | None:
    return claim_with(text, words).speaker
