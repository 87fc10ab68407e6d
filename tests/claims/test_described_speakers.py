"""Described speakers (issue 8, eleventh round): the right speaker or the article's own words, never a wrong name.
Each class of wrong speaker found on PolNeAR's train split, as invented cases with a negative twin: the trap, where
the engine took a fragment of the description or someone else's name, and the twin, the same shape where the text
gives the evidence for a name.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from tests.claims.finding import claim_with

# --------------------------------------------------------------------------- a hyphenated title is one word

JOBS = "Kestrel Air cut 300 jobs on Monday. "


@pytest.mark.parametrize("text, description", [
    # trap: the tokenizer splits "ex-chairman" into "ex", "-", "chairman"; the speaker was "ex"
    (JOBS + '"The airline has lost its way," said the ex-chairman of Kestrel Air.', "the ex-chairman of Kestrel Air"),
    # trap: after the quote the parser hangs the title on the quoted verb; the speaker was the airline
    (JOBS + '"The airline has lost its way," the ex-chairman of Kestrel Air said.', "the ex-chairman of Kestrel Air"),
    (JOBS + "The ex-chairman of Kestrel Air said the airline had lost its way.", "The ex-chairman of Kestrel Air"),
    # trap: a founder holds no office that speaks for the airline
    (JOBS + '"The airline has lost its way," said the co-founder of Kestrel Air.', "the co-founder of Kestrel Air"),
    (JOBS + '"The airline has lost its way," said a non-executive director.', "a non-executive director"),
])
def test_a_hyphenated_title_is_the_whole_description(text, description):
    claim = claim_with(text, "lost its way")
    assert claim.mention == description
    assert claim.speaker == description.split(" ", 1)[1]  # as written, without its article


@pytest.mark.parametrize("text, speaker, mention", [
    # twin: an office in the airline speaks for it, hyphen or not
    (JOBS + '"The airline will recover," said the vice-chairman of Kestrel Air.', "Kestrel Air",
     "the vice-chairman of Kestrel Air"),
    (JOBS + '"The airline will recover," said the vice chairman of Kestrel Air.', "Kestrel Air",
     "the vice chairman of Kestrel Air"),
    # twin: a hyphenated title before a name is that person's
    (JOBS + '"The airline will recover," said Harlow Radio co-host Ann Dole.', "Ann Dole",
     "Harlow Radio co-host Ann Dole"),
])
def test_twin_a_hyphenated_title_of_an_office_or_before_a_name(text, speaker, mention):
    claim = claim_with(text, "will recover")
    assert (claim.speaker, claim.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    # trap: the name nearest a verb the parser left without a subject completes a description before it
    ('Harlow voted on Monday. "We do not have freedom of opinion anymore," tweeted a user from Harlow.',
     "user from Harlow"),
    # twin: a spokesman's words are his organisation's
    ('Harlow voted on Monday. "We do not have freedom of opinion anymore," tweeted a spokesman for Kestrel Air.',
     "Kestrel Air"),
])
def test_a_name_completing_a_description_is_not_the_speaker(text, speaker):
    assert claim_with(text, "freedom of opinion").speaker == speaker


# --------------------------------------------------------------------------- a relative is never the one related

@pytest.mark.parametrize("text, words, wrong", [
    # trap: "her husband" inside the woman's own role made "her husband said" hers
    ('Ann Dole, an attorney by the time her husband won the race, spoke in Iowa on Monday. "She is ready for the '
     'job," her husband said.', "ready for the job", "Ann Dole"),
    ('Tom Reed, a farmer since his wife left the firm, spoke in Iowa on Monday. "He is ready for the job," his wife '
     "said.", "ready for the job", "Tom Reed"),
    ("Ann Dole, the wife of Tom Reed, spoke in Iowa on Monday. Her son said she was ready for the job.",
     "ready for the job", "Ann Dole"),
])
def test_a_relative_stays_as_written_without_a_name_of_their_own(text, words, wrong):
    claim = claim_with(text, words)
    assert claim.speaker != wrong
    assert claim.speaker is not None and claim.speaker.lower() in claim.mention.lower()


@pytest.mark.parametrize("text, expected", [
    # twin: the relative's own name, in apposition to the description or given as a role before
    ('Ann Dole spoke in Iowa on Monday. "She is ready for the job," her husband, Tom Reed, said.', "Tom Reed"),
    ('Ann Dole spoke in Iowa on Monday. Tom Reed, her husband, was there too. "She is ready for the job," her '
     "husband said.", "Tom Reed"),
    ('Tom Reed spoke in Iowa on Monday. Ann Dole, the wife of Tom Reed, was there too. "He is ready for the job," '
     "his wife said.", "Ann Dole"),
])
def test_twin_a_relative_named_in_the_text_is_that_person(text, expected):
    assert claim_with(text, "ready for the job").speaker == expected


# --------------------------------------------------------------------------- the title last given

@pytest.mark.parametrize("text, expected", [
    # trap: "the actor" was the earlier actor, not the star just named; a synonym of the title is that title
    ('The film stars actor Tom Reed. Its second season also features star Ian Pike. "It was a joy to make," the '
     "actor said.", "Ian Pike"),
    ('The film stars actress Ann Dole. Its second season also features star Peter Pike. "It was a joy to make," the '
     "actress said.", "Ann Dole"),
    # trap: two people given the title in one sentence: nothing tells which
    ('The film stars actor Tom Reed and star Ian Pike. "It was a joy to make," the actor said.', "actor"),
])
def test_a_title_is_the_person_last_given_it_or_a_synonym(text, expected):
    assert claim_with(text, "joy to make").speaker == expected


def test_twin_a_title_given_to_one_person_is_theirs():
    text = 'The film stars actor Tom Reed. "It was a joy to make," the actor said.'
    assert claim_with(text, "joy to make").speaker == "Tom Reed"


# --------------------------------------------------------------------------- a nationality is not its country

@pytest.mark.parametrize("text, expected", [
    # trap: one unnamed person described by nationality, or officials who say whose they are, stay as written
    ('China warned Japan on Monday. "We will not back down," a Chinese official said.', "Chinese official"),
    ('France wants a deal, a French diplomat said on Monday.', "French diplomat"),
    ('Iran rejected the deal on Monday. "We will not back down," Iranian officials said.', "Iranian officials"),
    ("China rejected the claim on Monday, and Chinese officials said the talks would fail.", "Chinese officials"),
    # twin: a spokesman for a named government body is its voice
    ('China warned Japan on Monday. "We will not back down," a spokesman for the Chinese Foreign Ministry said.',
     "Chinese Foreign Ministry"),
])
def test_a_nationality_is_not_its_country(text, expected):
    claims = [c for c in extract_claims(text) if c.speaker]
    assert [c.speaker for c in claims] == [expected]


# --------------------------------------------------------------------------- a person's organisation is no other's

PARKS = "The Harlow Parks Department said it would follow City Hall. "


@pytest.mark.parametrize("text, words, wrong", [
    # trap: "his organization", "her office" were the organisation that was the subject just before
    (PARKS + "For Tom Reed’s part, his organization has argued that its contracts are protected.",
     "contracts are protected", "Harlow Parks Department"),
    (PARKS + '"We are ready," her office said.', "We are ready", "Harlow Parks Department"),
])
def test_a_persons_organisation_stays_as_written(text, words, wrong):
    claim = claim_with(text, words)
    assert claim.speaker != wrong
    assert claim.speaker == claim.mention


@pytest.mark.parametrize("text, expected", [
    # twin: the organisation named in apposition, or the one "its" stands for
    ('Tom Reed spoke in Iowa. "We are ready," his company, the Kestrel Group, said.', "Kestrel Group"),
    ('The Kestrel Group hired Tom Reed. "We are ready," its office said.', "Kestrel Group"),
])
def test_twin_an_organisation_the_text_names_is_its_own(text, expected):
    assert claim_with(text, "We are ready").speaker == expected


# --------------------------------------------------------------------------- officials no more, one official

LEAK = "As the Harlow Water Agency looks into the leak, engineers will want to inspect the pipes, "


@pytest.mark.parametrize("text, expected", [
    # trap: officials who held office before do not speak for the organisation named in their sentence
    (LEAK + "current and former officials said.", "current and former officials"),
    ("The Harlow Water Agency has opened an inquiry into the leak. The agency found no sign of sabotage, former "
     "officials said.", "former officials"),
    # twin: its officials do
    (LEAK + "officials said.", "Harlow Water Agency"),
])
def test_former_officials_do_not_speak_for_the_organisation(text, expected):
    assert [c.speaker for c in extract_claims(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    # trap: one official is a person, not the country that is the subject before
    ('China warned Japan on Monday. "We will not back down," the official said.', "official"),
    # twin: officials of a country the sentence before is about speak for its government
    ('China warned Japan on Monday. "We will not back down," the officials said.', "China"),
])
def test_one_official_is_not_a_countrys_voice(text, expected):
    assert claim_with(text, "back down").speaker == expected


# --------------------------------------------------------------------------- a title as the description has it

RALLY = ' spoke first at the rally. "We will win this state," '


@pytest.mark.parametrize("text, expected", [
    # trap: "the former president" is no one given a current office, nor a lower rank of it
    ("President Tom Reed" + RALLY + "the former president said.", "former president"),
    ("Vice President Ann Dole" + RALLY + "the former president said.", "former president"),
    ("Vice President Ann Dole" + RALLY + "the president said.", "president"),
    # twin: the same title, rank and former office given before
    ("Former President Tom Reed" + RALLY + "the former president said.", "Tom Reed"),
    ("Vice President Ann Dole" + RALLY + "the vice president said.", "Ann Dole"),
])
def test_a_title_is_someone_given_it_with_its_rank_and_time(text, expected):
    assert claim_with(text, "win this state").speaker == expected


# --------------------------------------------------------------------------- a name of its own

@pytest.mark.parametrize("text, words, expected", [
    # trap: a surname close in spelling to another's ("Rubino", "Rubio") under another first name is another person
    ("Marco Rubio spoke in Iowa on Monday. In early October, the campaign’s state director, Mike Rubino, wrote in an "
     'email: "We want to utilize this as soon as we can."', "utilize this", "Mike Rubino"),
    # trap: a person's name after an organisation's in a description renames the description, not the organisation
    ("The director of the Harlow Centre, Ann Dole, told reporters her group never worked with Tom Reed.",
     "never worked", "Ann Dole"),
    # twins: a misspelt surname alone is the person named before; with no name, the director speaks for the centre
    ('Kevin Sweeney spoke in Iowa on Monday. "We want to utilize this as soon as we can," Sweeny said.',
     "utilize this", "Kevin Sweeney"),
    ("The director of the Harlow Centre told reporters her group never worked with Tom Reed.", "never worked",
     "Harlow Centre"),
])
def test_a_named_speaker_keeps_the_name_the_text_gives(text, words, expected):
    assert claim_with(text, words).speaker == expected


# --------------------------------------------------------------------------- an organisation a name says it is

LEAD = "Among Democrats alone, Ann Dole leads Tom Reed 49 percent to 41 percent, according to the institute."


@pytest.mark.parametrize("text, expected", [
    # trap: the institute named after its state ("California" first) kept the place's label, and a nearer name won
    ("California votes in June. A poll by the Public Policy Institute of California found Ann Dole ahead. Tom Reed "
     "wants to stay in the race through the Democratic National Convention in July. " + LEAD,
     "Public Policy Institute of California"),
    # trap: with no institute named, a convention named just before is none
    ("California votes in June. Tom Reed wants to stay in the race through the Democratic National Convention in "
     "July. " + LEAD, "institute"),
    # twin: the institute named just before
    ("The Harlow Policy Institute polled 800 voters in June. " + LEAD, "Harlow Policy Institute"),
])
def test_the_institute_is_one_named_so(text, expected):
    assert claim_with(text, "49 percent").speaker == expected


# --------------------------------------------------------------------------- a named spokesman is that person

TALKS = "Talks on the new border crossing resumed in Vienna on Monday. "


@pytest.mark.parametrize("text, speaker, mention", [
    # trap: a spokesman is an organisation's voice, so the organisation was the speaker, the name left unused
    (TALKS + "The ministry's spokesman, Ahmed Karimi, said the talks had stalled.", "Ahmed Karimi",
     "The ministry's spokesman"),
    (TALKS + "A spokeswoman for the ministry, Lena Ford, said the talks had stalled.", "Lena Ford",
     "A spokeswoman for the ministry"),
    (TALKS + "Ms. Holt's spokesman, Ahmed Karimi, said the talks had stalled.", "Ahmed Karimi",
     "Ms. Holt's spokesman"),
])
def test_a_spokesman_named_in_apposition_is_the_speaker(text, speaker, mention):
    claim = claim_with(text, "talks had stalled")
    assert (claim.speaker, claim.mention) == (speaker, mention)


@pytest.mark.parametrize("text, speaker", [
    # twin: an unnamed spokesman speaks for whom he is a spokesman of
    (TALKS + "A spokeswoman for the Interior Ministry said the talks had stalled.", "Interior Ministry"),
    (TALKS + "Ms. Holt's spokesman said the talks had stalled.", "Holt"),
])
def test_twin_an_unnamed_spokesman_speaks_for_the_owner(text, speaker):
    assert claim_with(text, "talks had stalled").speaker == speaker


@pytest.mark.parametrize("text, speaker", [
    # "the spokesman" later: the spokesman named before, not whose spokesman he is
    (TALKS + 'The ministry\'s spokesman, Ahmed Karimi, said the talks had stalled. "There is no progress," the '
             'spokesman added.', "Ahmed Karimi"),
    # the last of two named spokesmen, though the second said nothing the engine reads as a claim
    (TALKS + 'The ministry\'s spokesman, Ahmed Karimi, said the talks had stalled. The army\'s spokesman, Omar '
             'Haddad, disagreed. "There is progress," the spokesman said.', "Omar Haddad"),
])
def test_the_spokesman_is_the_one_named_before(text, speaker):
    assert claim_with(text, "progress").speaker == speaker


@pytest.mark.parametrize("text, words", [
    # twin: the words a spokesman spoke for Ms. Holt make her no spokesman; "the spokesman" stays as written
    (TALKS + 'Ms. Holt\'s spokesman said the talks had stalled. "There is no progress," the spokesman added.',
     "no progress"),
    # twin: a spokesman brought in unnamed is not the one named before
    (TALKS + 'The ministry\'s spokesman, Ahmed Karimi, said the talks had stalled. Later a spokesman for the army '
             'said they would go on. "We remain hopeful," the spokesman said.', "remain hopeful"),
])
def test_twin_the_spokesman_stays_as_written_without_a_named_one(text, words):
    assert claim_with(text, words).speaker == "spokesman"


def test_a_description_in_apposition_is_the_named_persons_role():
    # trap: "The book accuses Bob": the book's author was taken as the subject of that sentence, so "He" after it
    # went to the author; the author is no book, and the role is the whole description
    text = ("Bob Lane ran the station for ten years. The author of the book, Ann Pryce, said the station was badly "
            "run. The book accuses Bob of ignoring warnings. He said that is a distortion of what happened.")
    claim = claim_with(text, "distortion")
    assert claim.speaker == "Bob Lane"
    author = claim_with(text, "badly run")
    assert (author.speaker, author.role) == ("Ann Pryce", "author of the book")
