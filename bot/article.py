"""The Article type: an article's text and what is known about where it came from."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date, when known


def article_id(*, url: str | None = None, text: str = "") -> str:
    """Stable id: from the URL when there is one, else from the whitespace-normalised text."""
    if url:
        basis = "url:" + url.strip()
    else:
        basis = "text:" + re.sub(r"\s+", " ", text).strip().lower()
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def guess_title(text: str) -> str | None:
    """The first short non-empty line of a pasted article, if it looks like a headline."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:200] if len(line) <= 200 else None
    return None
