"""claims.mention (migration 0006): the article's words for the speaker are stored and exported."""
from __future__ import annotations

import io
import json
from dataclasses import replace

from tests.store.conftest import ALL, article, claim


def test_mention_is_stored_and_exported_beside_the_resolved_speaker(store):
    a = article("mention test")
    store.record_article(a)
    store.save_claims(a.id, [replace(claim("Hillary Clinton", "We will win this state"), mention="Mrs. Clinton"),
                             claim("Bruce Bennett", "No comment")])
    buf = io.StringIO()
    store.export("json", buf, viewer=ALL)
    rows = json.loads(buf.getvalue())
    assert [(r["speaker"], r["mention"]) for r in rows] == [("Hillary Clinton", "Mrs. Clinton"), ("Bruce Bennett", None)]
