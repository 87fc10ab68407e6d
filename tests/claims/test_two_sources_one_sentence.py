"""Right speaker or none (issue 8, round 22): one sentence that reports two things from two sources, joined by
"while", "but" or "whereas" (`A, KING-TV reported, while B, the Chicago Sun-Times reported.`). Each source reported
its own clause: the second never takes the first's clause and attribution as its content. Each class a case here
with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _claims(text: str) -> dict[str, str | None]:
    return {c.quote: c.speaker for c in extract_claims(text)}


@pytest.mark.parametrize("text, expected", [
    # trap: the second source's content was the whole sentence before it, first source and all
    ("In Seattle, marchers honoured the victims with white roses held aloft, KING-TV reported, while in Chicago the "
     "parade began with a moment of silence, the Chicago Sun-Times reported.",
     {"In Seattle, marchers honoured the victims with white roses held aloft": "KING-TV",
      "in Chicago the parade began with a moment of silence": "Chicago Sun-Times"}),
    ("Turnout was high in the north, officials said, but in the south many polling stations were empty, the BBC "
     "reported.",
     {"Turnout was high in the north": "officials", "in the south many polling stations were empty": "BBC"}),
    ("The mayor will resign at the end of the month, the Herald reported, while the council will meet on Friday to "
     "choose a successor, the Gazette said.",
     {"The mayor will resign at the end of the month": "Herald",
      "the council will meet on Friday to choose a successor": "Gazette"}),
    ("Prices rose 3% in May, the ONS said, while average weekly wages rose by 2% over the same period, according to "
     "the Bank of England.",
     {"Prices rose 3% in May": "ONS", "average weekly wages rose by 2% over the same period": "Bank of England"}),
])
def test_two_sources_each_report_their_own_clause(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize("text, words, expected", [
    # twin: one source reporting both clauses keeps the whole sentence, join and all
    ("Turnout was high in the north but many polling stations in the south were empty, the BBC reported.",
     "many polling stations in the south were empty", "BBC"),
    ("The mayor will resign, while the council will meet on Friday to choose a successor, the Gazette said.",
     "The mayor will resign", "Gazette"),
])
def test_one_source_keeps_both_clauses(text, words, expected):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert [c.speaker for c in claims] == [expected]
