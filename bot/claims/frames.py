"""Stage 2b: per-document token facts the later stages share (built once, linear time).

`Frame` holds the parsed doc, the quote spans and, for each token, which quote it
sits in (-1 if none) and its paragraph, so no later stage re-scans text or tokens.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.claims.columns import column
from bot.claims.quotes import QuoteSpan, paragraphs

#: Token ranges up to this long are scanned where a rule asks what is in them; a longer one (only a run-on
#: "sentence" has them, and there each of thousands of cues would scan it again: quadratic time) is looked up in
#: an index of the document built on first need (`Frame.tokens_between`).
SCAN_LIMIT = 100


@dataclass(frozen=True)
class Frame:
    doc: object  # spacy.tokens.Doc
    text: str
    quotes: tuple[QuoteSpan, ...]
    tok_quote: tuple[int, ...]  # token index -> quote index or -1
    tok_para: tuple[int, ...]  # token index -> paragraph number
    tok_starts: tuple[int, ...]  # token index -> char offset
    para_bounds: tuple[tuple[int, int], ...]
    quote_starts: tuple[int, ...] = ()
    #: Capitalised words of the names the tagger marks as people or organisations anywhere in the text
    #: ("Sean Hannity"): a later "Hannity" the tagger left as a common noun is still known to be a name.
    name_words: frozenset[str] = frozenset()
    #: What `memo` built for this document, by key.
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def memo(self, key: str, build: Callable[[Frame], Any]) -> Any:
        """`build(self)`, built once per document (on first need) and kept by key."""
        got = self._memo.get(key)
        if got is None:
            got = self._memo[key] = build(self)
        return got

    @staticmethod
    def short(lo: int, hi: int) -> bool:
        """Is the token range [lo, hi) short enough to scan (`SCAN_LIMIT`)?"""
        return hi - lo <= SCAN_LIMIT

    def tokens_between(self, key: str, test: Callable[[Any], bool], lo: int, hi: int) -> list[int]:
        """Indices, ascending, of the tokens in [lo, hi) that pass `test`. A range longer than `SCAN_LIMIT` is
        looked up in the document's index of such tokens (built once per document and key) instead of scanned."""
        if self.short(lo, hi):
            doc = self.doc
            return [k for k in range(max(0, lo), hi) if test(doc[k])]
        idx = self.memo(key, lambda f: [t.i for t in f.doc if test(t)])
        return idx[bisect_left(idx, lo):bisect_left(idx, hi)]

    def any_between(self, key: str, test: Callable[[Any], bool], lo: int, hi: int) -> bool:
        """Is there a token in [lo, hi) that passes `test` (see `tokens_between`)?"""
        if self.short(lo, hi):
            doc = self.doc
            return any(test(doc[k]) for k in range(max(0, lo), hi))
        idx = self.memo(key, lambda f: [t.i for t in f.doc if test(t)])
        k = bisect_left(idx, lo)
        return k < len(idx) and idx[k] < hi

    def sentence_starts(self) -> list[int]:
        """The first token of each sentence, in order."""
        return self.memo("sentence starts", lambda f: [s.start for s in f.doc.sents])

    def sent_bounds(self, i: int) -> tuple[int, int]:
        """(start, end) of the sentence holding token i: `doc[i].sent`'s, without its walk over the sentence."""
        starts = self.sentence_starts()
        k = bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)

    def token_at(self, char: int) -> int:
        """Index of the token covering or preceding char offset `char`."""
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def in_quote(self, i: int) -> bool:
        return self.tok_quote[i] >= 0


def build_frame(doc, text: str, quotes: list[QuoteSpan]) -> Frame:
    starts = column(doc, "IDX")
    tok_quote = [-1] * len(starts)
    qi = 0
    for i, s in enumerate(starts):
        while qi < len(quotes) and quotes[qi].end <= s:
            qi += 1
        if qi < len(quotes) and quotes[qi].start <= s < quotes[qi].end:
            tok_quote[i] = qi
    paras = paragraphs(text)
    tok_para = [0] * len(starts)
    pi = 0
    for i, s in enumerate(starts):
        while pi + 1 < len(paras) and s >= paras[pi + 1][0]:
            pi += 1
        tok_para[i] = pi
    name_words = frozenset(t.text for e in doc.ents if e.label_ in ("PERSON", "ORG") for t in e if t.text[:1].isupper())
    return Frame(doc, text, tuple(quotes), tuple(tok_quote), tuple(tok_para), tuple(starts), tuple(paras),
                 tuple(q.start for q in quotes), name_words)
