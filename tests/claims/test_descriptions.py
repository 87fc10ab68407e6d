"""Resolved descriptions (issue 8, tenth round): "the statement", "the candidate", "the group" resolve to a
name only with evidence in the text, else stay as written. Each class of wrong resolution found on PolNeAR's
train split, as invented cases with a negative twin: the trap, where the name the engine reached for is not
the one the description means, and the twin, the same shape where the text gives the evidence.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import claim_with

# --------------------------------------------------------------------------- a document with no owner in the text


@pytest.mark.parametrize("text, words, wrong", [
    # trap: the newspaper that got the statement did not issue it; the lawyer who did is no name
    ("The Harlow Gazette said Tom Reed's lawyer provided a written statement in response to the newspaper's "
     'questions. "He has done nothing wrong, and he will prove it in court," the statement said.',
     "done nothing wrong", "Harlow Gazette"),
    # trap: an organisation named just before is not the author of "the release"
    ('The Kestrel Valley Party met in Casper on Saturday. "The party will not take part in the vote this year," '
     "the release said.", "not take part", "Kestrel Valley Party"),
    # trap: a word of someone's title ("chief economist for the Kestrel Survey") does not make "the survey" his
    ("Consumer sentiment rose last month, and the survey found that people expected their finances to improve "
     'over the next five years. "Consumers have been resilient," said Ann Dole, the chief economist for the '
     "Kestrel Survey of Consumers.", "finances to improve", "Ann Dole"),
])
def test_a_document_without_an_owner_in_the_text_stays_as_written(text, words, wrong):
    claim = claim_with(text, words)
    assert claim.speaker != wrong
    assert claim.speaker is None or claim.speaker.lower() in claim.mention.lower()


@pytest.mark.parametrize("text, words, expected", [
    # twin: the text says who issued it
    ('Harlow Rovers issued a statement on Sunday. "He will always be welcome here," the statement said.',
     "always be welcome", "Harlow Rovers"),
    # twin: the sentence before says who sent something out
    ('Tom Reed wrote to the harbour board on Monday. "The port cannot wait any longer for a decision," the letter '
     "says.", "cannot wait", "Tom Reed"),
    ("A report by the Coastal Safety Board was published on Monday. The report said that four of the nine piers "
     "were unsafe.", "four of the nine piers", "Coastal Safety Board"),
])
def test_twin_a_document_whose_owner_the_text_gives_is_the_owners(text, words, expected):
    assert claim_with(text, words).speaker == expected


# --------------------------------------------------------------------------- a title given only later


def test_a_description_is_not_someone_given_that_title_only_later():
    text = ('Tom Reed has no real rival in the primary. "I have great respect for the people of this valley," the '
            "candidate said in an email. Three paragraphs on, Ann Dole, a former candidate for governor who now "
            "runs a bank, called him a danger to the country.")
    claim = claim_with(text, "great respect")
    assert claim.speaker != "Ann Dole"


def test_twin_a_description_is_someone_given_that_title_before():
    text = ('Ann Dole, a former candidate for governor who now runs a bank, spoke on Monday. "I have great respect '
            'for the people of this valley," the candidate said in an email.')
    assert claim_with(text, "great respect").speaker == "Ann Dole"


# --------------------------------------------------------------------------- "the official" after "an official"


@pytest.mark.parametrize("text, words, expected", [
    # trap: "the official" is the one just brought in unnamed, not the organisation that is the subject before
    ("The Harlow Water Agency has opened an inquiry into the leak, according to a senior law enforcement "
     "official. The official said the agency had found no sign of sabotage at the plant.", "no sign of sabotage",
     "official"),
    # twin: bare "Officials" after an organisation that is the subject before are its own
    ("The Harlow Water Agency has opened an inquiry into the leak. Officials said the agency had found no sign "
     "of sabotage at the plant.", "no sign of sabotage", "Harlow Water Agency"),
])
def test_the_official_after_an_official_is_that_unnamed_one(text, words, expected):
    assert claim_with(text, words).speaker == expected


# --------------------------------------------------------------------------- "the group": no kind, no evidence


@pytest.mark.parametrize("text, words, expected", [
    # trap: "the group" fits any organisation; the one mentioned most of late is no evidence
    ("The Kestrel Golf Club has 6,000 members. Its fairways are newly planted. The Kestrel Golf Club hosts a "
     "tournament in May. Nobody knows how many players there are now.\n\nAlmost 650 courses have closed since 2006,"
     " the group says.", "650 courses", "group"),
    # twin: the only organisation named in the sentence before is
    ("The Kestrel Golf Club has 6,000 members. Its fairways are newly planted. The Kestrel Golf Club hosts a "
     "tournament in May. There are four million fewer players than a decade ago, according to the National "
     "Players Foundation. Almost 650 courses have closed since 2006, the group says.", "650 courses",
     "National Players Foundation"),
    # twin: a noun of a kind ("the newspaper") is the organisation of that kind named last
    ("The Harlow Gazette has 6,000 readers. Its offices are newly built. The Harlow Gazette hosts a debate in "
     "May. There are four million fewer readers than a decade ago. Almost 650 papers have closed since 2006, "
     "the newspaper says.", "650 papers", "Harlow Gazette"),
])
def test_a_description_that_fits_any_organisation_needs_evidence(text, words, expected):
    assert claim_with(text, words).speaker == expected
