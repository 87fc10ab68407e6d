"""Long token ranges (a run-on "sentence" with thousands of cues) are looked up in per-document indexes
(`bot.claims.frames.SCAN_LIMIT`) instead of scanned for each cue: both ways must give the same claims."""
from __future__ import annotations

import pytest

from bot.claims import extract_claims, frames
from bot.claims.nlp import get_nlp


@pytest.fixture(scope="module", autouse=True)
def nlp():
    return get_nlp()  # load spaCy once for the module


def _claims(text: str) -> list[dict]:
    return [c.to_dict() for c in extract_claims(text)]


# each text reaches a rule that asks what lies in a token range: a spaced dash before the subject, a clause of
# contrast (`while X suggested ...`), an aside closing the content (`a charge that ... denied`), brackets around
# `according to`, a request not to be named, and the sentence around a cue
@pytest.mark.parametrize("text", [
    "In the letter - addressed to the U.S. attorney, Channing D. Phillips - the Utah Republican asks that the "
    "inquiry be reopened.",
    "Ann Cole accused Tom Reed of a smear while Reed suggested that the party had lied about the vote.",
    'Tom Reed said the vote was "rigged," a charge that party leaders denied on Monday.',
    "Tom Reed cites the jobs figure (the actual number is 15 percent, according to the state office) in "
    "every speech.",
    "One resident, who asked not to be named, said the water had been brown for a week.",
    "Many of the closures, he said, have involved small farms, and Ann Cole, the mayor, said the plan would fail.",
    "Officials spoke today and " + ", ".join(f"{n} said the plan would {v}" for n, v in
                                             [("Smith", "fail"), ("Jones", "work"), ("Brown", "wait")] * 20) + ".",
])
def test_index_lookups_give_the_same_claims_as_scans(text, monkeypatch):
    scanned = _claims(text)
    monkeypatch.setattr(frames, "SCAN_LIMIT", -1)  # every range looked up in the indexes
    assert _claims(text) == scanned
    monkeypatch.setattr(frames, "SCAN_LIMIT", 10**9)  # every range scanned
    assert _claims(text) == scanned
    assert scanned
