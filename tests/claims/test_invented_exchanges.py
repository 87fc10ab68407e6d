"""Right speaker or none (issue 8, round 22): wrong speakers found with invented exchanges between several speakers
in one article (Prime Minister's Questions, Question Period, Question Time, congressional and select-committee
hearings, council meetings, debates), as British, American, Canadian and Australian outlets write them, each class
a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- `"…," Barrett said. He replied …`

_BARRETT = ("Conservative MP Michael Barrett asked the minister whether the government would release the documents. "
            "The minister, Steven MacKinnon, said they were protected by cabinet confidence.\n\n"
            "\"That's a cover-up,\" Barrett said.\n\n")
_RASKIN = ("The exchange grew testy when Rep. Jamie Raskin asked Attorney General Pam Bondi whether she had discussed "
           "the case with the president.\n\n\"I'm not going to answer that,\" Bondi said.\n\n"
           "\"You're under oath,\" Raskin said.\n\n")


@pytest.mark.parametrize("text, words, expected", [
    # trap: one does not reply to oneself: a "he" or "she" who replies, shoots back or hits back right after
    # someone's turn is the other one in the exchange
    (_BARRETT + 'He replied that the opposition was "playing games".', "playing games", {"Steven MacKinnon"}),
    (_BARRETT + 'He hit back, saying the opposition was "playing games".', "playing games", {"Steven MacKinnon"}),
    (_RASKIN + '"I know I\'m under oath," she replied.', "I know I'm under oath", {"Pam Bondi"}),
    # twin: a question put to the last speaker since, or a "to" of the reply's own, leaves the one who spoke
    (_BARRETT + 'Asked whether the documents existed, he replied that he "could not say".', "could not say",
     {"Michael Barrett"}),
    (_BARRETT + 'He responded to the criticism by saying the minister was "hiding".', "hiding", {"Michael Barrett"}),
    (_BARRETT + 'He said the minister was "hiding the truth".', "hiding the truth", {"Michael Barrett"}),
    # twin: in its own sentence, "Trump said he responded" is Trump's account of himself
    ('Trump said he responded: "When you have incoming, you can\'t be too presidential."', "incoming",
     {"Trump"}),
])
def test_a_pronoun_that_replies_is_not_the_last_speaker(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- `… She said …. He said …`

_JENRICK = ("Mr Jenrick asked the home secretary, Chidinma Eze, how many migrants had crossed the Channel this year. "
            "{} said the figure was 32,000.\n\nHe said the figure was \"a national humiliation\".")


@pytest.mark.parametrize("text, words, expected", [
    # trap: a speaker the text calls "she" has a gender, though her first name is on no list: "he" after her is
    # the man named before, not "no guess"
    (_JENRICK.format("She"), "national humiliation", {"Jenrick"}),
    # twin: "she" after her goes on with her
    (_JENRICK.format("She").replace("He said", "She said"), "national humiliation", {"Chidinma Eze"}),
])
def test_a_speaker_called_she_is_of_a_known_gender(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "Pam Bondi", "Kemi Badenoch"

@pytest.mark.parametrize("text, words, expected", [
    # trap: politicians' first names and short forms give a gender ("Pam", "Kemi", "Bob")
    ('Rep. Jamie Raskin asked Attorney General Pam Bondi whether she had discussed the case.\n\n"I\'m not going to '
     'answer that," Bondi said.\n\n"You\'re under oath," he said.', "under oath", {"Jamie Raskin"}),
    ('Kemi Badenoch asked the prime minister whether he would scrap the cap. Keir Starmer said the government would '
     'set out its plans in the budget.\n\n"That\'s a yes, then," she said.', "a yes, then", {"Kemi Badenoch"}),
    # twin: the pronoun of the other gender goes on with the one who just spoke
    ('Rep. Jamie Raskin asked Attorney General Pam Bondi whether she had discussed the case.\n\n"I\'m not going to '
     'answer that," Bondi said.\n\n"You can\'t make me," she said.', "make me", {"Pam Bondi"}),
    ('Kemi Badenoch asked the prime minister whether he would scrap the cap. Keir Starmer said the government would '
     'set out its plans in the budget.\n\n"It is not a yes," he said.', "not a yes", {"Keir Starmer"}),
])
def test_politicians_first_names_give_a_gender(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "called the House to order"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a chair calling a meeting to order says nothing
    ("Speaker Francis Scarpaleggia had to call the House to order twice.", "order", set()),
    ("The chair called the meeting to order at 7pm.", "order", set()),
    ("Sen. Chuck Grassley called the hearing to order.", "order", set()),
    # twin: calling on someone to order something, or calling something a name, is a claim
    ("The council called on the mayor to order an inquiry into the contract.", "inquiry", {"council"}),
    ("Speaker Francis Scarpaleggia called the remark a disgrace.", "disgrace", {"Francis Scarpaleggia"}),
])
def test_calling_a_meeting_to_order_is_no_claim(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "Mr Albanese" tagged a nationality

_LEY = ("Sussan Ley used her first question time as opposition leader to target the prime minister.\n\n"
        "\"Will the prime minister admit he has broken his promise to cut bills?\" Ms Ley asked.\n\n"
        "Mr Albanese said the government had provided energy bill relief. \"The opposition voted against it,\" {} said.")


@pytest.mark.parametrize("text, words, expected", [
    # trap: a surname after "Mr" that the tagger took for a nationality ("Albanese") is a person, and "he" is his
    (_LEY.format("he"), "voted against it", {"Albanese"}),
    ('"Will the prime minister admit he has broken his promise to cut bills?" Ms Ley asked.\n\nMr Albanese said the '
     'government had provided energy bill relief to every household. "The leader of the opposition voted against it," '
     'he said.', "voted against it", {"Albanese"}),
    # twin: "she" is still the woman who asked
    (_LEY.format("she"), "voted against it", {"Sussan Ley"}),
])
def test_a_surname_after_mr_is_a_person(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "put it to Bullingham that …"

@pytest.mark.parametrize("text, words, expected", [
    # trap: putting it to a witness that something is so is a claim of the one who puts it
    ("The Conservative MP Damian Green then put it to Bullingham that the FA had been warned. He denied it.",
     "had been warned", {"Damian Green"}),
    ("Mr Jones put it to the witness that she had known about the payments all along.", "known about the payments",
     {"Jones"}),
    # twin: putting something to a vote, or putting it to someone with no clause, is no claim
    ("The chair put it to a vote, and the motion that the council had acted lawfully passed.", "acted lawfully",
     set()),
    ("The chair put the amendment to the committee, which rejected it.", "amendment", set()),
])
def test_put_it_to_someone_that_is_a_claim(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "Councillor Tom Ellis", "Cllr Rebecca Shaw"

_COUNCIL = ('Councillor Tom Ellis accused the cabinet member of "hiding behind officers". Cllr Rebecca Shaw, the cabinet '
            'member for housing, said officers were "the experts".\n\n')


@pytest.mark.parametrize("text, words, expected", [
    # trap: a first name after a title the tagger took into the name ("Councillor Tom Ellis") still gives its gender
    (_COUNCIL + 'He said that was "a disgrace". She said she would not be lectured.', "a disgrace", {"Tom Ellis"}),
    (_COUNCIL + 'He said that was "a disgrace". She said she would not be lectured.', "lectured", {"Rebecca Shaw"}),
    (_COUNCIL + 'He said that was "a disgrace".', "a disgrace", {"Tom Ellis"}),
    # twin: "she" after the woman who just spoke was hers already
    (_COUNCIL + "She said she would not be lectured.", "lectured", {"Rebecca Shaw"}),
])
def test_a_first_name_after_a_title_gives_its_gender(text, words, expected):
    assert _speakers(text, words) == expected
