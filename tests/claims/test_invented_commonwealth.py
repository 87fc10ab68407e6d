"""Right speaker or none (issue 8, round 22): wrong speakers found with invented news from Australia, New Zealand,
Canada, South Africa and the Commonwealth press (ABC, SBS, Sydney Morning Herald, Stuff, RNZ, NZ Herald, CBC, Globe
and Mail, News24, Daily Maverick), each class a case here with a negative twin. The sentences are invented for these
tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# ------------------------------------------------------------ "Minister for Housing Clare O'Neil said", "MP for X Y"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a title closing with its portfolio's or seat's "for" phrase, then the holder's name: the name speaks,
    # never "Minister", "Independent MP" or the seat run into the name
    ("Minister for Housing Clare O'Neil said the scheme would help first-home buyers.", "first-home buyers",
     {"Clare O'Neil"}),
    ("Minister for Māori Development Tama Potaka said the review was overdue.", "review was overdue",
     {"Tama Potaka"}),
    ("Independent MP for Warringah Zali Steggall said the legislation did not go far enough.", "far enough",
     {"Zali Steggall"}),
    ('Greens MP for Melbourne Adam Bandt said the legislation did not go far enough. "It is weak," Mr Bandt said.',
     "It is weak", {"Adam Bandt"}),
    ('Member for Mackellar Sophie Scamps said the bill was "a missed opportunity".', "missed opportunity",
     {"Sophie Scamps"}),
    ("Labour MP for Tottenham David Lammy said the legislation did not go far enough.", "far enough",
     {"David Lammy"}),
    ("Chief Commissioner of Victoria Police Shane Patton said the force was stretched.", "stretched",
     {"Shane Patton"}),
    # twin: the title and its portfolio with no one named stay as written; a name already apart was already right
    ("The Minister for Housing said the scheme would help first-home buyers.", "first-home buyers",
     {"Minister for Housing"}),
    ("Minister for Children Karen Chhour said the agency needed reform.", "needed reform", {"Karen Chhour"}),
    ("The MP for Wentworth, Allegra Spender, said the bill was flawed.", "was flawed", {"Allegra Spender"}),
])
def test_name_closing_a_title_for_a_portfolio_or_seat(text, words, expected):
    assert _speakers(text, words) == expected


# ------------------------------------------------------------ "Auckland Mayor Wayne Brown said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a place, a title and a name the tagger ran into one organisation's (or person's) name: the person, and
    # "Brown", "Cr Schrinner", "the mayor" later are that person
    ("Auckland Mayor Wayne Brown said the council had no choice.", "no choice", {"Wayne Brown"}),
    ('Auckland Mayor Wayne Brown said the council had no choice. "We\'ve got to build the pipes," Brown said.',
     "build the pipes", {"Wayne Brown"}),
    ('Auckland Mayor Wayne Brown said the council had no choice. The mayor said it was "a tough call".',
     "tough call", {"Wayne Brown"}),
    ('Brisbane Lord Mayor Adrian Schrinner said the venues were on track. "We\'re confident," Cr Schrinner said.',
     "confident", {"Adrian Schrinner"}),
    ('Brisbane Lord Mayor Adrian Schrinner said the venues were on track. Later, the Lord Mayor said the budget was '
     '"tight".', "tight", {"Adrian Schrinner"}),
    # twin: a place before a name with no title is no person's ("Western Sydney Wanderers"), and a title with no
    # place was already right
    ("Toronto FC said the coach had left.", "coach had left", {"Toronto FC"}),
    ('Mayor Wayne Brown said the council had no choice. "We\'ve got to build the pipes," Brown said.',
     "build the pipes", {"Wayne Brown"}),
])
def test_place_and_title_run_into_a_name(text, words, expected):
    assert _speakers(text, words) == expected
