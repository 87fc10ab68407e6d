"""Data types of the claim-extraction engine."""
from __future__ import annotations

from dataclasses import asdict, dataclass

SPEAKER_KINDS = ("person", "organisation", "group", "unknown")
CLAIM_KINDS = ("direct", "indirect", "mixed")


@dataclass(frozen=True)
class Span:
    """A piece of the input text: `text == input[start:end]`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    """One quote or reported claim and who it is attributed to.

    `start`/`end` are character offsets of the quote in the text given to
    `extract_claims` (the raw input, before any cleaning). `speaker` is the resolved name
    (what replies and queries show); `mention` is how the article refers to the speaker at
    this claim ("Mrs. Clinton", "the tycoon-turned reality TV star", "he"), None when the
    claim carries no words of its own for its speaker.
    """

    speaker: str | None  # canonical name, fullest form in the article ("Bruce Bennett"); None if unknown
    speaker_kind: str  # one of SPEAKER_KINDS
    role: str | None  # "senior researcher at the Rand Institute"
    quote: str  # the quoted or reported content
    kind: str  # one of CLAIM_KINDS
    via: str | None  # channel: "Twitter", "Reuters", "a statement"
    start: int
    end: int
    cue: str | None = None  # the reporting verb or phrase ("said", "according to")
    mention: str | None = None  # the article's words for the speaker at this claim ("the senator", "he")

    def to_dict(self) -> dict:
        return asdict(self)
