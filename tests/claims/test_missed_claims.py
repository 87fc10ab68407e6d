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
