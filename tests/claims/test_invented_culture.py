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
