"""Right speaker or none (issue 8, round 21): wrong speakers and missed claims found with invented labour and union
news (strikes, pay talks, union leaders and employers in one article), agriculture, food and rural news (farmers, the
NFU, Defra, food recalls) and tech policy, AI regulation, privacy and space news (regulators, company blog posts,
NASA), each class a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _quotes(text: str) -> list[str]:
    return [c.quote for c in extract_claims(text)]


# --------------------------------------------------------------------------- `"We did it!" the union's president said`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a short quotation (fewer than four words) is spoken, not a term, when only the speaker's noun phrase
    # stands between it and the reporting verb after it, however long that phrase is
    ('"We did it!" the union\'s president, Fran Drescher, said in a statement.', "We did it", "Fran Drescher"),
    ('"It is shameful," the union\'s general secretary, Sharon Graham, said.', "It is shameful", "Sharon Graham"),
    ('"Absolutely not," a spokesperson for the company said.', "Absolutely not", "spokesperson for the company"),
    ('"We did it!" the union\'s president said.', "We did it", "union's president"),
])
def test_a_short_quotation_before_its_speakers_phrase_is_spoken(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: a short quotation inside a clause with a verb of its own stays a term of that clause, never a claim of
    # its own
    ('He called the offer "an insult," the union\'s president said.', "an insult"),
    ('The "Fight for Fifteen" campaign, the union said, had won.', "Fight for Fifteen"),
])
def test_a_short_quotation_inside_a_clause_is_no_claim_of_its_own(text, words):
    assert not any(c.quote.strip(' ,"') == words for c in extract_claims(text))
