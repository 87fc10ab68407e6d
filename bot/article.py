"""The Article type: an article's text and what is known about where it came from."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from bot.urls import normalise_url


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, when known


def article_id(*, url: str | None = None, text: str = "") -> str:
    """Stable id: from the normalised URL when there is one (`bot.urls`), else from the whitespace-normalised text."""
    if url:
        basis = "url:" + normalise_url(url)
    else:
        basis = "text:" + re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATELINE = re.compile(
    rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*,?\s*)?(?:{_MONTHS}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS})[\s,]*\d{{0,4}}\s*$"
    r"|^\d{4}-\d{2}-\d{2}\b|^(?:by|updated|published|posted)\b",
    re.IGNORECASE,
)


_SENTENCE_END = re.compile(r"""[.][\"'\u201d\u2019)]*$""")


def guess_title(text: str) -> str | None:
    """The first short line of a pasted article that looks like a headline (skipping datelines and bylines).

    None when the article starts straight with its body: a long line, or a sentence of several words ending in
    a full stop (headlines have none)."""
    for line in text.splitlines()[:20]:
        line = line.strip()
        if not line or _DATELINE.search(line) or not re.search(r"[^\W\d_]", line):
            continue
        if len(line) > 200 or (_SENTENCE_END.search(line) and len(line.split()) >= 5):
            return None
        return line
    return None
