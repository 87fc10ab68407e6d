"""Stage 2a: find quoted spans in (cleaned) text from the quotation marks alone.

Works paragraph by paragraph. Double marks (straight or curly, guillemets, low-9)
open top-level quotations; single marks open a top-level quotation only where no
double quotation is open (headline style: `Haugen: 'We will fly'`) and must be
closed in the same paragraph (otherwise they are apostrophes or noise). A double
quotation still open at the end of its paragraph ends there (`closed=False`):
either a multi-paragraph quote (the next paragraph opens again) or a missing mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
_PARA_RE = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n|\u2029")
_LINE_RE = re.compile(r"\r?\n")
#: A label in capitals: up to three words ("WALLACE", "NEW DELHI").
_CAPS_WORDS = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2}"
#: A label in capitals before a colon opening a paragraph: a transcript's turn (`WALLACE: Do you …`) or a dateline as
#: Indian and other Asian papers write it (`NEW DELHI: The Supreme Court on Monday said …`).
CAPS_LABEL = re.compile(r"[ \t\"“”]*(" + _CAPS_WORDS + r"):[ \t]+(?=\S)")
#: A Q&A's question or answer opening a paragraph (`Q: …`, `A: …`).
QA_LABEL = re.compile(r"[ \t]*([QA]):[ \t]+(?=\S)")
#: A line break before a transcript's turn (`TAPPER: …`, `A: …`): a paragraph of its own even without a blank line.
_TURN_RE = re.compile(_PARA_RE.pattern + r"|\r?\n(?=[ \t]*(?:[QA]|" + _CAPS_WORDS + r"):[ \t]+\S)")
_MARK_RE = re.compile("''|[\"'“”„«»‘’‚‹›]")  # '' (two apostrophes) is a double mark in some archives
_OPEN_BEFORE = set(" \t\n\r([{—–-/:;\u00a0") | set(DOUBLE_OPEN) | set(SINGLE_OPEN) | {'"', "'"}


@dataclass(frozen=True)
class QuoteSpan:
    """A quotation: `start`/`end` include the marks; `inner_*` is the text between them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    para: int  # paragraph number
    single: bool = False  # delimited by single marks


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: blank-line separated, and a transcript's turn (`Q: …`, `TAPPER: …`) on a line of
    its own; in a text with no blank line at all (an article pasted with one line break between paragraphs), each
    line. (The parse starts a sentence at every line break either way: bot.claims.nlp.)"""
    out, pos = [], 0
    for m in (_TURN_RE if _PARA_RE.search(text) else _LINE_RE).finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_opening(text: str, i: int, lo: int, width: int = 1) -> bool:
    """Is the ambiguous straight mark at i opening (by its neighbours)?"""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < len(text) else " "
    if before in _OPEN_BEFORE and not after.isspace():
        return True
    return False


def find_quotes(text: str) -> list[QuoteSpan]:
    spans: list[QuoteSpan] = []
    for pno, (lo, hi) in enumerate(paragraphs(text)):
        spans.extend(_scan_paragraph(text, lo, hi, pno))
    return spans


def _scan_paragraph(text: str, lo: int, hi: int, pno: int) -> list[QuoteSpan]:
    out: list[QuoteSpan] = []
    dopen: int | None = None  # position of the open double mark
    sopen: int | None = None  # position of an open top-level single mark
    owidth = 1  # width of the open double mark
    for m in _MARK_RE.finditer(text, lo, hi):
        i = m.start()
        width = m.end() - i
        ch = '"' if width == 2 else text[i]
        if ch == '"' or ch in DOUBLE_OPEN or ch in DOUBLE_CLOSE:
            if dopen is None:
                if ch == "”" and _is_opening(text, i, lo) and (i == lo or text[i - 1] in "\n"
                                                              or text[i + 1:i + 2].isalnum()):
                    ch = "“"  # a closing mark typed at the start of a line or of a word: an opening one
                if ch in DOUBLE_CLOSE:
                    # a stray closing mark: a quote whose opening mark was lost (start of paragraph)
                    if ch == "”" and sopen is None and i - lo > 0 and not out:
                        out.append(QuoteSpan(lo, i + 1, lo, i, True, pno))
                    continue
                if ch == '"' and not _is_opening(text, i, lo, width):
                    # a straight mark that looks closing with nothing open: same as a stray close
                    if sopen is None and not out and i - lo > 0 and width == 1:
                        out.append(QuoteSpan(lo, i + 1, lo, i, True, pno))
                    continue
                sopen = None  # a double quote overrides a dangling single mark
                dopen = i
                owidth = width
            else:
                if ch in DOUBLE_OPEN and text[i - 1:i].isspace() is False and ch != "«":
                    continue
                if ch == '"' and _is_opening(text, i, lo, width) and not text[i - 1:i] in ",.!?;:—–-)":
                    # looks like an opening mark: the previous quote lost its closing mark
                    if _looks_unclosed(text, dopen, i):
                        out.append(QuoteSpan(dopen, _rstrip(text, dopen, i), dopen + owidth, _rstrip(text, dopen, i), False, pno))
                        dopen = i
                        owidth = width
                        continue
                out.append(QuoteSpan(dopen, i + width, dopen + owidth, i, True, pno))
                dopen = None
        else:  # single marks
            if dopen is not None:
                continue  # nested quotation: part of the outer quote
            if sopen is None:
                opening = ch in SINGLE_OPEN or (ch == "'" and _is_opening(text, i, lo))
                if opening and (i == lo or not text[i - 1].isalnum()):
                    sopen = i
                continue
            # candidate closing single mark: must not be an apostrophe inside a word
            after = text[i + 1] if i + 1 < hi else " "
            before = text[i - 1]
            if after.isalnum() or before.isspace():
                if ch in SINGLE_OPEN or (ch == "'" and before.isspace()):
                    sopen = i  # restart: the earlier mark was an apostrophe or noise
                continue
            if before == "s" and ch in "'’" and after in " ," and _word_before(text, i).lower() in _PLURALS_OK:
                continue
            out.append(QuoteSpan(sopen, i + 1, sopen + 1, i, True, pno, single=True))
            sopen = None
    if dopen is not None:
        end = _rstrip(text, dopen, hi)
        if end > dopen + owidth:
            out.append(QuoteSpan(dopen, end, dopen + owidth, end, False, pno))
    return [q for q in out if q.inner_end > q.inner_start]


_PLURALS_OK: frozenset[str] = frozenset()


def _word_before(text: str, i: int) -> str:
    j = i
    while j > 0 and text[j - 1].isalnum():
        j -= 1
    return text[j:i]


def _looks_unclosed(text: str, start: int, i: int) -> bool:
    """Between an open mark at `start` and another opening-looking mark at i: did a sentence end?"""
    seg = text[start + 1:i].rstrip()
    return len(seg) > 0 and seg[-1] in ".!?"


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo + 1 and text[hi - 1].isspace():
        hi -= 1
    return hi
