"""Right speaker or none (issue 8, round 14b): wrong speakers found with invented news paragraphs (politics,
government, sport, science and health), each class a case here with a negative twin. The sentences are invented
for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims

# --------------------------------------------------------------------------- "saying they showed "Q""


@pytest.mark.parametrize("text, words, expected", [
    # trap: quoted words after a verb of evidence inside someone's claim are that someone's, never the figures'
    ('According to the Office for National Statistics, inflation fell to 2.3% in April. Chancellor Rachel Reeves '
     'welcomed the figures, saying they showed "the plan is working".', "the plan is working", {"Rachel Reeves"}),
    ('The minister welcomed the report, saying it showed "we are on the right track".', "right track",
     {"minister"}),
    # twin: a name who told them the words inside the claim keeps their own claim
    ('Chancellor Rachel Reeves welcomed the figures, saying Tom Reed had told her: "The plan is working."',
     "The plan is working", {"Rachel Reeves", "Tom Reed"}),
])
def test_quoted_words_a_thing_bears_out_inside_a_claim_are_the_claimants(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "Councillor Janet Reed said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: local and legislative titles before a name are titles, not part of it (words/honorifics.txt)
    ('Asked whether he would resign, the mayor replied: "Absolutely not." Councillor Janet Reed, who leads the '
     'opposition Liberal Democrat group, said the mayor had "lost the confidence of the chamber".',
     "lost the confidence", "Janet Reed"),
    ('"We need answers," said Congresswoman Lauren Boebert.', "We need answers", "Lauren Boebert"),
    ('Councilman Ruben Diaz added that the city had failed its tenants.', "the city had failed", "Ruben Diaz"),
    ('Councilmember Traci Park said the plan was "long overdue".', "long overdue", "Traci Park"),
    ('School board member Linda Hayes said the district was broke. Superintendent Robert Green disagreed. "We have '
     'the funds," Green said.', "We have the funds", "Robert Green"),
    # ... and a British police rank ("Chief Constable", "Detective Constable")
    ('Chief Constable Sarah Crew said officers had shown "great restraint."', "great restraint", "Sarah Crew"),
    ('Detective Constable Amy Hart said she feared for her life.', "feared for her life", "Amy Hart"),
    # twins: the title alone, with no name, stays the role as written; the surname Constable stays a name
    ('The councilman said the city had failed its tenants.', "the city had failed", "councilman"),
    ('John Constable said the painting was his best.', "painting was his best", "John Constable"),
])
def test_local_and_legislative_titles_before_a_name(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "..., the Spaniard said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "the <nationality>" goes on with the one person just named (words/epithet_nouns.txt)
    ('"It\'s a great win," said Pep Guardiola. "We were brilliant," the Spaniard added.', "We were brilliant",
     "Pep Guardiola"),
    ('Rory McIlroy, who finished third, said he was "gutted". "I had chances," the Northern Irishman said.',
     "I had chances", "Rory McIlroy"),
    # twin: with two people just named (one tagged an organisation), no guess: as written
    ('Rory McIlroy and Shane Lowry both finished third. "I had chances," the Northern Irishman said.',
     "I had chances", "Northern Irishman"),
])
def test_a_nationality_epithet_is_the_one_person_just_named(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "X asked Y ... the manager replied"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a description answering just after someone was asked is the one asked (words/answer_verbs.txt)
    ('A reporter asked Eddie Howe whether it was a penalty. "I don\'t think so," the Newcastle manager replied.',
     "think so", "Eddie Howe"),
    ('Eddie Howe was asked whether it was a penalty. "I don\'t think so," the Newcastle manager replied.', "think so",
     "Eddie Howe"),
    ('Host Dana Bash asked Senator Tim Kaine whether Democrats would block the nomination. "We will use every tool '
     'we have," the Virginia senator replied.', "every tool", "Tim Kaine"),
    # twins: two asked, or an answer by someone not named, stay as written
    ('A reporter asked Eddie Howe and Mikel Arteta whether it was a penalty. "I don\'t think so," the Newcastle '
     'manager replied.', "think so", "Newcastle manager"),
    ('Eddie Howe and Mikel Arteta were asked whether it was a penalty. "I don\'t think so," the Newcastle manager '
     'replied.', "think so", "Newcastle manager"),
    ('Eddie Howe asked the referee for an explanation. "It was a clear foul," the official replied.', "clear foul",
     "official"),
])
def test_a_description_answering_is_the_one_just_asked(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "X said the review would report"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a complement with a modal is no trailing "..., the review reported": the review says nothing here
    ('Rugby Football Union chief executive Bill Sweeney said the review would report in June.', "Bill Sweeney said",
     set()),
    # twin: a trailing report after its content stays the document's
    ('The plan was doomed from the start, the review reported.', "doomed from the start", {"review"}),
])
def test_a_modal_complement_is_no_trailing_report(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "a spokesman for the regulator, Ofgem"

@pytest.mark.parametrize("text, expected", [
    # trap: the organisation a spokesman speaks for is named in apposition to its description
    ("A spokesman for the regulator, Ofgem, said it would review the deal.", "Ofgem"),
    ("A spokeswoman for the watchdog, Ofcom, said it would review the deal.", "Ofcom"),
    # twin: with no name, the spokesman stays as written
    ("A spokesman for the regulator said it would review the deal.", "spokesman for the regulator"),
])
def test_a_spokesman_for_a_described_organisation_named_in_apposition(text, expected):
    assert [c.speaker for c in extract_claims(text)] == [expected]


# --------------------------------------------------------------------------- a list of quotations after a colon

@pytest.mark.parametrize("text, expected", [
    # trap: the items of a list after "…:" are the introducer's, a named one's or a described one's
    ('Tom Reed, the housing minister, set out his promises:\n\n- "We will build 300,000 homes a year."\n'
     '- "We will cut waiting lists."', ["Tom Reed", "Tom Reed"]),
    ('The minister set out three promises:\n\n"We will build 300,000 homes a year."', ["minister"]),
    # twins: a subject that is no speaker introduces no one; list items with their own credit line are not a
    # section label's
    ('The weather turned cold:\n\n"We will build 300,000 homes a year."', [None]),
    ('SHORT READS:\n\n- "An NYPD sketch artist gets a gallery show," by Hyperallergic\'s Carey Dunne.', [None]),
])
def test_a_list_of_quotations_after_a_colon_is_the_introducers(text, expected):
    assert [c.speaker for c in extract_claims(text)] == expected


# --------------------------------------------------------------------------- "a spokesman for the embassy, X, ... The embassy said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an organisation in the complement of someone's role ("a spokesman for the Russian embassy") is no title
    # of theirs: "the embassy" is the embassy, never its spokesman (round 16, wire news)
    ('A spokesman for the Russian embassy in Washington, Igor Girenko, said in a statement that the sanctions were '
     '"illegitimate". The embassy said Moscow reserved the right to respond.', "reserved the right", "embassy"),
    ('The chief executive of the airline, Ruth Cole, said the fleet was safe. The airline said it would resume flights '
     'on Monday.', "resume flights", "airline"),
    # twin: the role's own noun still takes up the one given it
    ('A spokesman for the Russian embassy in Washington, Igor Girenko, said in a statement that the sanctions were '
     '"illegitimate". The spokesman said Moscow reserved the right to respond.', "reserved the right", "Igor Girenko"),
])
def test_the_organisation_of_a_role_is_no_title_of_its_holder(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "..., the two-term Republican said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a party given to the one named, a bare age, or an age or a count before a noun a writer uses for the one
    # the story is about (words/party_epithets.txt, words/epithet_role_nouns.txt) goes on with the one person just
    # named as a subject
    ('Democratic Gov. Josh Shapiro signed the budget on Friday after a months-long standoff with Senate Republicans. '
     '"This is a budget that works for every Pennsylvanian," the Democrat said at a signing ceremony in Harrisburg.',
     "works for every", "Josh Shapiro"),
    ('Ohio Attorney General Dave Yost, a Republican, announced the lawsuit on Thursday. "These companies knew what they were doing," '
     'Yost said at a news conference in Columbus. The two-term Republican said the state would seek $1 billion in '
     'damages.', "seek $1 billion", "Dave Yost"),
    ('President Tomas Herrera has led the country since 2014. "I was elected by the people," the 71-year-old told a '
     'news conference.', "elected by the people", "Tomas Herrera"),
    ('Steph Curry scored 40 points in the win. Asked about his shooting, the two-time MVP said, "I just felt it '
     'tonight."', "felt it tonight", "Steph Curry"),
    ('In an interview with the BBC, Finnish Prime Minister Petteri Orpo said his country was "prepared for any '
     'scenario". The 55-year-old conservative said defence spending would rise to 2.5% of GDP.', "defence spending",
     "Petteri Orpo"),
    # twins: someone new ("the 19-year-old driver"), a description that brings someone in with a relative clause, one
    # named only as an object, or two people named, stay as written
    ('Officer Tom Reed stopped the car on Route 9. "I was not speeding," the 19-year-old driver told him.',
     "not speeding", "19-year-old driver"),
    ('Benghazi mom speechwriter reveals he might vote for Clinton. The lifelong Republican who wrote the speech says '
     "he won't vote for Donald Trump this fall.", "this fall", "Republican"),
    ('Senator Ruth Cole and Governor Ann Pryce met on Monday. "We agreed on nothing," the Democrat said.',
     "agreed on nothing", "Democrat"),
    # twin: a party the text never gives the one named is no evidence: as written
    ('Gov. Josh Shapiro signed the budget on Friday after a months-long standoff with Senate Republicans. "This is a '
     'budget that works for every Pennsylvanian," the Democrat said at a signing ceremony in Harrisburg.',
     "works for every", "Democrat"),
])
def test_a_party_age_or_count_epithet_is_the_one_person_just_named(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "state media quoted X as saying ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the one a source quotes "as saying" says it (words/quoting_verbs.txt); the source that quoted, when it
    # names an organisation or an outlet, is the channel (as with "X said ..., according to CNN")
    ('Iranian state media quoted Foreign Minister Abbas Araghchi as saying that Tehran would not negotiate under '
     'pressure.', "would not negotiate", {("Abbas Araghchi", "Iranian state media")}),
    ('Interfax news agency quoted Kremlin spokesman Dmitry Peskov as saying that the drills would last a week.',
     "drills would last", {("Dmitry Peskov", "Interfax news agency")}),
    ('Araghchi was quoted as saying that Tehran would not negotiate under pressure.', "would not negotiate",
     {("Araghchi", None)}),
    # twins: a person who quotes is no channel; with a verb that is no quoting verb ("described the plan as saying")
    # the thing described says nothing: the claim stays the describers'
    ('His daughter quoted Tom Reed as saying that the war had changed everything.', "changed everything",
     {("Tom Reed", None)}),
    ('Critics described the plan as saying that taxes would rise.', "taxes would rise", {("Critics", None)}),
])
def test_quoted_as_saying_is_the_quoted_ones_claim_via_the_source(text, words, expected):
    assert {(c.speaker, c.via) for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "A diplomat from X, who asked not to be named,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a relative clause the parser hangs on the description's prepositional object is no part of the speaker
    ('A diplomat from a large member state, who asked not to be named, said Budapest was holding the bloc hostage.',
     "holding the bloc", "diplomat from a large member state"),
    ('A source at the ministry who was not authorised to speak publicly said the talks had stalled.', "talks had stalled",
     "source at the ministry"),
    # twin: a relative clause without a comma that tells which thing stays ("a shop that sells shoes")
    ('The owner of a shop that sells shoes said the rent had doubled.', "rent had doubled",
     "owner of a shop that sells shoes"),
])
def test_a_relative_clause_after_the_description_is_no_part_of_the_speaker(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "Mike Johnson, R-La., ... The Louisiana Republican"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a party-and-state tag in apposition to the name is the person again, no other person near the epithet
    ('House Speaker Mike Johnson, R-La., said the administration was "out of touch." The Louisiana Republican said the '
     'bill would pass the House next week.', "pass the House", "Mike Johnson"),
    # ... and "independent" is a party's epithet too ("The Vermont independent" was left as written; round 22)
    ('Sen. Bernie Sanders (I-Vt.) spoke in Iowa on Monday. The Vermont independent said the system was rigged.',
     "system was rigged", "Bernie Sanders"),
    # twin: another name in the sentence before leaves the epithet as written
    ('House Speaker Mike Johnson, R-La., met Jim Jordan on Monday. The Louisiana Republican said the bill would pass '
     'the House next week.', "pass the House", "Louisiana Republican"),
    # twin: with no party tag or word given to the person, the independent stays as written
    ('Vermont Sen. Bernie Sanders spoke in Iowa on Monday. The Vermont independent said the system was rigged.',
     "system was rigged", "Vermont independent"),
])
def test_a_party_and_state_tag_is_no_other_person(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # trap: a party member described by the state they stand for is a person, never the party's bare name (nor an
    # organisation of that party named before: "New York State Republican Party")
    ('Mitch McConnell was unmoved. "This bill is a grab bag," the Kentucky Republican said.', "grab bag",
     "Kentucky Republican"),
    ('The New York State Republican Party backed him. The Wisconsin Republican said the plan was "dead on arrival."',
     "dead on arrival", "Wisconsin Republican"),
    ('"It will not pass," said a Nevada Democrat who asked not to be named.', "not pass", "Nevada Democrat"),
    # trap: the epithet after the dash closing an aside is the sentence's subject, neither a role of the name ending
    # the aside nor a party given to it
    ('In the letter - addressed to the U.S. attorney for the District of Columbia, Channing D. Phillips - the Utah '
     'Republican asks whether "Secretary Clinton violated statutes."', "violated statutes", "Utah Republican"),
    # twins: with the party given to the one named before, the member is that person; a party alone stays as written
    ('Republican Sen. Tim Scott spoke first. "We need answers," the South Carolina Republican said.', "need answers",
     "Tim Scott"),
    ('Mitch McConnell was unmoved. "This bill is a grab bag," the Republican said.', "grab bag", "Republican"),
])
def test_a_party_member_of_a_state_is_a_person_as_written(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "A said .... B said .... She said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "she" right after someone of no known gender spoke (no title, pronoun or listed first name tells it)
    # is no earlier woman named before them: no guess (and the rest of that quotation is no one else's either)
    ('Mayor Karen Bass said the city would act. Councilmember Traci Park said the plan was late. She said residents '
     'had waited too long.', "waited too long", {None}),
    ('Mayor Karen Bass said the city would act. Councilmember Traci Park said the plan was late. "It\'s a disgrace," '
     'she said. "We waited too long."', "disgrace", {None}),
    # twins: a title that tells her gender, or an organisation speaking between, leave "she" to the woman
    ('Mayor Karen Bass said the city would act. Councilwoman Traci Park said the plan was late. She said residents '
     'had waited too long.', "waited too long", {"Traci Park"}),
    ('Mayor Karen Bass said the city would act. The Sierra Club said the plan was late. She said residents had '
     'waited too long.', "waited too long", {"Karen Bass"}),
])
def test_she_after_someone_of_no_known_gender_spoke_is_no_earlier_woman(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "spokesman Lt. Col. Nadav Shoshani"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a rank the parser hangs in apposition beside the name ("Col.") is no name; the name after it is
    ('Israeli military spokesman Lt. Col. Nadav Shoshani told reporters that the army was "prepared for every '
     'scenario."', "every scenario", "Nadav Shoshani"),
    # twin: a name in apposition after a description stays that person
    ('The ministry\'s spokesman, Ahmed Karimi, said the talks had been "constructive".', "constructive",
     "Ahmed Karimi"),
])
def test_a_rank_in_apposition_is_no_name(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}


# --------------------------------------------------------------------------- "The 28-year-old added that ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: a bare age as the subject is someone speaking, though tagged a date (and parsed as the verb's modifier)
    ('Midfielder James Maddison said the team was tired. The 28-year-old added that the dressing room was buzzing '
     'after the win.', "dressing room", {"James Maddison"}),
    ('The 28-year-old added that the dressing room was buzzing after the win.', "dressing room", {"28-year-old"}),
    # twin: an age that is the content's subject speaks for nothing
    ('Police said the 45-year-old was arrested at his home.', "arrested at his home", {"Police"}),
])
def test_a_bare_age_as_subject_speaks(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == expected


# --------------------------------------------------------------------------- "“Q1. Q2. Q3,” the 71-year-old said."

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation of several sentences before the epithet counts as one sentence: the one named just before it
    ('Joaquim Lages, 71, said he had driven his wife down the only road out of the village. "You could not see the '
     'road. You could only see orange. I drove from memory," the 71-year-old said.', "drove from memory",
     "Joaquim Lages"),
    # trap: an organisation named as an object there is no other person ("joined the company from Tesco")
    ('Chief executive Fiona Castellane, who joined the company from Tesco in 2019, will leave in December. The '
     '54-year-old said that the decision was her own.', "decision was her own", "Fiona Castellane"),
    # twin: two people named before the quotation leave it as written
    ('Joaquim Lages and Tom Reed said they had driven down the only road out of the village. "You could not see the '
     'road. You could only see orange. I drove from memory," the 71-year-old said.', "drove from memory",
     "71-year-old"),
])
def test_an_epithet_after_a_long_quotation_is_the_one_named_before_it(text, words, expected):
    assert {c.speaker for c in extract_claims(text) if words in c.quote} == {expected}
