"""Right speaker or none (issue 8, round 23): wrong speakers and missed claims found with invented speeches, rallies
and translated or state-media speech (campaign rallies, conference speeches, State of the Union coverage; Reuters,
AFP and AP relaying Xinhua, TASS, KCNA), each class a case here with a negative twin. The sentences are invented
for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _quotes(text: str, words: str) -> set:
    return {c.quote for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- `Introducing X, the deputy, Y, told …`

_CONFERENCE = ("Labour leader Keir Starmer told the party conference in Liverpool that the country faced \"a decade of "
               "national renewal.\"\n\n\"We will build 1.5 million homes,\" Sir Keir said, to applause from delegates."
               "\n\n{}")
_RALLY = "Former President Donald Trump held a rally in Ohio on Saturday.\n\n{}"


@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser made the opening participle ("Introducing", "Quoting", or the tagger's "Introducing Trump")
    # the subject and hung the speaker inside its phrase; the name closing the phrase before the verb speaks, never
    # the participle nor the one introduced
    (_CONFERENCE.format("Introducing Sir Keir, the deputy leader, Angela Rayner, told the hall that the party had "
                        "\"earned the right to govern.\""), "earned the right", {"Angela Rayner"}),
    (_RALLY.format("Introducing Trump, his son, Eric Trump, told the crowd that his father had \"never backed "
                   "down.\""), "never backed down", {"Eric Trump"}),
    (_RALLY.format("Quoting Churchill, the Speaker, Lindsay Hoyle, told MPs that \"we shall never surrender\"."),
     "never surrender", {"Lindsay Hoyle"}),
    # twin: with no name set between commas, the one who introduces is as written, and one named in the participle's
    # object (the one introduced) is never the speaker
    (_CONFERENCE.format("Introducing Sir Keir, his deputy told the hall that the party had \"earned the right to "
                        "govern.\""), "earned the right", {"his deputy"}),
    (_RALLY.format("Welcoming Trump to the stage, the state's governor told the crowd that Ohio was \"Trump "
                   "country.\""), "Trump country", {"state's governor"}),
    # twin: the introducer as the subject, with the participle after the name, speaks
    ("Obama, introducing Harris at the convention, said she was \"ready to be president\".", "ready to be",
     {"Obama"}),
])
def test_an_opening_participle_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `KCNA said, citing Kim, that …`

@pytest.mark.parametrize("text, words, expected", [
    # trap: the source cited between commas before "that" is no part of what was said, and the clause the parser
    # hung on "citing" is still the content of "said" (the claim was lost)
    ("KCNA said, citing Kim, that the country would \"never give up\" its nuclear weapons.", "never give up",
     {"the country would \"never give up\" its nuclear weapons"}),
    ("The ministry said, citing intelligence reports, that the attack had been planned for weeks.", "planned",
     {"the attack had been planned for weeks"}),
    ("The agency said, quoting officials, that 12 people had died.", "people had died", {"12 people had died"}),
    # twin: a citing phrase inside the content (no comma and "that" right after it) stays
    ("The ministry said that officials citing intelligence reports had warned of the attack.", "warned",
     {"officials citing intelligence reports had warned of the attack"}),
    ("The ministry said officials were citing old data, that nobody had checked.", "old data",
     {"officials were citing old data, that nobody had checked"}),
])
def test_a_cited_source_is_no_part_of_the_content(text, words, expected):
    assert _quotes(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    ("KCNA said, citing Kim, that the country would \"never give up\" its nuclear weapons.", "never give up",
     {"KCNA"}),
    # twin: with the citing phrase first, the agency still speaks
    ("Citing Kim, KCNA said the country would \"never give up\" its nuclear weapons.", "never give up", {"KCNA"}),
])
def test_the_agency_that_cites_speaks(text, words, expected):
    assert _speakers(text, words) == expected
