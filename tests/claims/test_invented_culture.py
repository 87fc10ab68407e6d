"""Right speaker or none (issue 8, round 17): wrong speakers found with invented science, technology, entertainment,
culture and social-media news, each class a case here with a negative twin. The sentences are invented for these
tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims

# --------------------------------------------------------------------------- 'The caption read: "Q"'


@pytest.mark.parametrize("text, words, expected", [
    # trap: a reading verb the tagger took for a noun ("read" NN) is no speaker: the document before it is, or no
    # one ("caption" is no agent), never "caption read" or "read"
    ('The post read: "We are heartbroken."', "heartbroken", {"post"}),
    ('Her Instagram post read: "We are heartbroken."', "heartbroken", {"Her Instagram post"}),
    ('The caption read: "Best summer ever."', "Best summer", {None}),
    # twins: a reading verb tagged as a verb keeps its document; a label before a colon keeps its speaker
    ('The statement read: "We are heartbroken."', "heartbroken", {"statement"}),
    ('Gomez: "We are heartbroken."', "heartbroken", {"Gomez"}),
])
def test_a_reading_verb_taken_for_a_noun_is_no_speaker(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "went on Instagram Live ... he said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a platform's feature the tagger took for a person ("Instagram Live") is a channel, never the one a
    # pronoun takes up (words/channel_names.txt, words/platform_features.txt)
    ('The rapper went on Instagram Live on Sunday night. "I\'m good," he said.', "good", {(None, None)}),
    ('Drake said on Instagram Live that he was fine. "I\'m good," he said.', "good", {(None, None)}),
    # and the channel is named whole ("Truth Social", never "Social"), newer platforms too
    ('Trump wrote on Truth Social that the host was "terrible".', "terrible", {("Trump", "Truth Social")}),
    ('The comedian Ann Lee said on Bluesky that she was leaving.', "leaving", {("Ann Lee", "Bluesky")}),
    # twins: a person named before still speaks; a name with a channel's word in it is still a person's
    ('Tom Reed went on Instagram Live on Sunday night. "I\'m good," he said.', "good", {("Tom Reed", None)}),
    ('Megan Fox said she was fine. "I\'m good," she said.', "good", {("Megan Fox", None)}),
])
def test_a_platforms_feature_is_a_channel_never_a_person(text, words, expected):
    assert {(c.speaker, c.via) for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- '..., the Icelandic singer wrote'

@pytest.mark.parametrize("text, words, expected", [
    # trap: a nationality before a noun a writer uses for the one the story is about (words/epithet_role_nouns.txt)
    # goes on with the one person just named as a subject, as "the Spaniard" and "the 24-year-old striker" do
    ('Greta Thunberg wrote on Instagram that she had been detained. "We were kidnapped," the Swedish activist said.',
     "kidnapped", "Greta Thunberg"),
    ('"Dune: Part Two" director Denis Villeneuve said the film was the hardest he had made. "It was a nightmare," the '
     'Canadian filmmaker told Empire magazine.', "nightmare", "Denis Villeneuve"),
    ('Bad Bunny told Vanity Fair that he had turned down a role in a Marvel film. The Puerto Rican superstar said: "It '
     'wasn\'t the right time."', "right time", "Bad Bunny"),
    # twins: two people named, an indefinite "a", a description with its own complement ("of the charity") or a
    # party the text never gives the one named stay as written
    ('Greta Thunberg and Ann Lee wrote on Instagram that they had been detained. "We were kidnapped," the Swedish '
     'activist said.', "kidnapped", "Swedish activist"),
    ('Greta Thunberg wrote on Instagram that she had been detained. "We were kidnapped," a Swedish activist said.',
     "kidnapped", "Swedish activist"),
    ('Greta Thunberg wrote on Instagram that she had been detained. "We were kidnapped," the Swedish director of the '
     'charity said.', "kidnapped", "Swedish director of the charity"),
    ('Kelly Ayotte said she would vote. The Republican incumbent said that her position was genuine.', "genuine",
     "Republican incumbent"),
])
def test_a_nationality_before_a_writers_noun_is_the_one_person_just_named(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "The astronauts, A and B, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: two people named together in apposition to a plural description both speak, never the first alone
    ('The astronauts, Butch Wilmore and Suni Williams, said in a news conference that they were in good spirits.',
     "good spirits", "Butch Wilmore and Suni Williams"),
    ('Her parents, Tom and Ann Reed, said she had been "a bright light".', "bright light", "Tom and Ann Reed"),
    # twins: one person in apposition to a singular description is that person
    ('The astronaut, Suni Williams, said in a news conference that she was in good spirits.', "good spirits",
     "Suni Williams"),
    ('Her father, Tom Reed, said she had been "a bright light".', "bright light", "Tom Reed"),
])
def test_two_people_in_apposition_to_a_plural_description_speak_together(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- 'said the agency's secretary-general, X'

@pytest.mark.parametrize("text, words, expected", [
    # trap: a hyphenated title whose end the tagger took for an adjective ("general") is a description all the same,
    # and the name in apposition to it speaks; so does one hung on an untagged acronym inside the description
    ('"The science is clear," said the World Meteorological Organization\'s secretary-general, Celeste Saulo, as she '
     'presented the report.', "science is clear", "Celeste Saulo"),
    ('The agency\'s director-general, Celeste Saulo, said the science was clear.', "science was clear",
     "Celeste Saulo"),
    ('"The science is clear," said the secretary-general of the WMO, Celeste Saulo.', "science is clear",
     "Celeste Saulo"),
    # twins: with no name the title stays as written; an organisation's name in apposition is no person
    ('"The science is clear," said the agency\'s secretary-general.', "science is clear",
     "agency's secretary-general"),
    ('"The science is clear," said the chief executive of Spotify, Daniel Ek.', "science is clear", "Daniel Ek"),
])
def test_a_hyphenated_title_or_an_acronym_before_a_name_in_apposition(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "A representative for Justin Bieber told TMZ"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a person's name the tagger took for an organisation's is no organisation a representative speaks for:
    # the representative's words stay as written, never the star's own (as "a representative for Mr. Pinchuk")
    ('A representative for Justin Bieber told TMZ that the singer was "doing great".', "doing great",
     "representative for Justin Bieber"),
    # twins: an organisation's spokesman speaks for it; a person tagged as one stays as written already
    ('A spokesman for Boeing said the company would appeal.', "would appeal", "Boeing"),
    ('A spokesman for Goldman Sachs said the bank would appeal.', "would appeal", "Goldman Sachs"),
    ('A representative for Selena Gomez said the singer was "doing great".', "doing great",
     "representative for Selena Gomez"),
])
def test_a_representative_for_a_person_tagged_as_an_organisation_stays_as_written(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}
