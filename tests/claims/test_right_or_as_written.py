"""The right speaker, or the article's own words for them: never a wrong name (issue 8, fourth round).

Each class of error found on PolNeAR's train split, as cases with a negative twin. The sentences are
invented for these tests; a case shows the trap, its twin the same shape where the tempting answer is
the right one.
"""
from __future__ import annotations

import pytest

from bot.claims.validate import speaker_problem
from tests.claims.finding import speaker_of

# --------------------------------------------------------------------------- a place's people stay whole

@pytest.mark.parametrize("text, words, expected", [
    # trap: the place before the people's noun is no speaker, and its abbreviation's point is no end
    ("The bridge talks stalled on Monday. U.S. officials said the crossing would reopen by spring.",
     "crossing would reopen", "U.S. officials"),
    ("A U.S. customs official said the cargo had been seized at the port.", "cargo had been seized",
     "U.S. customs official"),
    ("Ohio election officials said the recount would take another week.", "recount would take",
     "Ohio election officials"),
    # twin: an organisation's people speak for it
    ("Interpol officials said the warrant had been withdrawn.", "warrant had been withdrawn", "Interpol"),
])
def test_the_people_of_a_place_are_the_group_as_written(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a trailing attribution's own subject

@pytest.mark.parametrize("text, words, expected", [
    # trap: the content opens with a clause of another subject; the name trailing it before the verb speaks
    ('Marsh cannot say that "from her side," Reed added, saying it should be "up to the board to decide or not."',
     "up to the board", "Reed"),
    # trap: the content ends with a name, which the tagger runs into the speaker's
    ("The endorsement went to Marsh, Wilkins said on Monday.", "endorsement went", "Wilkins"),
    ("My pick changed from Bush to Rubio to, lately, Cruz, Wilkin said in his speech.", "My pick changed",
     "Wilkin"),
    # twin: a name with its suffix after a comma is one name
    ("The endorsement went to the mayor, Tom Reed Jr. said on Monday.", "endorsement went", "Tom Reed Jr"),
    # twin: two names joined by "and" before the verb both speak; a tag after the name is no second name
    ("Marsh and Reed said the tender was unfair.", "tender was unfair", "Marsh and Reed"),
    ("Tom Reed, R-Ohio, said the tender was unfair.", "tender was unfair", "Tom Reed"),
])
def test_the_subject_of_a_trailing_attribution_speaks_not_a_name_in_the_content(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a headline is no name

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger runs a title-cased headline into the name the body calls the speaker by
    ("Ada Marsh Promises Action On Housing In First Year.\n\nCandidate Ada Marsh promised on Monday to act on "
     "housing. Marsh said rents had doubled in five years.", "rents had doubled", "Ada Marsh"),
    ("Tom Reed Pledges Support For Farmers.\n\nReed said the drought had cost farmers dearly.", "drought had cost",
     "Tom Reed"),
    ("Harbor Trust Takes Aim At Developers As Rents Rise.\n\nTrust director Tom Reed said the rents had doubled. "
     "The trust said it would sue.", "it would sue", "Harbor Trust"),
    # twin: a headline that does not run into the name leaves it whole
    ("Budget Rules Face Fight As Council Meets.\n\nThe Harbor Council said the budget was balanced.",
     "budget was balanced", "Harbor Council"),
])
def test_a_headline_run_into_a_name_is_not_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("name, fragment", [
    ("Obama Administration To Expand Program", True),  # a headline's "To"
    ("Washington Post Assembles A Sizable Army", True),
    ("Alliance to Reclaim Our Schools", False),  # a name writes its small words in lower case
    ("BANK AS A SERVICE GROUP", False),  # or all in capitals
    ("Ada Marsh", False),
])
def test_a_capitalised_small_word_marks_a_headline_fragment(name, fragment):
    assert (speaker_problem(name, "organisation") == "headline fragment") is fragment


# --------------------------------------------------------------------------- a document speaks for its plain owner

@pytest.mark.parametrize("text, words, expected", [
    # trap: the owner is the subject of the verb that issued the document, in a form the old rule did not read
    ('Candidate Ada Marsh is releasing a new 30-second ad that urges voters to back the bridge. The ad says '
     '"nothing will change until we vote."', "nothing will change", "Ada Marsh"),
    ("The Harbor Trust will air an ad during the debate. The group is also running full-page ads in two papers. "
     "The ads ask the candidates to protect the pier.", "protect the pier", "Harbor Trust"),
    ('His campaign sent out a text message to supporters saying: "We won tonight."', "We won tonight",
     "His campaign"),
    ('An email was sent from the club director, Tom Reed, to members. The email said, "We are closing."',
     "We are closing", "Tom Reed"),
    ('Ada Marsh emailed supporters on Monday. The email goes on to say: "We need your help."', "need your help",
     "Ada Marsh"),
    # twin: a document whose owner the text does not give stays as written; one that names its owner is theirs
    ('The ad says "nothing will change until we vote."', "nothing will change", "ad"),
    ("Tom Reed reported on the plan in May. The plan failed, according to an NBC report.", "plan failed", "NBC"),
])
def test_a_document_is_its_owners_when_the_text_names_the_owner_plainly(text, words, expected):
    assert speaker_of(text, words) == expected
