"""Right speaker or none (issue 8, round 23): wrong speakers and missed claims found with invented reporting that
rests on unnamed sources (Washington Post, New York Times, Politico, Axios, Bloomberg and Reuters exclusives, the
Financial Times, lobby journalism from Westminster): "according to two officials who spoke on condition of
anonymity", "a person familiar with the matter said", "a Downing Street source said", "an ally of X said", and the
reaction roundups around them. An unnamed source is shown as the article's own words for it, never as the
organisation or the named person it talks about. Each class is a case here with a negative twin. The sentences are
invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "The White House is weighing …, two officials said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: bare "officials" were given the organisation their sentence is about; when that organisation is named
    # in their own claim, they report on it from inside or out, and stay as written
    ("The White House is weighing a plan to cut refugee admissions, according to two officials who spoke on "
     "condition of anonymity.", "weighing a plan", "two officials"),
    ("The Pentagon is weighing a plan to send more troops to the region, two officials said.", "send more troops",
     "two officials"),
    ("The Regional Rivers Agency is considering new flood barriers along the Severn, according to officials who "
     "were not authorised to speak publicly.", "new flood barriers", "officials"),
])
def test_officials_reporting_on_an_organisation_are_not_its_voice(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: the organisation the sentence before, or the clause before, is about is still theirs
    ("The Regional Rivers Agency issued a flood warning on Monday. Officials acknowledged the risk was low.",
     "the risk was low", "Regional Rivers Agency"),
    ("Harwick Borough Council issued a warning on Monday, but officials acknowledged the risk was low.",
     "the risk was low", "Harwick Borough Council"),
    # bare "officials" are the voice of the organisation their claim is about
    ("The Regional Rivers Agency is considering new flood barriers along the Severn, officials said on Monday.",
     "new flood barriers", "Regional Rivers Agency"),
])
def test_officials_of_the_organisation_that_acted_still_speak_for_it(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "according to a person familiar with the deliberations, who said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hung the relative "who" on the last noun of the source's description; the source speaks,
    # never the thing it is familiar with, nor the named person it is close to
    ("The Federal Reserve is likely to hold interest rates steady next month, according to a person familiar with "
     "the central bank's deliberations, who said Chair Janet Powers had signalled patience.", "signalled patience",
     "person familiar with the central bank's deliberations"),
    ("Apple is in talks to buy the startup, according to people with knowledge of the company's plans, who said a "
     "deal could be worth $2 billion.", "worth $2 billion", "people with knowledge of the company's plans"),
    ("Tesla is considering a new share buyback, according to a person close to Elon Musk, who said the board would "
     "meet next week.", "the board would meet", "person close to Elon Musk"),
    ("Officials met with residents of the estate, who said the damp had made their children ill.",
     "made their children ill", "residents of the estate"),
])
def test_who_after_a_source_description_is_the_source(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: "who" after a name, or after the source's own noun, is as before
    ("The senator met Elon Musk, who said the board would meet next week.", "the board would meet", "Elon Musk"),
    ("Boeing is preparing to replace its chief executive, said a person close to the company's board, who added "
     "that a decision could come within weeks.", "a decision could come", "person close to the company's board"),
])
def test_who_after_a_name_or_the_source_itself_is_unchanged(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Mr Sunak's allies insist …", "Biden aides privately fear …"

@pytest.mark.parametrize("text, words, expected", [
    # trap: aides, advisers and allies were made their principal's voice; they are a reporter's sources on what the
    # principal thinks, and stay as written (never words put in the principal's mouth), as "an ally of X" does
    ("Mr Sunak's allies insist he will fight on.", "he will fight on", "Mr Sunak's allies"),
    ("Biden aides privately fear the debate will go badly.", "the debate will go badly", "Biden aides"),
    ("Trump's advisers say the tariffs will stay in place until August.", "the tariffs will stay", "Trump's advisers"),
    ("One Clinton aide said the campaign had been caught off guard.", "caught off guard", "One Clinton aide"),
])
def test_aides_advisers_and_allies_are_not_their_principal(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a spokesman, the campaign and the office are the principal's voice, as before
    ("Mr Sunak's spokesman insisted he would fight on.", "he would fight on", "Sunak"),
    ("The Biden campaign said the debate would go ahead.", "the debate would go ahead", "Biden"),
    ("Allies of Mr Sunak insist he will fight on.", "he will fight on", "Allies of Mr Sunak"),
])
def test_a_principals_spokesman_and_campaign_still_speak_for_them(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "One of them said …"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "One of them said" was passed over ("One" a number, "them" no people noun): one of the people just
    # spoken of, as written
    ('Two people who have spoken to the president in recent days said he was in "good spirits". One of them said '
     "Mr Biden had joked about the polls.", "joked about the polls", "One of them"),
    ('Three ministers met the families on Friday. "It was the hardest day of my career," one of them said.',
     "the hardest day", "one of them"),
])
def test_one_of_them_said_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: "One said" is as before; "One of them was damaged" is no speaker
    ("Workers gathered outside the gates. One said the plant would close.", "the plant would close", "One"),
    ("The two parcels arrived late. One of them was damaged, the courier said.", "One of them was damaged", "courier"),
])
def test_one_said_and_things_counted_are_unchanged(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "one Democrat who attended the meeting said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: one member of a party (the tagger's NORP) was given as the party, "Democrat", "Tory", and so as an
    # organisation; one person of it, as written
    ('"It is a disaster," said one Democrat who attended the meeting.', "It is a disaster", "one Democrat"),
    ("A senior Tory said the prime minister had run out of road.", "run out of road", "senior Tory"),
    ('One senior Republican, granted anonymity to speak freely, put it bluntly: "He has lost the conference."',
     "lost the conference", "One senior Republican"),
])
def test_one_member_of_a_party_is_a_person_as_written(text, words, expected):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert {(c.speaker, c.speaker_kind) for c in claims} == {(expected, "person")}


@pytest.mark.parametrize("text, words, expected", [
    # twin: the party's people in the plural, and the party named, are as before
    ("The Republicans said the plan was doomed.", "the plan was doomed", "Republicans"),
    ("Labour said the plans were chaotic and unfunded.", "the plans were chaotic", "Labour"),
])
def test_a_party_and_its_members_in_the_plural_are_unchanged(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Axios has learned that …, according to two sources"

@pytest.mark.parametrize("text, words, gone", [
    # trap: the sources vouch for what the outlet learned, not for its learning it: the claim opens after "that"
    ("Axios has learned that the White House plans to nominate Judge Ellen Park to the appeals court, according to "
     "two sources familiar with the decision.", "the White House plans to nominate", "learned"),
    ("POLITICO has learned that Rep. Jim Carver is preparing to retire, according to three people with direct "
     "knowledge of his plans.", "Jim Carver is preparing to retire", "learned"),
    ("The Times understands that the chancellor will scrap the levy, according to Treasury sources.",
     "the chancellor will scrap the levy", "understands"),
])
def test_an_outlets_finding_is_no_part_of_what_its_sources_say(text, words, gone):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert claims and all(gone not in c.quote for c in claims)


@pytest.mark.parametrize("text, words", [
    # twin: someone else's finding stays in the claim
    ("Police learned that the suspect had fled the country, according to court records.", "Police learned that"),
])
def test_someone_elses_finding_stays_in_the_claim(text, words):
    assert any(words in c.quote for c in extract_claims(text))
