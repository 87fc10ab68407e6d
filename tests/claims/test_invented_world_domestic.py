"""Right speaker or none (issue 8, round 21): wrong speakers and missed claims found with invented domestic news from
Asia, Africa, the Middle East and Latin America as English-language outlets write it (Times of India, The Hindu,
Straits Times, South China Morning Post, Punch, Daily Nation, Xinhua, KCNA): datelines before a colon, names of
every tradition, titles and ministries' spokespersons. Each class a case here with a negative twin. The sentences are
invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "NEW DELHI: The Supreme Court said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a place in capitals before a colon opening the article is a dateline (Indian papers), not a transcript's
    # speaker whose turn the paragraph is; the paragraph's own claims stand
    ("CHENNAI: Tamil Nadu BJP president K. Annamalai on Monday accused the DMK government of failing farmers. "
     "Mr. Annamalai said the State had failed to spend the funds.", "failed to spend", "K. Annamalai"),
    ("NEW DELHI: The Supreme Court on Monday said the States must act on the report within four weeks.",
     "States must act", "Supreme Court"),
    ("MUMBAI: The Brihanmumbai Municipal Corporation (BMC) said on Tuesday that 40 potholes had been filled.",
     "potholes", "Brihanmumbai Municipal Corporation"),
    # twins: a transcript's turns in capitals stay their speakers' turns, one alone too when it names its speaker
    ("WALLACE: Do you think the president was right to fire him?\n\nTRUMP: I think he did a terrible job, and "
     "everyone said so.", "terrible job", "TRUMP"),
    ("Chris Wallace pressed the senator on the vote.\n\nWALLACE: The senator said he would back the bill. Was he "
     "wrong?", "Was he wrong", "Chris Wallace"),
])
def test_a_place_in_capitals_before_a_colon_is_a_dateline(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_a_dateline_before_a_colon_is_no_speaker():
    text = "NEW DELHI: Union Home Minister Amit Shah on Saturday said the government would end the insurgency."
    assert all(c.speaker != "NEW DELHI" for c in extract_claims(text))


# --------------------------------------------------------------------------- "Hong Kong's leader, John Lee Ka-chiu,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a romanised given name's second syllable, in lower case after its hyphen, ends a name in apposition
    ("Hong Kong's leader John Lee Ka-chiu on Tuesday said critics had misread the proposals.", "misread",
     "John Lee Ka-chiu"),
    ("The city's leader, John Lee Ka-chiu, said on Tuesday the housing plan would go ahead.", "housing plan",
     "John Lee Ka-chiu"),
    # twin: a description in lower case in apposition is no name
    ("The carrier, a low-cost airline, said on Tuesday the talks had failed.", "talks had failed", "carrier"),
])
def test_a_hyphenated_given_name_in_apposition_names_the_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Lagos State Governor Babajide Sanwo-Olu"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a hyphenated surname the tagger did not know, whose halves the parser both took for subjects, is one
    # name, and the title before it ("Lagos State Governor") is no part of it
    ("Lagos State Governor Babajide Sanwo-Olu has said the state will not tolerate land grabbing.", "land grabbing",
     "Babajide Sanwo-Olu"),
    # twins: a title word opening an organisation's name stays in it; a name the tagger knew is unchanged
    ("The Governor Generals Club said the roads would be fixed.", "roads", "Governor Generals Club"),
    ("Finance Minister Ngozi Okonjo-Iweala said the roads would be fixed.", "roads", "Ngozi Okonjo-Iweala"),
])
def test_a_hyphenated_surname_the_tagger_missed_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "the PM said", "ASP Rusoke said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an office of two words abbreviated after an article is a description of the one given the office
    # written out (words/title_synonyms.txt), not a bare title that speaks for no one
    ("Prime Minister Narendra Modi on Sunday inaugurated the bridge in Gujarat.\n\nThe PM said the bridge would cut "
     "travel time by two hours.", "travel time", "Narendra Modi"),
    ("Uttar Pradesh Chief Minister Yogi Adityanath on Sunday visited Gorakhpur. Addressing a gathering, the CM said "
     "organised crime had ended in the State.", "organised crime", "Yogi Adityanath"),
    # trap: a police rank abbreviated before a surname is no part of the name (words/honorifics.txt)
    ("Police spokesperson Kituuma Rusoke said on Monday that three suspects had been arrested.\n\n\"The suspects are "
     "helping us with investigations,\" ASP Rusoke said.", "helping us", "Kituuma Rusoke"),
    # twins: another rank or another minister is not the office abbreviated
    ("Deputy Prime Minister Oliver Dowden visited Leeds on Monday. The PM said the NHS would get more money.",
     "NHS", None),
    ("Finance Minister Nirmala Sitharaman presented the budget. The PM said it was a budget for the middle class.",
     "middle class", None),
    ("Deputy Chief Minister D.K. Shivakumar visited the site. The CM said the project would be completed.",
     "project", "CM"),
])
def test_an_abbreviated_office_names_its_holder(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Speaking in Eldoret, Mr Murkomen said"

def _vias(text: str, words: str) -> set[str | None]:
    return {c.via for c in extract_claims(text) if words in c.quote}


@pytest.mark.parametrize("text, expected", [
    # trap: one speaks in a place or a chamber, never through it: no channel
    ("Speaking in Eldoret on Sunday, Mr Murkomen said the government respected the right to protest.", None),
    ("Speaking in Parliament, Mr Murkomen said the government respected the right to protest.", None),
    # twins: speaking on or to an outlet, or writing in a paper, names the channel
    ("Speaking on Citizen TV, Mr Murkomen said the government respected the right to protest.", "Citizen TV"),
    ("Writing in the Daily Nation, Mr Murkomen said the government respected the right to protest.", "Daily Nation"),
])
def test_speaking_in_a_place_names_no_channel(text, expected):
    assert _vias(text, "right to protest") == {expected}


@pytest.mark.parametrize("text, expected", [
    # trap: the full stop and paragraph break after "on X." are no part of the channel's words
    ("\"This is a clear violation of international law,\" Tarriela said in a post on X.\n\nSenate President Francis "
     "Escudero said the chamber would hold a hearing.", "a post on X"),
    # twin: the channel's words mid-sentence are as before
    ("\"This is a clear violation of international law,\" Tarriela said in a post on X on Sunday.", "a post on X"),
])
def test_a_channel_ends_before_the_full_stop(text, expected):
    assert _vias(text, "international law") == {expected}


# --------------------------------------------------------------------------- "The Governor, Central Bank of Nigeria, Olayemi Cardoso,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation whose office a title is, set between the title and the holder's name (Nigerian papers),
    # is not the speaker; the holder is
    ("The Governor, Central Bank of Nigeria, Olayemi Cardoso, said on Tuesday that inflation would ease.",
     "inflation", "Olayemi Cardoso"),
    ("The Director-General, NCDC, Dr Jide Idris, said the outbreak was under control.", "outbreak", "Jide Idris"),
    ("The Managing Director, Nigerian Ports Authority, Abubakar Dantsoho, said the ports were congested.", "ports",
     "Abubakar Dantsoho"),
    # twins: an organisation alone in apposition speaks; a plural's names are its members, no holder of an office
    ("The firm's landlord, Greyfield Estates, said the rent was fair.", "rent", "Greyfield Estates"),
    ("The winners, Dangote Group, Julius Berger and BUA, said prices would rise.", "prices", "Dangote Group"),
])
def test_the_seat_of_an_office_between_title_and_name_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The Lagos State Governor, Babajide Sanwo-Olu, … The governor said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name the tagger took for an organisation's, in apposition to a title in capitals, is a person's, who
    # holds the title when "the governor" speaks later
    ("The Lagos State Governor, Babajide Sanwo-Olu, has said the state will not tolerate land grabbing.\n\n"
     "The governor said land grabbers would be prosecuted.", "prosecuted", "Babajide Sanwo-Olu"),
    # twin: an organisation in apposition to a title stays one; "the governor" is no one named
    ("The Governor, Central Bank of Nigeria, spoke on Tuesday.\n\nThe governor said rates would stay high.",
     "rates", "governor"),
])
def test_a_name_in_apposition_to_a_capitalised_title_is_a_persons(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Syed Murad" + "Ali Shah"

@pytest.mark.parametrize("text, words, expected", [
    # trap: one name the tagger cut in two people's ("Syed Murad" + "Ali Shah") is one; "Shah" later is that name
    ("KARACHI: Sindh Chief Minister Syed Murad Ali Shah on Monday said the provincial government would build 100 new "
     "schools.\n\nTalking to the media after the cabinet meeting, Shah said funds had already been allocated.",
     "funds had already", "Syed Murad Ali Shah"),
    # twin: two people named apart stay apart
    ("Sindh Chief Minister Syed Murad Ali Shah met Ali Zaidi on Monday. Zaidi said the talks had gone well.",
     "talks had gone well", "Ali Zaidi"),
])
def test_a_name_the_tagger_cut_in_two_is_one(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Addressing mourners in Machakos, the leader said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser made an opening participle's phrase the subject and hung the real one inside it, in
    # apposition to the place; the one after the comma speaks, never "Addressing mourners in Machakos"
    ("Addressing mourners in Machakos, the Wiper party leader said the government had abducted critics.",
     "abducted critics", "Wiper party leader"),
    ("Opposition leader Kalonzo Musyoka spoke in Machakos on Sunday.\n\nAddressing mourners in Machakos, the Wiper "
     "party leader said the government had abducted critics.", "abducted critics", "Kalonzo Musyoka"),
    # twins: a name after the participle's phrase speaks as before; a subject that is no participle's phrase stays
    ("Addressing mourners in Machakos, Kalonzo Musyoka said the government had abducted critics.",
     "abducted critics", "Kalonzo Musyoka"),
    ("Rising food prices in Nairobi, the country's biggest city, have worried the central bank, its governor said.",
     "Rising food prices", "its governor"),
])
def test_an_opening_participles_phrase_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Neeraj Kumar said … Mr. Kumar said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: of two men who share a surname, "Mr. Kumar" right after one was named in full as a subject is that one,
    # not the other because a list knows his first name for a man's (words/male_names.txt: "nitish")
    ("RJD leader Tejashwi Yadav on Friday hit out at Chief Minister Nitish Kumar over crime.\n\nJD(U) spokesperson "
     "Neeraj Kumar said Mr. Yadav was frustrated. \"He has no issues left,\" Mr. Kumar said.", "no issues left",
     "Neeraj Kumar"),
    # twins: the one named last as a subject, or the subject of the sentence that names both, stays
    ("JD(U) spokesperson Neeraj Kumar said the RJD was frustrated. Chief Minister Nitish Kumar said the State was "
     "safe. \"Crime is down,\" Mr. Kumar said.", "Crime is down", "Nitish Kumar"),
    ("Chief Minister Nitish Kumar met party spokesperson Neeraj Kumar on Friday. \"Crime is down,\" Mr. Kumar said.",
     "Crime is down", "Nitish Kumar"),
])
def test_a_shared_surname_is_the_one_just_named_as_subject(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # trap: a dateline before a colon whose paragraph the parser reads badly ("PATNA" the root, the leader its
    # object) is still a dateline: a reporting verb outside quotation marks, and no "I" or "you" of a turn
    ("PATNA: RJD leader Tejashwi Yadav on Friday hit out at Chief Minister Nitish Kumar, saying the State had become "
     "\"a hub of crime\".", "hub of crime", "Tejashwi Yadav"),
    ("THIRUVANANTHAPURAM: Kerala Chief Minister Pinarayi Vijayan on Monday said the State would approach the Supreme "
     "Court.", "approach the Supreme Court", "Pinarayi Vijayan"),
    # twin: a lone turn in capitals that talks ("I", "you") stays a turn
    ("SANDERS: I said it then and I say it now: the system is rigged.", "system is rigged", "SANDERS"),
])
def test_a_dateline_the_parser_misread_is_still_a_dateline(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_a_dateline_before_a_lede_with_no_reporting_verb_is_no_speaker():
    # trap: the weekday of a news story's opening sentence tells a dateline too, with no verb of saying in it
    text = ("MUMBAI: Actor Shah Rukh Khan on Saturday thanked fans for their birthday wishes.\n\n\"Your love keeps me "
            "going,\" the actor wrote on X.")
    assert all(c.speaker != "MUMBAI" and "thanked fans" not in c.quote for c in extract_claims(text))


def test_a_kicker_in_capitals_with_no_weekday_stays_as_before():
    # twin: a headline's kicker ("HUFFPOLLSTER:") with no weekday and no verb of saying is read as before
    text = "HUFFPOLLSTER: A Seismic Shift Among Voters May Have Won Cruz The Caucus.\n\nEarly analysis shows polls missed."
    assert _speakers(text, "Seismic Shift") == {"HUFFPOLLSTER"}


# --------------------------------------------------------------------------- "Leader of the Opposition V.D. Satheesan said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the holder's name closing a capitalised title with its "of" phrase, which the parser took for the end of
    # the phrase's object, is the speaker (from a listed first name, initials or a name the tagger saw)
    ("Leader of the Opposition V.D. Satheesan said the government had delayed the move.", "delayed the move",
     "V.D. Satheesan"),
    ("Leader of the Opposition in the Lok Sabha Rahul Gandhi on Wednesday alleged that the government was selling "
     "off public assets.", "selling off", "Rahul Gandhi"),
    # twins: a group with its "of" phrase stays as written; a title the parser read right is unchanged
    ("Members of the Senate Foreign Relations Committee said the talks were productive.", "productive",
     "Members of the Senate Foreign Relations Committee"),
    ("Secretary of State Marco Rubio said the talks were productive.", "productive", "Marco Rubio"),
])
def test_a_name_closing_a_title_of_a_body_is_the_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "SÃO PAULO - Brazil's Finance Minister … said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a dateline in capitals with accents is no speaker either
    ("SÃO PAULO - Brazil's Finance Minister Fernando Haddad said on Tuesday that the government would meet its "
     "fiscal target.", "fiscal target", "Fernando Haddad"),
    # twin: one without accents, as before
    ("BOGOTA - Colombian President Gustavo Petro said on Wednesday that the ELN had broken its word.", "ELN",
     "Gustavo Petro"),
])
def test_a_dateline_with_accents_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Attorney General Tarek William Saab"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an Arabic given name the tagger left out before the rest of the name is joined back once the list knows
    # it (words/male_names.txt: "tarek", "walid", "youssef", "mahmoud", "mostafa", "samir", "fahad", "majid", …)
    ("Venezuela's Attorney General Tarek William Saab said Thursday that 2,000 people had been arrested.\n\nSaab, "
     "speaking on state broadcaster VTV, accused the opposition of plotting a coup.", "plotting a coup",
     "Tarek William Saab"),
    # twin: a capitalised title word before a name is still no given name
    ("Venezuela's Attorney General William Saab said Thursday that 2,000 people had been arrested.", "arrested",
     "William Saab"),
])
def test_a_listed_arabic_given_name_is_joined_back(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "…, the Saudi Press Agency (SPA) reported."

@pytest.mark.parametrize("text, words, expected", [
    # trap: an agency with its acronym in brackets reporting the sentence from its end is a source of its own, and
    # no part of what the speaker inside said (the brackets had led the parser to join it to the object before it)
    ("Saudi Crown Prince Mohammed bin Salman told the cabinet that the Kingdom would continue to support "
     "Palestinians, the Saudi Press Agency (SPA) reported.", "told the cabinet", "Saudi Press Agency"),
    ("The minister said the Kingdom would continue to support Palestinians, the official Emirates News Agency (WAM) "
     "reported.", "The minister said", "Emirates News Agency"),
    # twins: without the acronym, as before; an agency with its acronym opening the sentence, as before
    ("The minister said the Kingdom would continue to support Palestinians, the Saudi Press Agency reported.",
     "The minister said", "Saudi Press Agency"),
    ("The Saudi Press Agency (SPA) said the Kingdom would continue to support Palestinians.", "Palestinians",
     "Saudi Press Agency"),
])
def test_an_agency_with_its_acronym_reporting_from_the_end_is_a_source(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    ("Saudi Crown Prince Mohammed bin Salman told the cabinet that the Kingdom would continue to support "
     "Palestinians, the Saudi Press Agency (SPA) reported.", "Kingdom would continue"),
    ("The minister said the Kingdom would continue to support Palestinians, the official Emirates News Agency (WAM) "
     "reported.", "Kingdom would continue"),
])
def test_the_speaker_inside_an_agencys_report_keeps_a_claim_without_the_agency(text, words):
    inner = [c for c in extract_claims(text) if c.quote.startswith("the Kingdom")]
    assert inner and all("Agency" not in c.quote for c in inner)
