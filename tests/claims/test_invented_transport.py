"""Right speaker or none (issue 8, round 20): wrong speakers and missed claims found with invented transport,
aviation, accident, disaster, weather and emergency news (air accident investigators, rail unions, coastguards,
flood and storm warnings, survivors and witnesses), each class a case here with a negative twin. The sentences are
invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "One resident of Pontypridd, Gareth Evans,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name in apposition that the parser hung on a word inside the description, which no one person's name
    # can rename (a place the tagger left untagged, a plural noun, the noun for the name given), renames the
    # description: that person speaks, also with an age after the name
    ('One resident of Pontypridd, Gareth Evans, 72, said the river had burst its banks "within an hour".',
     "burst its banks", "Gareth Evans"),
    ('One of the rescued men, Jack Trewin, 27, told BBC Spotlight he had been in the water for "about 40 minutes".',
     "in the water", "Jack Trewin"),
    ("A resident who gave only her first name, Linda, said she had grabbed her dog and her photo albums.",
     "grabbed her dog", "Linda"),
    # (the tagger took the mayor's name, with the town, for an organisation: a known first name makes it a person's)
    ('"We have never seen anything like this," the mayor of Paiporta, Maribel Albalat, told Cadena SER.',
     "never seen anything", "Maribel Albalat"),
])
def test_a_name_in_apposition_inside_a_description_is_the_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: without a name the description speaks as written; two names for a plural description are both
    ("One resident of Pontypridd said the river had burst its banks within an hour.", "burst its banks",
     "One resident of Pontypridd"),
    ("The mayor of Paiporta told Spanish radio the town had been devastated.", "devastated", "mayor of Paiporta"),
    ("The families of the victims, Tom Reed and Ann Lee, said they wanted answers.", "wanted answers",
     "Tom Reed and Ann Lee"),
])
def test_a_description_without_its_own_name_stays(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "One of the passengers said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "One of the passengers" is a person of a group (words/people_nouns.txt), not a number: a claim
    ("One of the passengers said the crew had been calm throughout.", "crew had been calm", "One of the passengers"),
    ("One of the survivors told the BBC the water had risen within minutes.", "water had risen",
     "One of the survivors"),
    ("One of the firefighters, who asked not to be named, said the blaze had spread through the roof.",
     "blaze had spread", "One of the firefighters"),
])
def test_one_of_a_group_of_people_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: one of a group of things says nothing
    ("One of the engines failed and the pilot said the plane had lost power.", "engines failed"),
    ("One of the reasons was the weather, which had closed the airport.", "weather"),
])
def test_one_of_a_group_of_things_is_no_speaker(text, words):
    assert not any(c.speaker and c.speaker.startswith("One of") for c in extract_claims(text))


# --------------------------------------------------------------------------- "Mothers Against Drunk Driving said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a group named for its members and its cause is one name as written, never its first word nor a part
    # of it the tagger saw ("Borders")
    ("Mothers Against Drunk Driving said the crash showed the need for tougher penalties.", "tougher penalties",
     "Mothers Against Drunk Driving"),
    ('Surfers Against Sewage said the discharge at Hastings was "sadly not surprising".', "not surprising",
     "Surfers Against Sewage"),
    ("Doctors Without Borders said its teams had treated more than 300 people injured in the earthquake.",
     "treated more than 300", "Doctors Without Borders"),
    ("Campaign group Parents for Safer Roads said the junction had been a danger for years.", "a danger for years",
     "Parents for Safer Roads"),
])
def test_a_campaign_named_for_its_cause_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: people for a place or against something in lower case are a description, no name
    ("Campaigners for London said the fares rise was unfair.", "fares rise", "Campaigners for London"),
    ("Officials in Texas said the storm had weakened.", "storm had weakened", "Officials in Texas"),
])
def test_people_for_a_place_are_no_campaign(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_people_against_something_in_lower_case_are_no_name():
    assert "Parents against the plan" not in _speakers("Parents against the plan said the road was too dangerous.",
                                                       "too dangerous")


# --------------------------------------------------------------------------- "The Maritime and Coastguard Agency said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an agency or administration named for two tasks joined by "and" is one name (words/joint_org_heads.txt),
    # and a word that opens such a name is no description before a name ("Driver", as in "Driver Tom Pearce")
    ("The Maritime and Coastguard Agency said a tug had been sent to the scene.", "tug",
     "Maritime and Coastguard Agency"),
    ("The Driver and Vehicle Standards Agency said the lorry had failed its last inspection.", "failed its last",
     "Driver and Vehicle Standards Agency"),
    ("The Pipeline and Hazardous Materials Safety Administration said it had ordered the operator to shut the line.",
     "shut the line", "Pipeline and Hazardous Materials Safety Administration"),
])
def test_an_agency_named_with_and_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: an acronym before "and" is an organisation of its own, the first speaks
    ("The CIA said it had no comment. The CIA and National Security Agency said the review was over.",
     "review was over", "CIA"),
])
def test_an_acronym_before_and_stays_apart(text, words, expected):
    assert _speakers(text, words) == {expected}
