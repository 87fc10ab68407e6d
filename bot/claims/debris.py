"""Stage 2c: page debris: bylines, captions, adverts, share prompts and links to other stories.

Pasted web pages carry lines that are not the article's text ("Advertisement - story continues
below", "Pictured: ...", "By Jane Doe, Health Correspondent", "Read more: ..."). Names on those
lines are never speakers and quotes on them are never claims. The openings are data
(`words/debris_lines.txt`); a line counts only when it is short, so a real sentence that happens
to start with "Watch" or "Image" is kept.
"""
from __future__ import annotations

import re

from bot.claims.frames import Frame
from bot.claims.lexicon import read_words

#: Longest line (in words) that can be page furniture.
MAX_DEBRIS_WORDS = 25
#: Longest byline (in words): "By Priya Lanark, Health Correspondent".
MAX_BYLINE_WORDS = 9

_OPENINGS = tuple(sorted(read_words("debris_lines"), key=len, reverse=True))
_OPENING_RE = re.compile(r"[\s\"“”'‘’(\[]*(" + "|".join(re.escape(o) for o in _OPENINGS) + r")\b\s*(?:[:\-–—|]|$)",
                         re.IGNORECASE)
_BYLINE_RE = re.compile(r"\s*[Bb]y\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:[,|–—-]|and\b|$)")
_WORDS = re.compile(r"\w+")


#: An editor's note on the article itself ("This story has been updated to include …", "An earlier version of this
#: article misstated …"): the page's, no one's claim, whatever its length.
_EDITORS_NOTE_RE = re.compile(r"[\s\"“”'‘’(\[]*(?:this (?:story|article|post|piece|report) (?:has been|was) "
                              r"(?:updated|corrected|revised|amended)|an earlier version of this "
                              r"(?:story|article|post|piece|report))\b", re.IGNORECASE)


def is_debris_line(line: str) -> bool:
    """Is this line (a paragraph of the page) furniture rather than article text?"""
    words = _WORDS.findall(line)
    if words and _EDITORS_NOTE_RE.match(line):
        return True
    if not words or len(words) > MAX_DEBRIS_WORDS:
        return False
    if _OPENING_RE.match(line):
        return True
    if len(words) <= MAX_BYLINE_WORDS and _BYLINE_RE.match(line):
        return True
    return bool(re.search(r"\b(?:photograph|photo|picture|image)\s*:\s*\S", line, re.IGNORECASE)) and len(words) <= MAX_DEBRIS_WORDS


#: A dateline opening a paragraph: "WASHINGTON (AP) — ", "RENO, Nev. (AP) — ", "CLEVELAND — ",
#: "CLEVELAND, July 19 (UPI) — ", a press release's "BOSTON, March 4, 2026 /PRNewswire/ -- "; a place in title case
#: only with its agency: "New York (AFP) – ".
_DATELINE_RE = re.compile(r"(?m)^[ \t]*(?:([A-Z][A-Z.'’ -]{2,}[A-Z.])(?:,\s*[A-Z][\w.]*\.?(?: \d{1,2})?)*(?:,\s*\d{4})?"
                          r"\s*(?:\([\w. ]+\)|/[\w .-]+/)?"
                          r"|([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})(?:,\s*[A-Z][\w.]*\.?(?: \d{1,2})?)*\s*\([A-Z][A-Za-z]+\))"
                          r"\s*[—–-]+\s")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines: a place in capitals opening a paragraph is never a speaker."""
    return [(m.start(1) if m.group(1) else m.start(2), m.end()) for m in _DATELINE_RE.finditer(text)]


def debris_tokens(frame: Frame) -> frozenset[int]:
    """Token indices inside datelines."""
    out = set()
    for lo, hi in dateline_spans(frame.text):
        i = frame.token_at(lo)
        while i < len(frame.tok_starts) and frame.tok_starts[i] < hi:
            out.add(i)
            i += 1
    return frozenset(out)


def debris_line_tokens(frame: Frame, debris: frozenset[int]) -> frozenset[int]:
    """Token indices of debris lines inside a paragraph of several lines (text pasted with one line break between
    paragraphs: "Read more: Residents say ..." is a link, whatever article text is around it); `debris` are the
    paragraphs already found to be debris as a whole."""
    text, out = frame.text, set()
    for p, (lo, hi) in enumerate(frame.para_bounds):
        if p in debris or "\n" not in text[lo:hi].strip():
            continue
        start = lo
        for line in text[lo:hi].split("\n"):
            if is_debris_line(line):
                i = frame.token_at(start)
                while i < len(frame.tok_starts) and frame.tok_starts[i] < start + len(line):
                    if frame.tok_starts[i] >= start:
                        out.add(i)
                    i += 1
            start += len(line) + 1
    return frozenset(out)


def debris_paragraphs(frame: Frame) -> frozenset[int]:
    """Numbers of the paragraphs that are page debris."""
    text = frame.text
    return frozenset(p for p, (lo, hi) in enumerate(frame.para_bounds) if is_debris_line(text[lo:hi]))
