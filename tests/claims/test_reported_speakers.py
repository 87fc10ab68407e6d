"""Right speaker or none on reported speech (issue 8, thirteenth round): classes found on PolNeAR's train split
among indirect claims we find with a wrong or no speaker. The sentences are invented; each case shows the trap,
its twin the same shape where the tempting answer is the right one.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from tests.claims.finding import speaker_of

# --------------------------------------------------------------------------- part of a group speaks, as written

@pytest.mark.parametrize("text, words, expected", [
    # trap: the quantifier ("some", "nine", "20 percent") heads the subject; the group after "of"/"in" is who spoke
    ("Some of Ruth Cole's longtime allies said they have come to accept the new tax.", "accept the new tax",
     "Some of Ruth Cole's longtime allies"),
    ("Nine in 10 Democratic registered voters say they think she could win a general election.",
     "could win a general election", "Nine in 10 Democratic registered voters"),
    ("Some 20 percent of people in a recent Harwick poll said they believe the mayor was born abroad.",
     "born abroad", "Some 20 percent of people in a recent Harwick poll"),
    ("Even some of Tom Reed's supporters have described the plan as a serious lapse in judgment.",
     "serious lapse", "some of Tom Reed's supporters"),
    ("Some in the \"Save Harwick\" crowd suggest the idea of a Cole presidency is unpalatable.", "unpalatable",
     'Some in the "Save Harwick" crowd'),
    ("Many in the Cole campaign say the race is over.", "race is over", "Many in the Cole campaign"),
    # twin: a plain group speaks as before
    ("The senators said they believe the tax is too high.", "tax is too high", "senators"),
])
def test_a_quantified_group_speaks_as_written(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text", [
    # a number of things is no one: no claim, and no speaker from it
    "One of her first power moves suggested the takeover would vindicate her reorganization.",
    "Some of the money said to be missing was found in a drawer.",
])
def test_part_of_a_group_of_things_is_no_speaker(text):
    assert not [c for c in extract_claims(text) if c.speaker and c.speaker.lower().startswith(("one", "some"))]


def test_a_name_the_tagger_runs_into_a_percentage_is_not_its_speaker():
    # trap: the tagger makes one name of "Mr. Reed - 60 percent"; those counted speak, not Reed
    text = ("Ms. Cole is seen as far more capable of dealing with the crisis than Mr. Reed - 60 percent of voters said "
            "Ms. Cole would be better at handling the issue.")
    assert speaker_of(text, "better at handling") == "60 percent of voters"


def test_twin_a_number_inside_the_claim_is_not_its_speaker():
    assert speaker_of("Sales rose 20 percent in 2015, the company said.", "Sales rose") == "company"


# --------------------------------------------------------------------------- a clause closed by ";" or ":"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs the clause before the semicolon or colon on the next reporting verb
    ("A strong majority of primary voters say they are paying attention to the campaign; 26 percent of Democrats "
     "say they have not been paying much attention.", "not been paying much attention", "26 percent of Democrats"),
    ("The doubt has had a cumulative effect: the senators said they believe the mayor lied.", "the mayor lied",
     "senators"),
    # a dash closes the clause before it the same way
    ("Ruth Cole counts herself among the voters who want change - only she thinks Tom Reed should lead it.",
     "Tom Reed should lead", "Ruth Cole"),
])
def test_a_clause_before_a_semicolon_is_not_the_next_verbs_claim(text, words, expected):
    assert speaker_of(text, words) == expected
    assert not [c for c in extract_claims(text) if c.speaker == expected and ("attention to the campaign" in c.quote
                                                                                or "cumulative effect" in c.quote
                                                                                or "counts herself" in c.quote)]


def test_twin_a_trailing_tag_after_a_comma_still_takes_the_clause():
    assert speaker_of("The plan will fail, Ruth Cole said.", "plan will fail") == "Ruth Cole"


# --------------------------------------------------------------------------- "they" of a counted group

def test_they_of_a_counted_group_is_not_the_last_group_that_spoke():
    text = ("The unions said the tax was unfair. In the survey, 29 percent (and 43 percent of farmers) said they "
            "believe the tax is a fraud.")
    assert speaker_of(text, "tax is a fraud") in (None, "29 percent")


def test_twin_they_after_a_group_that_spoke_is_that_group():
    text = "The unions said the tax was unfair. They say it will cost thousands of jobs."
    assert speaker_of(text, "cost thousands of jobs") == "unions"


# --------------------------------------------------------------------------- a speaker and his own group

@pytest.mark.parametrize("text, words, expected", [
    # trap: the first of two joined subjects is taken alone, so "She and her aides" became the woman alone
    ("Ruth Cole lost the vote. She and her aides have vowed to win back the public's trust.", "win back",
     "Ruth Cole and her aides"),
    ("Tom Reed spoke first. Early on, he and other Harwick challengers complained that the council had limited the "
     "debates.", "limited the debates", "Tom Reed and other Harwick challengers"),
])
def test_a_speaker_and_his_own_group_speak_together(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # twin: a second person or body joined to the speaker is no group of the speaker's: the first, as before
    ("Ruth Cole and the mayor said the tax was unfair.", "tax was unfair", "Ruth Cole"),
    ("Ruth Cole and Tom Reed said the tax was unfair.", "tax was unfair", "Ruth Cole"),
])
def test_twin_a_second_person_joined_is_not_the_speakers_group(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a surname the tagger took for a pronoun

@pytest.mark.parametrize("text, words, expected", [
    # trap: "O’Malley" with a curly apostrophe is tagged a pronoun, and a pronoun that is no "he" names no one
    ("Martin O’Malley spoke in Iowa. The plans were similar to those of O’Malley and Reed, although O’Malley "
     "frequently notes that he was the first to put out a platform.", "first to put out", "Martin O’Malley"),
    # twin: a real pronoun there is still resolved as a pronoun
    ("Martin O’Malley spoke in Iowa. The plans were similar to those of Reed, although he frequently notes that he "
     "was the first to put out a platform.", "first to put out", "Martin O’Malley"),
])
def test_a_surname_with_an_apostrophe_is_a_name(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a description given its name by a participle

@pytest.mark.parametrize("text, words, expected", [
    # trap: the description is the subject; the name the participle gives it is who spoke
    ("A man named Tom Reed said the plan would fail.", "plan would fail", "Tom Reed"),
    ("A woman, identified as Ann Lee by police, said the plan would fail.", "plan would fail", "Ann Lee"),
    # twin: a participle that names someone else gives the describer no name
    ("A man calling the mayor Tom Reed a liar said the plan would fail.", "plan would fail", "man"),
])
def test_a_description_named_by_a_participle_is_that_name(text, words, expected):
    assert speaker_of(text, words) == expected
