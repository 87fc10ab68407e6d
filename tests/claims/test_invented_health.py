"""Right speaker or none (issue 8, round 18): wrong speakers and missed claims found with invented health, medicine,
disaster and weather news (health agencies, hospital trusts, unions, study authors, inquests, floods, storms), each
class a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "said the findings needed to be ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: a clause after "said" that the parser read as the verb's object, its verb taken for a participle on the
    # noun ("needed") or a hyphenated verb for an adjective ("pre-positioned"): the object is what was said
    ("Dr Sarah Jarvis, a GP who was not involved in the study, said the findings needed to be replicated.",
     "replicated", "Sarah Jarvis"),
    ("FEMA Administrator Deanne Criswell said the agency had pre-positioned supplies across the state.",
     "supplies", "Deanne Criswell"),
])
def test_a_clause_taken_for_the_object_of_said_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: a participle with its agent is a noun's modifier ("material used by the party"), no clause
    ("Critics have noted the explosive campaign material used by the party to stoke fears.", "stoke fears"),
])
def test_a_noun_with_a_participle_of_its_own_is_no_claim(text, words):
    assert _speakers(text, words) == set()


# --------------------------------------------------------------------------- "Natural Resources Wales said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a body named for a country or place mentioned alone before is not that place
    ("Heavy rain fell across south Wales on Sunday. Natural Resources Wales said 14 flood warnings were in place.",
     "flood warnings", "Natural Resources Wales"),
    ("Heavy rain fell across Scotland. Public Health Scotland said cases of norovirus had doubled.",
     "norovirus", "Public Health Scotland"),
    ("Flooding hit parts of England on Sunday. Natural England said the wetlands had been damaged.",
     "wetlands", "Natural England"),
    # twin: the place itself, or a person given its title, speaks as before
    ("The earthquake struck off Japan on Monday. Japan said it would send more troops to the area.",
     "more troops", "Japan"),
    ("Storms hit Texas. Texas Gov. Greg Abbott said the state would ask for federal aid.", "federal aid",
     "Greg Abbott"),
])
def test_a_body_named_for_a_place_is_not_the_place(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "said RCN general secretary Pat Cullen"

@pytest.mark.parametrize("text, words, expected", [
    # trap: after the verb, the parser split the organisation from its officer's title and name and made both
    # subjects; the person speaks
    ('"Nursing staff have spoken loud and clear," said RCN general secretary Pat Cullen.', "loud and clear",
     "Pat Cullen"),
    # twin: the organisation alone speaks
    ('"Nursing staff have spoken loud and clear," said the RCN.', "loud and clear", "RCN"),
])
def test_an_officer_named_after_the_organisation_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The Great Western Hospitals ... Trust"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a capitalised adjective inside a name the tagger took for a title of a work is part of the name
    ("In a statement after the hearing, Mr Price's widow said: \"Dan was failed.\" The Great Western Hospitals NHS "
     "Foundation Trust said it accepted the findings.", "accepted the findings",
     "Great Western Hospitals NHS Foundation Trust"),
    # twin: a hyphened adjective made of a name is no part of the speaker's name ("an anti-Trump PAC")
    ("Even an anti-Trump PAC recently revealed its polling shows Trump crushing Rubio in the Sunshine State.",
     "crushing Rubio", "PAC"),
])
def test_a_capitalised_adjective_inside_a_name_stays(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The ... Regulatory Agency (MHRA) said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the name an acronym in brackets spells out is one organisation's, however the tagger cut it
    ("The Medicines and Healthcare products Regulatory Agency (MHRA) said the vaccine was safe.", "vaccine was safe",
     "Medicines and Healthcare products Regulatory Agency"),
    ("The UN Office for the Coordination of Humanitarian Affairs (OCHA) said access to the region remained "
     "restricted.", "access to the region", "Office for the Coordination of Humanitarian Affairs"),
    # twin: a name the acronym does not spell, or a person's initials, stay as the tagger had them
    ("Yesterday the World Health Organization (WHO) said the outbreak was over.", "outbreak was over",
     "World Health Organization"),
    ("Jane Doe (JD) said the plan was bad. She added that it would fail.", "would fail", "Jane Doe"),
])
def test_a_name_spelled_out_before_its_acronym_is_one_organisation(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Consumer Reports, which ..., said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: capitalised common nouns with no determiner, the tagger seeing no name, are a name as written, never
    # the organisation named before
    ("The FDA said it was working on a recall. Consumer Reports, which first flagged the issue, said the warning "
     "was overdue.", "overdue", "Consumer Reports"),
    ("The FDA said it was working on a recall. Consumer Reports said the warning was overdue.", "overdue",
     "Consumer Reports"),
    # twin: a capitalised description after "the" is the organisation named before it, and a lower-case noun
    # before a name is no part of it
    ("The fire spread overnight. State broadcaster ERT said 200 homes had burned.", "homes had burned", "ERT"),
    ("Sheffield Teaching Hospitals NHS Foundation Trust was fined on Monday. The Trust said it had made changes.",
     "made changes", "Sheffield Teaching Hospitals NHS Foundation Trust"),
])
def test_capitalised_common_nouns_without_article_are_a_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Pacific Gas & Electric ... she said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name joined by "&" is a firm's, never a person "she" or "he" could stand for; "It said" is the firm's
    ('Dr Ann Lee said the virus was spreading. Pacific Gas & Electric said power was cut. "It is bad," she said.',
     "It is bad", "Ann Lee"),
    ("Johnson & Johnson said it would appeal. It said the verdict was wrong.", "verdict was wrong",
     "Johnson & Johnson"),
    # trap: "the utility" is a utility named before (words/description_org_kinds.txt, name_org_kinds.txt)
    ("Pacific Gas & Electric said it had shut off power to 50,000 customers. Cal Fire said the fire was 10% "
     "contained. The utility said the outages could last several days.", "outages", "Pacific Gas & Electric"),
    # twin: with no utility named, "the utility" stays as written
    ("The storm knocked out power to 300,000 homes. Cal Fire said the fire was 10% contained. The utility said "
     "crews were working around the clock.", "around the clock", "utility"),
])
def test_a_firm_named_with_an_ampersand_is_no_person(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "told the inquest that ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the "that" clause the parser hung on the one told ("the inquest") is what was told
    ("The trust's medical director, Dr John Wareing, told the inquest that staffing levels had since improved.",
     "staffing levels", "John Wareing"),
    ("Dr John Wareing told the inquest that staffing levels had since improved.", "staffing levels",
     "John Wareing"),
])
def test_a_clause_hung_on_the_one_told_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: a relative clause on the thing told ("the story that she had heard") is no claim
    ("She told the story that she had heard from her mother.", "heard from her mother"),
])
def test_a_relative_clause_on_the_thing_told_is_no_claim(text, words):
    assert _speakers(text, words) == set()


# --------------------------------------------------------------------------- "said Gail deVore"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a surname with a particle glued in lower case ("deVore") is part of the name the tagger cut before it
    ('"This is a start," said Gail deVore, a patient who has Type 1 diabetes.', "a start", "Gail deVore"),
    # twin: a lower-case word after a name that is no glued particle stays out of it
    ('"This is a start," said Gail Reed, iPhone in hand.', "a start", "Gail Reed"),
])
def test_a_surname_with_a_glued_particle_is_part_of_the_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Coroner Laurinda Bower said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "Coroner" and "Trooper" before a name are titles, no part of it (words/honorifics.txt)
    ('Coroner Laurinda Bower said Noah\'s death was "wholly avoidable".', "avoidable", "Laurinda Bower"),
    ("State Trooper Dana Cole said the driver had fled. She said the car was found later.", "found later",
     "Dana Cole"),
    # twin: a title the list already had
    ("Fire Marshal Kevin Ruiz said the blaze started in the kitchen.", "kitchen", "Kevin Ruiz"),
])
def test_a_coroners_title_is_no_part_of_the_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The senior midwife said ... she said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "she" after a sentence about a person described by their work, in its paragraph, is that person when
    # the woman named before was given another role (words/occupation_nouns.txt)
    ("The trust said it was sorry. Its chief nurse, Sharon Wallis, said changes had been made.\n\nThe senior "
     "midwife said she had been looking after four women at once. \"It was not safe,\" she said.", "not safe",
     "senior midwife"),
    # twin: the same role, or a name given no role, stays the named woman's
    ("The trust said it was sorry. Its chief nurse, Sharon Wallis, said changes had been made.\n\nThe nurse said "
     "the unit had been short of staff. \"It was not safe,\" she said.", "not safe", "Sharon Wallis"),
    ("Dr Ann Lee, a consultant at the hospital, said the ward was full.\n\nThe consultant said beds had been cut. "
     "\"We had no choice,\" she said.", "no choice", "Ann Lee"),
])
def test_she_after_a_described_worker_given_no_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "told the jury she had been alone"

@pytest.mark.parametrize("text, words, expected", [
    # trap: with no "that", the parser hangs the clause told on a hearing or its jury as a relative clause
    # (words/audience_nouns.txt)
    ("The midwife told the jury she had been alone.", "been alone", "midwife"),
])
def test_a_clause_told_to_a_hearing_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: a relative clause on a thing told is no claim
    ("She told the story she had heard from her mother.", "heard from her mother"),
])
def test_a_relative_clause_on_a_story_told_is_no_claim(text, words):
    assert _speakers(text, words) == set()


# --------------------------------------------------------------------------- "the national disaster agency said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a description that says its task ("disaster") is no organisation the text gave that noun for another
    # task ("weather agency", a description the parser made a second subject beside the name), nor a nationality
    ("The Philippine weather agency PAGASA said Typhoon Doksuri was strong. At least six people were killed, the "
     "national disaster agency said.", "six people", "national disaster agency"),
    # twin: a name with the task word is meant, and a task the text gave no other organisation is the one just named
    ('Moody\'s downgraded the bank on Friday. The ratings agency said its capital had "deteriorated".',
     "deteriorated", "Moody's"),
    ("The Ministry of Health said 40 people had died. The health ministry said 200 were injured.", "200 were",
     "Ministry of Health"),
])
def test_a_description_that_says_its_task_is_no_other_organisation(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "..., the UKHSA has confirmed."

@pytest.mark.parametrize("text, words, expected", [
    # trap: a reporting verb at the sentence's end that the parser joined to the clause before it as a conjunct, with
    # only a comma before its own subject, is a tag after the content
    ("Two children have died after contracting Strep A, the UK Health Security Agency has confirmed.",
     "Two children", "UK Health Security Agency"),
])
def test_a_trailing_tag_taken_for_a_conjunct_is_an_attribution(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: a conjunct after "and" is the clause's own next act, no tag
    ("The children were taken to hospital, and the agency confirmed.", "taken to hospital"),
])
def test_a_conjunct_after_and_is_no_tag(text, words):
    assert _speakers(text, words) == set()
