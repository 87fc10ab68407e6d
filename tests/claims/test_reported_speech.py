"""Reported speech given the wrong speaker (issue 8, ninth round): each class of error found on indirect
claims of PolNeAR's train split, as cases with a negative twin. The sentences are invented for these
tests; a case shows the trap, its twin the same shape where the engine's answer must not change.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import speaker_of

# --------------------------------------------------------------------------- a bare plural speaks for no one named

@pytest.mark.parametrize("text, words, expected", [
    # trap: "Officials" with no word before them are no place's; "Reports" are papers in general, not the
    # organisation named in the sentence before
    ("Floods hit Portugal again on Monday. Officials said the dam would hold through the week.", "dam would hold",
     "Officials"),
    ("Kestrel Motors released its quarterly figures on Monday. Reports indicate the merger with Dunmore will "
     "close in March.", "merger with Dunmore", "Reports"),
    # twin: "the reports" point back to the organisation just named (bare "Officials" after an organisation
    # are still its own: test_wrong_names)
    ("Kestrel Motors released its quarterly figures on Monday. The reports indicate the merger with Dunmore "
     "will close in March.", "merger with Dunmore", "Kestrel Motors"),
    ("Floods hit Portugal again on Monday. The government said the dam would hold through the week.",
     "dam would hold", "government"),
])
def test_a_bare_plural_is_not_the_place_or_organisation_last_named(text, words, expected):
    assert speaker_of(text, words) == expected
