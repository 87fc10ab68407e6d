"""Trustworthy attributions (issue 8): each failure class as a case and its negative twin.

The sentences are invented for these tests. A case shows the trap (the audience, a document, page
debris, a bystander); its twin is the same shape where the tempting answer is the right one, so
a rule that simply never answers cannot pass both.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.claims import extract_claims
from bot.claims.debris import is_debris_line
from bot.claims.roles import clean_role
from bot.claims.validate import MAX_SPEAKER_WORDS, event_parties, headline_prefix, speaker_problem


def _claim(text: str, words: str):
    claims = [c for c in extract_claims(text) if words in c.quote]
    assert claims, f"no claim containing {words!r} in {[c.quote for c in extract_claims(text)]}"
    return claims[0]


# --------------------------------------------------------------------------- the audience, places, evidence

@pytest.mark.parametrize("text, words, expected", [
    # trap: the audience of "told" is not the speaker
    ("Nadia Brook, a spokeswoman for Marlow Water, told reporters that the reservoir was only a third full.",
     "reservoir was only", "Nadia Brook"),
    ('"We have nothing more to add," reporters were told by Sam Hill.', "nothing more to add", "Sam Hill"),
    # twin: an organisation whose name holds the same word is a speaker
    ("The press freedom group Reporters Without Borders said that two journalists had been detained.",
     "two journalists had been detained", "Reporters Without Borders"),
    # trap: bare evidence is no speaker; twin: evidence with its owner is the owner's
    ("Figures from the Office for Rail Statistics show that delays doubled last winter.",
     "delays doubled", "Office for Rail Statistics"),
])
def test_audience_and_evidence(text, words, expected):
    assert _claim(text, words).speaker == expected


def test_bare_figures_are_no_speaker():
    c = _claim("Figures show that delays on the line doubled last winter.", "delays on the line doubled")
    assert c.speaker is None
    assert c.mention and "Figures" in c.mention  # the article's own words are kept beside it


def test_a_qualified_source_of_a_reported_claim_stays_as_written():
    c = _claim("Federal statistics show that about nine million single parents rent their homes.",
               "nine million single parents")
    assert c.speaker and "statistics" in c.speaker.lower()


# --------------------------------------------------------------------------- documents and their owners

@pytest.mark.parametrize("text, words, expected", [
    # trap: "the statement said" is the club's, said a sentence before
    ('In a statement on Sunday, Harlow Rovers said it had parted company with its manager. '
     '"He will always be welcome here," the statement said.', "always be welcome", "Harlow Rovers"),
    # trap: the letter is the signer's
    ("The letter, signed by Agnes Whitlow, said the depot would close in May.", "depot would close", "Agnes Whitlow"),
    # trap: a report by an organisation
    ("A report by the Coastal Safety Board said that four of the nine piers were unsafe.",
     "four of the nine piers", "Coastal Safety Board"),
])
def test_a_document_speaks_for_its_owner(text, words, expected):
    assert _claim(text, words).speaker == expected


def test_a_letter_to_someone_is_not_theirs():
    """Twin of the signed letter: the addressee did not write it."""
    c = _claim("The letter to Agnes Whitlow said the depot would close in May.", "depot would close")
    assert c.speaker != "Agnes Whitlow"


def test_it_said_of_a_statement_read_on_behalf_of_someone():
    text = ("Their lawyer, Omar Reyes, spoke outside the court.\n\n"
            "Reyes then read a statement on behalf of the boy's father, Pavel Dobrev. "
            '"We waited four years for this day," it said.')
    assert _claim(text, "waited four years").speaker == "Pavel Dobrev"


# --------------------------------------------------------------------------- page debris

DEBRIS_ARTICLE = """Council votes to close two swimming pools

By Tom Reddaway, Local Democracy Reporter

Marian Hext, a councillor, said the pools cost more to heat than the council could afford.

Advertisement - story continues below

