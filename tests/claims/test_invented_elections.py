"""Right speaker or none (issue 8, round 20): wrong speakers and missed claims found with invented election news
from around the world (UK, India, EU, Latin America, Africa, Canada, Australia: pollsters, election commissions,
party spokespeople, candidates, concessions, coalition talks), with names from many languages, each class a case
here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from tests.claims.finding import speaker_of


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "Alberto" + "Núñez Feijóo"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger left out the given names before a name it tagged: the speaker was the surname alone
    ("Pedro Sánchez said on Monday he would seek the support of Catalan separatists. Alberto Núñez Feijóo said "
     "Sánchez was \"selling Spain\".", "selling Spain", "Alberto Núñez Feijóo"),
    ("Luiz Inácio Lula da Silva won. \"Democracy has won,\" Lula da Silva told a crowd in São Paulo.",
     "Democracy has won", "Luiz Inácio Lula da Silva"),
    ("Electoral Commission chief electoral officer Sy Mamabolo said the commission stood by the results.",
     "stood by the results", "Sy Mamabolo"),
    ("Karl-Theodor zu Guttenberg, a former defence minister, said the result would make coalition talks "
     "difficult.", "coalition talks", "Karl-Theodor zu Guttenberg"),
    # twin: a title or a description left out before the name is no part of it
    ("OTTAWA (CBC) — Conservative Leader Pierre Poilievre says a Liberal government would raise taxes again.",
     "raise taxes", "Pierre Poilievre"),
    ("\"We will be providing this information,\" FBI General Counsel James A. Baker wrote in a letter.",
     "providing this information", "James A. Baker"),
    ("Chief Minister Shivraj Singh Chouhan told supporters in Bhopal that the result was \"a victory for "
     "development\".", "victory for development", "Shivraj Singh Chouhan"),
])
def test_given_names_left_out(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Some of the commissioners said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: part of a group of officers of an election (commissioners, monitors, councillors) speaks as written
    ("Some of the commissioners said they could not take ownership of the results.", "take ownership",
     "Some of the commissioners"),
    ("Most of the monitors said the count had been orderly.", "count had been orderly", "Most of the monitors"),
    # twin: part of a group of things is no speaker
    ("Some of the ballots said nothing about the referendum.", "nothing about", None),
])
def test_part_of_election_officers(text, words, expected):
    assert _speakers(text, words) <= {expected}


# --------------------------------------------------------------------------- "the returning officer for Clacton"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an election's officer for a seat speaks for no organisation, though the tagger calls the seat one
    ("The returning officer for Clacton announced that Nigel Farage had won with 21,225 votes.",
     "Nigel Farage had won", "returning officer for Clacton"),
    ("The returning officer for Essex County Council said the count had gone smoothly.", "gone smoothly",
     "returning officer for Essex County Council"),
    # ... and one named before is that person
    ("The returning officer, Denise McGuckin, read out the result at 4am. The returning officer said turnout was "
     "42.7%.", "turnout was", "Denise McGuckin"),
    # twin: a spokesman or an executive of a council speaks for it
    ("A spokesman for Clacton Town Council said the count would resume at 9am.", "count would resume",
     "Clacton Town Council"),
    ("The chief executive of Essex County Council said the count had gone smoothly.", "gone smoothly",
     "Essex County Council"),
])
def test_returning_officer_speaks_for_no_one(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Polling by Savanta suggests"

@pytest.mark.parametrize("text, words, expected", [
    # trap: polling, a count, a forecast are the pollster's, the counter's, as a poll is
    ("Polling by Savanta for the Daily Telegraph suggests the Tories could be reduced to 53 seats.",
     "reduced to 53 seats", "Savanta"),
    ("MEXICO CITY — Claudia Sheinbaum claimed victory on Sunday night, according to a quick count by the National "
     "Electoral Institute.", "claimed victory", "National Electoral Institute"),
    ("According to a count by Reuters, at least 14 candidates have been killed since campaigning began.",
     "14 candidates", "Reuters"),
    # twin: a poll by a pollster, as before; a count of no one's stays as written
    ("According to an official count, at least 14 candidates have been killed since campaigning began.",
     "14 candidates", "official count"),
    ("An exit poll by Ipsos for broadcaster NOS showed the Freedom Party had won the most seats.",
     "won the most seats", "Ipsos"),
])
def test_polling_and_counts_are_the_pollsters(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "X, whose party won ..., said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser took the "whose" aside for the verb's content and the speaker for its subject: the claim
    # after the verb was lost
    ("MADRID (Reuters) - Spain's Socialist Prime Minister Pedro Sánchez said on Monday he would seek the support of "
     "Catalan separatists to form a government. Alberto Núñez Feijóo, whose conservative People's Party won the most "
     "seats, said Sánchez was \"selling Spain\".", "selling Spain", "Alberto Núñez Feijóo"),
    # twin: an aside the parser reads as one, and a clause before the verb that is its content
    ("Friedrich Merz, whose Christian Democrats won the election, said talks with the SPD would begin next week.",
     "talks with the SPD", "Friedrich Merz"),
    ("The coalition will hold, Merz said on Monday.", "coalition will hold", "Merz"),
])
def test_whose_aside_is_no_content(text, words, expected):
    assert _speakers(text, words) <= {expected} and _speakers(text, words)


# --------------------------------------------------------------------------- "Labour won 412 seats. The party said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a party's name that does not say "party" is a party's all the same ("Labour", "Reform UK")
    ("Labour won 412 seats. The party said the result was \"a mandate for change\".", "mandate for change",
     "Labour"),
    ("Reform UK won five seats. The party said it was \"coming for Labour\".", "coming for Labour", "Reform UK"),
    # twin: no party named: as written; a party named with the word, as before
    ("The Electoral Commission published its report on Monday. The party said it would appeal.", "would appeal",
     "party"),
    ("The Bharatiya Janata Party won 240 seats. The party said it would form a government with its allies.",
     "form a government", "Bharatiya Janata Party"),
])
def test_a_party_named_without_the_word(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Datuk Seri Anwar Ibrahim"

@pytest.mark.parametrize("text, words, expected", [
    # trap: Malaysian, Nigerian and South Asian styles before a name are no part of it, two words as one style
    ("Datuk Seri Anwar Ibrahim told reporters he had the numbers. Datuk Seri Anwar later said the King would "
     "decide.", "King would decide", "Anwar Ibrahim"),
    ("ABUJA — Alhaji Atiku Abubakar said he would go to court.", "go to court", "Atiku Abubakar"),
    ("Maulana Fazlur Rehman, the JUI-F chief, said the election had been stolen.", "had been stolen",
     "Fazlur Rehman"),
    # twin: a name that opens with such a word after another is whole ("Sri Mulyani Indrawati")
    ("Finance Minister Sri Mulyani Indrawati said the budget deficit would stay below 3%.", "budget deficit",
     "Sri Mulyani Indrawati"),
])
def test_styles_before_a_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Rhun ap Iorwerth"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the Welsh "ap" is a surname's particle: the tagger cut the name there and took the surname for an
    # organisation's
    ("In Wales, Plaid Cymru leader Rhun ap Iorwerth said his party had made \"historic gains\".", "historic gains",
     "Rhun ap Iorwerth"),
    # twin: a German particle, as before
    ("Ursula von der Leyen said she would seek a second term.", "second term", "Ursula von der Leyen"),
])
def test_welsh_particle(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "said on Monday he would"

def _quotes(text: str) -> list[str]:
    return [c.quote for c in extract_claims(text)]


@pytest.mark.parametrize("text, quote", [
    # trap: the day of the saying, which the parser hung on the content's verb, is no part of what was said
    ("Pedro Sánchez said on Monday he would seek the support of Catalan separatists.",
     "he would seek the support of Catalan separatists"),
    ("The minister said on Tuesday night the party would not go into coalition.",
     "the party would not go into coalition"),
    # twin: a day inside the content ("that" before it), and one that is not the subject's, stay
    ("Sánchez said that on Monday he would meet the king.", "on Monday he would meet the king"),
    ("Sánchez said Monday's talks had been useful.", "Monday's talks had been useful"),
])
def test_day_of_saying_is_no_content(text, quote):
    assert _quotes(text) == [quote]


# --------------------------------------------------------------------------- "…, public broadcaster NHK projected"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a projection is a claim of the one who projects
    ("TOKYO — Prime Minister Shigeru Ishiba's Liberal Democratic Party lost its majority, public broadcaster NHK "
     "projected.", "lost its majority", "NHK"),
    ("NBC News projected that Trump would win Pennsylvania.", "would win Pennsylvania", "NBC News"),
])
def test_projected_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text", [
    # twin: "projected to grow" and projecting a quality are no claims
    "The economy is projected to grow 2% next year.",
    "She projected confidence as she took the stage.",
])
def test_projected_without_content(text):
    assert extract_claims(text) == []


# --------------------------------------------------------------------------- "A CVoter survey for ABP News showed"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the client a poll was made for is not its maker
    ("A CVoter survey for ABP News showed the BJP-led NDA winning 373 seats.", "winning 373 seats",
     "CVoter survey for ABP News"),
    ("A poll for the Daily Telegraph found that Labour was 20 points ahead.", "20 points ahead",
     "poll for the Daily Telegraph"),
    # twin: a pollster named with its poll, and a spokesman for a paper, as before
    ("A YouGov poll for The Times found that Labour was 20 points ahead.", "20 points ahead", "YouGov"),
    ("A spokesman for the Daily Telegraph said the poll was accurate.", "poll was accurate", "Daily Telegraph"),
])
def test_a_poll_for_a_client(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "found Labour 20 points ahead"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a poll's finding as an object and where it stands, with no verb between: the parser hung "ahead" on
    # "found", and the claim was lost
    ("A YouGov poll for The Times found Labour 20 points ahead.", "Labour 20 points ahead", "YouGov"),
    # twin: a finding with its verb, as before
    ("A YouGov poll found that Labour was 20 points ahead.", "Labour was 20 points ahead", "YouGov"),
])
def test_finding_as_small_clause(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_finding_of_no_standing_is_no_new_claim():
    # twin: an object and a predicate of no standing in a race add no claim here
    assert not any("balanced" in c.quote for c in extract_claims("The clerk found the books balanced by noon."))


@pytest.mark.parametrize("text, words, expected", [
    # trap: "binti" names a woman as her father's daughter: his name after it is no surname of hers, and she is never
    # the father named in full
    ("Anwar Ibrahim spoke first. His daughter, Nurul Izzah binti Anwar, said the party would fight on.", "fight on",
     "Nurul Izzah binti Anwar"),
    ("Nurul Izzah binti Anwar said the party would fight on. Her father, Anwar Ibrahim, said he was proud.",
     "fight on", "Nurul Izzah binti Anwar"),
    # twins: her father's own "Anwar said" stays his; "bin" of a Gulf name stays in it
    ('His daughter, Nurul Izzah binti Anwar, spoke. Anwar Ibrahim said the party would win. "We will win," Anwar said.',
     "We will win", "Anwar Ibrahim"),
    ("Prince Abdulaziz bin Salman said output would rise.", "output", "Prince Abdulaziz bin Salman"),
])
def test_a_fathers_name_after_binti_is_no_surname_of_hers(text, words, expected):
    assert speaker_of(text, words) == expected
