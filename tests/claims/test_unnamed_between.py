"""A pronoun after an unnamed speaker of no gender (issue 8, round 20): "A neighbour said …. "…," she added." may be the
neighbour as much as a woman named before, so no name is guessed. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import speaker_of


@pytest.mark.parametrize("text, words, expected", [
    # trap: one described by a noun of no gender (a neighbour, a witness, a delegate) spoke between: no guess
    ('His mother, Janet Cole, said her son was "a good boy". A neighbour said he had seen nothing.\n\n'
     '"It is terrible," she added.', "terrible", None),
    ('Janet Cole said her son was "a good boy". A witness told the BBC he had seen nothing. "It is terrible," she '
     'said.', "terrible", None),
    ('Donald Trump spoke on Monday. One California delegate said he had tried to give away passes. "Not even one '
     'taker," he said.', "taker", None),
    # twins: a noun with a gender is that one; a group is no "she"; a reporter asking is not the one who answers
    ('Janet Cole said her son was "a good boy". A woman who lives nearby said he had seen nothing. "It is terrible," '
     'she said.', "terrible", "woman"),
    ('Janet Cole said her son was "a good boy". Neighbours said he had seen nothing. "It is terrible," she said.',
     "terrible", "Janet Cole"),
    ('Bernie Sanders toured the state. A reporter asked Sanders how he was feeling. He replied: "The bigger the '
     'turnout, the better I feel."', "turnout", "Bernie Sanders"),
])
def test_a_pronoun_after_an_unnamed_speaker_of_no_gender_names_no_one(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: an unnamed one who asked, the subject of the sentence before, is not the "he" who answers
    ('The judge asked the defendant whether he understood. "I do," he replied.', "I do", None),
    # twins: a described subject who asked nothing goes on; the one asked answers; a "she" put the question to stays
    # no one's
    ('The presenter asked the minister whether she would resign. "Never," she replied.', "Never", None),
    ('The judge looked at the defendant. "You have shown no remorse," he said.', "no remorse", "judge"),
    ('The senator was asked by a reporter whether he would run. "No," he said.', "No", "senator"),
])
def test_an_unnamed_asker_is_not_the_one_who_answers(text, words, expected):
    assert speaker_of(text, words) == expected
