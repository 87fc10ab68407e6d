"""Stage 2a: hyphenated titles the tokenizer split ("ex", "-", "chairman") joined back into one word.

The parser reads "the ex-chairman of Boeing said" as three subjects and the speaker stage would take "ex" for the
description; one word "ex-chairman", with the children of its three parts, is the title as written.
"""
from __future__ import annotations

from bot.claims.columns import texts
from bot.claims.lexicon import TITLE_PREFIXES


def _title_word(doc, i: int) -> bool:
    """Is token i a listed prefix glued by a hyphen to the word after it ("ex-chairman"), all three outside any
    name or inside the same one?"""
    if i + 2 >= len(doc) or doc[i].lower_ not in TITLE_PREFIXES:
        return False
    prefix, dash, word = doc[i], doc[i + 1], doc[i + 2]
    return (dash.text == "-" and not prefix.whitespace_ and not dash.whitespace_ and word.is_alpha
            and prefix.ent_type_ == dash.ent_type_ == word.ent_type_ and "B" not in (dash.ent_iob_, word.ent_iob_))


def join_title_prefixes(doc) -> None:
    """Merge each "<prefix> - <word>" of a listed prefix (`TITLE_PREFIXES`) into one token, in place."""
    spans, end = [], 0
    for i, word in enumerate(texts(doc)):
        if i >= end and word.lower() in TITLE_PREFIXES and _title_word(doc, i):
            spans.append(doc[i:i + 3])
            end = i + 3  # "co-vice-chair": spans never overlap
    for span in spans:
        prefix, dash, word = span
        if not span.start <= word.head.i < span.end:
            # the word is the title's head: the joined word takes its place in the parse, not the prefix's
            # (the parser often hangs "co", "-" on the verb: "co - host Mika Brzezinski asked")
            prefix.head = dash.head = word
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
