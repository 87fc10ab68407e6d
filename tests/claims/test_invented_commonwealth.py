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


# ------------------------------------------------------------ "The Member for Mackellar, Sophie Scamps, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "The Member for <seat>" is a title, and the name in apposition to it the speaker
    ("The Member for Mackellar, Sophie Scamps, said the bill was flawed.", "was flawed", {"Sophie Scamps"}),
    ('The Member for Mackellar, Sophie Scamps, said the bill was flawed. Later the Member for Mackellar said it was '
     '"a dud".', "a dud", {"Sophie Scamps"}),
    # trap: the title with no name stays as written, with its seat (never "Member")
    ("The Member for Mackellar said the bill was flawed.", "was flawed", {"Member for Mackellar"}),
    # twin: a member of a body, lower case, stays as written
    ("A member of the council, Ruth Cole, said the bill was flawed.", "was flawed", {"Ruth Cole"}),
])
def test_member_for_a_seat_is_a_title(text, words, expected):
    assert _speakers(text, words) == expected


# ------------------------------------------------------------ "made according to the law"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "according to" a rule or a plan, closing its clause with no comma, is the manner, no source: the
    # claim is the speaker's, whole, and "the law" speaks nowhere
    ("Labor's Tanya Plibersek said the decision on the mine would be made according to the law.",
     "would be made", {"Tanya Plibersek"}),
    ("Ms Plibersek said the decision would be made according to the law.", "would be made", {"Plibersek"}),
    ("The visa was cancelled according to the rules, the minister said.", "cancelled", {"minister"}),
    # twin: set off by a comma or opening the sentence, and a body after it, "according to" is the source
    ("According to the plan, 500 homes will be built in the first year.", "500 homes", {"plan"}),
    ("Prices rose by 4 per cent, according to the Bureau of Statistics.", "Prices rose", {"Bureau of Statistics"}),
    ("Prices rose by 4 per cent according to the Bureau of Statistics.", "Prices rose", {"Bureau of Statistics"}),
])
def test_according_to_a_rule_is_no_source(text, words, expected):
    assert _speakers(text, words) == expected


@pytest.mark.parametrize("text, whole", [
    ("Ms Plibersek said the decision would be made according to the law.",
     ["the decision would be made according to the law"]),
    # (the source of "the minister said" is the minister, never "the rules")
    ("The visa was cancelled according to the rules, the minister said.", ["The visa was cancelled according to the rules"]),
])
def test_according_to_a_rule_keeps_the_claim_whole(text, whole):
    assert [c.quote for c in extract_claims(text)] == whole


# ------------------------------------------------------------ "Attorney-General Mark Dreyfus ... the Attorney-General"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an office written "<office>-General" is one title: "the Attorney-General" later is the one named with it,
    # and the name in apposition to it speaks
    ('Attorney-General Mark Dreyfus said the laws would be reviewed. The Attorney-General said the review was '
     '"overdue".', "overdue", {"Mark Dreyfus"}),
    ('UN Secretary-General António Guterres said the world was "off track". The Secretary-General said nations must '
     'act.', "nations must act", {"António Guterres"}),
    ("The Victorian Auditor-General's Office found the business case had understated costs.", "understated",
     {"Auditor-General's Office"}),
    # twin: the office with no one named stays as written; a name in apposition to it stays the speaker; a rank
    # before "General" is no such office
    ("The Auditor-General, John Ryan, said the department had not been transparent.", "transparent", {"John Ryan"}),
    ("The Attorney-General said the laws would be reviewed.", "reviewed", {"Attorney-General"}),
    ("Major-General Jim Molan said the plan was sound.", "sound", {"Jim Molan"}),
])
def test_general_offices_are_one_title(text, words, expected):
    assert _speakers(text, words) == expected


# ------------------------------------------------------------ "Counsel for the ACCC, Ruth Higgins SC,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the letters of senior counsel after a name ("SC", "KC"), which the tagger called an organisation, are no
    # speaker: the name before them is
    ("Counsel for the ACCC, Ruth Higgins SC, told the court the conduct had affected 86,000 customers.",
     "86,000 customers", {"Ruth Higgins"}),
    ("Barrister Greg Barns SC said the laws were draconian.", "draconian", {"Greg Barns"}),
    # trap: a lawyer's noun opening the sentence with its "for" phrase and no article is a description, never a name
    ("Lawyer for the family, Peter Morrissey, said the inquest had been harrowing.", "harrowing",
     {"Peter Morrissey"}),
    ("Barrister for the family said the inquest had been harrowing.", "harrowing", {"Barrister for the family"}),
    ("Lawyer Peter Morrissey said the inquest had been harrowing.", "harrowing", {"Peter Morrissey"}),
    # twin: the letters after a name in full, and the description with its article, were already right
    ("Greg Barns SC said the laws were draconian.", "draconian", {"Greg Barns"}),
    ("A lawyer for the family, Peter Morrissey, said the inquest had been harrowing.", "harrowing",
     {"Peter Morrissey"}),
    ("The SC said the laws were draconian.", "draconian", {"SC"}),
])
def test_senior_counsel_and_lawyers_for_someone(text, words, expected):
    assert _speakers(text, words) == expected


# ------------------------------------------------------------ "The Law Society of South Australia's president, X,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the role noun owned by a name with "of" in it, which the parser read as the object of that "of": the
    # person in apposition to it speaks, never the organisation
    ("The Law Society of South Australia's president, Alexander Lazarevich, said the legislation was rushed.",
     "rushed", {"Alexander Lazarevich"}),
    # twin: with no one named, the organisation; a parse that kept the role apart was already right
    ("The Law Society of South Australia's president said the legislation was rushed.", "rushed",
     {"Law Society of South Australia"}),
    ("The Bank of England's governor, Andrew Bailey, said rates would fall.", "rates would fall", {"Andrew Bailey"}),
])
def test_owned_role_inside_an_of_name(text, words, expected):
    assert _speakers(text, words) == expected


# ------------------------------------------------------------ "said the council had failed ratepayers"

@pytest.mark.parametrize("text, expected", [
    # trap: a clause whose verb the parser took for an adjective on its object ("had failed ratepayers"), with its
    # subject and auxiliary inside the object of "said", is the content
    ("Labour MP Tim Costley said the council had failed ratepayers.", ["the council had failed ratepayers"]),
    # twin: an adjective before a noun with no subject and auxiliary of its own is no clause
    ("The mayor said the failed ratepayers scheme would be scrapped.",
     ["the failed ratepayers scheme would be scrapped"]),
    ("Labour MP Tim Costley said the council had failed its ratepayers.", ["the council had failed its ratepayers"]),
])
def test_clause_taken_for_an_adjective_on_the_object(text, expected):
    assert [c.quote for c in extract_claims(text)] == expected


# ------------------------------------------------------------ "Ngāpuhi kaumātua Kingi Taurua said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a description in lower case (a Māori word for an elder) the tagger took into the person's name
    ("Ngāpuhi kaumātua Kingi Taurua said the Prime Minister was not welcome.", "not welcome", {"Kingi Taurua"}),
    # twin: a particle of a name in lower case stays in it
    ("Frederik de Klerk said the talks were over.", "talks were over", {"Frederik de Klerk"}),
    ("The kuia, Mere Rangi, said the marae was ready.", "marae was ready", {"Mere Rangi"}),
])
def test_lower_case_description_before_a_name(text, words, expected):
    assert _speakers(text, words) == expected
