"""Stage 6b: roles that read well: balanced quote marks, no repeated name, a title, not a topic.

A role comes from an apposition or a title before the name ("Bennett, a senior researcher at
Rand"); the parse sometimes hands over half a quoted name (`head of research at CNI's "Think
Tank`), the name itself, or what the person talked about ("US and North Korea summit").
"""
from __future__ import annotations

import re
from dataclasses import replace

from bot.claims.lexicon import HONORIFIC_STEMS, word_set
from bot.claims.resolve import Resolved
from bot.claims.validate import MAX_SPEAKER_WORDS, NON_AGENTS, head_word

TOPIC_NOUNS = word_set("topic_nouns")
_QUOTE_MARKS = "\"“”„«»"
_SINGLE_MARKS = "‘’"
_WORD = re.compile(r"[^\W_][\w'’.-]*")
# a straight single quote opening a word ("Web site '38 North") or closing one ("'38 North'"); an apostrophe
# inside a word ("CNI's", "O'Brien") is neither
_OPENING_SINGLE = re.compile(r"(?<![\w'])'(?=\w)")
_CLOSING_SINGLE = re.compile(r"(?<=\w)'(?![\w'])")


def _balanced(text: str) -> str:
    doubles = sum(text.count(c) for c in _QUOTE_MARKS)
    if doubles % 2:
        text = "".join(c for c in text if c not in _QUOTE_MARKS)
    if text.count("‘") != text.count("’") and text.count("‘"):
        text = text.replace("‘", "")
    if _OPENING_SINGLE.search(text) and not _CLOSING_SINGLE.search(text):
        text = _OPENING_SINGLE.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip(" ,;:-–—")


def clean_role(role: str | None, name: str | None) -> str | None:
    """The role as shown beside `name`, or None when it is not a role."""
    if not role:
        return None
    role = _balanced(role)
    words = _WORD.findall(role)
    if not words or len(words) > MAX_SPEAKER_WORDS or all(w.isdigit() or w.lower() in ("then", "now", "aged")
                                                           for w in words):
        return None  # (an age is no role: "67", "then 44")
    low = {w.lower().rstrip(".") for w in words}
    name_words = {w.lower() for w in _WORD.findall(name or "")}
    if name_words and (low <= name_words | HONORIFIC_STEMS or name and name.lower() in role.lower()):
        return None  # the name again ("Bennett", "Mr Bennett"), or a role that repeats it
    head = head_word(role)
    if head in TOPIC_NOUNS or head in NON_AGENTS:
        return None
    return role


def clean_resolved(r: Resolved) -> Resolved:
    """The speaker's role cleaned as above, and its words with quote marks balanced (a description cut inside a
    quoted name: "founder of the Web site '38 North")."""
    name = _balanced(r.name) if r.name else r.name
    role = clean_role(r.role, name)
    return r if (name, role) == (r.name, r.role) else replace(r, name=name or r.name, role=role)
