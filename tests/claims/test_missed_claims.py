"""Indirect claims missed or cut short (issue 8, thirteenth round): classes of gold claims of PolNeAR's train
split that the engine left out, as cases with a negative twin. The sentences are invented for these tests; a case
shows the trap, its twin the same shape where the engine's answer must not change.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with

# --------------------------------------------------------------------------- "A, X said, B": the claim runs on

@pytest.mark.parametrize("text, words, expected", [
    # trap: the content goes on after its attribution; the words after it are part of the claim
    ("The proposal would be helped, Devine said, by the coming primary calendar.", "proposal",
     "The proposal would be helped by the coming primary calendar"),
    ("Ms. Lane also had two interviews, federal officials said, the first by a consular officer in Lahore and the "
     "second by an immigration officer.", "two interviews",
     "Ms. Lane also had two interviews the first by a consular officer in Lahore and the second by an immigration "
     "officer"),
    # twin: what follows is the speaker's next act, when or where they spoke, or someone else's clause
    ("The bridge will be finished in May, the mayor said, adding that the budget was tight.", "bridge",
     "The bridge will be finished in May"),
    ("Ruth Cole won the Ohio primary, the Associated Press declared on Thursday, two days after voters went to the "
     "polls.", "Ohio primary", "Ruth Cole won the Ohio primary"),
    ("The plant will close next year, Cole said, in an interview with the Herald.", "plant",
     "The plant will close next year"),
    ("The plant will close next year, Cole said, and the union has promised to fight it.", "plant",
     "The plant will close next year"),
])
def test_a_claim_runs_on_after_its_attribution(text, words, expected):
    assert claim_with(text, words).quote == expected


# --------------------------------------------------------------------------- a content's subject hung on "said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes the content's subject the verb's object ("said about half ... reflected"), leaving a
    # complement with no subject: the claim starts right after the verb
    ("The budget office said about half of the higher adjustment in its projections reflected revenue losses from "
     "the tax cuts.", "revenue losses",
     "about half of the higher adjustment in its projections reflected revenue losses from the tax cuts"),
    # twin: the one spoken to, or when, stays out of the claim
    ("The mayor assured hesitant donors that she was committed to the race.", "committed",
     "she was committed to the race"),
    ("The mayor told reporters the bridge would open in May.", "bridge", "the bridge would open in May"),
    ("The mayor said on Tuesday the bridge would open in May.", "bridge", "the bridge would open in May"),
])
def test_a_content_subject_hung_on_the_verb_starts_the_claim(text, words, expected):
    assert claim_with(text, words).quote == expected
