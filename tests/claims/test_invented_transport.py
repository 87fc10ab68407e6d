"""Right speaker or none (issue 8, round 20): wrong speakers and missed claims found with invented transport,
aviation, accident, disaster, weather and emergency news (air accident investigators, rail unions, coastguards,
flood and storm warnings, survivors and witnesses), each class a case here with a negative twin. The sentences are
invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "One resident of Pontypridd, Gareth Evans,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name in apposition that the parser hung on a word inside the description, which no one person's name
    # can rename (a place the tagger left untagged, a plural noun, the noun for the name given), renames the
    # description: that person speaks, also with an age after the name
    ('One resident of Pontypridd, Gareth Evans, 72, said the river had burst its banks "within an hour".',
     "burst its banks", "Gareth Evans"),
    ('One of the rescued men, Jack Trewin, 27, told BBC Spotlight he had been in the water for "about 40 minutes".',
     "in the water", "Jack Trewin"),
    ("A resident who gave only her first name, Linda, said she had grabbed her dog and her photo albums.",
     "grabbed her dog", "Linda"),
    # (the tagger took the mayor's name, with the town, for an organisation: a known first name makes it a person's)
    ('"We have never seen anything like this," the mayor of Paiporta, Maribel Albalat, told Cadena SER.',
     "never seen anything", "Maribel Albalat"),
])
def test_a_name_in_apposition_inside_a_description_is_the_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: without a name the description speaks as written; two names for a plural description are both
    ("One resident of Pontypridd said the river had burst its banks within an hour.", "burst its banks",
     "One resident of Pontypridd"),
    ("The mayor of Paiporta told Spanish radio the town had been devastated.", "devastated", "mayor of Paiporta"),
    ("The families of the victims, Tom Reed and Ann Lee, said they wanted answers.", "wanted answers",
     "Tom Reed and Ann Lee"),
])
def test_a_description_without_its_own_name_stays(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "One of the passengers said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "One of the passengers" is a person of a group (words/people_nouns.txt), not a number: a claim
    ("One of the passengers said the crew had been calm throughout.", "crew had been calm", "One of the passengers"),
    ("One of the survivors told the BBC the water had risen within minutes.", "water had risen",
     "One of the survivors"),
    ("One of the firefighters, who asked not to be named, said the blaze had spread through the roof.",
     "blaze had spread", "One of the firefighters"),
])
def test_one_of_a_group_of_people_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: one of a group of things says nothing
    ("One of the engines failed and the pilot said the plane had lost power.", "engines failed"),
    ("One of the reasons was the weather, which had closed the airport.", "weather"),
])
def test_one_of_a_group_of_things_is_no_speaker(text, words):
    assert not any(c.speaker and c.speaker.startswith("One of") for c in extract_claims(text))


# --------------------------------------------------------------------------- "Mothers Against Drunk Driving said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a group named for its members and its cause is one name as written, never its first word nor a part
    # of it the tagger saw ("Borders")
    ("Mothers Against Drunk Driving said the crash showed the need for tougher penalties.", "tougher penalties",
     "Mothers Against Drunk Driving"),
    ('Surfers Against Sewage said the discharge at Hastings was "sadly not surprising".', "not surprising",
     "Surfers Against Sewage"),
    ("Doctors Without Borders said its teams had treated more than 300 people injured in the earthquake.",
     "treated more than 300", "Doctors Without Borders"),
    ("Campaign group Parents for Safer Roads said the junction had been a danger for years.", "a danger for years",
     "Parents for Safer Roads"),
])
def test_a_campaign_named_for_its_cause_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: people for a place or against something in lower case are a description, no name
    ("Campaigners for London said the fares rise was unfair.", "fares rise", "Campaigners for London"),
    ("Officials in Texas said the storm had weakened.", "storm had weakened", "Officials in Texas"),
])
def test_people_for_a_place_are_no_campaign(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_people_against_something_in_lower_case_are_no_name():
    assert "Parents against the plan" not in _speakers("Parents against the plan said the road was too dangerous.",
                                                       "too dangerous")


# --------------------------------------------------------------------------- "The Maritime and Coastguard Agency said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an agency or administration named for two tasks joined by "and" is one name (words/joint_org_heads.txt),
    # and a word that opens such a name is no description before a name ("Driver", as in "Driver Tom Pearce")
    ("The Maritime and Coastguard Agency said a tug had been sent to the scene.", "tug",
     "Maritime and Coastguard Agency"),
    ("The Driver and Vehicle Standards Agency said the lorry had failed its last inspection.", "failed its last",
     "Driver and Vehicle Standards Agency"),
    ("The Pipeline and Hazardous Materials Safety Administration said it had ordered the operator to shut the line.",
     "shut the line", "Pipeline and Hazardous Materials Safety Administration"),
])
def test_an_agency_named_with_and_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: an acronym before "and" is an organisation of its own, the first speaks
    ("The CIA said it had no comment. The CIA and National Security Agency said the review was over.",
     "review was over", "CIA"),
])
def test_an_acronym_before_and_stays_apart(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "South Yorkshire Fire and Rescue said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "Fire and Rescue" names a service with no word after it
    ("South Yorkshire Fire and Rescue said 12 engines were at the scene at the height of the fire.", "12 engines",
     "South Yorkshire Fire and Rescue"),
    # trap: a body named with a word before a country of two words is one name (words/org_countries.txt)
    ("A Qantas jet turned back to Auckland after a mayday call over the Tasman Sea, Airways New Zealand said.",
     "turned back", "Airways New Zealand"),
    ("Tourism New Zealand said visitor numbers had fallen.", "visitor numbers", "Tourism New Zealand"),
    # twin: the country alone is the country
    ("New Zealand said it would send aid to Tonga.", "send aid", "New Zealand"),
])
def test_a_service_or_body_named_for_a_country_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Texas said" beside "University of Texas"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a place is never a body named for it, named before or after ("The University of Texas", "the Civil
    # Aviation Authority of New Zealand")
    ("Texas said it would send troopers. The University of Texas said classes were cancelled.", "troopers", "Texas"),
    ("The University of Texas said classes were cancelled. Texas said it would send troopers.", "troopers", "Texas"),
    ("The storm hit Auckland overnight, New Zealand said. The Civil Aviation Authority of New Zealand said it would "
     "not investigate.", "storm hit", "New Zealand"),
    # twin: the body itself, and a place's own government, keep the body's name
    ("The University of Texas said classes were cancelled.", "classes", "University of Texas"),
    ("The Government of India said it would help. India said aid was on its way.", "aid was on its way",
     "Government of India"),
])
def test_a_place_is_no_body_named_for_it(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "A spokesman for Nats, the ... provider,"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a description in lower case in apposition (tagged a name) is no name for the spokesman, and a name the
    # tagger took for a place with an organisation's description in apposition is that organisation
    ('EasyJet cancelled 60 flights. A spokesman for Nats, the air traffic control provider, said: "We apologise for '
     'the disruption."', "apologise", "Nats"),
    ("A spokesperson for Avanti West Coast, the operator, said services were disrupted.", "services were disrupted",
     "Avanti West Coast"),
    # twin: a named spokesman in apposition is that person
    ("A spokesman for Nats, Tom Reed, said the staffing levels would return to normal.", "staffing levels",
     "Tom Reed"),
])
def test_a_description_in_apposition_is_no_spokesman_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "A cruise ship ... suffered ..., X said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a sentence the parser left hanging on the reporting verb with no role (its verb read as an adjective) is
    # what the subject after the comma said
    ("A cruise ship with more than 1,300 people on board suffered engine failure off the coast of Norway, prompting "
     "a dramatic helicopter evacuation, Norwegian authorities said.", "cruise ship", "Norwegian authorities"),
])
def test_a_fronted_sentence_the_parser_left_loose_is_a_claim(text, words, expected):
    assert _speakers(text, words) == {expected}


def test_a_fronted_noun_with_no_clause_is_no_claim():
    # twin: a noun phrase with no verb of its own before the subject is no content ("The ship, officials said, ...")
    claims = extract_claims("A cruise ship with more than 1,300 people on board, officials said, was towed to port.")
    assert not any(c.quote.startswith("A cruise ship with more than 1,300 people on board") and c.quote.endswith("board")
                   for c in claims)


# --------------------------------------------------------------------------- "The Port of Dover said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a port or an airport named "of" its place is that body's name, never "Port" nor the place
    ("Ferries to Dover were cancelled. The Port of Dover said on X that passengers should not travel to the port.",
     "should not travel", "Port of Dover"),
    ("The Port of Los Angeles said cargo volumes fell by a third.", "cargo volumes", "Port of Los Angeles"),
    # twin: the place alone is the place
    ("The Port of Dover said it was busy. Dover said the town was quiet.", "town was quiet", "Dover"),
])
def test_a_port_named_for_its_place_is_one_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Kent Police said" after "in Kent"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name shaped like an organisation's is never a person the tagger saw in a word of it ("in Kent" tagged
    # a person), and a service the tagger took for a place is the one its spokesperson speaks for
    ("Two people have died after a helicopter crashed into a house in Kent, police have confirmed.\n\nKent Police said "
     "officers were called to the scene in Ashford shortly after 14:00 BST. A spokesperson for the South East Coast "
     "Ambulance Service said two patients had been pronounced dead at the scene.", "officers were called",
     "Kent Police"),
    ("Two people have died after a helicopter crashed into a house in Kent, police have confirmed.\n\nKent Police said "
     "officers were called to the scene in Ashford shortly after 14:00 BST. A spokesperson for the South East Coast "
     "Ambulance Service said two patients had been pronounced dead at the scene.", "two patients",
     "South East Coast Ambulance Service"),
    # trap: an office in capitals owned by a noun ("The utility's CEO") takes the name in apposition
    ("CenterPoint Energy said 2 million homes were without power. The utility's CEO, Jason Wells, said crews from "
     "other states were on their way.", "crews from other states", "Jason Wells"),
    # twin: a place's police in lower case stay as written
    ("The storm hit Springfield overnight. Springfield police said officers were called.", "officers were called",
     "Springfield police"),
])
def test_a_force_or_service_is_its_own_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Passenger Amanda" + "Reyes" (ORG)

@pytest.mark.parametrize("text, words, expected", [
    # trap: a surname the tagger took for an organisation, after a listed first name it left out, is one person's
    # full name
    ('No injuries were reported.\n\nPassenger Amanda Reyes said she felt "a jolt, like a car bump". She said the crew '
     'had handled it well.', "crew had handled", "Amanda Reyes"),
    # trap: a port authority "of" two places joined by "and" is one name
    ("Two planes clipped wings at LaGuardia Airport on Wednesday night, the Port Authority of New York and New Jersey "
     "said.", "clipped wings", "Port Authority of New York and New Jersey"),
    # twin: a body of its own kind "of" one place is not joined with another place
    ("The Bank of England and France said rates would rise.", "rates would rise", "Bank of England"),
])
def test_a_name_the_tagger_cut_is_joined(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Jet2 said", "OceanGate, the company ..., said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a capitalised name of letters in both cases and digits is a name, no number
    ("Jet2 said the aircraft had landed safely and would be inspected by engineers.", "landed safely", "Jet2"),
    # trap: a description between commas that the parser made a second subject is the name's apposition
    ('The Coast Guard suspended its search on Thursday. OceanGate, the company that operated the vessel, said in a '
     'statement that the men "were true explorers".', "true explorers", "OceanGate"),
    # twin: a description alone speaks as written
    ("The company that operated the vessel said the men were true explorers.", "true explorers",
     "company"),
])
def test_names_of_letters_and_digits_and_apposed_subjects(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words", [
    # twin: numbers, dates, roads and flight numbers in capitals are no speakers
    ("G7 said the summit would go ahead.", "summit"),
    ("MH370 said nothing about it.", "nothing"),
    ("March 3 said nothing about it.", "nothing"),
])
def test_numbers_stay_no_names(text, words):
    assert _speakers(text, words) <= {None}


# --------------------------------------------------------------------------- `"Q2." Network Rail later blamed a fault`

@pytest.mark.parametrize("text, words, expected", [
    # trap: after a quotation that goes on with its speaker's words, a new sentence whose reporting verb takes a
    # thing of its own is no attribution of it
    ('"It was chaos," said Tom Fletcher, who was on the platform at Euston when the power failed. "Nobody knew what '
     'was going on." Network Rail later blamed a fault with overhead wires.', "Nobody knew", "Tom Fletcher"),
    # twin: a sentence right after a quotation standing alone names its speaker ("described the scene")
    ('"It was chaos." Tom Fletcher described the scene.', "It was chaos", "Tom Fletcher"),
    ('"Nobody knew what was going on." Tom Fletcher told reporters.', "Nobody knew", "Tom Fletcher"),
])
def test_a_new_sentence_about_its_own_thing_is_no_attribution(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "A Loganair flight ..., the airline said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name right before "flight" is an airline's: "the airline" after it is that one
    ("A Loganair flight from Glasgow to Stornoway was struck by lightning and forced to turn back, the airline has "
     "confirmed.", "struck by lightning", "Loganair"),
    # trap: one capitalised word of no entity right before "spokesperson" names whom the spokesperson speaks for
    ('A TfL spokesperson said: "We are working closely with the police."', "working closely", "TfL"),
    # trap: a rank and a name after a common noun subject, split off by the parser, are the speaker
    ('"We felt a long rolling motion," said Eureka police Capt. Leonard La France.', "rolling motion",
     "Leonard La France"),
])
def test_airlines_spokespeople_and_ranked_names(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a name with no flight of its own gives "the airline" no name; a place's police stay as written
    ("EasyJet has cancelled more than 60 flights from Gatwick, the airline said.", "cancelled", "airline"),
    ("Police said the road was closed.", "road was closed", "Police"),
])
def test_descriptions_without_evidence_stay(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Prince William, the RNLI's president, posted"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a verb the parser read as a participle on the name before it, with the quotation after its colon, is
    # the name's, never the description nearest the verb (the RNLI)
    ('"This is a dark day," said the MP. The RNLI\'s chief executive, Mark Dowie, said the charity was "heartbroken". '
     'Prince William, the RNLI\'s president, posted on social media: "Our thoughts are with the crew\'s families."',
     "Our thoughts", "Prince William"),
    # trap: a title in capitals owned by a noun ("the county's MP") takes the name in apposition
    ('"This is a dark day for Cornwall," said the county\'s MP, Anna Gelderd, after the lifeboat capsized.',
     "dark day", "Anna Gelderd"),
    # twin: without a name it stays as written
    ('"This is a dark day for Cornwall," said the county\'s MP after the lifeboat capsized.', "dark day",
     "county's MP"),
])
def test_a_name_before_its_description_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The UN refugee agency, UNHCR, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name between commas after an organisation's noun, hung on it as a bare modifier, is its apposition
    ('The UN refugee agency, UNHCR, said it was "horrified".', "horrified", "UNHCR"),
    # twin: a name only called so is no speaker of the quotation after "called"
    ('The site was linked to a group called the "We The People Foundation."', "We The People", None),
])
def test_a_name_set_off_after_an_organisation_noun(text, words, expected):
    got = _speakers(text, words)
    assert got == {expected} if expected else got <= {None}


# --------------------------------------------------------------------------- "Police Scotland said", "An easyJet spokeswoman"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a word before a country tagged an organisation is one name with it
    ("Snow and ice caused travel chaos across Scotland, with ScotRail cancelling dozens of trains. The Scottish "
     "Government's resilience minister, Angela Constance, said people should only travel if necessary. Police Scotland "
     "said officers had dealt with more than 50 collisions overnight.", "50 collisions", "Police Scotland"),
    # trap: a brand in camel case before a spokeswoman is whom she speaks for
    ('An easyJet spokeswoman said the airline was "disappointed".', "disappointed", "easyJet"),
    # trap: a name in apposition hung on a trip is the description's
    ('A passenger on the Titan submersible\'s previous dive, Arthur Loibl, told the BBC the vessel was "a kamikaze '
     'operation".', "kamikaze", "Arthur Loibl"),
    # twin: with no name, as written
    ("A passenger on the flight said the crew were calm.", "crew were calm", "passenger"),
])
def test_forces_brands_and_passengers(text, words, expected):
    assert _speakers(text, words) == {expected}
