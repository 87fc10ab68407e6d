"""Missed claims (issue 8, round 22): a relative clause that reports (`a levy on flights, which he said would add
€9 to a fare`): what the speaker said is the words after the reporting verb, the relative word its subject. The parse
put the verb inside its own content, and the claim was passed over. Each class a case here with a negative twin. The
sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


@pytest.mark.parametrize("text, quote, expected", [
    # trap: no claim was found
    ('Donald Trump spoke in Detroit on Monday. He cited "Obama-Clinton" policies, which he said had harmed the '
     'economy.', "had harmed the economy", "Donald Trump"),
    ("The council approved a new car park, which residents say will bring more traffic to the village.",
     "will bring more traffic to the village", "residents"),
    ("Ann Cole signed the new rules, which she said would protect tenants from sudden evictions.",
     "would protect tenants from sudden evictions", "Ann Cole"),
])
def test_a_relative_clause_that_reports_is_a_claim(text, quote, expected):
    assert [(c.quote, c.speaker) for c in extract_claims(text) if c.quote == quote] == [(quote, expected)]


@pytest.mark.parametrize("text, words", [
    # twin: "who" opening a question put to someone is no relative clause that reports
    ("After the host asked the conservative who he thought would win the presidency, he laughed.", "would win"),
    ("Each week, we ask 30 political insiders who they think is the strongest candidate in the field.",
     "strongest candidate"),
])
def test_who_in_a_question_is_no_report(text, words):
    assert not [c for c in extract_claims(text) if words in c.quote]


@pytest.mark.parametrize("text, words, expected", [
    # trap: "he" inside the relative clause on a person named just before ("Sanders, who …") is that person, never
    # the one the sentence before was about
    ("Senator Chuck Schumer was clear: his party could not suffer a single defection.\n\nThe holdout was Senator "
     "Bernie Sanders, who did not like provisions in the bill that he said would displace American workers.",
     "displace American workers", "Bernie Sanders"),
    # twin: a pronoun of the other gender is someone else's
    ("Tom Reed spoke first.\n\nThe holdout was Ann Lee, who did not like provisions that he said would hurt workers.",
     "hurt workers", "Tom Reed"),
])
def test_a_pronoun_in_a_persons_relative_clause_is_that_person(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote and c.mention == "he"} == {expected}
