"""Offset maps of the cleaning stage: from any offset in cleaned text back to the raw text.

Cleaning (`bot.claims.clean`) runs as a few passes. Each pass turns its input string into an
output string by a sorted list of non-overlapping edits (input[a:b] -> replacement);
everything between edits is copied verbatim. A pass's edits are kept as four parallel lists
(`PassMap`), so mapping an output offset back to its input is a bisect. `Cleaned.to_raw`
walks the passes backwards. Linear in the input size; no per-character arrays are kept.

Inside a replaced region whose replacement has a different length, offsets map to the start
of the raw region (or to its end, for the end of a span), so a span never cuts a replacement
in half in the raw text.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

# --------------------------------------------------------------------------- offset maps


class PassMap:
    """The edits of one pass, as parallel sorted lists (input and output coordinates)."""

    __slots__ = ("in_starts", "in_ends", "out_starts", "out_ends")

    def __init__(self) -> None:
        self.in_starts: list[int] = []
        self.in_ends: list[int] = []
        self.out_starts: list[int] = []
        self.out_ends: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.in_starts)

    def start(self, p: int) -> int:
        """Input offset of output offset `p` (the position where output char p comes from)."""
        k = bisect_right(self.out_starts, p) - 1
        if k < 0:
            return p
        os_, oe = self.out_starts[k], self.out_ends[k]
        is_, ie = self.in_starts[k], self.in_ends[k]
        if p < oe:
            if oe - os_ == ie - is_:  # same-length replacement: map char for char
                return is_ + (p - os_)
            return is_
        return ie + (p - oe)

    def end(self, p: int) -> int:
        """Input offset of output offset `p` used as the exclusive end of a span."""
        k = bisect_left(self.out_starts, p) - 1
        if k < 0:
            return p
        os_, oe = self.out_starts[k], self.out_ends[k]
        is_, ie = self.in_starts[k], self.in_ends[k]
        if p <= oe:
            if oe - os_ == ie - is_:
                return is_ + (p - os_)
            return ie
        return ie + (p - oe)


class EditBuilder:
    """Builds a pass's output from its input and a stream of sorted edits."""

    def __init__(self, src: str) -> None:
        self.src = src
        self.parts: list[str] = []
        self.pos = 0  # next input offset not yet emitted
        self.out_len = 0
        self.map = PassMap()

    def edit(self, a: int, b: int, repl: str) -> None:
        """Replace src[a:b] with repl; edits must come in order and not overlap."""
        if a < self.pos or b < a:  # out of order / overlapping: ignore, never corrupt the map
            return
        if self.src[a:b] == repl:
            return
        if a > self.pos:
            self.parts.append(self.src[self.pos:a])
            self.out_len += a - self.pos
        m = self.map
        # merge with the previous edit when adjacent, so the map stays unambiguous
        if m.in_ends and m.in_ends[-1] == a and m.out_ends[-1] == self.out_len:
            m.in_ends[-1] = b
            m.out_ends[-1] = self.out_len + len(repl)
        else:
            m.in_starts.append(a)
            m.in_ends.append(b)
            m.out_starts.append(self.out_len)
            m.out_ends.append(self.out_len + len(repl))
        self.parts.append(repl)
        self.out_len += len(repl)
        self.pos = b

    def finish(self) -> tuple[str, PassMap]:
        if not self.map:
            return self.src, self.map
        if self.pos < len(self.src):
            self.parts.append(self.src[self.pos:])
        return "".join(self.parts), self.map


Edits = Iterable[tuple[int, int, str]]


def regex_pass(text: str, pattern: re.Pattern[str], edits_for: Callable[[re.Match[str]], Edits]) -> tuple[str, PassMap]:
    b = EditBuilder(text)
    for m in pattern.finditer(text):
        for a, e, r in edits_for(m):
            b.edit(a, e, r)
    return b.finish()


# --------------------------------------------------------------------------- result type


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text plus the map back to the raw text it came from."""

    raw: str
    text: str
    _maps: tuple[PassMap, ...] = field(default=(), repr=False, compare=False)

    def to_raw(self, i: int) -> int:
        """Offset in `text` (0..len(text) inclusive) -> offset in `raw`; monotonic."""
        p = min(max(int(i), 0), len(self.text))
        for m in reversed(self._maps):
            p = m.start(p)
        return min(max(p, 0), len(self.raw))

    def _to_raw_end(self, i: int) -> int:
        p = min(max(int(i), 0), len(self.text))
        for m in reversed(self._maps):
            p = m.end(p)
        return min(max(p, 0), len(self.raw))

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Span in `text` -> the span of `raw` it came from (covers whole replaced regions)."""
        rs = self.to_raw(start)
        if end <= start:
            return rs, rs
        return rs, max(rs, self._to_raw_end(end))
