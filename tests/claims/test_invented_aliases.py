"""Right speaker or none (issue 8, round 23b): names, titles and aliases. An alias the text itself gives a person
("widely known as MBS", "(AOC)", nicknamed "Bibi"), a title before a name the tagger mis-tagged ("Minister of
Electricity Kgosientsho Ramokgopa", "General Secretary To Lam") and the one an opening participle introduces
("Introducing Kamala Harris, the former first lady told …"), each class a case here with a negative twin. The
sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- aliases the text gives

@pytest.mark.parametrize("text, words, expected", [
    # trap: a later quote by the alias alone was given to the alias as a name of its own
    ("RIYADH (Reuters) - Saudi Crown Prince Mohammed bin Salman, widely known as MBS, met the US delegation on "
     "Tuesday. \"We will diversify the economy,\" MBS said.", "diversify the economy",
     {"Crown Prince Mohammed bin Salman"}),
    ("Representative Alexandria Ocasio-Cortez (AOC) spoke at the rally in the Bronx. \"This is about working "
     "families,\" AOC said.", "working families", {"Alexandria Ocasio-Cortez"}),
    ("JERUSALEM (AP) — Israeli Prime Minister Benjamin Netanyahu, nicknamed \"Bibi,\" addressed the Knesset on "
     "Monday. \"We will not stop,\" Bibi said.", "will not stop", {"Benjamin Netanyahu"}),
    ("MEXICO CITY — Former President Andrés Manuel López Obrador (AMLO) spoke to reporters. AMLO said the reform was "
     "\"irreversible.\"", "irreversible", {"Andrés Manuel López Obrador"}),
    ("Former President Donald Trump, known to supporters as DJT, addressed the convention. \"We will win big,\" DJT "
     "told the crowd.", "win big", {"Donald Trump"}),
    ("Alexandria Ocasio-Cortez, or AOC as she is widely known, spoke at the rally. \"We will win,\" AOC said.",
     "We will win", {"Alexandria Ocasio-Cortez"}),
    ("Prince Mohammed, who is known as MBS, spoke to reporters. \"We are ready,\" MBS said.", "We are ready",
     {"Prince Mohammed"}),
    # twin: no alias given (a description after "known as", letters in brackets that are not the name's initials,
    # an alias of someone else): the one who speaks, as before
    ("Defence Secretary John Healey, known as a hardliner on Russia, met his counterparts. \"We stand with Ukraine,\" "
     "Healey said.", "stand with Ukraine", {"John Healey"}),
    ("Former Bank of England governor Mark Carney (BOE) spoke on Tuesday. \"Rates will rise,\" IMF said.",
     "Rates will rise", {"IMF"}),
    ("Jane Smith, who is known as a tough negotiator, met the union. \"We will not budge,\" Smith said.",
     "will not budge", {"Jane Smith"}),
    ("Shinzo Abe met Donald Trump, known as DJT, in Tokyo. \"We are friends,\" Abe said.", "We are friends",
     {"Shinzo Abe"}),
])
def test_alias_given_in_text(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- titles before mis-tagged names

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger ran the portfolio into the name ("Electricity Kgosientsho Ramokgopa", an organisation) or the
    # parser took a name's first word for a preposition ("To Lam"): the bare title word was the speaker
    ("JOHANNESBURG - Minister of Electricity Kgosientsho Ramokgopa said on Sunday that load-shedding would end by "
     "winter. \"We have turned the corner,\" he said.", "turned the corner", {"Kgosientsho Ramokgopa"}),
    ("JOHANNESBURG - Minister of Electricity Kgosientsho Ramokgopa said on Sunday that load-shedding would end by "
     "winter.", "load-shedding", {"Kgosientsho Ramokgopa"}),
    ("Deputy Minister of Police Cassel Mathale said crime had fallen.", "crime had fallen", {"Cassel Mathale"}),
    ("HANOI (AP) - Vietnam's General Secretary To Lam said the party would fight corruption.", "fight corruption",
     {"To Lam"}),
    ("HANOI - General Secretary To Lam told reporters that ties with China were strong. \"We are comrades,\" he said.",
     "We are comrades", {"To Lam"}),
    # twin: a portfolio with a listed first name, a title with no name, a title with its "of" body: as before
    ("PRETORIA - Minister of Finance Enoch Godongwana said the budget was balanced.", "budget was balanced",
     {"Enoch Godongwana"}),
    ("The Minister of Electricity said load-shedding would end by winter.", "load-shedding",
     {"Minister of Electricity"}),
    ("WASHINGTON - Secretary of State Antony Blinken said on Monday the talks would resume.", "talks would resume",
     {"Antony Blinken"}),
])
def test_title_before_mistagged_name(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- the one an opening participle introduces

@pytest.mark.parametrize("text, words, expected", [
    # trap: the description running to the verb was taken for a role of the one introduced, who was made the speaker
    ("Introducing Kamala Harris, the former first lady told the convention that \"hope is making a comeback.\"",
     "hope is making", {"former first lady"}),
    ("Praising Angela Rayner, the party chairman, told delegates that the election was winnable.",
     "election was winnable", {"party chairman"}),
    # twin: a name closing the participle's phrase speaks; the one introduced keeps a role set off before another
    # subject
    ("Thanking the volunteers, Mayor Sadiq Khan, told reporters the event was a success.", "event was a success",
     {"Sadiq Khan"}),
    ("Introducing Kamala Harris, the vice-president, Barack Obama told the convention that \"hope is back.\"",
     "hope is back", {"Barack Obama"}),
])
def test_opening_participle_object_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == expected
