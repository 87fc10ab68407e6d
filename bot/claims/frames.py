"""Stage 2b: per-document token facts the later stages share (built once, linear time).

`Frame` holds the parsed doc, the quote spans and, for each token, which quote it
sits in (-1 if none) and its paragraph, so no later stage re-scans text or tokens.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from bot.claims.quotes import QuoteSpan, paragraphs


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

    def token_at(self, char: int) -> int:
        """Index of the token covering or preceding char offset `char`."""
        return max(0, bisect_right(self.tok_starts, char) - 1)

    def in_quote(self, i: int) -> bool:
        return self.tok_quote[i] >= 0


def build_frame(doc, text: str, quotes: list[QuoteSpan]) -> Frame:
    starts = [t.idx for t in doc]
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
