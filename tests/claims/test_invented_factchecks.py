"""Right speaker or none (issue 8, round 23): wrong speakers and missed claims found with invented fact-checks and
debate recaps (PolitiFact, FactCheck.org, AP Fact Check, BBC Verify, the Washington Post's Fact Checker; debate-night
recaps from the NYT, CNN, Politico, The Hill and the Guardian), each class a case here with a negative twin. The
sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _quotes(text: str, speaker: str) -> list[str]:
    return [c.quote for c in extract_claims(text) if c.speaker == speaker]


# --------------------------------------------------------------------------- "According to the OECD, U.S. tax …"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser ran the source into the subject of the clause after the comma ("the OECD" a modifier of
    # "revenue"): the source is the phrase before the comma, never "OECD, U.S. tax revenue"
    ("According to the OECD, U.S. tax revenue as a share of GDP is below the average of developed countries.",
     "below the average", {"OECD"}),
    # twins: a source the parser read right, and a list of sources, stay as they were
    ("According to the OECD, tax revenue in the US is below the average.", "below the average", {"OECD"}),
    ("According to the Census Bureau, median household income rose 4% last year.", "income rose", {"Census Bureau"}),
])
def test_a_source_run_into_the_next_subject(text, words, expected):
    assert _speakers(text, words) == expected


def test_a_source_run_into_the_next_subject_leaves_the_subject_in_the_claim():
    text = "According to the OECD, U.S. tax revenue as a share of GDP is below the average of developed countries."
    assert _quotes(text, "OECD") == ["U.S. tax revenue as a share of GDP is below the average of developed countries"]


# --------------------------------------------------------------------------- `CLAIM: Harris "wants …"`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a fact-check's header ("CLAIM:", "THE FACTS:", "Our ruling:") is no speaker's turn, and the parser's verb
    # "CLAIM" is no cue: the one the claim is about did not make it
    ('CLAIM: Harris "wants to take away your guns."\n\nTHE FACTS: Trump made the claim at a rally in Arizona.',
     "take away your guns", {None}),
    ('CLAIM: Biden "has the worst inflation in 50 years."', "worst inflation", {None}),
    ("THE FACTS: Trump made the claim at a rally in Arizona. It is false.", "made the claim", set()),
    # twins: a claim under the header with a verb of its own keeps its speaker; a person's label is a turn
    ("CLAIM: Biden said the economy is booming.", "economy is booming", {"Biden"}),
    ("THE FACTS: The Census Bureau said median income rose 4% last year.", "median income", {"Census Bureau"}),
    ('Trump said at a rally that Harris "wants to take away your guns."', "take away your guns", {"Trump"}),
])
def test_a_fact_checks_headers_are_no_speakers(text, words, expected):
    assert _speakers(text, words) == expected



# --------------------------------------------------------------------------- "Full Fact said", "Islamic State said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a word that is no speaker alone ("fact", "state"; words/not_speakers.txt) ends a capitalised name
    ("Full Fact said the claim was misleading.", "claim was misleading", {"Full Fact"}),
    ("Full Fact, the fact-checking charity, said the claim was misleading.", "claim was misleading", {"Full Fact"}),
    ("Trump called for the ban after the shooting. The Islamic State said the two were its followers.", "followers",
     {"Islamic State"}),
    # twins: the word alone, or before a noun, still speaks for no one
    ("The fact remains that the figure was wrong, Smith said.", "figure was wrong", {"Smith"}),
    ("State officials said the figure was wrong.", "figure was wrong", {"State officials"}),
])
def test_a_name_ending_in_a_word_that_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `Trump shot back: "Only Rosie O'Donnell."`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation in title case is spoken, no title, when a verb introduces it with a colon or a verb of speech
    # follows its closing comma (a debate's zinger: a name, a nickname)
    ('Clinton said Trump had called women "pigs, slobs and dogs." Trump said: "Only Rosie O\'Donnell."', "Rosie",
     {"Trump"}),
    ('Clinton said Trump had called women names. "Only Rosie O\'Donnell," Trump interjected.', "Rosie", {"Trump"}),
    ('Clinton said she had a plan. Trump said: "Nasty Woman."', "Nasty Woman", {"Trump"}),
    # twins: a title named in running text, or after a colon with no verb, stays a title
    ('Trump wrote a book, "The Art of the Deal," in 1987. He said it sold well.', "Art of the Deal", set()),
    ('His favourite film: "The Godfather Part Two."', "Godfather", set()),
])
def test_a_spoken_quotation_in_title_case(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `… "misleading", the head of …, NAME, said`

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hung the description and its name on the quoted word before them and left the verb no subject:
    # the described person speaks the words before the comma
    ('Mr Sunak\'s claim that Labour would cost families £2,000 was "misleading", the head of the UK Statistics '
     'Authority, Sir Robert Chote, said in a letter.', "was \"misleading\"", {"Robert Chote"}),
    ('The claim was "misleading", the head of the UK Statistics Authority, Sir Robert Chote, said in a letter.',
     "was \"misleading\"", {"Robert Chote"}),
    # twins: the name alone, or the unquoted sentence, as before
    ('Mr Sunak\'s claim that Labour would cost families £2,000 was "misleading", Sir Robert Chote said.',
     "was \"misleading\"", {"Robert Chote"}),
    ("Sunak's figure was misleading, the head of the UK Statistics Authority, Sir Robert Chote, said.",
     "figure was misleading", {"Robert Chote"}),
])
def test_a_described_speaker_hung_on_a_quoted_word(text, words, expected):
    assert _speakers(text, words) == expected


def test_a_described_speaker_hung_on_a_quoted_word_is_no_part_of_the_claim():
    text = 'The claim was "misleading", the head of the UK Statistics Authority, Sir Robert Chote, said in a letter.'
    assert _quotes(text, "Robert Chote") == ['The claim was "misleading"']
