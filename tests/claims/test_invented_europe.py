"""Right speaker or none (issue 8, round 21b): wrong speakers found with invented European domestic news as
English-language outlets write it (RTÉ, DW, France 24, ANSA, Kyiv Independent, Notes from Poland), each class a case
here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims

# --------------------------------------------------------------------------- "The Taoiseach, Micheál Martin, said"


@pytest.mark.parametrize("text, words, expected", [
    # trap: the Irish head of government and deputy are titles before a name, never the speaker's name
    ('The Taoiseach, Micheál Martin, has said the Government will not be "bounced" into an early election.',
     "bounced", {"Micheál Martin"}),
    ('Taoiseach Micheál Martin said the Government would not be "bounced" into an election.', "bounced",
     {"Micheál Martin"}),
    ('The Taoiseach, Micheál Martin, has said the Government will not be "bounced" into an early election. '
     '"We are focused on delivery," the Taoiseach said.', "focused on delivery", {"Micheál Martin"}),
    ('Taoiseach Micheál Martin said the Government would not be "bounced". Later, the Taoiseach said the coalition '
     'was "rock solid".', "rock solid", {"Micheál Martin"}),
    ('Tánaiste Simon Harris said housing was the "number one priority". Speaking in Cork, the Tánaiste said: '
     '"We will build more homes."', "build more homes", {"Simon Harris"}),
    # twin: the title alone, with no one named to hold it, stays as written
    ('The Taoiseach has said the Government will not be "bounced" into an early election.', "bounced",
     {"Taoiseach"}),
    ('Mr Martin met the Tánaiste on Monday. The Taoiseach said the talks were "constructive".', "constructive",
     {"Taoiseach"}),
    # twin: a title the tagger saw apart from the name was already the name's
    ('Chancellor Friedrich Merz said the budget would be "fair". Later, the Chancellor said the plan was "solid".',
     "solid", {"Friedrich Merz"}),
])
def test_irish_offices_are_titles_before_a_name(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "Andrii Yermak", "Gergely Gulyás"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an Eastern European given name the tagger left out (or took for an adverb) is part of the name
    ('KYIV (Kyiv Independent) - Andrii Yermak, head of the Presidential Office, said on Telegram that the talks in '
     'Istanbul had produced "no real results". "Russia is not interested in peace," Yermak wrote.',
     "no real results", {"Andrii Yermak"}),
    ('KYIV (Kyiv Independent) - Andrii Yermak, head of the Presidential Office, said on Telegram that the talks in '
     'Istanbul had produced "no real results". "Russia is not interested in peace," Yermak wrote.',
     "not interested in peace", {"Andrii Yermak"}),
    ('Andrii Yermak said on Telegram that the talks had produced "no real results".', "no real results",
     {"Andrii Yermak"}),
    ('Dmitry Anatolyevich Medvedev, deputy chairman of the Security Council, said in a post that Europe was '
     '"preparing for war".', "preparing for war", {"Dmitry Anatolyevich Medvedev"}),
    ("Viktor Orbán said Brussels was wrong. Gergely Gulyás, Orbán's chief of staff, told a weekly press briefing that "
     "the government would challenge the ruling in court.", "challenge the ruling", {"Gergely Gulyás"}),
    ("Gergely Gulyás, the minister in charge of the prime minister's office, told reporters the government would "
     "appeal.", "would appeal", {"Gergely Gulyás"}),
    # twin: a word before a surname that is no listed first name is no part of it
    ('Yermak said on Telegram that the talks had produced "no real results".', "no real results", {"Yermak"}),
    ('Later Yermak said on Telegram that the talks had produced "no real results".', "no real results", {"Yermak"}),
    ("Recently Gulyás told reporters the government would appeal.", "would appeal", {"Gulyás"}),
])
def test_eastern_european_given_names_are_part_of_the_name(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "Sinn Féin TD Pearse Doherty said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a party and an office's letters the tagger ran into the name are no part of it (never the party's)
    ('Sinn Féin TD Pearse Doherty said the budget was "a missed opportunity".', "missed", {"Pearse Doherty"}),
    ('Green Party MEP Ciarán Cuffe said the budget was "a missed opportunity".', "missed", {"Ciarán Cuffe"}),
    ('Social Democrats TD Holly Cairns said the budget was "a missed opportunity".', "missed", {"Holly Cairns"}),
    ("Fianna Fáil TD Jim O'Callaghan said the Government had \"got the balance right\".", "balance",
     {"Jim O'Callaghan"}),
    # twin: letters that open an organisation's name stay in it; a party and office the tagger saw apart stay apart
    ('MP Materials Corp said the budget was "a missed opportunity".', "missed", {"MP Materials Corp"}),
    ('SNP MP Stephen Flynn said the budget was "a missed opportunity".', "missed", {"Stephen Flynn"}),
])
def test_party_and_office_letters_before_a_name_are_no_part_of_it(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: the Marshal of the Sejm is a title before a name, and "the marshal" later is its holder
    ('Marshal Szymon Hołownia said the vote would be postponed. Later, the marshal said it was "fair".', "fair",
     {"Szymon Hołownia"}),
    ('Speaking in the Sejm, Marshal Szymon Hołownia said the vote would be "postponed".', "postponed",
     {"Szymon Hołownia"}),
    # twin: the marshal with no one named to hold the title stays as written
    ('The marshal said the vote would be "postponed".', "postponed", {"marshal"}),
])
def test_the_marshal_of_the_sejm_is_a_title(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "an interview with Corriere della Sera"

@pytest.mark.parametrize("text, words, via", [
    # trap: an outlet's name with a lower-case particle is the whole name, never its last word
    ("Meloni said in an interview with Corriere della Sera that Italy would not be lectured.", "lectured",
     "Corriere della Sera"),
    # twin: an outlet the tagger saw whole, and one after an article, as before
    ("Meloni said in an interview with La Repubblica that Italy would not be lectured.", "lectured", "La Repubblica"),
    ("She said in an interview with the Financial Times that the deal was off.", "deal was off", "the Financial Times"),
])
def test_an_outlet_named_with_a_particle_is_the_whole_name(text, words, via):
    assert [c.via for c in extract_claims(text) if words in c.quote] == [via]


# --------------------------------------------------------------------------- "Deputy PM and Labour Minister Yolanda Díaz"

@pytest.mark.parametrize("text, words, expected", [
    # trap: two offices joined before a name the tagger took for an organisation's: the name's, never "Prime Minister"
    ("Spain's Deputy Prime Minister and Labour Minister Yolanda Díaz said the four-day week would be piloted in 2026.",
     "four-day week", {"Yolanda Díaz"}),
    ("Deputy Prime Minister and Labour Minister Yolanda Díaz said the four-day week would be piloted in 2026.",
     "four-day week", {"Yolanda Díaz"}),
    # twin: an organisation joined to a title is no holder of it
    ("The Prime Minister and Goldman Sachs said the talks had failed.", "talks had failed", {"Prime Minister"}),
    ("Deputy Prime Minister and Foreign Minister Simon Coveney said the talks had failed.", "talks had failed",
     {"Simon Coveney"}),
])
def test_joined_offices_before_a_name_are_the_names(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected
