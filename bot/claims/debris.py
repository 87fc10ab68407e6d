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
from bot.claims.lexicon import read_words, reporting_base
from bot.claims.quotes import CAPS_LABEL, QA_LABEL

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


#: The same in capitals with accents ("SÃO PAULO — ", "BOGOTÁ — "), which the parser still reads (the text it parses
#: is blanked only at the datelines above): never a speaker all the same.
_ACCENTED_DATELINE_RE = re.compile(r"(?m)^[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ -]{2,}[A-ZÀ-ÖØ-Þ.])(?:,\s*[A-Z][\w.]*\.?(?: \d{1,2})?)*"
                                   r"\s*(?:\([\w. ]+\))?\s*[—–-]+\s")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of datelines: a place in capitals opening a paragraph is never a speaker."""
    return [(m.start(1) if m.group(1) else m.start(2), m.end()) for m in _DATELINE_RE.finditer(text)]


#: Words of a transcript's turn, never of a news story's narration outside quotation marks.
_TALKING_PRONOUNS = frozenset({"i", "we", "you", "me", "us", "my", "our", "your"})
#: The day a news story's opening sentence tells ("Actor Shah Rukh Khan on Saturday thanked fans").
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


def colon_dateline_tokens(frame: Frame) -> frozenset[int]:
    """Token indices of a dateline in capitals before a colon (`CHENNAI: Tamil Nadu BJP president K. Annamalai on
    Monday accused …`): a place, never a speaker whose turn the paragraph is. It opens one of the first two paragraphs,
    neither paragraph beside it opens with such a label (a transcript's turns come one after another), the tagger
    took no word of it for a person nor is it a person's surname in the text (`WALLACE:` after "Chris Wallace"), and
    what follows it narrates: a reporting verb or a weekday outside quotation marks (whatever the parser made the
    verb's subject: it often takes the dateline for it), and no "I", "we" or "you" of a turn's own words there."""
    return frame.memo("colon_dateline", _colon_dateline_tokens)


def _colon_dateline_tokens(frame: Frame) -> frozenset[int]:
    text, doc = frame.text, frame.doc
    for pno, (lo, hi) in enumerate(frame.para_bounds[:2]):
        m = CAPS_LABEL.match(text, lo, hi)
        if m is None:
            continue
        if any(CAPS_LABEL.match(text, a, b) or QA_LABEL.match(text, a, b)
               for k, (a, b) in enumerate(frame.para_bounds) if abs(k - pno) == 1):
            return frozenset()
        first, last = frame.token_at(m.start(1)), frame.token_at(m.end(1) - 1)
        label = doc[first:last + 1]
        words = {t.lower_ for t in label if t.is_alpha}
        if any(t.ent_type_ == "PERSON" for t in label) or any(
                e.label_ == "PERSON" and e[-1].lower_ in words for e in doc.ents):
            return frozenset()
        end = frame.token_at(hi - 1) if hi > m.end() else last
        told = [t for t in doc[last + 1:end + 1] if frame.tok_quote[t.i] < 0]
        if any(t.lower_ in _TALKING_PRONOUNS for t in told):
            return frozenset()  # a turn's own words ("I think …", "Do you …")
        if any(t.pos_ in ("VERB", "AUX") and reporting_base(t.text) or t.text in _WEEKDAYS for t in told):
            return frozenset(range(first, last + 2))  # the colon too
        return frozenset()
    return frozenset()


def debris_tokens(frame: Frame) -> frozenset[int]:
    """Token indices inside datelines."""
    out = set(colon_dateline_tokens(frame))
    accented = [(m.start(1), m.end()) for m in _ACCENTED_DATELINE_RE.finditer(frame.text)
                if any(ch > "\x7f" for ch in m.group(1))]
    for lo, hi in dateline_spans(frame.text) + accented:
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
