"""Wrong names (issue 8, third round): each class of error found on PolNeAR's train split, as cases
with a negative twin. The sentences are invented for these tests; a case shows the trap (a noun
inside the clause, the audience, the next line, a bystander), its twin the same shape where the
tempting answer is the right one.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from bot.claims.validate import is_valid_speaker
from tests.claims.finding import claim_with, speaker_of

# --------------------------------------------------------------------------- a colon ends a clause: its subject speaks

@pytest.mark.parametrize("text, words, expected", [
    # trap: the noun nearest the colon is what the clause is about or whom it addresses
    ('Senator Ada Marsh delivered a blunt message to Tom Reed: "It is time to stop attacking people and get on '
     'with the job."', "time to stop attacking", "Ada Marsh"),
    ('The Harwick Planning Board was conclusive in its findings: "Further discussion of this matter is '
     'unnecessary."', "Further discussion", "Harwick Planning Board"),
    ('Mayor Ines Varga has taken the stance common among members of the council: "I am against the tax in '
     'principle, but I will vote for it."', "against the tax", "Ines Varga"),
    # twin: a bare label before the colon is the speaker
    ('Ada Marsh: "It is time to stop attacking people and get on with the job."', "time to stop attacking",
     "Ada Marsh"),
])
def test_a_colon_introduction_is_spoken_by_the_clauses_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- the audience of "told"

@pytest.mark.parametrize("text, words, expected", [
    # trap: an age in apposition breaks the parse; the outlet told is still not the speaker
    ("“We were tremendously wrong to not have confronted him from the beginning,” Ramos, 58, told AFP in an "
     "interview in Mexico City on Monday.", "tremendously wrong", "Ramos"),
    # twin: the outlet that tells someone is the speaker
    ('"The service will resume on Monday," AFP told its subscribers in a note.', "service will resume", "AFP"),
])
def test_the_audience_of_told_is_not_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a line break ends the attribution

def test_the_next_line_does_not_attribute_a_quote_that_ends_a_line():
    text = ('"This is a disease," Ruth Cole said. "It is not a moral failing."\n'
            'Neither Tom Reed nor Ruth Cole acknowledged the efforts of the administration.')
    assert speaker_of(text, "moral failing") == "Ruth Cole"


def test_twin_the_same_line_attributes_a_quote_before_it():
    text = '"It is not a moral failing." Senator Tom Reed said as he left the hall.'
    assert speaker_of(text, "moral failing") == "Tom Reed"


# --------------------------------------------------------------------------- a passive verb above the cue

def test_the_agent_of_a_passive_verb_above_the_cue_is_not_thespeaker_of():
    text = ('Sara Vance was booed by supporters of the senator after telling them that they were '
            'being ridiculous about the vote.')
    assert speaker_of(text, "being ridiculous") == "Sara Vance"


def test_twin_the_agent_of_a_passive_cue_is_thespeaker_of():
    text = 'Ray Dunn was asked by host Lisa Crane whether the emails had ever been a real problem for him.'
    assert speaker_of(text, "emails had ever been") == "Lisa Crane"


# --------------------------------------------------------------------------- descriptions: new people, or whose words

@pytest.mark.parametrize("text, words, wrong", [
    # an indefinite description brings in someone new, not the organisation named before
    ("The Republican National Committee attacked the plan on Monday. A Cole campaign official later said that the "
     "senator had no particular video in mind.", "no particular video", "Republican National Committee"),
    ("The Aldama Theater staged the play in March. A group of 67 artists, writers and scientists this week published "
     'an open letter and called on people to "remember the campaigns against other groups that ended in ruin."',
     "remember the campaigns", "Aldama Theater"),
])
def test_an_indefinite_description_is_not_someone_named_before(text, words, wrong):
    speaker = speaker_of(text, words)
    assert speaker and speaker != wrong


def test_twin_an_indefinite_description_with_its_owner_is_the_owner():
    text = ("Marlow Water raised its prices on Monday. A spokesman for Marlow Water said that the reservoir was only "
            "a third full.")
    assert speaker_of(text, "reservoir was only") == "Marlow Water"


@pytest.mark.parametrize("text, words, expected", [
    # trap: "the Clinton campaign" is Clinton's, not the organisation last named
    ("The State Department released the emails on Friday. The Clinton campaign said that the messages had been "
     "handled properly.", "handled properly", "Clinton"),
    # twin: "the department" is the department named just before
    ("The State Department released the emails on Friday. The department said that the messages had been handled "
     "properly.", "handled properly", "State Department"),
])
def test_a_description_holding_a_name_is_that_persons(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: a surname that holds another name is a different person
    ('Donald Reed said the turnout would be low. "People will vote if the election is close," said McDonald.',
     "People will vote", "McDonald"),
    # twin: a misspelling of a surname is the same person
    ('Steve Sweeney said contractors built a cushion into their bids. "He put a lot of people out of business," '
     "Sweeny said.", "out of business", "Steve Sweeney"),
])
def test_a_surname_inside_another_name_is_not_a_spelling_of_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quote without a reporting verb

@pytest.mark.parametrize("text, words, expected", [
    # trap: the quote's own clause names who said it, though its verb is no reporting verb
    ('"I will not be at the debate," Donald Trump said on Monday.\n\n"If you ask one more mean question, I may have '
     'to leave the stage," Ted Cruz quipped.', "one more mean question", "Ted Cruz"),
    ('"I stood up against the behaviour of the banks," Hillary Clinton said. Bernie Sanders shot back, "Secretary '
     'Clinton called them out. They must have been really crushed by that."', "really crushed", "Bernie Sanders"),
    ('"Trump will win the state," said Craig Robinson, an editor.\n\nDianne Bystrom agreed. "Mainstream Republicans '
     'are running out of time to find an alternative."', "running out of time", "Dianne Bystrom"),
    # twin: the second half of a split quotation is still its speaker's
    ('"I will not be at the debate," Donald Trump said on Monday. "The network has treated me very badly for '
     'months."', "treated me very badly", "Donald Trump"),
])
def test_a_quote_in_a_clause_with_a_named_subject_is_theirs(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a reporting verb that reports something else

@pytest.mark.parametrize("text, words, expected", [
    # trap: the reporting verb of a subordinate clause has its own content; the main clause's subject speaks
    ('When Tom Reed suggested that the city would sue the port, Ana Ruiz fired back: "If they sue us in a court '
     'here, they are going to lose."', "going to lose", "Ana Ruiz"),
    # twin: the same verb introducing the quotation is its cue
    ('Tom Reed suggested: "If they sue us in a court here, they are going to lose."', "going to lose", "Tom Reed"),
    # trap: the verb after a quotation that opens the next one belongs to the next one ...
    ('Ana Ruiz replied to Tom Reed with a question, "Why now? That was on my way to the airport?" Tom Reed then '
     'writes back, "You look tired in the picture."', "on my way to the airport", "Ana Ruiz"),
    # ... twin: and that next one is its subject's
    ('Ana Ruiz replied to Tom Reed with a question, "Why now? That was on my way to the airport?" Tom Reed then '
     'writes back, "You look tired in the picture."', "look tired", "Tom Reed"),
])
def test_a_reporting_verb_with_content_of_its_own_is_not_the_quotes_cue(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: "upon saying": the one who says it is the subject of the verb above, not its object
    ('Sara Vance, a supporter of the senator, incurred a wave of boos upon saying, "Hillary heard the passion of '
     'the people."', "heard the passion", "Sara Vance"),
    # twin: "by saying" works the same way
    ('Sara Vance ended the speech by saying, "We will be back here next year."', "back here next year",
     "Sara Vance"),
])
def test_a_gerund_under_a_preposition_is_said_by_the_subject_above(text, words, expected):
    assert speaker_of(text, words) == expected


def test_a_description_owned_by_someone_else_is_not_the_organisation_named_before():
    text = ("The Harwick Borough Council met on Monday. The union's advocacy group said that the libraries must "
            "stay open.")
    speaker = speaker_of(text, "libraries must stay open")
    assert speaker and speaker != "Harwick Borough Council"


def test_twin_the_organisation_noun_alone_is_the_organisation_named_with_it():
    text = "The Harwick Tenants Union met on Monday. The union said that the libraries must stay open."
    assert speaker_of(text, "libraries must stay open") == "Harwick Tenants Union"


@pytest.mark.parametrize("text, words, expected", [
    # trap: words quoted inside a clause whose subject is named are that person's, not the last speaker's
    ('"The network is fair to every candidate," Jeff Zucker said.\n\nOn Monday, Donald Trump grumbled to a crowd '
     'in Georgia that CNN "does not treat me properly at all."', "treat me properly", "Donald Trump"),
    ('"The plan will not help anyone," Amy Lee said.\n\nMarta Moore thanked him for "stepping up and taking '
     'action when the council would not."', "stepping up and taking", "Marta Moore"),
    # twin: a clause without a named subject leaves the quote with the speaker just before
    ('"The network is fair to every candidate," Jeff Zucker said. The network "has always treated the campaigns '
     'the same way."', "treated the campaigns", "Jeff Zucker"),
])
def test_words_quoted_inside_a_clause_are_its_named_subjects(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, expected", [
    # trap: "added" hung inside the first verb's content ("it was too early") is still the first speaker's, not
    # the organisation "it" would stand for
    ('Appearing before supporters at the NLD headquarters on Monday, Ana Ruiz said it was too early to '
     'congratulate the winners but added, "I think you all have an idea of the results."', "Ana Ruiz"),
    # twin: "added" joined to a plain verb is its subject's
    ('Appearing before supporters at the NLD headquarters on Monday, Ana Ruiz congratulated the winners and '
     'added, "I think you all have an idea of the results."', "Ana Ruiz"),
])
def test_a_second_reporting_verb_inside_the_firsts_content_has_the_samespeaker_of(text, expected):
    quoted = [c for c in extract_claims(text) if c.quote.startswith("I think you all")]
    assert quoted and quoted[0].speaker == expected


# --------------------------------------------------------------------------- "the ministry" is no newspaper

@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation last named is of another kind than the description
    ("The Harlow Gazette reported on Monday that the deal was close.\n\nThe ministry said in a statement on "
     "Friday that it would appeal the ruling.", "would appeal", "ministry"),
    ("The Harlow Gazette reported on Monday that the deal was close.\n\nThe company said in a statement on "
     "Friday that its profits had doubled.", "profits had doubled", "company"),
    ("Nimbus Foods Inc. cut its forecast on Monday.\n\nThe ministry said on Friday that it would review the "
     "merger.", "review the merger", "ministry"),
    # twin: the same description after an organisation of its kind
    ("Shares of Nimbus Foods rose 5 percent on Monday.\n\nThe company said in a statement on Friday that its "
     "profits had doubled.", "profits had doubled", "Nimbus Foods"),
    ("The Harlow Gazette reported on Monday that the deal was close.\n\nThe newspaper said in a statement on "
     "Friday that it stood by the story.", "stood by the story", "Harlow Gazette"),
])
def test_a_description_resolves_only_to_an_organisation_of_its_kind(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation named before gives no sign of being a company, newspaper or ministry ("the
    # Harlow City Council", "Westfield College"): the description stays as written
    ("The Harlow City Council voted on Tuesday to ban the pesticide.\n\nThe company said in a statement on "
     "Friday that the ban ignored decades of science.", "ignored decades", "company"),
    ("Students at Westfield College marched on Monday.\n\nThe newspaper said in an editorial on Friday that "
     "the protest was overdue.", "protest was overdue", "newspaper"),
    # twin: a name that says what it is ("Harwick Motors", "Nimbus Airlines"), or a description that fits any
    # organisation ("the group")
    ("Harwick Motors recalled 3,000 cars on Tuesday.\n\nThe company said in a statement on Friday that the "
     "fault had been fixed.", "fault had been fixed", "Harwick Motors"),
    ("Nimbus Airlines cancelled 40 flights on Tuesday.\n\nThe airline said in a statement on Friday that the "
     "strike was over.", "strike was over", "Nimbus Airlines"),
    ("The Harlow Tenants Union held a rally on Tuesday.\n\nThe group said in a statement on Friday that the "
     "rent was too high.", "rent was too high", "Harlow Tenants Union"),
])
def test_a_description_with_a_kind_needs_a_name_of_that_kind(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: the name says nothing of its kind, but the text calls it one in apposition ("FlyBaltic, the regional
    # carrier"; "the carrier FlyBaltic"; "the newspaper, the Clarion,")
    ("FlyBaltic, the regional carrier, cancelled 40 flights on Tuesday.\n\nThe airline said in a statement on "
     "Friday that the strike was over.", "strike was over", "FlyBaltic"),
    ("The carrier FlyBaltic cancelled 40 flights on Tuesday.\n\nThe airline said in a statement on Friday that "
     "the strike was over.", "strike was over", "FlyBaltic"),
    ("The newspaper, the Clarion, reported on Monday that the deal was close.\n\nThe paper said in an editorial "
     "on Friday that it stood by the story.", "stood by the story", "Clarion"),
    # twin: with no such words, or words of another kind, the description stays as written
    ("FlyBaltic cancelled 40 flights on Tuesday.\n\nThe airline said in a statement on Friday that the strike was "
     "over.", "strike was over", "airline"),
    ("The Clarion, a weekly newspaper, reported on Monday that the deal was close.\n\nThe company said in a "
     "statement on Friday that the deal was off.", "deal was off", "company"),
])
def test_a_description_fits_an_organisation_the_text_calls_one_of_its_kind(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: a name before the description's noun says whose it is, not the place or organisation last named
    ("Voters in Ohio backed the plan on Tuesday. After much controversy, the Vance administration declared that "
     "the money could be used for research.", "money could be used", "Vance administration"),
    ("The Harlow Tenants Union met the envoy on Monday. The Ruiz government said that the tax would be delayed "
     "for a year.", "tax would be delayed", "Ruiz government"),
    # trap: a name after "of" says whose it is just the same
    ("The Harlow Tenants Union met on Monday. The government of President Ana Ruiz said that the tax would be "
     "delayed for a year.", "tax would be delayed", "government of President Ana Ruiz"),
    # twin: the name before the noun is the organisation named before
    ("Kestrel Motors cut its forecast on Monday. The Kestrel carmaker said that its profits would fall.",
     "profits would fall", "Kestrel Motors"),
])
def test_a_description_with_a_name_before_its_noun_is_only_an_organisation_of_that_name(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- fourth round: interview turns

@pytest.mark.parametrize("text, words, expected", [
    # trap: the host's surname, tagged a common noun, asks the next question: not the guest carried over
    ("Host Dan Brannity interviewed Ruth Cole on Monday. “The wall will be built,” Cole said.\n\n"
     "“Would the number be negotiable?” Brannity pressed.", "number be negotiable", "Dan Brannity"),
    # twin: a capitalised word that names nobody in the article leaves the guest's words with the guest
    ("Host Dan Brannity interviewed Ruth Cole on Monday. “The wall will be built,” Cole said.\n\n"
     "“It will be paid for, every cent of it.” Applause followed.", "paid for, every cent", "Ruth Cole"),
])
def test_a_turn_taker_named_earlier_in_the_article_speaks_the_turn(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a document issued by someone named

@pytest.mark.parametrize("text, words, expected", [
    # trap: the document is the verb's object; whoever issued, ran or filed it is named as the verb's subject
    ('On Saturday, Varga issued a statement saying that the judge was "a remarkable person and a brilliant '
     'jurist."', "remarkable person", "Varga"),
    ('The Harlow Gazette recently ran a piece that noted her "health care plan would benefit affluent households '
     'more than poorer ones."', "health care plan", "Harlow Gazette"),
    ('Dan Hollis filed a petition on Tuesday. The petition accuses the council of "attempting to bully him into '
     'silence for a year."', "bully him into silence", "Dan Hollis"),
    # twin: a document someone received is not theirs; nor is a later, other letter they signed
    ('Ruth Cole recently received a letter that said her "health care plan would benefit affluent households more '
     'than poorer ones."', "health care plan", "letter"),
    ("The mayor wrote to the bank's chief executive. That letter demanded that Dan Hollis make \"a major public "
     'apology to the council." Hollis signed a letter of apology the next day.', "major public apology", "letter"),
])
def test_a_document_is_spoken_by_the_name_that_issued_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a signature under a quotation

@pytest.mark.parametrize("text, words, expected", [
    # trap: the speaker signs the quotation on the next line, after a dash, not someone named before it
    ('Senator Ana Ruiz spoke first. Some council members thought the plan did not go far enough.\n\n'
     '"I will look into it. I do not know the status, but I will certainly look into it."\n\n- Tom Reed.\n\n'
     "Reed has been looking into it for a long time.", "certainly look into it", "Tom Reed"),
    # trap: a pull quote whose last line inside the quotation marks is its speaker's name and affiliation
    ('Ana Ruiz criticised the budget on Monday.\n\n"We are going to enter the next recession without the '
     'consensus that we need a stimulus.\nJosh Bivens, Harlow Policy Institute."\n\nMore on the budget below.',
     "next recession", "Josh Bivens"),
    # twin: a last line that says something stays in the quotation, with the speaker carried over
    ('"The plan will work," Ruth Cole said.\n\n"We will build it and we will pay for it.\nThe rest is up to the '
     'council."\n\nMore on the plan below.', "rest is up to the council", "Ruth Cole"),
    # twin: a dash line that is a subheading, not a name
    ('"The plan will work," Ruth Cole said.\n\n"We will build it and we will pay for it, every cent."\n\n'
     "– Ready to quiz Reed –.\n\nMore on the plan below.", "every cent", "Ruth Cole"),
])
def test_a_signature_under_a_quotation_is_itsspeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


def test_a_signature_inside_the_quotation_marks_is_not_part_of_the_claim():
    text = ('Ana Ruiz criticised the budget on Monday.\n\n"We are going to enter the next recession without the '
            'consensus that we need a stimulus.\nJosh Bivens, Harlow Policy Institute."\n\nMore on the budget below.')
    claim = next(c for c in extract_claims(text) if "next recession" in c.quote)
    assert "Bivens" not in claim.quote and claim.quote.endswith("stimulus.")


# --------------------------------------------------------------------------- a digest's heading, a dash, its source

@pytest.mark.parametrize("text, words, expected", [
    # trap: the heading's subject is what the item is about; the name after the dash is who wrote the quotation
    ("HARLOW POLLS NOT WRONG, JUST TOO EARLY - Ana Ruiz and Tom Reed: \u201cAlthough the polls missed the result "
     "on Tuesday, they were not dead wrong.\u201d", "polls missed the result", "Ana Ruiz"),
    ("Estimates of civic engagement are particularly problematic - Harlow Research: \u201cAll the samples we "
     "evaluated include more engaged individuals than they should.\u201d", "samples we evaluated", "Harlow Research"),
    ("Signs of a shift were there all along -More from Ruiz and Reed: \u201cData collected by our firm helps "
     "confirm that both issues were in play.\u201d", "Data collected by our firm", "Ruiz"),
    # twin: a dash inside a clause whose subject speaks leaves the speaker to the clause
    ("The vote was close - Ruth Cole disagreed: \u201cAll the samples we evaluated include more engaged "
     "individuals than they should.\u201d", "samples we evaluated", "Ruth Cole"),
])
def test_a_source_after_a_dash_before_the_colon_is_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


def test_a_speakers_words_never_reach_back_across_a_dash():
    text = ("HARLOW POLLS NOT WRONG, JUST TOO EARLY - Ana Ruiz and Tom Reed: \u201cAlthough the polls missed the "
            "result on Tuesday, they were not dead wrong.\u201d")
    claim = next(c for c in extract_claims(text) if "polls missed" in c.quote)
    assert claim.mention == "Ana Ruiz"


# --------------------------------------------------------------------------- "he said" after "X said that ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the sentence already names who says it; the closing "he said" is that person, not someone before
    ('The senator gave money to Ruth Cole, Gov. Andrew M. Pike and other Democrats.\n\n"It is a fair inference that '
     'he supports their policies," Dan Hollis said.\n\nHollis spokesman Rick Tyler said that the campaign will '
     'highlight contrasts between Hollis and the senator so voters can be confident that Hollis has "guiding '
     'principles to make critical decisions as president," he said.', "guiding principles", "Rick Tyler"),
    # twin: someone the quotation itself names is still not its speaker
    ('Rick Tyler met Dan Hollis on Monday.\n\n"Dan Hollis knows this club better than anyone in the county," he '
     'said.', "knows this club", "Rick Tyler"),
])
def test_he_said_closing_a_sentence_that_names_its_speaker_is_thatspeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a surname that is also a word

def test_a_surname_that_is_also_an_auxiliary_is_still_the_speakers():
    # trap: "Will wrote" (the tagger reads a modal) and "Mary Will" (read as a headline fragment "... Will ...")
    text = ("Columnist Mary Will urged voters to abandon all outsider candidates, Tom Reed in particular.\n\n"
            "\u201cThe eruption of war in the capital of an ally is a reminder that the nominating process matters,\u201d "
            "Will wrote.")
    assert speaker_of(text, "eruption of war") == "Mary Will"


@pytest.mark.parametrize("name, valid", [
    ("Mary Will", True),  # a given name and a surname that is also a word
    ("Edward Said", True),
    ("Marsh Will", False),  # twin: a name and a headline's verb
    ("Rubio Will Win", False),
])
def test_a_given_name_before_a_headline_word_is_a_name(name, valid):
    assert is_valid_speaker(name, "person") is valid


# --------------------------------------------------------------------------- "X, noting ..., said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes the participle the root and hangs "said" beside it; the name inside is not the speaker
    ("So far, Ruth Cole has shown little interest. But Sen. Dan Hollis (D-Ill.), noting the size of Cole's "
     "following, said, \"Let me tell you, she has got a heck of an email list, and that creates a chance.\"",
     "heck of an email list", "Dan Hollis"),
    # twin: the participle's own subject is still the speaker when "said" comes first
    ("Sen. Dan Hollis said, noting the size of Cole's following, \"Let me tell you, she has got a heck of an "
     "email list, and that creates a chance.\"", "heck of an email list", "Dan Hollis"),
])
def test_a_participle_before_said_does_not_hide_its_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- figures with their owner

@pytest.mark.parametrize("text, words, expected", [
    # trap: calculations, tallies and projections by someone are that someone's claims
    ('A "living wage" for a single adult with no children in Harlow is about $12 an hour, according to '
     "calculations by Amy Glasmeier of the Harlow Institute of Technology.", "living wage", "Amy Glasmeier"),
    ("As of Wednesday, Ruth Cole had 2,205 delegates, according to a tally by the Harlow Gazette.",
     "2,205 delegates", "Harlow Gazette"),
    # twin: without an owner they stay as the article wrote them
    ('A "living wage" for a single adult with no children in Harlow is about $12 an hour, according to '
     "calculations published on Monday.", "living wage", "calculations"),
])
def test_calculations_by_someone_are_theirs(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- officials that say whose they are

@pytest.mark.parametrize("text, words, expected", [
    # trap: officials with their own modifier are not the organisation last named
    ("The Harlow Tenants Union met the envoy on Monday. Administration officials said that the tax would be "
     "delayed for a year.", "tax would be delayed", "Administration officials"),
    ("The Harlow Tenants Union met the envoy on Monday. Public health officials warned that the virus would "
     "spread within weeks.", "virus would spread", "Public health officials"),
    ("The Harlow Tenants Union asked for a meeting on Monday. Law enforcement officials said that the "
     "suspect had left the city.", "suspect had left", "Law enforcement officials"),
    # trap: an organisation named just before, but not as anyone's subject, gives no officials
    ("The rebels fought the Nusra Front near Aleppo on Monday.\n\nThe president, officials said, has become "
     "skeptical of the plan.", "become skeptical", "officials"),
    ("Reporters asked about the Harlow Water Board on Monday. Officials said that the reservoir was only a third "
     "full.", "reservoir was only", "Officials"),
    # twin: bare "officials" just after an organisation that did something are that organisation's
    ("The Harlow Water Board raised its prices on Monday. Officials said that the reservoir was only a third "
     "full.", "reservoir was only", "Harlow Water Board"),
])
def test_officials_that_say_whose_they_are_stay_as_written(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- words and theatres do not speak

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes "the same words" the subject of "asked"
    ('When Tom Reed used the words, "I am not quite there yet," he was echoing Ruth Cole, who used the same words '
     "when asked in May if she would endorse him.", "not quite there yet", None),
    # twin: the person in the same shape is the speaker
    ('When Tom Reed used the phrase, Ruth Cole, who used the same line when asked in May, said, "I am not quite '
     'there yet."', "not quite there yet", "Ruth Cole"),
])
def test_words_are_not_aspeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "the campaign" is someone's

@pytest.mark.parametrize("text, words, expected", [
    # trap: "the campaign" / "his campaign" is no organisation that merely happens to be named before
    ("The Harlow Tenants Union endorsed Ruth Cole on Monday. The campaign said that the endorsement came as a "
     "surprise.", "endorsement came as a surprise", "campaign"),
    ("Dan Hollis spoke at the Harlow Tenants Union on Monday. His campaign said that he had raised $28 million "
     "in December.", "raised $28 million", "His campaign"),
    # twin: an organisation named with the word is the one meant
    ("The Team Harlow Foundation opened an office on Monday. The team said that the endorsement came as a "
     "surprise.", "endorsement came as a surprise", "Team Harlow Foundation"),
])
def test_the_campaign_is_only_a_campaign_named_so(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "wondered", "opined", "quipped"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a verb of saying missing from the list left the quotation to the last speaker
    ('There is a lot of chatter about Dan Hollis, who said "zip codes should not determine destiny."\n\n'
     '"Will he be the next attorney general?" a Democratic staffer in the room wondered.', "next attorney general",
     "Democratic staffer in the room"),
    ('"The plan is fine," Dan Hollis said.\n\n"Gun owners should leave their weapons at home," opined Ruth Cole.',
     "leave their weapons", "Ruth Cole"),
    # twin: the same verb with a pronoun is the last speaker's
    ('"The plan is fine," Dan Hollis said.\n\n"Will he be the next attorney general?" he wondered.',
     "next attorney general", "Dan Hollis"),
])
def test_verbs_of_saying_wonder_opine_quip(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "said in a statement": whose statement

@pytest.mark.parametrize("text, words, expected", [
    # trap: "it said" of a statement that is the channel of a named speaker's claim ("X said in a statement
    # that ...") went to the owner of an earlier statement read on someone's behalf
    ('Ruth Cole, the family\'s lawyer, read a statement on behalf of the tenant, Dan Hollis. "We told them and '
     'told them," it said.\n\nHarlow Housing Trust said in a statement that it would not appeal. It '
     'said it had spent two million pounds on repairs in the past year.', "spent two million pounds",
     "Harlow Housing Trust"),
    # twin: the statement read on someone's behalf is theirs
    ('Ruth Cole, the family\'s lawyer, read a statement on behalf of the tenant, Dan Hollis. "We told them and '
     'told them," it said.', "We told them", "Dan Hollis"),
])
def test_a_statement_that_is_a_claims_channel_is_its_speakers(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quotation nested in a quotation

def _claims_quoting(text: str, words: str) -> list[tuple[str, str | None]]:
    return [(c.quote, c.speaker) for c in extract_claims(text) if words in c.quote]


@pytest.mark.parametrize("text, nested, expected", [
    # trap: the inner quotation, introduced inside the outer one by a name, went to the outer speaker
    ('“At 6-3 down I was thinking about my flight home,” Nadia Vasquez said in her interview. “Then I remembered '
     'what Mateo told me before the match: ‘If she gives you a short ball, punish it.’ So that is what I did.”\n\n'
     'Her coach, Mateo Lindqvist, watched from the box.', "If she gives you a short ball, punish it.",
     "Mateo Lindqvist"),
    ('The trawler’s owner, Stavros Pallis, said the skipper, Yannis Doukas, had called him at 4am. “Yannis said, '
     '‘They are telling us we are in their water. We are not,’” Pallis said.', "They are telling us we are in their "
     "water. We are not,", "Yannis Doukas"),
])
def test_a_quotation_nested_in_a_quotation_is_its_named_speakers(text, nested, expected):
    claims = _claims_quoting(text, nested)
    assert (nested, expected) in claims
    assert any(speaker != expected and len(quote) > len(nested) for quote, speaker in claims)  # the outer one stays


@pytest.mark.parametrize("text, nested, outer", [
    # twin: a nested quotation introduced by the outer speaker ("I said") or a pronoun is no claim of its own
    ('“I told them, ‘We will not sign this contract until the rota changes,’ and they laughed,” Ruth Cole said.',
     "We will not sign this contract", "Ruth Cole"),
    ('“He looked at me and said, ‘We will not sign this contract until the rota changes,’ and left,” Ruth Cole '
     'said of Dan Hollis.', "We will not sign this contract", "Ruth Cole"),
])
def test_twin_a_nested_quotation_without_a_named_speaker_stays_in_the_outer_one(text, nested, outer):
    assert [speaker for _, speaker in _claims_quoting(text, nested)] == [outer]


# --------------------------------------------------------------------------- the nearest noun: not the audience's name,
# --------------------------------------------------------------------------- not a word of the speaker's apposition

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser leaves "told" without a subject; the nearest name was a word of the outlet told
    ("Along the way, he’ll share stories about the people in his life.\n\n“All of my close friends are painters "
     "and poets — overwhelmingly so,” Butz, 52, told The Harlow Post. “I found myself, in my 40s, wanting to "
     "find some deeper sense of what they were feeling.”", "close friends are painters", "Butz"),
    ("Along the way, he’ll share stories about the people in his life.\n\n“All of my close friends are painters "
     "and poets — overwhelmingly so,” Butz, 49, told The Daily Beast. “I found myself, in my 40s, wanting to "
     "find some deeper sense of what they were feeling.”", "close friends are painters", "Butz"),
    # trap: the nearest name was a word of the speaker's own description ("Democrat of Ohio") or the one told
    ("''That was a good speech you gave last night, Madam Mayor,'' Representative Tom Reed, Democrat of Harlow, "
     "told Mrs. Cole as she stopped to have her picture taken with him at the ball last week. ''It's hard to be "
     "the grown-up in the room.''", "good speech you gave", "Tom Reed"),
    ("''That was a good speech you gave last night, Madam Mayor,'' Representative Tom Reed, Democrat of Ohio, "
     "told Mayor Ruth Cole as she stopped to have her picture taken with him at the ball last week.",
     "good speech you gave", "Tom Reed"),
    # twins: the name after an inverted verb speaks; a name in apposition to a description is the speaker's
    ("“Is Dan Hollis running against the committee?” asked Mr. Reed, referring to the candidate’s attacks on the "
     "process. “The answer is he is not.”", "running against the committee", "Reed"),
    ("In a statement to the Observer, her senior policy adviser, Jake Sullivan, said: “Ruth Cole believes that "
     "cooperation is essential.”", "cooperation is essential", "Jake Sullivan"),
])
def test_the_nearest_noun_is_not_the_audience_nor_the_speakers_description(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a report in a clause before the main one

@pytest.mark.parametrize("text, words, expected", [
    # trap: the reporting verb of a subordinate clause ("After X criticized Y") was the cue, though the main
    # clause between it and the quotation has its own named subject
    ("After Senator Tom Reed criticized the mayor during a debate, Ruth Cole shot back, “I suppose I could have "
     "chosen to stay at home, but I chose to fulfill my profession.”", "chosen to stay at home", "Ruth Cole"),
    # twin: with no main clause in between, the subordinate clause's reporting verb is the cue
    ("As Senator Tom Reed told the crowd on Monday, “I suppose I could have chosen to stay at home, but I chose "
     "to fulfill my profession.”", "chosen to stay at home", "Tom Reed"),
])
def test_a_report_in_a_subordinate_clause_gives_way_to_the_main_clauses_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a description that names whose it is

@pytest.mark.parametrize("text, words, expected", [
    # trap: "the former top aide to Governor X" went to the person last described as someone else's aide
    ("Ruth Cole, an aide to Mayor Tom Reed, spoke first. Other members remain unpersuaded. “Certainly the council "
     "has gone in the opposite direction from what we recommended,” said the former top aide to Governor Dan "
     "Hollis.", "opposite direction", "former top aide"),
    # twins: the same description with the same name, and a bare one, are that person's (a former aide only if
    # she was given a former office: tests/claims/test_described_speakers.py)
    ("Ruth Cole, a former aide to Mayor Tom Reed, spoke first. Other members remain unpersuaded. “Certainly the "
     "council has gone in the opposite direction from what we recommended,” said the former aide to Mayor Tom Reed.",
     "opposite direction", "Ruth Cole"),
    ("Ruth Cole, an aide to Mayor Tom Reed, spoke first. Other members remain unpersuaded. “Certainly the council "
     "has gone in the opposite direction from what we recommended,” said the aide.", "opposite direction",
     "Ruth Cole"),
])
def test_a_description_naming_whose_it_is_resolves_only_to_a_role_naming_them(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a verb form in a noun's slot is no cue

@pytest.mark.parametrize("text, words, expected", [
    # trap: "written" in "a written statement" was taken as the cue, and the outlet near it as its speaker
    ("He will not endorse the businessman if he becomes the party nominee.\n\nCole told the Harlow Post in a written "
     "statement, “I really don’t want Reed’s endorsement [emphasis added], because he is a low-energy person and he "
     "does not represent strength.”", "low-energy person", "Cole"),
    # twin: the same participle as a verb is the cue
    ("“I really do not want his endorsement, because he is a low-energy person,” Ruth Cole had written to the "
     "board.", "low-energy person", "Ruth Cole"),
])
def test_a_reporting_verb_used_as_a_modifier_is_no_cue(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a headline's verb is no part of a name

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger ran a headline's name on through its verb ("Glenn Beck Blasts Drudge"), and the body's
    # surname resolved to that
    ("Tom Reed Blasts Harlow Gazette for Mocking His Fast, Quotes Bible to Warn Voters away from ‘Boasters’ Like "
     "Cole.\n\nReed, who has in the past described Cole as “a pathological narcissistic sociopath” and “a "
     "narcissistic psychopath,” told the crowd to turn away from her.", "the crowd to turn away", "Tom Reed"),
    ("Dan Hollis Slams Harlow Council Over Rents.\n\nHollis said on Friday that “the council has lost its way on "
     "housing.”", "lost its way", "Dan Hollis"),
    # twin: an organisation's capitalised words are its name
    ("Dan Hollis Slams Harlow Council Over Rents.\n\nThe Harlow Tenants Union said on Friday that “the council has "
     "lost its way on housing.”", "lost its way", "Harlow Tenants Union"),
])
def test_a_headline_verb_ends_a_name(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- an abbreviation's point ends no sentence

_LEADER = ("Majority Leader Tom Reed agreed to a phone call on Wednesday, but only to tell Ruth Cole that he would not "
           "agree to a sit-down. Only a few members even expressed a willingness to meet Cole. ")


@pytest.mark.parametrize("text, words, expected", [
    # trap: the tokenizer splits "No." and its point cut the clause before the colon, so the last speaker took over
    (_LEADER + 'As Dan Hollis, the No. 2 in the party leadership, put it: "This person will not be confirmed. So '
     'there is no reason going through some motions."', "will not be confirmed", "Dan Hollis"),
    # twin: without the abbreviation, the same clause
    (_LEADER + 'As Dan Hollis, the second in the party leadership, put it: "This person will not be confirmed. So '
     'there is no reason going through some motions."', "will not be confirmed", "Dan Hollis"),
])
def test_an_abbreviations_point_does_not_end_the_clause_before_a_quote(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "as X puts it"

_HOPES = "The mayor hopes obstruction would become untenable for the council. "


@pytest.mark.parametrize("text, words, expected", [
    # trap: "as X puts it" reports X's words; the quoted words went to the subject of the clause they stand in
    (_HOPES + 'As the Gazette\'s Ruth Cole puts it, Tom Reed is trying to make the council "an offer it can\'t afford '
     'to refuse."', "an offer it can", "Ruth Cole"),
    (_HOPES + 'As Ruth Cole put it, Tom Reed is trying to make the council "an offer it can\'t afford to refuse."',
     "an offer it can", "Ruth Cole"),
    # twin: "put it to a vote" reports nothing; the clause's subject keeps the quoted words
    (_HOPES + 'When Ruth Cole put it to a vote, Tom Reed tried to make the council "an offer it can\'t afford to '
     'refuse."', "an offer it can", "Tom Reed"),
])
def test_as_x_puts_it_reports_xs_words(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quotation past another one in its clause

_SAID = '"The vote was a disgrace," Dana Holt said on Monday. '


@pytest.mark.parametrize("text, words, expected", [
    # trap: another quotation of the sentence stood between the quoted words and the clause's named subject,
    # so the previous speaker took them over
    (_SAID + 'Kerry Vance, star of the series "Harbor Lights," thanked the mayor for "taking these steps to keep us '
     'all safe."', "taking these steps", "Kerry Vance"),
    (_SAID + 'On Tuesday, Gov. Tom Reed endorsed her, citing her "long experience," "firm grasp of the issues" and '
     'her record.', "firm grasp of the issues", "Tom Reed"),
    (_SAID + 'Senator Ruth Cole, hoping to win the state, called the governor a "spoiled child" who is acting "as if '
     'he were a king, as if he were a dictator."', "as if he were a king", "Ruth Cole"),
    # twin: a clause with no named subject of its own leaves the quoted words to the previous speaker
    (_SAID + 'The council, she added, was acting "as if it were a court, as if it were a jury."',
     "as if it were a court", "Dana Holt"),
])
def test_a_quotation_past_another_in_its_clause_is_the_clause_subjects(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Q," added X, referring to Y

_CONCEDED = '"Certainly, this was a way to stand apart in the primary," Senator Dan Hollis conceded. '


@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser took the name right after the verb for its object, and the nearest other name spoke
    (_CONCEDED + '"A lot of people predicted that this issue would fade, and it has not," added Hollis, referring '
     'to the recent shootings and Obama\'s campaign to tie them to easy access to weapons.', "would fade", "Dan Hollis"),
    # twin: a name before the verb is its subject; the name after it is the one told
    (_CONCEDED + '"It is a test of leadership for the party now," Hollis told Ruth Cole.', "test of leadership",
     "Dan Hollis"),
])
def test_a_name_right_after_the_verb_that_follows_a_quote_is_itsspeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a digest's heading, a dash, its source

@pytest.mark.parametrize("text, words, expected", [
    # trap: the heading holds a reporting verb, which took the quotation for its subject ("Pollsters")
    ('Pollsters agree - Dana Holt: "One of the biggest lessons was a simple one: keep on calling voters as late as '
     'possible."', "biggest lessons", "Dana Holt"),
    ('Analysts warn about the turnout - Ruth Cole and Tom Reed: "The late surge may not last beyond the first '
     'weekend."', "late surge", "Ruth Cole"),
    # twin: with no source after a dash, the heading's own subject speaks
    ('Ruth Cole warns about the turnout: "The late surge may not last beyond the first weekend."', "late surge",
     "Ruth Cole"),
])
def test_a_source_label_after_a_dash_speaks_not_the_headings_verb(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a closing mark glued to the next word

_HOST = '“He is fun, he is an interesting guy,” the host said. '


@pytest.mark.parametrize("text, words, expected", [
    # trap: `,”Holt` was one token, so the clause had no name and the last speaker took the quotation
    (_HOST + '“I think it has been most surprising to see him traffic in so much paranoia,”Holt said.', "paranoia", "Holt"),
    (_HOST + '“Nobody in the party saw this coming!”Ruth Cole said on Tuesday.', "saw this coming", "Ruth Cole"),
    # twin: the same with its space
    (_HOST + '“I think it has been most surprising to see him traffic in so much paranoia,” Holt said.', "paranoia", "Holt"),
])
def test_a_closing_mark_glued_to_the_speakers_name_is_split_from_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a title the parser split from its name

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser made the name a conjunct of the title ("Vice President ... and talk Dana Holt"), so the
    # title's last words were shown as the speaker
    ('The show airs seven days a week. Harbor Radio Vice President for news and talk Dana Holt called the show "the '
     'conservative news show of record."', "news show of record", "Dana Holt"),
    # twin: a title standing with its name in one entity keeps it
    ('The show airs seven days a week. Vice President Dana Holt called the show "the conservative news show of '
     'record."', "news show of record", "Dana Holt"),
])
def test_a_title_split_from_its_name_gives_the_name(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a surname several people share

@pytest.mark.parametrize("text, words, expected", [
    # trap: the last person named in full with that surname took the quotation; the article calls the senator
    # "Moran" all along and names the teacher in full
    ('Senator Chris Moran has spent years on the issue. Moran said the vote was close. On Tuesday he spoke about '
     'Anne Marie Moran, a teacher who died in the flood. "It takes courage to stay and help," Moran said.',
     "courage to stay", "Chris Moran"),
    # trap: a title tells which of a couple speaks
    ('Ruth Halpern and her husband, Daniel Halpern, visited the plant on Monday. "We were never told about the '
     'leak," Mrs. Halpern said.', "never told about", "Ruth Halpern"),
    # trap: neither was called by the surname alone, nor just named as a subject: the article's own word, not a guess
    ('Governor Dana Whitfield spoke first at the rally with her son, Eric Whitfield. "We will win this state," '
     'Whitfield said.', "win this state", "Whitfield"),
    # trap: the one the article calls by the surname, though the other was named in full since
    ('Governor Dana Whitfield spoke first at the rally. Whitfield thanked the crowd. She was joined by her son, Eric '
     'Whitfield. "We will win this state," Whitfield said.', "win this state", "Dana Whitfield"),
    # twin: the other one was just named in full as the subject
    ('Ruth Halpern has led the campaign since May. Halpern spoke in Dayton on Monday. Her husband, Daniel Halpern, '
     'visited the plant on Tuesday. "We were never told about the leak," Halpern said.', "never told about",
     "Daniel Halpern"),
    # twin: the title fits the other one
    ('Ruth Halpern and her husband, Daniel Halpern, visited the plant on Monday. "We were never told about the '
     'leak," Mr. Halpern said.', "never told about", "Daniel Halpern"),
    # twin: one person of that surname: the full name
    ('Senator Chris Moran has spent years on the issue. On Tuesday he spoke about a teacher who died in the flood. '
     '"It takes courage to stay and help," Moran said.', "courage to stay", "Chris Moran"),
])
def test_a_shared_surname_is_whom_the_article_calls_by_it(text, words, expected):
    assert speaker_of(text, words) == expected


BUSHES = ("Jeb Bush, helped by George, goes after Trump.\n\nThe Bush family clashed with Donald J. Trump on Monday. Jeb "
          "Bush brought his older brother, George W. Bush, and his mother, Barbara Bush, to a rally in Greenville.\n\n")


@pytest.mark.parametrize("text, words, expected", [
    # trap: "the Bush family" calls no one "Bush", nor does "George" alone; with two men named Bush in full and
    # neither just named as a subject, "Mr. Bush" and the "he" that takes him up stay as written
    (BUSHES + "Mr. Bush also praised his younger brother's faith.", "younger brother", ("Bush", "Mr. Bush")),
    (BUSHES + 'Mr. Bush also praised his younger brother\'s faith. "All the talk does not matter if we lose," he said.',
     "All the talk", ("Bush", "he")),
    # twin: the latest full mention, just named as the subject, is the one
    ("Jeb Bush spoke in Iowa on Monday. His brother George W. Bush campaigned in South Carolina.\n\nMr. Bush said "
     "the party must win in November.", "must win", ("George W. Bush", "Mr. Bush")),
    # twin: a "she" after a surname two people share is the one of them who is a she
    ('Governor Dana Whitfield spoke first at the rally with her son, Eric Whitfield. "We will win this state," '
     'Whitfield said. "We have the votes," she said.', "have the votes", ("Dana Whitfield", "she")),
])
def test_a_shared_surname_nothing_tells_stays_as_written_for_what_takes_it_up(text, words, expected):
    claim = claim_with(text, words)
    assert (claim.speaker, claim.mention) == expected


# --------------------------------------------------------------------------- a new sentence with its own content

@pytest.mark.parametrize("text, words, expected", [
    # trap: the sentence after the quotation reports a clause of its own, so it attributes nothing before it; the
    # quotation goes on from the one before
    ('"It is a very sad development," Ada Marsh told reporters. "This is the consequence of the culture of that '
     'campaign." Tom Reed said he would have fired the manager.', "consequence of the culture", "Ada Marsh"),
    ('"It is a very sad development," Ada Marsh told reporters. "This is the consequence of the culture of that '
     'campaign." Governor Tom Reed said on Tuesday that he would have fired the manager.', "consequence of the culture",
     "Ada Marsh"),
    # twin: a sentence that says only who spoke attributes the quotation before it
    ('"It is a very sad development," Ada Marsh told reporters. "This is the consequence of the culture of that '
     'campaign." Tom Reed said on Tuesday.', "consequence of the culture", "Tom Reed"),
])
def test_a_report_with_its_own_content_after_a_quotation_does_not_attribute_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a name that cannot stand alone

@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation's name alone reads as a number or a common word, so the quotation had no speaker;
    # the article's words around it name one
    ('“The show will not return this season,” a KX4 spokesman said in a statement.', "not return this season",
     "KX4 spokesman"),
    ('“In the case of Wyoming, the race has already left the station,” wrote Time magazine.', "left the station",
     "Time magazine"),
    # twin: a name that stands alone is shown alone
    ('“The show will not return this season,” a Harbor Radio spokesman said in a statement.', "not return this season",
     "Harbor Radio"),
])
def test_a_name_that_cannot_stand_alone_is_shown_as_written_around_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a dateline before the subject

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser takes the dateline's place for the subject and the name after the dash for its apposition
    ("Hollis speaks at the convention.\n\nCLEVELAND, July 19 (UPI) — Former Attorney General Dan Hollis told "
     "delegates at the Republican National Convention that Ruth Cole's use of a private email server should "
     "disqualify her from becoming president.", "private email server", "Dan Hollis"),
    ("Reed stumps for Cole.\n\nNew York (AFP) – Vice President Tom Reed on Monday hit the campaign trail with Ruth "
     "Cole for the first time, accusing the governor of endangering the lives of troops.",
     "endangering the lives", "Tom Reed"),
    # a press release's dateline: a date with its year, the wire's name between slashes
    ("Robot Maker Raises $40 Million\n\nBOSTON, March 4, 2026 /PRNewswire/ -- Northwind Robotics, a maker of picking "
     "robots, today announced it has closed a $40 million round led by Granite Ventures.", "closed a $40 million",
     "Northwind Robotics"),
    # twin: a name with a party in brackets and a dash opening the paragraph is the subject, not a dateline
    ("The vote is on Monday.\n\nRuth Cole (D) – the senator from Harlow – said that the plan would fail.",
     "plan would fail", "Ruth Cole"),
])
def test_a_dateline_before_the_subject_is_not_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "one pastor", "one group": someone new

@pytest.mark.parametrize("text, words, wrong", [
    # trap: "one" brings in someone new, like "a", not the person or organisation of that kind named before
    ("Pastor Dan Hollis of Ames endorsed the senator last week. One pastor said he had made more than 150 phone "
     "calls to other pastors.", "150 phone calls", "Dan Hollis"),
    ("Harlow Research counts the city's millionaires every year. While one company says there are more than 2,400 "
     "millionaires in the city, another says there are about 1,800.", "more than 2,400", "Harlow Research"),
])
def test_one_of_a_kind_is_not_someone_named_before(text, words, wrong):
    speaker = speaker_of(text, words)
    assert speaker and speaker != wrong


@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation in apposition to "one group" speaks
    ("The Harlow Gazette has run the story for weeks. One group, the Harlow Tenants Union, said that the rents "
     "must fall.", "rents must fall", "Harlow Tenants Union"),
    # twin: "the pastor" is the pastor named before
    ("Pastor Dan Hollis of Ames endorsed the senator last week. The pastor said he had made more than 150 phone "
     "calls to other pastors.", "150 phone calls", "Dan Hollis"),
])
def test_one_group_with_its_name_in_apposition_is_that_organisation(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "with X asking": the gerund's own subject

@pytest.mark.parametrize("text, words, expected", [
    # trap: the object of "with" or "about" right before the gerund is who asks or calls, not the main subject
    ("The interview ended with Dana Maddox asking Ruth Cole pointedly whether she would consider a woman as a "
     "running mate.", "consider a woman", "Dana Maddox"),
    ("Dan Hollis will be interviewed about Pope Francis calling Christmas a sham.", "Christmas a sham",
     "Pope Francis"),
    # twin: a gerund after a comma is the main subject's
    ("Ruth Cole met Dan Hollis on Monday, saying that the plan would fail.", "plan would fail", "Ruth Cole"),
])
def test_the_object_right_before_a_gerund_is_its_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "led X to say": the one led speaks

@pytest.mark.parametrize("text, words, expected", [
    # trap: the subject of "led" or "prompted" is an event; its object is who says it
    ("Even the sleepy timing of the debate led the Harlow Republicans to say that the council was trying to "
     "protect its chairman.", "trying to protect", "Harlow Republicans"),
    ("The decisive victory led party chairman Dan Hollis to declare that the race was over.", "race was over",
     "Dan Hollis"),
    # twin: a verb that is no causative leaves the infinitive to its own subject
    ("Ruth Cole used the speech to say that the race was over.", "race was over", "Ruth Cole"),
])
def test_the_object_of_a_causative_verb_speaks_its_infinitive(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- an aside between dashes

@pytest.mark.parametrize("text, words, expected", [
    # trap: a name inside an aside between the subject and the verb is not the speaker
    ("Neil Sroka, communications director of the progressive advocacy group Democracy for America - which was "
     "founded by former Vermont governor Howard Dean after his 2004 presidential campaign and which has endorsed "
     "Sanders - said Sanders has several options.", "several options", "Neil Sroka"),
    ("But Ruth Cole - in a line that seemed squarely directed at Tom Reed's divisive brand of politics - declared "
     "that a president must tend to all corners of the country.", "all corners", "Ruth Cole"),
])
def test_a_name_in_an_aside_between_dashes_is_not_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


def test_twin_past_an_aside_a_name_inside_the_sentence_is_no_subject():
    # the parser's subject ("most Americans") is lost; a name further back in the sentence is not the speaker
    text = ("For all the anger stirred up by Dan Hollis and other Republican hopefuls, most voters - 63 percent in "
            "2014, according to the National Academies report - still believe immigration is a good thing.")
    claims = [c for c in extract_claims(text) if "good thing" in c.quote]
    assert all(c.speaker != "Dan Hollis" for c in claims)


# --------------------------------------------------------------------------- "asked if he believes": a question

def test_a_reporting_verb_under_if_or_whether_reports_nothing():
    # trap: what someone was asked whether they believe is no claim of theirs
    text = ("Senator Dan Hollis spoke in Harlow on Monday. Asked by Ruth Cole if he believed the situation was at "
            "the same level as the attacks, Hollis said that he did not.")
    assert not [c for c in extract_claims(text) if "same level" in c.quote and c.speaker == "Dan Hollis"]
    assert speaker_of(text, "he did not") == "Dan Hollis"


def test_twin_a_reporting_verb_without_if_reports_its_content():
    text = "Senator Tom Reed said on Thursday that he still believes Dan Hollis cannot be trusted with the launch codes."
    assert speaker_of(text, "cannot be trusted") == "Tom Reed"


# --------------------------------------------------------------------------- "according to reports X filed"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the one who filed or gave the document the claim rests on speaks, not an organisation named before
    ("Dan Hollis arranged about a dozen meetings with State Department officials, according to reports Mr. Hollis "
     "filed as a registered lobbyist.", "dozen meetings", "Dan Hollis"),
    ("Tom Reed is believed to have been on the flight, according to an interview his brother Alastair Reed gave "
     "to a newspaper.", "on the flight", "Alastair Reed"),
    # twin: a document nobody is said to have issued stays as written
    ("The fares will rise by 5 percent, according to a report that was published on Monday.", "fares will rise",
     "report"),
])
def test_according_to_a_document_someone_filed_is_theirs(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "deflect X's criticism, writing ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser leaves the participle without a subject; the owner of the criticism is not who writes
    ("Later that day, Mr. Hollis made another attempt to deflect Tom Reed's criticism, writing on Twitter that the "
     "real issue was terrorism.", "real issue was", "Hollis"),
    # twin: without an owner in between, the name before the participle writes
    ("On Sunday morning Ruth Cole made a third attempt to deflect the criticism, writing on Twitter that the real "
     "issue at stake in the election was terrorism.", "real issue at stake", "Ruth Cole"),
])
def test_the_owner_of_a_noun_is_not_the_subject_of_a_participle_after_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "experts like X": the names given

@pytest.mark.parametrize("text, words, expected", [
    # trap: the group's examples named with "like" are part of who speaks, not dropped for the bare noun
    ("Proponents like Dan Hollis urged the council to raise the cutoff to about $51,000.", "raise the cutoff",
     "Proponents like Dan Hollis"),
    # twin: a group without examples stays as written
    ("Proponents of the rule urged the council to raise the cutoff to about $51,000.", "raise the cutoff",
     "Proponents of the rule"),
])
def test_a_group_keeps_the_names_it_gives_as_examples(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "she said" after a man spoke

@pytest.mark.parametrize("text, words, expected", [
    # trap: no woman is named; the last speaker's first name says he cannot be "she"
    ('"We will win this," Roy Dorn said at the rally on Monday. "It was a fight from start to finish," she said.',
     "fight from start", None),
    ('"We will win this," Ruth Cole said at the rally on Monday. "It was a fight from start to finish," he said.',
     "fight from start", None),
    # twin: the last speaker fits the pronoun
    ('"We will win this," Ruth Cole said at the rally on Monday. "It was a fight from start to finish," she said.',
     "fight from start", "Ruth Cole"),
])
def test_a_pronoun_never_falls_back_to_a_speaker_of_the_other_gender(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X did this because it said": X

@pytest.mark.parametrize("text, words, expected", [
    # trap: "it"/"they" in a clause under an organisation's or a group's own clause is that subject, not the
    # organisation or group that spoke before
    ("Economists at the Harlow Institute said the levy was too high. Back in 2010, the Congressional Budget "
     "Office cited the levy as a major reason it thought the law would reduce the deficit.", "reduce the deficit",
     "Congressional Budget Office"),
    ("The Harlow Tenants Union said the rent was too high. Democrats blocked the bill because they said the "
     "language was unfair to tenants.", "unfair to tenants", "Democrats"),
    # twin: a person or a thing above the pronoun is not what "it"/"they" names: the last one who spoke is
    ("The Harlow Tenants Union said the rent was too high. Ruth Cole praised the landlords, but it said the rent "
     "would still rise.", "still rise", "Harlow Tenants Union"),
    ("The Harlow Tenants Union said the rent was too high. New rules on deposits got attention because they said "
     "the rent would still rise.", "still rise", "Harlow Tenants Union"),
])
def test_it_or_they_under_an_organisations_clause_is_that_organisation(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "a statement that accused": its owner

@pytest.mark.parametrize("text, words, expected", [
    # trap: the subject of the clause is the relative "that"; the document it stands for, and so its owner, speaks
    ("But Mr. Reed showed no sign of backing down, releasing a statement that, while condemning violence, accused "
     "the party leadership of using ''its power to prevent a fair and transparent process.''", "fair and transparent",
     "Reed"),
    ("Ruth Cole published a letter that, in strong words, accused the council of ''ignoring the tenants for a "
     "decade.''", "ignoring the tenants", "Ruth Cole"),
    # twin: a thing that is no document ("a march that accused") gives nobody, not whoever led it
    ("Ruth Cole led a march that, in strong words, accused the council of ''ignoring the tenants for a decade.''",
     "ignoring the tenants", None),
])
def test_a_document_that_accuses_is_its_owners(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quotation inside someone else's clause

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation with no cue stands in a sentence whose own clause is about someone or something
    # else; the previous claim's speaker does not carry over to it (set between dashes, it is the words of the
    # clause before the first dash: see test_a_quotation_between_dashes_is_spoken_by_the_clause_before_them)
    ('"We will fight on," Roy Dorn said at the rally on Monday. When Ines Varga finally took the stage -- "I will '
     'fight for you, and I will win for you!" -- the balloons came down on the crowd.', "win for you", "Ines Varga"),
    ('"The tax is unfair," Ruth Cole said on Monday. The tenants group Harlow Renters United is "confident that '
     'the council will listen to the tenants before the vote," and she may join them.', "listen to the tenants",
     None),
    # twins: the sentence is about the previous speaker, or is nothing but the quotation
    ('"We will fight on," Roy Dorn said at the rally on Monday. When he finally took the stage -- "I will fight '
     'for you, and I will win for you!" -- he was smiling.', "win for you", "Roy Dorn"),
    ('"The tax is unfair," Ruth Cole said on Monday. She is "confident that the council will listen to the '
     'tenants before the vote," and she may join them.', "listen to the tenants", "Ruth Cole"),
    ('"We will fight on," Roy Dorn said at the rally on Monday. "I could not have done this without every one of '
     'you."', "without every one", "Roy Dorn"),
])
def test_a_quotation_in_a_clause_about_someone_else_keeps_no_earlierspeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X was asked, "Q?"": not X

@pytest.mark.parametrize("text, words, expected", [
    # trap: the passive subject of "asked"/"told" is spoken to; with no "by X" nobody named speaks
    ('In an interview with the Harlow Gazette published on Wednesday, Ines Varga was asked, "What is the most '
     'dangerous place you have ever been to?" Varga said it was the council chamber.', "most dangerous place", None),
    ('According to the training manual, the new sales staff were told, "You do not sell products. You sell '
     'feelings and hope."', "You sell feelings", None),
    # twins: "asked by X" gives the one asking; a passive subject who then speaks, or is quoted, speaks
    ('In an interview on Wednesday, Ines Varga was asked by the host Tom Reed, "What is the most dangerous place '
     'you have ever been to?"', "most dangerous place", "Tom Reed"),
    ('Ines Varga was asked about the tax on Wednesday and said, "We will not raise it this year or next year."',
     "not raise it", "Ines Varga"),
    ('Ines Varga was quoted as saying, "We will not raise the tax this year or next year."', "not raise",
     "Ines Varga"),
])
def test_the_one_asked_or_told_is_not_thespeaker_of(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a closing mark typed as an opening one

@pytest.mark.parametrize("text, words, expected", [
    # trap: a closing mark before a word (`tenants ”speak`) opens a quotation; taken as the close of a quotation
    # lost from the paragraph's start, it made the whole sentence a quotation of the previous speaker's
    ("“The mayor is back in charge, and I am so happy to see that,” Tom Reed told the Gazette.\n\nRuth Cole told "
     "the Gazette that she had been frustrated by the council’s refusal to let tenants ”speak at the hearings on "
     "the things that matter to them.”", "frustrated by the council", "Ruth Cole"),
    # twins: the right opening mark; a closing mark after a word, whose opening mark was lost
    ("“The mayor is back in charge, and I am so happy to see that,” Tom Reed told the Gazette.\n\nRuth Cole told "
     "the Gazette that she had been frustrated by the council’s refusal to let tenants “speak at the hearings on "
     "the things that matter to them.”", "frustrated by the council", "Ruth Cole"),
    ("“The mayor is back in charge, and I am so happy to see that,” Tom Reed told the Gazette.\n\nThe plan is dead "
     "and the council knows it,” Ruth Cole said on Monday.", "plan is dead", "Ruth Cole"),
])
def test_a_closing_mark_before_a_word_opens_a_quotation(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a verb left without a subject: not its sibling's object

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs "admitting" on "defeating"; the name before it is what "defeating" acts on, and the
    # one who admits is the subject of "toned down", as written
    ("The mayor, who skipped the meeting, has toned down her criticism of the council, shifting her focus to "
     "defeating Tom Reed and admitting that her plan will almost certainly fail this year.",
     "plan will almost certainly fail", "mayor"),
    # twins: a name inside the subject's noun phrase ("a voter, Brenda Olsen"), or the subject itself, speaks
    ("At the rally in Harlow, Ohio, a 62-year-old voter, Brenda Olsen, also railed against the council and "
     "explained that the tax upset her.", "tax upset her", "Brenda Olsen"),
    ("Tom Reed has toned down his criticism of the council, shifting his focus to the election and admitting that "
     "his plan will almost certainly fail this year.", "plan will almost certainly fail", "Tom Reed"),
])
def test_a_verb_without_a_subject_never_takes_a_verbs_object(text, words, expected):
    speakers = {c.speaker for c in extract_claims(text) if words in c.quote}
    assert speakers <= {expected} and (expected is None or speakers == {expected})


# --------------------------------------------------------------------------- `X tweeted, "Q." Words after it`: X's

@pytest.mark.parametrize("text, words, expected", [
    # trap: a whole sentence quoted right after its reporting verb; the words after it, with the sentence's
    # last mark missing, hold another verb ("opining") that is not its cue
    ("On November 19, Ruth Cole tweeted, “The council passes a bill that could close the library. The town bows "
     "its head in shame.” This sort of opining, the Gazette claimed, breaks its code of conduct.", "bows its head",
     "Ruth Cole"),
    # twins: a new sentence after the quotation; a quotation whose only cue comes after it
    ("On November 19, Ruth Cole tweeted, “The council passes a bill that could close the library. The town bows "
     "its head in shame.” The Gazette said this sort of opining breaks its code.", "bows its head", "Ruth Cole"),
    ("“The council passes a bill that could close the library. The town bows its head in shame.” Ruth Cole said "
     "on Monday.", "bows its head", "Ruth Cole"),
])
def test_a_quoted_sentence_right_after_its_verb_keeps_that_verb(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "A will do this and B will do that"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the second clause has its own auxiliary; the parser joins its subject to the first clause's object
    ("If you don’t trust your local council, the Harlow Gazette will brand you a liar and KHRL News will accuse "
     "you of engaging in a “freak out.”", "freak out", "KHRL News"),
    # twins: no subject of its own ("and will accuse"); a name joined to the object, then "and has accused"
    ("If you question the council, the Harlow Gazette will brand you a troublemaker and will accuse you of "
     "spreading a “moral panic about the library.”", "moral panic", "Harlow Gazette"),
    ("The Harlow Gazette praised the mayor and Ruth Cole and has accused the council of a “moral panic about the "
     "library.”", "moral panic", "Harlow Gazette"),
])
def test_a_second_clause_with_its_own_auxiliary_has_its_own_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- someone tied to an organisation is not its voice

@pytest.mark.parametrize("text, words, expected", [
    # trap: critics, supporters, analysts, members and pilots are named by their tie to an organisation or a
    # person, but do not speak for them
    ('"The plane was never safe," said critics of Boeing.', "never safe", "critics of Boeing"),
    ('"The election was stolen," Varga supporters said on Sunday.', "election was stolen", "Varga supporters"),
    ('"The shares will fall by half," said an analyst at Goldman Sachs.', "shares will fall", "analyst at Goldman Sachs"),
    ('"We will not fly on Sunday," said SkyVale\'s pilots.', "not fly on Sunday", "SkyVale's pilots"),
    # trap: a role held before, and the head of a body left unnamed ("the union") at an organisation
    ('"The plane was never safe," said the former chief executive of Boeing.', "never safe",
     "former chief executive of Boeing"),
    ('"We will strike on Monday," said the head of the union at Boeing.', "strike on Monday",
     "head of the union at Boeing"),
    # twin: those who hold an office in it, speak or write for it, or what it puts out
    ('"The plane is safe," said a spokeswoman for Boeing.', "plane is safe", "Boeing"),
    ('"The plane is safe," said the chief executive of Boeing.', "plane is safe", "Boeing"),
    ('"The plane is safe," said the head of communications at Boeing.', "plane is safe", "Boeing"),
    ('"The plane is safe," Boeing officials said on Monday.', "plane is safe", "Boeing"),
    ('"The plane is safe," said a lawyer for Boeing.', "plane is safe", "Boeing"),
    ('"The plane is safe," Boeing spokesmen said on Monday.', "plane is safe", "Boeing"),
])
def test_someone_tied_to_an_organisation_speaks_for_it_only_from_an_office_in_it(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: "the Florida senator" is no senator from another state, however recently named
    ("Ruth Cole, the Vermont senator, spoke first.\n\nThe Florida senator said that the bill would fail in the "
     "House.", "bill would fail", "Florida senator"),
    # twin: a description whose names the person's role holds
    ("Ruth Cole, the Vermont senator, spoke first.\n\nThe Vermont senator said that the bill would fail in the "
     "House.", "bill would fail", "Ruth Cole"),
])
def test_a_description_naming_a_place_is_only_someone_whose_role_names_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- abbreviated ranks and titles

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tokenizer cut "Capt." at its point, so "Capt" was read as the name and the sentence ended there
    ('"I don\'t see how this would change our operations," said Pentagon spokesman Navy Capt. Jeff Davis, who '
     'was asked about the strategy.', "change our operations", "Jeff Davis"),
    ('"The candidates just don\'t understand the military," said Sgt. Maj. Tom Reed, a veteran of two wars.',
     "understand the military", "Tom Reed"),
    # twin: a title the tokenizer always knew
    ('"The candidates just don\'t understand the military," said Gen. Tom Reed, a veteran of two wars.',
     "understand the military", "Tom Reed"),
])
def test_an_abbreviated_rank_is_not_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quotation after a relative clause

@pytest.mark.parametrize("text, words, expected", [
    # trap: the claim told in the relative clause ("who has since called on ...") is the last one before the
    # quotation, but the quotation goes on with the words of the one quoted before it
    ('"It is a choice between two candidates," said Governor Tom Reed, a former backer of Senator Mary Hart, who '
     'has since called on voters to back the nominee. "Realistically, this is an opportunity for us."',
     "Realistically", "Tom Reed"),
    # twin: a reported claim in a sentence of its own is the one the quotation goes on with
    ('"It is a choice between two candidates," said Governor Tom Reed. Senator Mary Hart has since called on '
     'voters to back the nominee. "Realistically, this is an opportunity for us."', "Realistically", "Mary Hart"),
])
def test_a_quotation_goes_on_with_the_speaker_quoted_before_a_relative_clause(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "said her lawyer at X, Name."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs the name on the organisation or place inside the description, which a person's name
    # cannot rename: the name renames the description
    ('"It may have been his first attempt," said her lawyer at Smith & Co, Tom Reed.', "first attempt", "Tom Reed"),
    ('"It may have been his first attempt," said his best friend at Lehigh, Tom Reed.', "first attempt",
     "Tom Reed"),
    # twin: with no name after it, the description speaks for the firm it names (its office there)
    ('"It may have been his first attempt," said her lawyer at Smith & Co, a firm in Leeds.', "first attempt",
     "Smith & Co"),
])
def test_a_name_after_a_description_that_names_a_place_or_firm_is_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a headline is no document's owner

@pytest.mark.parametrize("text, words, expected", [
    # trap: the title-cased headline holds the document's noun; it names no one, so the documents stay as written
    ("Leaked Documents Reveal Harbor Council Donors\n\nThe council has long denied taking money from builders. "
     "Yet the documents show that the council asked three builders for donations to its campaign last year.",
     "asked three builders", "documents"),
    # twin: a document named in the running text is the one its noun stands for
    ("The Harbor Housing Survey was published on Monday by the city. The survey found that rents in the old port "
     "rose by a third in two years.", "rents in the old port", "Harbor Housing Survey"),
])
def test_a_headline_holding_the_documents_noun_does_not_own_them(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Nothing X said "..." , Y said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes the quotation the complement of the relative clause on the thing said; it is the
    # predicate of that thing, in a sentence attributed after it
    ('Nothing the mayor said "will bring the factory jobs back," the union leader Rosa Diaz said.',
     "factory jobs", "Rosa Diaz"),
    ('Nothing the mayor said about the budget "will bring the factory jobs back," the union leader Rosa Diaz '
     'said.', "factory jobs", "Rosa Diaz"),
    # twin: a relative clause whose verb reports a clause about the thing, with no attribution after it
    ("Each release is a reminder of the inquiry into the server, a probe the bureau said was ongoing as of last "
     "month.", "ongoing", "bureau"),
])
def test_a_quotation_after_a_relative_clause_on_the_thing_said_is_the_later_speakers(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "In an interview with A and B, the X said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs the description that opens the main clause on the last name of the phrase before it, and
    # leaves the verb with no subject: the names in the phrase are the interviewers, the description speaks
    ("In an interview with Daybreak hosts Joe Hartley and Nina Brzoska, the Democratic presidential candidate said "
     "that the plan would not survive the winter.", "survive the winter", "Democratic presidential candidate"),
    # twins: a name in the phrase with a description of its own, and a name the subject really is
    ("In an interview with Tom Reed, the host of a radio show, Senator Ann Lee said that the plan would fail.",
     "plan would fail", "Ann Lee"),
    ("As part of his plea, Tom Reed, 44, said that he had guessed the passwords of nearly a hundred people.",
     "guessed the passwords", "Tom Reed"),
])
def test_a_description_opening_the_clause_after_a_phrase_of_names_is_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a relative named in full is not "Hartley"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the one called by the surname alone took the relative's full name, and every later "Hartley" with it
    ("Governor Hartley spoke at the fair on Monday. His wife, Ellen Hartley, did not attend. Later, Hartley said "
     "the state budget would be balanced this year.", "state budget", "Hartley"),
    ("Mr. Hartley spoke at the fair on Monday. His son Tom Hartley was not there. Hartley said the schools needed "
     "more money.", "schools needed", "Hartley"),
    ("President Okafor opened the summit on Monday. The president and the first lady, Grace Okafor, greeted the "
     "delegates. Okafor said the talks had gone well.", "talks had gone", "Okafor"),
    # a title of the other gender: someone else of that surname, so the surname alone is as written
    ("Mr. Hartley spoke at the fair on Monday. Mrs. Ellen Hartley arrived later. Hartley said the schools needed "
     "more money.", "schools needed", "Hartley"),
    # twins: a title of the relative's gender names her; a full name given in its own right is the one called so
    ("President Okafor opened the summit on Monday. The president and the first lady, Grace Okafor, greeted the "
     "delegates. Mrs. Okafor said the dinner had been a great success.", "dinner had been", "Grace Okafor"),
    ("Senator Hartley spoke at the fair on Monday. Dan Hartley, a former teacher, later said the schools needed "
     "more money.", "schools needed", "Dan Hartley"),
    ("Mr. Hartley spoke at the fair on Monday. Mrs. Ellen Hartley arrived later. Mrs. Hartley said the schools "
     "needed more money.", "schools needed", "Ellen Hartley"),
])
def test_a_relative_named_in_full_does_not_take_over_the_surname(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Name (R-Ohio): "...""

@pytest.mark.parametrize("text, words, expected", [
    # trap: the bracket glued to the colon hid the label; the quotation took the previous speaker
    ('Ann Lee said she had nothing to hide.\n\nRep. Tom Hale (R-Ohio): "I have not heard anyone other than you '
     'cite that figure. Who told you that?"', "cite that figure", "Tom Hale"),
    # twin: the same label with no bracket
    ('Ann Lee said she had nothing to hide.\n\nRep. Tom Hale: "I have not heard anyone other than you cite that '
     'figure. Who told you that?"', "cite that figure", "Tom Hale"),
])
def test_a_label_with_a_bracket_before_its_colon_names_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Hartley said" is not "Hartley University"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger takes the bare surname for an organisation, and the organisation named after the man holds it
    ("Dan Hartley spoke in Ohio on Monday. The judge is overseeing two lawsuits against Hartley University. Hartley "
     "said the judge would treat him unfairly.", "treat him unfairly", "Dan Hartley"),
    # twins: the organisation by its own name speaks; a surname with no organisation holding it is the person's
    ("The judge is overseeing two lawsuits against Hartley University. Hartley University said the case had no "
     "merit at all.", "no merit", "Hartley University"),
    ("George Vance spoke in Ohio on Monday. Critics have sued the Vance Foundation twice. Vance said the lawsuits "
     "were baseless and political.", "baseless", "George Vance"),
])
def test_a_surname_taken_for_an_organisation_named_after_the_person_is_the_person(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- the sentence after a quotation that ended

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation ending with one nested in it leaves a stray closing mark; the next sentence's verb took it
    ("Ann Lee mocked the plan, saying at one point, ''The answer is not simply to yell, 'Taxes bad.''' But Tom "
     "Reed, again, did not respond in kind.", "simply to yell", "Ann Lee"),
    # trap: a sentence quoted after its own colon; the next sentence's verb reports a thing of its own
    ('Ann Lee was known for her famous demand in Berlin: "Tear down this wall!" Critics still praise her refusal '
     "to back down.", "Tear down", "Ann Lee"),
    # twins: a short attribution after the quotation is its cue
    ("''The answer is not simply to yell, 'Taxes bad.''' Tom Reed said on Monday.", "simply to yell", "Tom Reed"),
    ('She had one demand in Berlin: "Tear down this wall!" Ann Lee said on Monday.', "Tear down", "Ann Lee"),
])
def test_the_next_sentence_does_not_attribute_a_quotation_its_own_sentence_introduced(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "As X, author of "Y," put it, "...""

_JURIST = ("The sitting justice who is least friendly to business is Ann Tate, exactly the kind of jurist many "
           "Republicans fear Mr. Reed would choose.\n\n")


@pytest.mark.parametrize("text, words, expected", [
    # trap: a quoted title in the aside parts the name from "put it"; the parser made the name the object of "as"
    (_JURIST + "As Omar Haddad, professor of constitutional law at Yale and author of ''America's Unwritten "
     "Charter,'' put it, ''Senate Republicans should remember that a compromise candidate today may be far better "
     "for them.''", "compromise candidate", "Omar Haddad"),
    # twin: with no aside the name is the subject as parsed
    (_JURIST + "As Omar Haddad put it, ''Senate Republicans should remember that a compromise candidate today may "
     "be far better for them.''", "compromise candidate", "Omar Haddad"),
])
def test_as_x_put_it_is_x_past_a_quoted_title_in_the_aside(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X, whose ..., uses ..., said Y was ...:"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser took the aside about the speaker for the verb's content, and the content's subject spoke
    ("Dan Wolfe, whose latest start-up, Datafarm, uses big data to help farmers find buyers, said Mr. Reed was a "
     'candidate in the spirit of the valley: "He\'s a start-up kind of guy. He has a lot of ideas."', "lot of ideas",
     "Dan Wolfe"),
    # twin: with no aside the subject before the verb speaks, the content's subject does not
    ('Dan Wolfe said Mr. Reed was a candidate in the spirit of the valley: "He\'s a start-up kind of guy. He has a '
     'lot of ideas."', "lot of ideas", "Dan Wolfe"),
])
def test_a_clause_before_the_verb_is_an_aside_about_the_speaker_when_content_follows(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "“...,” reads a Wednesday editorial"

_HEAT = "Senator Hale has been taking heat back home for not condemning the attacks.\n\n"


@pytest.mark.parametrize("text, words, expected", [
    # traps: a written thing that "reads" or "begins" with the quotation holds its words; with no cue known, the
    # name of the paragraph before took them
    (_HEAT + '"There are invertebrates that have shown more spine than this senator," reads a Wednesday editorial in '
     "The Harlow Gazette.", "invertebrates", "Wednesday editorial in The Harlow Gazette"),
    ("Ann Lee worked to craft the campaign's statement, which landed at 1:48 a.m.\n\n\"The team of writers took "
     "notes on her life's inspirations,\" read the statement.", "team of writers", "statement"),
    # twins: a reporting verb says the same; a person who reads aloud is the one quoted
    (_HEAT + '"There are invertebrates that have shown more spine than this senator," says a Wednesday editorial in '
     "The Harlow Gazette.", "invertebrates", "Wednesday editorial in The Harlow Gazette"),
    (_HEAT + '"There are invertebrates that have shown more spine than this senator," Ann Lee reads aloud to the '
     "crowd.", "invertebrates", "Ann Lee"),
    (_HEAT + '"There are invertebrates that have shown more spine than this senator," Ann Lee read the statement '
     "aloud to the crowd.", "invertebrates", "Ann Lee"),
])
def test_a_document_that_reads_with_a_quotation_holds_its_words(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "From Bush's Facebook post: "...""

@pytest.mark.parametrize("text, words, expected", [
    # traps: the word naming the document's kind was taken for the label's name
    ('Aides say the former governor plans to back Ms. Lee. From Hale\'s Facebook post: "For the sake of our party, '
     'we must move to overcome the divisiveness."', "overcome the divisiveness", "Hale"),
    ('The senator spoke on Monday. From the Facebook post: "For the sake of our party, we must move to overcome the '
     'divisiveness."', "overcome the divisiveness", "Facebook post"),
    # twin: a name with the channel after it is the label's speaker
    ('The senator spoke on Monday. Ann Lee on Facebook: "For the sake of our party, we must move to overcome the '
     'divisiveness."', "overcome the divisiveness", "Ann Lee"),
])
def test_a_labelled_document_speaks_for_its_owner_not_its_kind(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "... "Q" ... after leaked emails showed ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: a verb after the quotation in an "after/when/because" clause with its own subject and content tells an
    # event around the quotation; it does not say it
    ("The Harlow Party released a statement at the outset of the party's convention Monday, offering \"a deep and "
     'sincere apology" to Ann Lee after leaked emails showed party staff favoring Tom Reed.', "sincere apology",
     "Harlow Party"),
    # twin: an attribution after the quotation is its cue
    ('The Harlow Party released a statement on Monday, offering "a deep and sincere apology" to Ann Lee, the '
     "chairman Tom Reed said.", "sincere apology", "Tom Reed"),
])
def test_a_clause_about_an_event_after_the_quotation_does_not_attribute_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "In the letter - addressed to X - the senator asks"

_VOSS = "Chairman Ned Voss on Tuesday requested yet another investigation of the mayor.\n\n"


@pytest.mark.parametrize("text, words, expected", [
    # trap: an aside between dashes ends with a name; the parser made it the subject and the real one its apposition
    (_VOSS + "In the letter - addressed to the state attorney for the district, Dana M. Fields - the Ohio Republican "
     'asks for an investigation to determine whether "the mayor or his aides violated statutes that prohibit '
     'destruction of records."', "violated statutes", "Ohio Republican"),
    # twin: a name with its description between dashes is the subject
    (_VOSS + "In the letter, Dana M. Fields - the state attorney for the district - asks for an investigation to "
     'determine whether "the mayor or his aides violated statutes that prohibit destruction of records."',
     "violated statutes", "Dana M. Fields"),
])
def test_a_name_closing_an_aside_between_dashes_is_not_the_subject_after_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- two spoken sentences after "program"

_CONTENDERS = "The contenders agree that testing should be left to states.\n\n"


def test_two_sentences_quoted_after_a_title_cue_are_spoken_words():
    # trap: "program" before the quotation made it a title; the next quotation then took the paragraph before's speaker
    text = (_CONTENDERS + 'In 2009, when Governor Hale offered towns millions of dollars through his signature grant '
            'program, "towns were hemorrhaging money. They needed it," Ann Lee said. "And he conditioned that funding '
            'on adopting new rules for the schools."')
    assert speaker_of(text, "hemorrhaging") == "Ann Lee"
    assert speaker_of(text, "conditioned that funding") == "Ann Lee"


def test_twin_a_one_phrase_title_after_a_title_cue_is_no_quotation_of_its_own():
    text = _CONTENDERS + 'He hosts the weekly program "inside the mayor\'s office," Tom Reed said on Monday.'
    assert not [c for c in extract_claims(text) if c.quote.startswith("inside the mayor")]


# --------------------------------------------------------------------------- "shifting her focus to defeating X and admitting that ..."

@pytest.mark.parametrize("text, words, expected", [
    # traps: a gerund after "to" shares the subject of the verb it completes; the name nearest was taken, or none
    ("The primary ended three weeks ago. Ann Lee herself, who was not at the rally, has toned down her criticism of "
     'Tom Reed, shifting her focus to defeating Dan Cole and admitting that her "quiet revolution" will almost '
     "certainly end without her in office.", "quiet revolution", "Ann Lee"),
    ("Mayor Ann Lee has taken to urging voters to slow down in their everyday lives and spend more time listening to "
     "their neighbors.", "slow down", "Ann Lee"),
])
def test_a_gerund_after_to_shares_the_subject_of_its_verb(text, words, expected):
    assert speaker_of(text, words) == expected


def test_twin_criticized_x_for_saying_stays_the_criticizers_claim():
    text = 'Mayor Ann Lee criticized Tom Reed for saying that the "quiet revolution" would end without her in office.'
    assert [c.speaker for c in extract_claims(text) if "quiet revolution" in c.quote] == ["Ann Lee"]


# --------------------------------------------------------------------------- "A called for ..., and B denounced ... and said"

_SUMMIT = "In the days before Reed's scheduled appearance at "


@pytest.mark.parametrize("text, words, expected", [
    # traps: a second clause with its own subject; the parser joined "said" to the first clause, or made the first
    # clause's verb a modifier of its subject and the second subject a conjunct of it
    (_SUMMIT + "the summit, a group of rabbis called for a boycott of his speech, and the prominent civil rights "
     "organization the Anti-Bias League strongly denounced Reed's rhetoric and said it would \"redirect\" all of his "
     "past donations to the league.", "redirect", "Anti-Bias League"),
    (_SUMMIT + "AIPAC, a group of rabbis called for a boycott of his speech, and the prominent Jewish civil rights "
     "organization the Anti-Slander League strongly denounced Reed's rhetoric and said it would \"redirect\" all of "
     "his past donations to the league.", "redirect", "Anti-Slander League"),
    # twin: one subject for both verbs
    (_SUMMIT + "the summit, a group of rabbis called for a boycott of his speech and said they would \"redirect\" all "
     "of his past donations to the league.", "redirect", "group of rabbis"),
])
def test_a_second_clause_with_its_own_subject_keeps_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "watching X argue that ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the one watched argues; the parser joined "argue" to "watching" and the watchers took it
    ("Voters in the Democratic primary are watching an accomplished, experienced member of the establishment, Ann "
     "Lee, argue that the top echelons of power are rigged against women.", "top echelons", "Ann Lee"),
    # twin: with "and" the watchers argue too
    ("Voters in the Democratic primary are watching Ann Lee and argue that the top echelons of power are rigged "
     "against women.", "top echelons", "Voters in the Democratic primary"),
])
def test_the_one_watched_is_the_subject_of_the_bare_verb_after_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X was asked by Y, who ... has dismissed Z, "...""

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser joined the relative clause's "dismissed the story" to "was asked"; its subject took the quotation
    ('Senator Ann Lee stated that the story on the tax has moved on Friday\'s broadcast of "Late Hour."\n\nLee was '
     "asked by host Tom Reed, who is supporting Lee, but has previously dismissed the story about the tax, \"Now, you "
     "famously said, in one of the first debates, oh, I'm tired of hearing about the tax. But that story has moved a "
     'little bit, has it not?"', "famously said", "Tom Reed"),
    # twin: the same subject for both joined verbs
    ('Senator Ann Lee spoke on Friday\'s broadcast of "Late Hour."\n\nLee praised the host and dismissed the story '
     "about the tax, \"Now, you know, I'm tired of hearing about the tax. That story has not moved at all.\"",
     "tired of hearing", "Ann Lee"),
])
def test_a_joined_verb_with_its_own_object_is_not_the_quotations_cue(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a label's colon glued to its quotation

@pytest.mark.parametrize("text, words, expected", [
    # trap: `):"I` and `Clinton:"We` were one token each, so the labels' colons were lost and both quotations took
    # the last speaker before them
    ('Ann Lee said she had nothing to hide.\n\nRep. Tom Hale (R-Ohio):"I have not heard anyone cite that figure. '
     'Who told you that?"\n\nFormer mayor Ann Lee:"We learned that from the city."', "cite that figure", "Tom Hale"),
    ('Ann Lee said she had nothing to hide.\n\nRep. Tom Hale (R-Ohio):"I have not heard anyone cite that figure. '
     'Who told you that?"\n\nFormer mayor Ann Lee:“We learned that from the city.”', "learned that", "Ann Lee"),
    # twin: the same labels with their space
    ('Ann Lee said she had nothing to hide.\n\nRep. Tom Hale (R-Ohio): "I have not heard anyone cite that figure. '
     'Who told you that?"\n\nFormer mayor Ann Lee: "We learned that from the city."', "cite that figure", "Tom Hale"),
])
def test_a_labels_colon_glued_to_its_quotation_still_names_the_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quoted term is no echo of a speaker

@pytest.mark.parametrize("text, words, expected", [
    # trap: the quoted words name the figure the sentence is about; they were given to whoever used them last
    ('"Who told you that 90 to 95 percent of your e-mails were kept?" Tom Hale asked.\n\nThe facts are plain. The '
     '"90 to 95 percent" figure came from the campaign.', "90 to 95 percent", None),
    # twin: the same words quoted standing alone repeat the words of the claim they echo
    ('"Who told you that 90 to 95 percent of your e-mails were kept?" Tom Hale asked.\n\nThe facts are plain. It '
     'was, in the end, "90 to 95 percent."', "90 to 95 percent", "Tom Hale"),
])
def test_a_quoted_term_before_its_noun_is_no_echo_of_an_earlier_speaker(text, words, expected):
    claims = [c for c in extract_claims(text) if c.quote.strip('".') == words.strip('".')]
    assert claims and claims[0].speaker == expected


# --------------------------------------------------------------------------- a social handle is no "he"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger took the handle and the network's name for a person's name, the nearest one before "he"
    ("Donald Trump spoke in Ohio on Monday. Critics were unhappy.\n\nThe candidate's @realDonaldTrump Twitter feed "
     'is a direct line to his mind, so soon after the vote he tweeted: "Appreciate the congrats for being right."',
     "Appreciate the congrats", "Donald Trump"),
    # twin: a handle that is the subject of its own verb speaks as written
    ('Tom Hale spoke in Ohio on Monday. Then @AnnLee tweeted: "Appreciate the congrats for being right."',
     "Appreciate the congrats", "@AnnLee"),
])
def test_a_social_handle_is_not_a_person_a_pronoun_refers_to(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quotation set between dashes

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation between dashes with no verb of its own carried the previous claim's speaker
    ('Jeff Sessions spoke first. "We are alive," he said.\n\nWhen Tom Hale finally wrapped up — "I will fight for '
     'you, and I will win for you!" — the balloons cascaded down on the crowd.', "fight for you", "Tom Hale"),
    # twins: a clause before the dash with no named subject gives no name; with no dashes nothing changes
    ('Jeff Sessions spoke first. "We are alive," he said.\n\nWhen the band finally wrapped up — "I will fight for '
     'you, and I will win for you!" — the balloons cascaded down on the crowd.', "fight for you", None),
    ('Ann Lee spoke first. Tom Hale said the plan - "a total failure" - had to go.', "total failure", "Tom Hale"),
    # trap: nor by the subject of a clause resumed after the second dash and its reporting verb
    ('Although Tom Hale lamented her gaffes - "does she have to keep giving them ammunition?" - Democrats who '
     "watched the debate said they were pleased.", "ammunition", "Tom Hale"),
    # twin: a clause going on after the second dash with no subject of its own is the first clause's
    ('One of the men, Tom Hale, had served in Vietnam - "13 months in living hell" - and said he opposed the war.',
     "living hell", "Tom Hale"),
])
def test_a_quotation_between_dashes_is_spoken_by_the_clause_before_them(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- the one surprised speaks after the colon

@pytest.mark.parametrize("text, words, expected", [
    # trap: the subject of the clause before the colon is what surprised the speaker, not who speaks
    ("Ann Lee leads in Iowa. The timing of Lee's surge doesn't surprise pollster Tom Hale: \"Voters were always open "
     'to her."', "always open", "Tom Hale"),
    ('Ann Lee leads in Iowa. The result troubled Mayor Ruth Cole: "We have a lot of work to do."', "lot of work",
     "Ruth Cole"),
    # twin: the one surprised as the clause's own subject speaks too
    ('Ann Lee leads in Iowa. Pollster Tom Hale was not surprised: "Voters were always open to her."', "always open",
     "Tom Hale"),
])
def test_the_named_one_a_clause_surprised_speaks_the_quotation_after_its_colon(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a headline's quotation echoed in the body

_BODY = ("\n\nChairman Anthony Vance told reporters on Monday that the decision was hard. \"We could not wait until "
         "January. By January we could be six points from safety,\" he said.\n\nThe coach, Tom Reed, said he was sad.")


@pytest.mark.parametrize("headline", [
    # trap: the words before the headline's colon are a clause (the club sacks its coach), which the parser reads
    # as one noun phrase ending in the coach's name; the body says who spoke the quotation
    "Harwick United sack Tom Reed: 'We could not wait until January'",
    "Kestrel Town sack manager Tom Reed: 'We could not wait until January'",
])
def test_a_headline_quotation_takes_the_speaker_of_the_body_quotation_it_repeats(headline):
    assert speaker_of(headline + _BODY, "could not wait") == "Anthony Vance"


@pytest.mark.parametrize("headline, expected", [
    # twin: a bare name or an owner's words before the colon speak as written
    ("Tom Reed: 'We could not wait until January'", "Tom Reed"),
    ("Supporters' verdict: 'We could not wait until January'", "Supporters"),  # (the verdict's owners)
])
def test_twin_a_bare_headline_label_keeps_its_speaker(headline, expected):
    assert speaker_of(headline + _BODY, "could not wait") == expected


# --------------------------------------------------------------------------- "Dr Emma Stone, lead author of the study, said:"

@pytest.mark.parametrize("text, words, expected", [
    # traps: "lead" taken for the head of a clause whose subject is the name; the aside's noun ("author of the
    # study") or "lead" itself became the speaker
    ('Dr Emma Stone, lead author of the study, said: "The glaciers are retreating faster than any model '
     'predicted."', "glaciers are retreating", "Emma Stone"),
    ('Dr Anna Berg, lead author of the study, said: "The glaciers are retreating faster than any model '
     'predicted."', "glaciers are retreating", "Anna Berg"),
    # twins: with its article the aside is an apposition; a relative clause is an aside about the name
    ('Dr Emma Stone, the lead author of the study, said: "The glaciers are retreating faster than any model '
     'predicted."', "glaciers are retreating", "Emma Stone"),
    ('Emma Stone, who led the study, said: "The glaciers are retreating faster than any model predicted."',
     "glaciers are retreating", "Emma Stone"),
])
def test_a_name_before_an_aside_taken_for_a_clause_speaks(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a reporting verb inside what was said

@pytest.mark.parametrize("text", [
    # traps: `continuing` (a reporting verb) is the content of `said`, taken for a trailing tag whose subject
    # spoke the words before it
    "A spokesman for the force said inquiries were continuing.",
    "The company said talks with the unions were continuing.",
])
def test_a_reporting_verb_in_the_content_of_said_is_no_trailing_tag(text):
    claims = extract_claims(text)
    assert [c.quote for c in claims if "said" in c.quote] == []
    assert speaker_of(text, "were continuing") is not None


@pytest.mark.parametrize("text, words, expected", [
    # twins: after a comma the verb is a trailing tag and its subject speaks the words before it
    ("The talks with the unions will fail, Ruth Cole said.", "talks with the unions", "Ruth Cole"),
    ("Negotiations with the unions had stalled, the company said.", "Negotiations with the unions", "company"),
])
def test_twin_a_trailing_tag_after_a_comma_speaks_the_words_before_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- an organisation noun with its name glued on

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger takes the name after the organisation noun for a place; the bare noun was the speaker
    ("The regulator Ofwat said Thames Water had breached its licence.", "breached its licence", "Ofwat"),
    # twins: a name in the content is no speaker; a place set off by commas does not name the organisation
    ("The regulator said Thames Water had breached its licence.", "breached its licence", "regulator"),
    ("The agency, Ohio, said it would act on the report.", "act on the report", "agency"),
])
def test_a_proper_noun_glued_to_an_organisation_noun_names_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a title inside the name gives its gender

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger took "Mr" into the name, so the man had no gender and "she" in his sentence made him a she
    ('Cross-examined by Mr Wolfe, the witness said she had never seen the defendant before. She added: "I would '
     'remember."', "I would remember", None),
    # trap: a woman's form of address before a run of titles ("Mrs Justice")
    ('Questioned by Mrs Justice Carr, the defendant said he had lied to police. He added: "I was scared."',
     "I was scared", None),
    # twins: a title of the pronoun's gender keeps its name as the antecedent
    ('Cross-examined by Mrs Wolfe, the defendant said he had never been there. She then asked: "Why did you '
     'run?"', "Why did you run", "Wolfe"),
    ('Mr Wolfe questioned the witness for an hour. He told the jury: "Her account does not add up."',
     "account does not add up", "Wolfe"),
])
def test_a_title_the_tagger_took_into_the_name_gives_its_gender(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- the person a verb addresses is no content

@pytest.mark.parametrize("text", [
    # traps: `question` takes the one it addresses as object; that person (and the time after) is nothing said
    "Mr Wolfe questioned Tom Reed for an hour before the lunch break.",
    "Defence counsel questioned him for most of the afternoon.",
])
def test_the_person_a_verb_addresses_is_no_content(text):
    assert extract_claims(text) == []


@pytest.mark.parametrize("text, words, expected", [
    # twins: a thing questioned, or a person with what they are accused of, is the content
    ("Judge Ann Price questioned the decision to drop the charges.", "decision to drop", "Ann Price"),
    ("Ann Price accused Tom Reed of lying to the court.", "of lying to the court", "Ann Price"),
])
def test_twin_a_thing_questioned_is_the_content(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "the former", "the latter"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "the former" / "the latter" is the first / the second of the two named together just before
    ("Tesla and Ford both reported results on Wednesday. The former said deliveries had fallen 9%, while the latter "
     "said its electric unit had lost $1.3 billion.", "deliveries had fallen", "Tesla"),
    ("Tesla and Ford both reported results on Wednesday. The former said deliveries had fallen 9%, while the latter "
     "said its electric unit had lost $1.3 billion.", "electric unit", "Ford"),
    # twins: with no two named together, no one; "the former chief executive" is a description as written
    ("The carmaker reported results. The former said deliveries had fallen 9%.", "deliveries had fallen", None),
    ("Tesla and Ford both reported results. The former chief executive said deliveries had fallen 9%.",
     "deliveries had fallen", "former chief executive"),
])
def test_the_former_and_the_latter_are_the_two_named_together(text, words, expected):
    assert speaker_of(text, words) == expected
