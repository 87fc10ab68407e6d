"""Right speaker or none (issue 8, round 14b): wrong speakers found with invented news paragraphs (politics,
government, sport, science and health), each class a case here with a negative twin. The sentences are invented
for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims

# --------------------------------------------------------------------------- "saying they showed "Q""


@pytest.mark.parametrize("text, words, expected", [
    # trap: quoted words after a verb of evidence inside someone's claim are that someone's, never the figures'
    ('According to the Office for National Statistics, inflation fell to 2.3% in April. Chancellor Rachel Reeves '
     'welcomed the figures, saying they showed "the plan is working".', "the plan is working", {"Rachel Reeves"}),
    ('The minister welcomed the report, saying it showed "we are on the right track".', "right track",
     {"minister"}),
    # twin: a name who told them the words inside the claim keeps their own claim
    ('Chancellor Rachel Reeves welcomed the figures, saying Tom Reed had told her: "The plan is working."',
     "The plan is working", {"Rachel Reeves", "Tom Reed"}),
])
def test_quoted_words_a_thing_bears_out_inside_a_claim_are_the_claimants(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected
