"""Right speaker or none (issue 8, round 19): wrong speakers and missed claims found with invented war, conflict,
military and diplomacy news in wire style (Reuters, AP, AFP, BBC, Al Jazeera, Kyiv Independent, state media), each
class a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert claims, f"no claim containing {words!r}"
    return {c.speaker for c in claims}


# --------------------------------------------------------------------------- a capital taken for a person

@pytest.mark.parametrize("text, words, expected", [
    # trap: a capital the tagger took for a person's name is no "he" (words/place_names.txt)
    ('Sybiha said Kyiv was grateful for the support. "Our victory is your security," he said.', "Our victory",
     {"Sybiha"}),
    ('The army chief said Khartoum would respond. "We will not be intimidated," he said.', "not be intimidated",
     {"army chief"}),
    # a place that spoke is no "he" either
    ('Khartoum said the talks had failed. "It is over," he said.', "It is over", {None}),
    # twins: a person the capital's sentence names is still "he"; a one-word name that spoke is still "he"
    ('Foreign Minister Andrii Sybiha said Ukraine was grateful for the support. "Our victory is your security," he '
     'said.', "Our victory", {"Andrii Sybiha"}),
    ('Trump wrote: "We will win." Hours later, he added: "Big day."', "Big day", {"Trump"}),
    ('Michael Jordan said the team was ready. "We will win," he said.', "We will win", {"Michael Jordan"}),
])
def test_a_capital_is_no_person(text, words, expected):
    assert _speakers(text, words) == expected
