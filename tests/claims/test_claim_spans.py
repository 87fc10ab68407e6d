"""Claims that run over a change of speaker (issue 8, ninth round): a claim's content went on past the point
where another speaker's attribution begins, so the second speaker's words were given to the first. Each class
found on PolNeAR's train split is a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with

# --------------------------------------------------------------------------- "..., while Y suggests ..."

@pytest.mark.parametrize("text, words, speaker, ends", [
    # traps: a clause set against the first one ("while", "whereas", "as"), with its own subject and reporting
    # verb, is the second speaker's claim; the first one ends before it
    ("Ruth Cole accuses Tom Reed of misleading the tenants about the rent while Reed suggests the landlord is a "
     "captive of the banks.", "captive of the banks", "Tom Reed", "banks."),
    ("Ruth Cole accuses Tom Reed of misleading the tenants about the rent while Reed suggests the landlord is a "
     "captive of the banks.", "misleading the tenants", "Ruth Cole", "about the rent"),
    ("Sarah Miller said the council had made a good case for the plan, whereas Tom Reed argued that the "
     "tenants would pay for it in the end.", "tenants would pay", "Tom Reed", "in the end"),
    ("Sarah Miller said the council had made a good case for the plan, whereas Tom Reed argued that the "
     "tenants would pay for it in the end.", "a good case", "Sarah Miller", "for the plan"),
    # twins: a clause of contrast with no reporting verb is part of the claim, and so is one opening it
    ("Sarah Miller said the council had made a good case for the plan, while the tenants waited outside in "
     "the rain.", "a good case", "Sarah Miller", "in the rain"),
    ("Sarah Miller said that while the polls showed Tom Reed far behind, his support was higher than anyone "
     "expected.", "his support was higher", "Sarah Miller", "anyone expected"),
])
def test_a_clause_of_contrast_with_its_own_speaker_ends_the_claim_before_it(text, words, speaker, ends):
    claim = claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.quote.rstrip(".").endswith(ends.rstrip("."))


# --------------------------------------------------------------------------- "X praised ..., and won ..., according to Y"

@pytest.mark.parametrize("text, words, speaker, starts", [
    # traps: "according to" hangs on the last clause; the clause before it holds someone's own attribution
    # ("has praised", "as the Gazette reported"), which is not what the source of "according to" reports
    ("Ruth Cole has praised the new council for its work, and won more than 60 percent of the vote in the "
     "district, according to exit polls.", "60 percent", "exit polls", "won more than"),
    ("Ruth Cole has praised the new council for its work, and won more than 60 percent of the vote in the "
     "district, according to exit polls.", "the new council", "Ruth Cole", "the new council"),
    ("Tom Reed met the tenants on Sunday, as the Harwick Gazette reported on Tuesday, and he will help them "
     "prepare their case against the landlord, according to three people at the meeting.", "prepare their case",
     "three people at the meeting", "he will help"),
    # twins: with no attribution before it, the whole sentence is what the source reports
    ("Ruth Cole visited the new council on Monday, and won more than 60 percent of the vote in the district, "
     "according to exit polls.", "60 percent", "exit polls", "Ruth Cole visited"),
    ("Tom Reed met the tenants on Sunday at the town hall in Harwick, and he will help them prepare their case "
     "against the landlord, according to three people at the meeting.", "prepare their case",
     "three people at the meeting", "Tom Reed met"),
])
def test_according_to_reports_its_clause_not_an_attribution_before_it(text, words, speaker, starts):
    claim = claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.quote.startswith(starts)


# --------------------------------------------------------------------------- "..., a charge that Y denied"

@pytest.mark.parametrize("text, words, speaker, ends", [
    # traps: an aside closing the content is someone else's stance on it: an apposition with a relative
    # clause of its own subject, or a relative clause in brackets
    ("Tom Reed said the landlord had lied to the tenants about the rent, a charge that Ruth Cole strongly "
     "denied.", "lied to the tenants", "Tom Reed", "about the rent"),
    ("Ruth Cole proposed raising taxes on investment income (which Tom Reed also supports).", "raising taxes",
     "Ruth Cole", "investment income"),
    # twins: an apposition whose relative clause has no subject of its own, and a plain relative clause
    ("Tom Reed said the council had approved a new tax on rents, a plan that would cost tenants dearly.",
     "a new tax", "Tom Reed", "cost tenants dearly"),
    ("Tom Reed said the council had approved a new tax on rents, which the tenants had feared for years.",
     "a new tax", "Tom Reed", "feared for years"),
])
def test_an_aside_with_another_speakers_stance_ends_the_claim_before_it(text, words, speaker, ends):
    claim = claim_with(text, words)
    assert claim.speaker == speaker
    assert claim.quote.rstrip(".").endswith(ends)


# --------------------------------------------------------------------------- "... after a woman told him she worries ..."

@pytest.mark.parametrize("text, words, speaker, ends", [
    # traps: an "after" clause whose own verb reports a clause, with its own subject, is that speaker's claim; the
    # first claim ends before it
    ("Tom Reed is assuring voters he's tough enough to be president after a woman in Worcester, Massachusetts, told "
     'him she worries he\'s "too nice" to fend off his GOP rivals and world leaders like Ivan Petrov.', "too nice",
     "woman in Worcester, Massachusetts", "Ivan Petrov"),
    ("Ann Reed announced they were separated after the Harlow Post reported her husband had been sexting another "
     "woman.", "separated", "Ann Reed", "separated"),
    # twin: an event after which something happened, with no report of its own, is part of the claim
    ("Mayor Tom Reed said the email came hours after Ann Lee proposed a ban on new towers in the old town.",
     "email came", "Tom Reed", "old town"),
])
def test_a_report_after_which_a_claim_was_made_ends_the_claim_before_it(text, words, speaker, ends):
    claim = claim_with(text, words)
    assert claim.speaker == speaker and claim.quote.rstrip(".").endswith(ends)