Pictured: the Eastbrook pool in 1998. Photograph: Harlow Gazette

"We kept them open for as long as we could," she said.

Read more: 'We Were Never Asked': Swimmers On The Closures
"""


def test_debris_lines_are_never_speakers_or_claims():
    claims = extract_claims(DEBRIS_ARTICLE)
    speakers = {c.speaker for c in claims}
    assert not speakers & {"Tom Reddaway", "Local Democracy Reporter", "Harlow Gazette"}
    assert _claim(DEBRIS_ARTICLE, "as long as we could").speaker == "Marian Hext"
    assert not any("Never Asked" in c.quote for c in claims)


def test_debris_lines_between_single_line_breaks_are_never_claims():
    # trap: a page pasted with one line break between paragraphs: a link line inside the block is debris too
    text = DEBRIS_ARTICLE.replace("\n\n", "\n") + "Read more: Residents say bin collections are 'a shambles'\n"
    claims = extract_claims(text)
    assert not any("Never Asked" in c.quote or "shambles" in c.quote for c in claims)
    assert _claim(text, "as long as we could").speaker == "Marian Hext"
    # twin: a line that only starts like page furniture is article text
    text = "Credit card debt rose again in May.\nCredit card lending rose by 9%, the Bank of England said.\nPictured"
    assert {c.speaker for c in extract_claims(text)} == {"Bank of England"}


@pytest.mark.parametrize("line, debris", [
    ("Advertisement - story continues below", True),
    ("By Priya Lanark, Health Correspondent", True),
    ("Pictured: the minister at the site. Photograph: Fenland Echo", True),
    ("Share this article", True),
    # an editor's note on the article itself, however long
    ("This story has been updated to note that the senator posted the syllabus on her Facebook page and to include "
     "quotes from her appearance on the Sunday shows, where she defended the course at length.", True),
    ("An earlier version of this article misstated the date of the vote.", True),
    # twins: article sentences that start the same way
    ("This story has been told many times, the senator said, but never by the people who lived it.", False),
    ("By the time the police arrived, the crowd had gone home and the street was quiet.", False),
    ("Pictures taken by residents show the river rising above the wall.", False),
])
def test_debris_lines(line, debris):
    assert is_debris_line(line) is debris


def test_a_dateline_is_not_the_speaker():
    text = 'WASHINGTON (AP) — "We will not back down," said Senator Ellen Marsh on Tuesday.'
    assert _claim(text, "not back down").speaker == "Ellen Marsh"


# --------------------------------------------------------------------------- the wrong person among several

SILENT = ("Coach Jon Marsh said the squad was exhausted after the cup run.\n\n"
          "Captain Ben Cole, who missed the match with a knee injury, {}.\n\n"
          '"We need two weeks of rest before the league starts again," he said.')


def test_a_person_who_did_not_speak_is_not_the_next_speaker():
    text = SILENT.format("could not be reached for comment")
    assert _claim(text, "two weeks of rest").speaker == "Jon Marsh"


def test_twin_a_person_introduced_just_before_is_the_next_speaker():
    text = SILENT.format("watched from the stands")
    assert _claim(text, "two weeks of rest").speaker == "Ben Cole"


NAMED_IN_QUOTE = ("Chairman Carl Vance said the club had acted quickly.\n\n"
                  "First-team coach Tom Pike will take charge on Saturday.\n\n"
                  '"{}," he said.')


def test_someone_the_quote_names_is_not_its_speaker():
    text = NAMED_IN_QUOTE.format("Tom knows this club inside out and the players trust him")
    assert _claim(text, "knows this club").speaker == "Carl Vance"


def test_twin_the_newly_introduced_person_speaks_when_the_quote_does_not_name_him():
    text = NAMED_IN_QUOTE.format("I know this club inside out and the players trust me")
    assert _claim(text, "know this club").speaker == "Tom Pike"


def test_a_speaker_named_after_the_verb_with_a_role():
    text = ('"The deal makes us stronger," said Jeffrey Bewkes, the chief executive of Time Warner.')
    c = _claim(text, "makes us stronger")
    assert c.speaker == "Jeffrey Bewkes"
    assert c.role and "chief executive" in c.role


# --------------------------------------------------------------------------- the validation stage itself

@pytest.mark.parametrize("name, direct, ok", [
    ("reporters", True, False), ("Reporters Without Borders", True, True),
    ("figures", False, False), ("federal statistics", False, True),
    ("pot", True, False), ("documentary", True, False), ("Several signs", True, False),
    ("evidence", True, False), ("schools", True, False),
    ("the report", True, True), ("experts", True, True), ("a Coca-Cola spokesman", True, True),
    ("Advertisement", True, False), ("MP", True, False), ("Ann Moss MP", True, True),
    ("73 percent", False, False), ("a 2014 study", False, True), ("the 46-year-old", True, True),
    ("March 3", True, False), ("km/h", True, False), ("--", True, False),
    ("Goldman Sachs Said She Raised Money For", True, False), ("Goldman Sachs", True, True),
    ("Alliance to Reclaim Our Schools", True, True), ("Theresa May", True, True),
])
def test_speaker_validation(name, direct, ok):
    assert (speaker_problem(name, direct=direct) is None) is ok, speaker_problem(name, direct=direct)


@pytest.mark.parametrize("name, kind, ok", [
    ("Republican", "group", False), ("French", "group", False),
    ("Republicans", "group", True), ("Police", "group", True), ("Republican", "person", True),
])
def test_a_nationality_or_party_adjective_is_no_speaker(name, kind, ok):
    assert (speaker_problem(name, kind) is None) is ok


@pytest.mark.parametrize("name, ok", [("the ruckus", False), ("the first incident", False), ("the crowd", False),
                                      ("the protesters", True), ("the organisers", True)])
def test_events_and_crowds_are_no_speakers_of_quotes(name, ok):
    assert (speaker_problem(name, direct=True) is None) is ok


@pytest.mark.parametrize("name, problem, parties", [
    ("The US and North Korea summit talks", "an event", "US and North Korea"),
    ("the NATO summit", "an event", "NATO"),
    ("the debate", "an event", None), ("platform committee meeting", "an event", None),
    # negative twins: an event in a name, or a person at an event, is a speaker
    ("the Democratic National Convention", None, None), ("organizer of a pro-Trump rally", None, None),
    ("officials with knowledge of the closed-door meeting", None, None),
])
def test_an_event_is_no_speaker_but_its_named_parties_are(name, problem, parties):
    assert speaker_problem(name) == problem
    if problem:
        assert event_parties(name) == parties


@pytest.mark.parametrize("text, expected", [
    ('The US and North Korea summit talks were held in a forward-looking manner, promising "a complete '
     'denuclearization effort on the Korean peninsula."', "US and North Korea"),
    ('The talks were held in a forward-looking manner, promising "a complete denuclearization effort on the '
     'Korean peninsula."', None),
    ('The US and North Korea negotiators met in a forward-looking manner, promising "a complete '
     'denuclearization effort on the Korean peninsula."', "US and North Korea negotiators"),
])
def test_a_claim_of_an_event_goes_to_its_named_parties(text, expected):
    assert _claim(text, "complete denuclearization effort").speaker == expected


def test_headline_fragment_keeps_the_name_it_starts_with():
    assert headline_prefix("Marco Rubio Responds To Question") == "Marco Rubio"
    assert headline_prefix("Said She Raised Money") is None


# --------------------------------------------------------------------------- roles

@pytest.mark.parametrize("role, name, expected", [
    ('head of research at CNI\'s "Think Tank', "Ann Lee", "head of research at CNI's Think Tank"),
    ('head of research at the "Think Tank" institute', "Ann Lee", 'head of research at the "Think Tank" institute'),
    ("Bennett", "Bruce Bennett", None),
    ("Mr. Bennett", "Bruce Bennett", None),
    ("senior researcher at the Rand Institute", "Bruce Bennett", "senior researcher at the Rand Institute"),
    ("US and North Korea summit", "Kim Jong-un", None),
    ("chair of the summit committee", "Kim Jong-un", "chair of the summit committee"),
    # a straight single quote opening a name the role was cut inside; an apostrophe or a closed pair stays
    ("founder of the Web site '38 North", "Ann Lee", "founder of the Web site 38 North"),
    ("founder of the Web site '38 North'", "Ann Lee", "founder of the Web site '38 North'"),
    ("head of the members' union at O'Hare", "Ann Lee", "head of the members' union at O'Hare"),
])
def test_roles_read_well(role, name, expected):
    assert clean_role(role, name) == expected


@pytest.mark.parametrize("text, words, expected", [
    # traps: an adjective or a pronoun beside the name says how the person was, not who they are
    ('John Bolton and Dick Cheney both said the deal "is a capitulation."', "capitulation", None),
    ('Hillary Clinton herself said the plan "will not pass."', "will not pass", None),
    ('At the count, young Tom Reed said the vote "was a disgrace."', "was a disgrace", None),
    # twins: a noun, or a capitalised title, is a role
    ('Bill Clinton, the former president, said the party "has work to do."', "work to do", "former president"),
    ('Republican Tom Reed said the vote "was a disgrace."', "was a disgrace", "Republican"),
    ('Ann Lee, one of the signatories, said the letter "speaks for itself."', "speaks for itself",
     "one of the signatories"),
])
def test_a_role_is_who_someone_is_not_how_they_were(text, words, expected):
    assert _claim(text, words).role == expected


def test_a_speaker_described_in_words_has_balanced_quote_marks():
    """The speaker is a description cut inside a name in single quotes (the twins: the roles above)."""
    text = ("In an interview with Reuters, the founder of the specialist Web site '38 North, 'the former Soviet Union "
            'and Iran have been talking, "North Korea is unrealistic in its expectation."')
    c = _claim(text, "unrealistic in its expectation")
    assert c.speaker == "founder of the specialist Web site 38 North"
    assert c.mention == "the founder of the specialist Web site '38 North"  # the article's own words, as written


# --------------------------------------------------------------------------- mention beside speaker

def test_mention_is_the_articles_words_and_speaker_the_resolved_name():
    text = ("Hillary Clinton spoke in Iowa on Monday.\n\n"
            '"We will win this state," Mrs. Clinton said. "And then we will win the next," she added.')
    claims = extract_claims(text)
    first = _claim(text, "win this state")
    assert first.speaker == "Hillary Clinton" and first.mention == "Mrs. Clinton"
    d = first.to_dict()
    assert d["mention"] == "Mrs. Clinton" and d["speaker"] == "Hillary Clinton"
    assert all("mention" in c.to_dict() for c in claims)


def test_mention_of_a_pronoun():
    text = 'Grace Obi opened the clinic in 2019. "It was the best decision of my life," she said.'
    c = _claim(text, "best decision")
    assert (c.speaker, c.mention) == ("Grace Obi", "she")


# --------------------------------------------------------------------------- property: never a junk speaker

_NAMES = ["Ann Moss", "Dr. Ravi Patel", "the minister", "officials", "He", "she", "Harlow Council", "reporters",
          "42", "March 3, 2021", "--", "Figures", "The statement", "a spokesman for Calder Energy"]
_VERBS = ["said", "told reporters", "added", "warned", "insisted", "wrote", "says"]
_CONTENT = ["the plan would fail", "prices will rise by 4% in 2025", "“we are not finished”",
            "the 12 schools were safe", "no one had been told", "“It is a scandal,”", "..."]
_DATE = re.compile(r"^(?:\d[\d,./-]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.? \d{1,2}(?:, \d{4})?)$",
                   re.IGNORECASE)


@st.composite
def articles(draw):
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        name, verb, content = draw(st.sampled_from(_NAMES)), draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_CONTENT))
        if draw(st.booleans()):
            sentences.append(f"{name} {verb} that {content}.")
        else:
            sentences.append(f'"{content.strip("“”,")}," {name} {verb}.')
    sep = draw(st.sampled_from([" ", "\n\n"]))
    return sep.join(sentences)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_no_speaker_is_punctuation_a_number_a_date_or_too_long(text):
    for c in extract_claims(text):
        if c.speaker is None:
            continue
        s = c.speaker.strip()
        assert any(ch.isalpha() for ch in s), c
        assert not _DATE.match(s), c
        assert len(s.split()) <= MAX_SPEAKER_WORDS, c


@pytest.mark.parametrize("noun, expected", [("council", "Harwick Borough Council"), ("school", "Eastgate Primary School")])
def test_the_organisation_noun_goes_to_the_organisation_named_with_it(noun, expected):
    text = ("Harwick Borough Council approved its budget on Tuesday. Eastgate Primary School will lose its library. "
            f"The rise means a typical bill will go up by four per cent next year, the {noun} said.")
    assert _claim(text, "typical bill").speaker == expected


def test_a_subject_outranks_a_nearer_object_for_he_and_she():
    text = ("David Okafor said the new pasty range had sold nine million units. "
            "The range was developed by the former head of food, Luca Marchetti, who left in July.\n\n"
            '"We got the food right this year," he said.')
    assert _claim(text, "got the food right").speaker == "David Okafor"


def test_twin_a_nearer_subject_wins():
    text = ("David Okafor said the new pasty range had sold nine million units. "
            "Luca Marchetti, the former head of food, developed the range before he left in July.\n\n"
            '"We got the food right this year," he said.')
    assert _claim(text, "got the food right").speaker == "Luca Marchetti"


ASIDE = ("{} reported on Monday that the plant had reopened. "
         "I do not think the talks will have a big impact on the region right now.")


def test_an_unquoted_first_person_aside_after_an_organisation_is_no_claim():
    claims = extract_claims(ASIDE.format("The Harlow Gazette"))
    assert not any("big impact" in c.quote for c in claims)


def test_twin_first_person_after_a_person_is_theirs():
    claims = extract_claims(ASIDE.format("Maria Castell"))
    assert [c.speaker for c in claims if "big impact" in c.quote] == ["Maria Castell"]


UNSEEN = ("In mitigation, his barrister, Rupert Quayle, said the man had lost his home.\n\n"
          "{} told reporters outside court that officers had traced most of the money.\n\n"
          "The former partner, Gareth Lomax, did not give evidence at the trial.\n\n"
          '"We will be going after every penny," he said.')


def test_a_speaker_the_tagger_missed_is_still_the_next_speaker():
    # the name arrives only through the speaker phrase ("Detective Sergeant Owen Pryce of Thurlow Police")
    text = UNSEEN.format("Detective Sergeant Owen Pryce of Thurlow Police, who led the investigation,")
    assert _claim(text, "every penny").speaker == "Owen Pryce"


def test_twin_a_name_the_tagger_sees_gives_the_same_answer():
    assert _claim(UNSEEN.format("Owen Pryce, who led the investigation,"), "every penny").speaker == "Owen Pryce"


@pytest.mark.parametrize("owner, speaker", [
    ("the market research firm Marketline", "Marketline"),  # a description with its name: the name
    ("Marketline", "Marketline"),  # twin: the name alone
])
def test_a_documents_owner_described_and_named_is_the_name(owner, speaker):
    text = f"Figures from {owner} show that spending in high-street bakeries fell by 2.3% in August."
    assert _claim(text, "spending in high-street").speaker == speaker
