"""Missed speakers (issue 8, eighth round): quotations whose speaker the article names, but where the engine gave
none. Each class of miss found on PolNeAR's train split is a case here with a negative twin. The sentences are
invented for these tests.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import speaker_of

# --------------------------------------------------------------------------- a signature with its dash glued on

@pytest.mark.parametrize("text, words, expected", [
    # trap: the dash is glued to the name (`-Ruth Cole`); the tokenizer keeps it in the first word, and the
    # tagger then sees no name in the line
    ('The convention ended late on Thursday.\n\n"We will be back next year, and we will be louder."\n\n'
     '-Ruth Cole, tweeting after the speech.', "back next year", "Ruth Cole"),
    ('The convention ended late on Thursday.\n\n"The whole idea of a recount is something we hear about all '
     'the time."\n\n-Sarah Miller, Harwick.', "idea of a recount", "Sarah Miller"),
    # twin: the same signature with a space after its dash
    ('The convention ended late on Thursday.\n\n"We will be back next year, and we will be louder."\n\n'
     '- Ruth Cole, tweeting after the speech.', "back next year", "Ruth Cole"),
])
def test_a_signature_whose_dash_is_glued_to_the_name_is_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "One of X, Name, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the subject is "One", and the name stands in apposition to it
    ("One of the company's top executives, Tom Reed, later testified in one of the suits that \"none of the "
     "trainers at the events\" were picked by the owner.", "none of the trainers", "Tom Reed"),
    ('"We could not wait any longer," one of the tenants, Ruth Cole, said on Monday.', "could not wait", "Ruth Cole"),
    # twin: with no name in apposition, no one is named (the group is kept as written, see below)
    ('"We could not wait any longer," one of the tenants said on Monday.', "could not wait", "one of the tenants"),
])
def test_one_of_a_group_with_a_name_in_apposition_is_that_person(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X explained what was wrong: "Q""

@pytest.mark.parametrize("text, words, expected", [
    # trap: the colon ends a content clause ("what was wrong with ...") under the clause of the one who speaks
    ('Ruth Cole broke down exactly what was wrong with the image and message to the Dutch newspaper NRC '
     'Handelsblad: "What Tom did was so insensitive. First, not all voters are tenants."', "so insensitive",
     "Ruth Cole"),
    # twin: a name inside the content clause is not the speaker either
    ('Critics broke down exactly how Ruth Cole was wrong about the image and message to the Dutch newspaper NRC '
     'Handelsblad: "What Tom did was so insensitive. First, not all voters are tenants."', "so insensitive",
     "Critics"),
])
def test_a_content_clause_before_a_colon_is_not_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a surname that is a preposition

@pytest.mark.parametrize("text, words, expected", [
    # trap: "From" (of Al From) is tagged as a preposition, but the parser still makes it the subject
    ('"We lost three elections in a row," said Al From, who founded the council. "Voters saw us as the party of '
     'big government," From said. "Our challenge was to change that."', "party of big government", "Al From"),
    # twin: a preposition that is no word of a name the article uses is nobody
    ('"We lost three elections in a row," said Al Gore, who founded the council. "Voters saw us as the party of '
     'big government," From said. "Our challenge was to change that."', "party of big government", None),
])
def test_a_surname_tagged_as_a_preposition_is_still_a_name(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "said one of those advisers"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "one of <people>" with no name is someone of that group, as written, never nobody
    ('Senior advisers have run the numbers. "There will be no path for Reed to win," said one of those advisers, '
     'who spoke on the condition of anonymity.', "no path for Reed", "one of those advisers"),
    ('Ruth Cole was charged in May. "The two cases are quite different," said one of the former prosecutors for '
     'Tom Reed.', "two cases are quite different", "one of the former prosecutors for Tom Reed"),
    # twin: nor is it anyone named before ("one of the tenants" is not Ruth Cole, who spoke last)
    ('"The rent is too high," Ruth Cole said on Monday. "We will not pay it," said one of the tenants.',
     "will not pay", "one of the tenants"),
])
def test_one_of_a_group_is_someone_of_that_group_as_written(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "the nominee, Name, tweeted Sunday"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser takes the verb for a participle modifying "nominee" ("the nominee tweeted"), so the verb has
    # no subject, and the nearest noun to it is the day
    ('"Is the mayor going to finally say the word? If he doesn\'t he should resign in disgrace!" the presumptive '
     'Labour nominee, Tom Reed, tweeted Sunday after an attack on a nightclub.', "finally say the word", "Tom Reed"),
    # twin: the verb has its own subject; the day is still no one
    ('"Is the mayor going to finally say the word? If he doesn\'t he should resign in disgrace!" Tom Reed tweeted '
     'Sunday after an attack on a nightclub.', "finally say the word", "Tom Reed"),
])
def test_a_verb_parsed_as_a_participle_of_the_noun_before_it_has_that_noun_as_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Name, wearing ..., said as X fell"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an aside between the name and the verb leaves the verb without a subject, and the subject of the
    # "as" clause after it is the nearest noun
    ('"We\'ve had better weeks than this one," Texas delegate Tom Reed, wearing a red cowboy hat and two campaign '
     'pins, said matter-of-factly as confetti fluttered down around him.', "better weeks", "Tom Reed"),
    # twin: without the aside the verb has its subject, and the other name in the "as" clause stays out
    ('"We\'ve had better weeks than this one," Texas delegate Tom Reed said matter-of-factly as Mary Hart nodded.',
     "better weeks", "Tom Reed"),
])
def test_the_subject_of_an_as_clause_after_the_verb_is_not_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "who told X when asked: "Q""

@pytest.mark.parametrize("text, words, expected", [
    # trap: the nearest reporting verb before the quotation is the question put to the speaker ("when asked"),
    # and the speaker's own verb has "who" for its subject
    ('Any decision would involve the attorney general, Ruth Cole, who told the committee when asked last month '
     'about the inquiry: "That matter is being handled by career agents."', "handled by career agents", "Ruth Cole"),
    ('Mayor Tom Reed clashed with Cole during the hearing, chiding her, "What difference at this point does it '
     'make?" when questioned about the cause of the fire.', "What difference", "Tom Reed"),
    # twin: a participle with a subject of its own is the speaker's verb
    ('Mayor Tom Reed clashed with Cole during the hearing. "What difference at this point does it make?" Cole asked '
     'when the hearing resumed.', "What difference", "Cole"),
])
def test_the_question_put_to_the_speaker_is_not_the_cue(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: "who" stands for the name before it
    ('Then there was the radio host Tom Reed, who lamented in an interview with a local paper, "We have spent '
     'twenty years demonizing the press."', "demonizing the press", "Tom Reed"),
    # twin: "who" standing for an unnamed person names no one
    ('Then there was a radio host, who lamented in an interview with a local paper, "We have spent twenty years '
     'demonizing the press."', "demonizing the press", None),
])
def test_who_is_the_name_it_stands_for(text, words, expected):
    assert speaker_of(text, words) == expected
