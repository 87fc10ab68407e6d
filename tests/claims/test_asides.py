"""Asides the parser puts in the wrong place (issue 8, round 20): a name in apposition after an opening "according to"
phrase, and the subject after an opening "In a letter to X,". The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with, speaker_of


@pytest.mark.parametrize("text, words, speaker, quote", [
    # trap: the name set between commas after an opening "according to" phrase is the one vouching, and no part of
    # what is vouched for
    ("According to Smith's lawyer, Jane Doe, the charges are baseless.", "charges", "Jane Doe",
     "the charges are baseless"),
    ("According to Jane Doe, Smith's lawyer, the charges are baseless.", "charges", "Jane Doe",
     "the charges are baseless"),
    ("According to the club's chairman, Tom Hayes, the stadium will be ready by August.", "stadium", "Tom Hayes",
     "the stadium will be ready by August"),
    # trap: a "the" description of the source the parser made the subject of the clause, which has its own subject
    ("According to Hopper, the booking app, fares to Europe are 12% higher than last year.", "fares", "Hopper",
     "fares to Europe are 12% higher than last year"),
    ("According to the CDC, the agency that tracks outbreaks, cases rose 10% last week.", "cases", "CDC",
     "cases rose 10% last week"),
    # twins: with no apposition the phrase's own noun vouches; an "according to" inside a sentence vouches for it;
    # a subject with a relative clause set between commas is the content's own
    ("According to Smith, the plan, which was drafted in May, will cost $4 billion.", "plan", "Smith",
     "the plan, which was drafted in May, will cost $4 billion"),
    ("According to the club's chairman, the stadium will be ready by August.", "stadium", "club's chairman",
     "the stadium will be ready by August"),
    ("G4S receives, according to one report, $234 million in contracts from DHS, but not without controversy.",
     "234 million", "one report", None),
])
def test_a_name_in_apposition_after_according_to_vouches(text, words, speaker, quote):
    c = claim_with(text, words)
    assert c.speaker == speaker
    if quote is not None:
        assert c.quote == quote


@pytest.mark.parametrize("text, words, expected", [
    # trap: the one a letter or an email went to, named in an opening phrase, is not the one who wrote it
    ("In a letter to Senator Mike Lee, the Justice Department said the documents would be released.", "documents",
     "Justice Department"),
    # twins: the opening phrase's own writer, and a subject the parser found, speak
    ("In an email to Jane Fraser, the regulator's chief, John Reed, said the bank had failed.", "bank had failed",
     "John Reed"),
    ("In a letter to the committee, the Justice Department said the documents would be released.", "documents",
     "Justice Department"),
    ("In an email to staff, chief executive Jane Fraser said the bank would cut 2,000 jobs.", "cut 2,000",
     "Jane Fraser"),
])
def test_the_addressee_of_an_opening_phrase_is_not_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: "who" right after a common noun stands for it (or for the name that noun is in apposition to)
    ('"There is not a whole lot you can do," said a former official who oversaw the inquiry and described the affair '
     'as "a lesser set of circumstances."', "lesser set", "former official"),
    ("Cruz mocked Rubio's stance, echoing some far-right commentators who have suggested that Rubio is more willing "
     "to present himself as a pragmatist in Spanish.", "pragmatist", "far-right commentators"),
    ('Matt Braynard, a data strategist who writes fiction, describes one story as "a cooking contest where the loser '
     'is the main course."', "cooking contest", "Matt Braynard"),
    # twins: after a comma the parser may hang "who" on the wrong noun: no one (words/non_speaking_things.txt: a
    # camera never speaks); a name before "who" speaks
    ('"Let everybody go to the refuge," Bundy says to Santilli on camera, who responds: "Okay, we will go there '
     'now."', "we will go", None),
    ('Loretta Lynch, who told Congress the inquiry was closed, declined to comment.', "inquiry was closed",
     "Loretta Lynch"),
])
def test_who_after_a_common_noun_stands_for_it(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hung the name between a quotation and its verb on a quoted word, as its apposition
    ("''They were professionals, but also competitors,'' William M. Daley, President Obama's former chief of staff, "
     "said of their time in the administration.", "competitors", "William M. Daley"),
    ('"They were professionals, but also competitors," William Daley, Obama\'s former chief of staff, said of their '
     'time in the administration.', "competitors", "William Daley"),
    # twin: a name the parser made the subject speaks as before
    ('"They were rivals," Daley said of the two men.', "rivals", "Daley"),
])
def test_a_name_hung_on_a_quoted_word_speaks(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: an age after a name is no role; a description after it is
    ('"I have lost everything," said Jenny Lowe, 67.', "lost everything", None),
    ("Carly Fiorina, then 44, said the merger would go ahead.", "merger", None),
    ('"It was chaos," said Jack Trewin, 27, a fisherman from Looe.', "chaos", "fisherman from Looe"),
    # twin: a role that is no number stays
    ("Jenny Lowe, a retired teacher, said the street had flooded twice.", "flooded", "retired teacher"),
])
def test_an_age_is_no_role(text, words, expected):
    assert claim_with(text, words).role == expected
