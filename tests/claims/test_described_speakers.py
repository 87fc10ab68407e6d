"""Described speakers (issue 8, eleventh round): the right speaker or the article's own words, never a wrong name.
Each class of wrong speaker found on PolNeAR's train split, as invented cases with a negative twin: the trap, where
the engine took a fragment of the description or someone else's name, and the twin, the same shape where the text
gives the evidence for a name.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with

# --------------------------------------------------------------------------- a hyphenated title is one word

JOBS = "Kestrel Air cut 300 jobs on Monday. "


@pytest.mark.parametrize("text, description", [
    # trap: the tokenizer splits "ex-chairman" into "ex", "-", "chairman"; the speaker was "ex"
    (JOBS + '"The airline has lost its way," said the ex-chairman of Kestrel Air.', "the ex-chairman of Kestrel Air"),
    # trap: after the quote the parser hangs the title on the quoted verb; the speaker was the airline
    (JOBS + '"The airline has lost its way," the ex-chairman of Kestrel Air said.', "the ex-chairman of Kestrel Air"),
    (JOBS + "The ex-chairman of Kestrel Air said the airline had lost its way.", "The ex-chairman of Kestrel Air"),
    # trap: a founder holds no office that speaks for the airline
    (JOBS + '"The airline has lost its way," said the co-founder of Kestrel Air.', "the co-founder of Kestrel Air"),
    (JOBS + '"The airline has lost its way," said a non-executive director.', "a non-executive director"),
])
def test_a_hyphenated_title_is_the_whole_description(text, description):
    claim = claim_with(text, "lost its way")
    assert claim.mention == description
    assert claim.speaker == description.split(" ", 1)[1]  # as written, without its article


@pytest.mark.parametrize("text, speaker, mention", [
    # twin: an office in the airline speaks for it, hyphen or not
    (JOBS + '"The airline will recover," said the vice-chairman of Kestrel Air.', "Kestrel Air",
     "the vice-chairman of Kestrel Air"),
    (JOBS + '"The airline will recover," said the vice chairman of Kestrel Air.', "Kestrel Air",
     "the vice chairman of Kestrel Air"),
    # twin: a hyphenated title before a name is that person's
    (JOBS + '"The airline will recover," said Harlow Radio co-host Ann Dole.', "Ann Dole",
     "Harlow Radio co-host Ann Dole"),
])
def test_twin_a_hyphenated_title_of_an_office_or_before_a_name(text, speaker, mention):
    claim = claim_with(text, "will recover")
    assert (claim.speaker, claim.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    # trap: the name nearest a verb the parser left without a subject completes a description before it
    ('Harlow voted on Monday. "We do not have freedom of opinion anymore," tweeted a user from Harlow.',
     "user from Harlow"),
    # twin: a spokesman's words are his organisation's
    ('Harlow voted on Monday. "We do not have freedom of opinion anymore," tweeted a spokesman for Kestrel Air.',
     "Kestrel Air"),
])
def test_a_name_completing_a_description_is_not_the_speaker(text, speaker):
    assert claim_with(text, "freedom of opinion").speaker == speaker
