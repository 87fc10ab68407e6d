"""A source cited after what it reported (issue 8, "never a wrong name"): when the report is itself someone's
attribution (`X says ..., according to the Gazette`), X speaks the inner claim and the source keeps its own.
The sentences are invented for these tests; each case has a twin of the same shape where the inner clause
must not be taken for a speaker's (a pronoun, a clause reported inside the report, a verb with an object of
its own).
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


@pytest.mark.parametrize("text, words, inner, source", [
    ("The fire chief, Ana Ruiz, says the blaze started in the kitchen of the bakery, according to the Valley "
     "Gazette.", "blaze started", "Ana Ruiz", "Valley Gazette"),
    ("The Orion Group announced last week that it would close two plants in the north, according to Reuters.",
     "close two plants", "Orion Group", "Reuters"),
    ("Council member Ida Park has said that the budget will be balanced next year, the newspaper reported.",
     "budget will be balanced", "Ida Park", "newspaper"),
    ("The union's leader, Omar Basri, warned that the strike could last for weeks, the station reported.",
     "strike could last", "Omar Basri", "station"),
])
def test_the_one_who_says_it_inside_a_sources_report_speaks(text, words, inner, source):
    claims = extract_claims(text)
    holding = sorted((c for c in claims if words in c.quote), key=lambda c: len(c.quote))
    assert [c.speaker for c in holding] == [inner, source]
    # the inner claim is what was said, without its attribution; the source's is the whole report
    assert inner.split()[-1] not in holding[0].quote and inner.split()[-1] in holding[1].quote
    assert [c.start for c in claims] == sorted(c.start for c in claims)  # document order


@pytest.mark.parametrize("text, words, source", [
    # a clause reported inside the report by someone who cannot speak as named ("40 percent"): the council's
    # a pronoun inside the report could take the source's own name: no inner claim
    ("He promised to cut taxes within a year of taking office, Lena Ortiz said.", "cut taxes", "Lena Ortiz"),
    # a verb with an object of its own: what she announced is her bid, not the rest of the report
    ("At the moment Ruth Cole announced her bid last spring, her rivals were already raising money in the "
     "capital, according to the Ledger.", "raising money", "Ledger"),
    # a verb acting on a thing, not reporting a clause
    ("Mayor Ana Ruiz praised the firefighters for their courage during the storm, according to the Valley "
     "Gazette.", "courage during the storm", "Valley Gazette"),
])
def test_twin_a_report_without_an_inner_speaker_stays_the_sources(text, words, source):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert [c.speaker for c in claims] == [source]


def test_twin_a_belief_reported_inside_a_report_is_not_the_believers_claim():
    # belief is the residents' to report (they speak, as counted), never the council's claim
    text = "Some 40 percent of residents said the council believes the mayor is honest, according to a Civic Pulse survey."
    speakers = [c.speaker for c in extract_claims(text) if "mayor is honest" in c.quote]
    assert "Civic Pulse" in speakers and "council" not in speakers


def test_a_group_reporting_a_clause_inside_a_survey_speaks_it():
    # "they believe" is what the residents said: the residents speak it, the survey reported them
    text = "Most residents said they believe the new mayor is honest and capable, according to a Civic Pulse survey."
    holding = sorted((c for c in extract_claims(text) if "mayor is honest" in c.quote), key=lambda c: len(c.quote))
    assert holding[0].quote.startswith("they believe")
    assert [c.speaker for c in holding] == ["Most residents", "Civic Pulse"]


# --------------------------------------------------------------------------- a claim noun's owner inside another's claim

@pytest.mark.parametrize("text, words, owner", [
    # traps: the quoted words inside a claim noun's "that" clause are its owner's, not the outer speaker's
    ("Gov. Ann Lee on Thursday blamed the media for making an issue out of Tom Reed's claim that Senator Hale "
     '"founded the militia," saying they were nitpicking at his wording.', "founded the militia", "Tom Reed"),
    ("The candidates say they are not trying to avoid appearing beside Mary Stone, who has been battered in recent "
     "weeks by Director Tom Reed's conclusion that her actions were \"extremely careless.\"", "extremely careless",
     "Tom Reed"),
])
def test_a_claim_nouns_owner_speaks_the_quoted_words_inside_anothers_claim(text, words, owner):
    assert owner in [c.speaker for c in extract_claims(text) if words in c.quote]


def test_twin_a_claim_noun_with_no_quoted_words_stays_inside_the_outer_claim():
    text = ("Gov. Ann Lee on Thursday blamed the media for making an issue out of Tom Reed's claim that Senator Hale "
            "founded the militia, saying they were nitpicking at his wording.")
    assert [c.speaker for c in extract_claims(text) if "founded the militia" in c.quote] == ["Ann Lee"]
