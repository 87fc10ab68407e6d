"""Bounded extraction for very long texts: the engine run on paragraph-aligned pieces, one at a time.

`extract_claims` parses a whole text into one spaCy Doc; for a 900 KB article that Doc and the stages'
structures take gigabytes. `extract_claims_bounded` cuts the raw text at paragraph boundaries (else line,
else sentence-ish, else space) into pieces of at most `piece_chars`, runs the engine on each in turn
(so only one piece's Doc is alive), shifts each piece's offsets back into the whole text, and afterwards
gives a bare surname the fullest form of that name found in another piece ("Bennett" → "Bruce Bennett").

A `deadline` (time.monotonic() value) is checked between pieces: past it, `TimeUp` is raised, so the time
spent beyond the limit is at most one piece's worth. Texts no longer than one piece go straight to the engine.
"""
from __future__ import annotations

import time
from dataclasses import replace

from bot.claims.engine import extract_claims
from bot.claims.model import Claim

#: Largest piece given to the engine at once. ~8,000 words: far more than a news article, small enough
#: that one piece's parse stays well under 800 MB.
PIECE_CHARS = 50_000


class TimeUp(Exception):
    """The deadline passed before every piece was read."""

    def __init__(self, done_chars: int, total_chars: int):
        super().__init__(f"stopped after {done_chars:,} of {total_chars:,} characters")
        self.done_chars = done_chars
        self.total_chars = total_chars


def split_pieces(text: str, piece_chars: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text` in order, each at most `piece_chars` long, cut at the best boundary."""
    out: list[tuple[int, str]] = []
    pos = 0
    while len(text) - pos > piece_chars:
        lim = pos + piece_chars
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            cut = text.rfind(sep, pos + piece_chars // 4, lim)
            if cut > pos:
                cut += len(sep)
                break
        if cut <= pos:
            cut = lim
        out.append((pos, text[pos:cut]))
        pos = cut
    out.append((pos, text[pos:]))
    return out


def extract_claims_bounded(text: str, *, deadline: float | None = None,
                           piece_chars: int = PIECE_CHARS) -> list[Claim]:
    """Like `extract_claims(text)` (same offsets into `text`), in bounded memory; `TimeUp` past `deadline`."""
    pieces = split_pieces(text, piece_chars)
    if len(pieces) == 1:
        return extract_claims(text)
    claims: list[Claim] = []
    for offset, piece in pieces:
        if deadline is not None and time.monotonic() > deadline:
            raise TimeUp(offset, len(text))
        for c in extract_claims(piece):
            claims.append(replace(c, start=c.start + offset, end=c.end + offset))
    return _fullest_names(claims)


def _fullest_names(claims: list[Claim]) -> list[Claim]:
    """A one-word person name that is the surname of exactly one longer name elsewhere gets that name."""
    full: dict[str, set[str]] = {}
    for c in claims:
        if c.speaker and c.speaker_kind == "person" and " " in c.speaker:
            full.setdefault(c.speaker.rsplit(" ", 1)[-1], set()).add(c.speaker)
    out = []
    for c in claims:
        names = full.get(c.speaker or "") if c.speaker and " " not in c.speaker else None
        if names and len(names) == 1:
            c = replace(c, speaker=next(iter(names)), speaker_kind="person")
        out.append(c)
    return out
