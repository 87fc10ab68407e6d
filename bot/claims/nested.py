"""Stage 3c: a quotation nested in another, introduced inside it by someone named.

`"Then I remembered what Mateo told me before the match: 'If she gives you a short ball, punish
it.' So that's what I did," she said.` — the inner quotation is Mateo's words, relayed by the outer
speaker. `find_quotes` keeps it inside the outer quotation (whose claim stays the outer speaker's);
this stage finds it as a claim of its own when a reporting verb inside the outer quotation, whose
subject is a name, introduces it after a comma or colon ("Yannis said, '...'", "what Mateo told me:
'...'"). With a pronoun or "I" as that subject it adds nothing: the outer claim already holds the words.
"""
from __future__ import annotations

from bot.claims.cues import MIN_DIRECT_WORDS, WORD, Attribution, is_verb, subject_of
from bot.claims.frames import Frame
from bot.claims.lexicon import reporting_base
from bot.claims.quotes import QuoteSpan
from bot.claims.speakers import is_name_word

#: Opening and closing single marks of a quotation inside a double-quoted one.
_OPEN = "‘'"
_CLOSE = "’'"
#: The reporting verb stands at most this many tokens before the nested quotation's opening mark.
MAX_CUE_DISTANCE = 10
#: A nested quotation longer than this many characters is more likely a stray apostrophe's pairing.
MAX_NESTED_CHARS = 600


def nested_quotes(frame: Frame, q: QuoteSpan) -> list[Attribution]:
    """Attributions of the quotations nested in the double-quoted `q` whose speaker is named inside it."""
    if q.single:
        return []
    text = frame.text
    out = []
    i = q.inner_start
    while True:
        i = _next_open(text, i, q.inner_end)
        if i < 0:
            return out
        end = _close(text, i + 1, q.inner_end)
        if end < 0:
            return out
        att = _attribution(frame, i, end)
        if att is not None:
            out.append(att)
        i = end + 1


def _next_open(text: str, lo: int, hi: int) -> int:
    for i in range(lo, hi - 1):
        if text[i] in _OPEN and (i == lo or not text[i - 1].isalnum()) and not text[i + 1].isspace():
            return i
    return -1


def _close(text: str, lo: int, hi: int) -> int:
    """The closing mark of a nested quotation opened before `lo`: a single mark with no letter after it."""
    for i in range(lo, min(hi, lo + MAX_NESTED_CHARS)):
        if text[i] in _CLOSE and not text[i - 1].isspace() and (i + 1 >= len(text) or not text[i + 1].isalnum()):
            return i
    return -1


def _attribution(frame: Frame, open_i: int, close_i: int) -> Attribution | None:
    text = frame.text
    if len(WORD.findall(text[open_i + 1:close_i])) < MIN_DIRECT_WORDS:
        return None
    before = text[:open_i].rstrip()
    if not before or before[-1] not in ",:":
        return None
    doc = frame.doc
    mark = frame.token_at(len(before) - 1)
    for k in range(mark - 1, max(-1, mark - 1 - MAX_CUE_DISTANCE), -1):
        t = doc[k]
        if t.is_sent_start and k < mark - 1 or t.text in ".!?":
            break
        if is_verb(t) and reporting_base(t.text):
            subj = subject_of(t, None)
            if subj is None or not _named(frame, doc[subj]):
                return None
            return Attribution("direct", open_i + 1, close_i, k, t.text, subj)
    return None


def _named(frame: Frame, tok) -> bool:
    """A name: a proper noun or a word of a name the article uses ("Yannis", "Mateo")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG") or is_name_word(frame, tok)
