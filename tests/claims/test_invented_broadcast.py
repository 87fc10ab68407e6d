"""Right speaker or none (issue 8, round 22): wrong speakers, channels and missed claims found with invented
write-ups of broadcast, radio and podcast interviews and of other outlets' reporting ("speaking on BBC Radio 4's
Today programme", "told CNN's State of the Union", "told host Kristen Welker", "in remarks carried by TASS"), where
the channel matters as much as the speaker and the interviewer never speaks the guest's answers. Each class is a
case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _vias(text: str, words: str) -> set[str | None]:
    return {c.via for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "Speaking to Times Radio, the defence secretary, John Healey, said"

@pytest.mark.parametrize("text, words, expected, via", [
    # trap: the parser made the participle the subject and hung the description, and the name in apposition to it,
    # on the outlet; the name speaks (it was given to "Speaking"), through the outlet
    ("Speaking to Times Radio, the defence secretary, John Healey, said troops would be deployed within weeks.",
     "troops would be deployed", "John Healey", "Times Radio"),
    ("Speaking to ITV's Good Morning Britain, the chancellor, Rachel Reeves, said taxes would not rise.",
     "taxes would not rise", "Rachel Reeves", None),
])
def test_a_name_in_apposition_to_a_description_after_a_channel_participle_speaks(text, words, expected, via):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert {c.speaker for c in claims} == {expected}
    if via:
        assert {c.via for c in claims} == {via}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a description with no name, and a name with no description, speak as before
    ("Speaking to Times Radio, the defence secretary said troops would be deployed within weeks.",
     "troops would be deployed", "defence secretary"),
    ("Speaking to the BBC, Healey said troops would be deployed within weeks.", "troops would be deployed", "Healey"),
    ("Speaking in Leeds, the mayor, Tracy Brabin, said the trams would run.", "trams would run", "Tracy Brabin"),
])
def test_a_channel_participle_with_a_plain_subject_is_unchanged(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Host Jake Tapper asked whether he would … He said …"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the host who asks whether "he" would do something asks about someone else: the "He" who answers right
    # after is never the host (the host was given the guest's answer)
    ('Senator Lindsey Graham said on Sunday that the administration must act quickly. Host Jake Tapper asked '
     'whether he would support the bill. He said he would "look at the details".', "look at the details",
     "Lindsey Graham"),
    ('Senator Lindsey Graham said on Sunday that the administration must act quickly. Host Dana Bash asked whether '
     'he would support the bill. He said he would "look at the details".', "look at the details", "Lindsey Graham"),
    ('Rishi Sunak appeared on Good Morning Britain on Monday. Presenter Ben Shephard asked whether he regretted '
     'calling the election early. He said: "No, I don\'t."', "No, I don't", "Rishi Sunak"),
    ("Chuck Todd asked Governor Phil Murphy whether he would sign the bill. He said he would veto it.",
     "he would veto it", "Phil Murphy"),
])
def test_the_host_asking_whether_he_is_never_the_he_who_answers(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a question about something else, or about "she", leaves the asker the "he" who goes on
    ('Senator Lindsey Graham spoke first. Host Jake Tapper asked whether the bill would pass. He said it was "a '
     'fair question".', "a fair question", "Jake Tapper"),
    ('Senator Lindsey Graham spoke first. Host Jake Tapper asked whether she would support the bill. He said it was '
     '"a fair question".', "a fair question", "Jake Tapper"),
])
def test_the_asker_goes_on_when_the_question_is_about_no_he(text, words, expected):
    assert _speakers(text, words) == {expected}
