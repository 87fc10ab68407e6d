"""Reported speech given the wrong speaker (issue 8, ninth round): each class of error found on indirect
claims of PolNeAR's train split, as cases with a negative twin. The sentences are invented for these
tests; a case shows the trap, its twin the same shape where the engine's answer must not change.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from tests.claims.finding import claim_with, speaker_of

# --------------------------------------------------------------------------- a bare plural speaks for no one named

@pytest.mark.parametrize("text, words, expected", [
    # trap: "Officials" with no word before them are no place's; "Reports" are papers in general, not the
    # organisation named in the sentence before
    ("Floods hit Portugal again on Monday. Officials said the dam would hold through the week.", "dam would hold",
     "Officials"),
    ("Kestrel Motors released its quarterly figures on Monday. Reports indicate the merger with Dunmore will "
     "close in March.", "merger with Dunmore", "Reports"),
    # twin: "the reports" point back to the organisation just named (bare "Officials" after an organisation
    # are still its own: test_wrong_names)
    ("Kestrel Motors released its quarterly figures on Monday. The reports indicate the merger with Dunmore "
     "will close in March.", "merger with Dunmore", "Kestrel Motors"),
    ("Floods hit Portugal again on Monday. The government said the dam would hold through the week.",
     "dam would hold", "government"),
])
def test_a_bare_plural_is_not_the_place_or_organisation_last_named(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X, said Y, is ...": the inverted aside

@pytest.mark.parametrize("text, words, expected", [
    # trap: the words before "said" are the claim's own subject; the one named right after the verb speaks
    ("Any fair reading of the mayor's budget, said Ruth Cole, a professor at Harwick College, would find it too "
     "small.", "find it too small", "Ruth Cole"),
    ("Part of the problem in building the bridge, say experts like Tom Reed, a Canadian engineer, is the ground "
     "itself.", "ground itself", "experts like Tom Reed, a Canadian engineer"),
    ("And Reed, said Cole, who remains friendly with him, does not forgive or forget.", "forgive or forget", "Cole"),
    # twin: a subject in apposition before the verb speaks, and what comes after is what was said
    ("Ruth Cole, the mayor, said Tom Reed, the treasurer, would resign next week.", "would resign", "Ruth Cole"),
    ("And aides to Mayor Ruth Cole, a former judge, said their speeches, full of references to her record, would "
     "focus on crime.", "would focus on crime", "aides"),
])
def test_a_name_right_after_an_inverted_verb_speaks_the_words_around_it(text, words, expected):
    assert speaker_of(text, words) == expected


def test_the_inverted_aside_is_left_out_of_the_claim():
    c = claim_with("And Reed, said Cole, who remains friendly with him, does not forgive or forget.", "forgive")
    assert c.quote == "Reed does not forgive or forget"


# --------------------------------------------------------------------------- a second subject after the verb

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser gives "said" two subjects, the name before it and the content's own subject after it
    ("Voter participation: Cole, whose coalition includes young people and independents, said closed primaries -- "
     "those open only to registered Democrats -- deny many energized independents the right to vote.",
     "right to vote", "Cole"),
    # twin: with no subject before the verb, the one after it speaks ("..., said Ruth Cole")
    ("The vote in the county was rigged from the start, said Ruth Cole.", "rigged from the start", "Ruth Cole"),
    ("Mr. Reed, whose company employs hundreds of drivers, said new rules -- those passed by the council last year "
     "-- cost the firm a fortune.", "cost the firm", "Reed"),
])
def test_the_subject_before_a_reporting_verb_speaks_not_its_contents_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a participle after "the idea that ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs "saying" on the verb of the noun's "that" clause, whose subject says nothing
    ("Campaign manager Ruth Cole rejected the idea that the billionaire developer would be a drag on the ticket, "
     "saying the huge crowds he is drawing at rallies prove that he would energize the party.", "huge crowds",
     "Ruth Cole"),
    ("Ruth Cole rejected the idea that the new mayor would be a drag on the ticket, saying the crowds at his rallies "
     "prove the party is united.", "crowds at his rallies", "Ruth Cole"),
    # twin: the same participle after a plain object
    ("Ruth Cole rejected the idea outright, saying the crowds at his rallies prove the party is united.",
     "crowds at his rallies", "Ruth Cole"),
])
def test_a_participle_after_a_nouns_that_clause_is_the_main_subjects(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a second clause joined to the first's object

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser joins "Okafor" to the first clause's object ("murder and Okafor"), leaving "fired" and
    # its participle without a subject of their own
    ("Over the past two weeks, prosecutors charged the officer with murder and Okafor fired his police chief, "
     "Garry F. Larkin, acknowledging that significant segments of the city have lost trust in the force.",
     "lost trust", "Okafor"),
    # twin: a second verb with no name before it shares the first clause's subject
    ("Over the past two weeks, prosecutors charged the officer with murder and fired his partner, acknowledging "
     "that many residents have lost trust in the force.", "lost trust", "prosecutors"),
])
def test_a_second_clause_without_an_auxiliary_has_its_own_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "according to" inside brackets

def test_according_to_inside_brackets_is_the_sources_word_on_the_bracket_only():
    text = ("Reed, in turn, cites his followers as the source for some of his own numbers, such as his recent claim "
            "that crime rose 80 percent last year (the actual rise is closer to 15 percent, according to the Harwick "
            "Police Department).")
    # trap: the whole sentence is not the department's; only what the bracket says is
    assert claim_with(text, "actual rise").quote == "the actual rise is closer to 15 percent"
    assert not any("Department" in (c.speaker or "") and "cites his followers" in c.quote for c in extract_claims(text))


def test_twin_according_to_after_a_bracket_covers_the_sentence():
    text = ("Crime in Harwick rose 15 percent last year (up from 9 percent the year before), according to the "
            "Harwick Police Department.")
    assert claim_with(text, "15 percent").quote == ("Crime in Harwick rose 15 percent last year (up from 9 percent "
                                                    "the year before)")


# --------------------------------------------------------------------------- a speech verb missing from the word list

@pytest.mark.parametrize("text, words, expected", [
    # trap: with "scoffed" unknown, the search for a cue runs on into the speaker's relative clause ("found")
    ("''Silly boys acting like they've never seen a girl before,'' scoffed Ana Ruiz, 22, who helped found the "
     "group in 2014.", "Silly boys", "Ana Ruiz"),
    # twin: a verb already on the list, the same relative clause after the name
    ("''Silly boys acting like they've never seen a girl before,'' said Ana Ruiz, 22, who helped found the "
     "group in 2014.", "Silly boys", "Ana Ruiz"),
])
def test_a_speech_verb_after_a_quote_names_its_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


def test_twin_scoffing_at_something_is_no_claim():
    assert extract_claims("Ana Ruiz scoffed at the idea and left the room before the vote.") == []


# --------------------------------------------------------------------------- a description's name hung on the name inside it

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes the speaker's name an apposition of the name inside the description
    ("An aide working for Ms. Cole, Tom Reed, said she had made more than 150 phone calls to voters.",
     "phone calls", "Tom Reed"),
    ("One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church in Marion, said he had made more "
     "than 150 phone calls to other pastors.", "phone calls", "Darran Whiting"),
    # twin: with no name closing the description it stays as written
    ("An aide working for Ms. Cole said she had made more than 150 phone calls to voters.", "phone calls", "aide"),
])
def test_a_name_closing_a_description_is_the_speakers(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a past tense verb after "would ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser joins "blamed" to "would pull" inside the prediction; a past tense verb is no conjunct of
    # "would pull", so it is the subject of the clause above who blamed
    ("Ms. Cole backpedaled on her prediction a year ago that the council would pull out of its current slump "
     "within two years, and blamed the tumble in tax receipts.", "tumble in tax receipts", "Cole"),
    # twin: a bare verb after "would pull" shares its subject
    ("Ms. Cole backpedaled on her prediction a year ago that the council would pull out of its current slump "
     "within two years and blame the unions for the tumble in tax receipts.", "tumble in tax receipts", "council"),
])
def test_a_past_tense_verb_is_no_conjunct_of_a_modal_verb(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a subject joined to the phrase before it

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser joins "conservatives and ... politicians" to "the network", leaving "are left wondering"
    # without a subject; the name before the comma does not wonder
    ("Without Mr. Reed guiding the network, conservatives and Republican politicians are left wondering whether "
     "the talk might soften under new leadership.", "talk might soften", "conservatives"),
    # twin: with its own subject the clause keeps it
    ("Without Mr. Reed guiding the network, many conservatives said the talk might soften under new leadership.",
     "talk might soften", "many conservatives"),
])
def test_a_subject_joined_to_the_object_before_it_is_the_clauses(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a name inside an aside before the verb

@pytest.mark.parametrize("text, words, expected", [
    # trap: "said" has no subject in the parse; the name nearest it stands inside the aside "asked about ..."
    ("The issue had come up Friday after Mr. Reed, asked about the deaths of journalists under Mr. Putin, had said, "
     "''I think our country does plenty of killing also.''", "plenty of killing", "Reed"),
    # twin: an aside that is no participle keeps its name ("Mr. Reed among them")
    ("The issue had come up Friday after Mr. Volkov's critics, Mr. Reed among them, had said, ''I think our country "
     "does plenty of killing also.''", "plenty of killing", "Reed"),
])
def test_a_name_inside_a_participle_aside_is_not_the_verbs_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "issued a statement saying ..."

def test_a_statement_saying_something_is_its_issuers():
    # trap: "saying" hangs on the statement; its issuer, the subject of "issued", says it (not "Tuesday")
    text = ("Ms. Cole, who said last week that the judge was biased against her, issued a statement Tuesday saying, "
            "''I do not feel that anyone's heritage makes them unfit to judge.''")
    assert speaker_of(text, "heritage makes them") == "Cole"


def test_twin_a_statement_from_someone_else_is_not_the_readers():
    # twin: a statement from the union, read out by Ms. Cole, is not given to her
    text = "Ms. Cole read out a statement from the union saying the strike would go on until the landlord gave in."
    assert not any(c.speaker == "Cole" for c in extract_claims(text))


# --------------------------------------------------------------------------- asking not to be named is no claim

@pytest.mark.parametrize("text", [
    '"The water has been brown for a week," said one resident, who asked not to be named.',
    "A nurse at the clinic, who asked not to be identified because she was not allowed to speak, said the ward was "
    "full.",
    "She asked that her name not be used because she feared for her job.",
])
def test_asking_not_to_be_named_is_no_claim(text):
    assert not [c for c in extract_claims(text) if "named" in c.quote or "identified" in c.quote
                or "name not be used" in c.quote]


def test_twin_asking_someone_to_do_something_is_still_reported():
    claim = claim_with("The mayor asked residents to stay indoors until the storm had passed.", "stay indoors")
    assert claim.speaker == "mayor"


# --------------------------------------------------------------------------- a question put to the speaker

@pytest.mark.parametrize("text, words", [
    # trap: the subject of "said" was also taken as the one asking ("Grant" asked "if he would quit")
    ('"Absolutely not," Ken Grant said when asked if he would quit.', "if he would quit"),
    ('"It is everything but her," Ana Roy told the radio station when asked which candidate she would back.',
     "which candidate she would back"),
    ("Asked whether the council had been warned, the mayor said nobody had told her anything.",
     "council had been warned"),
])
def test_a_question_put_to_the_speaker_is_asked_by_no_one_named(text, words):
    assert claim_with(text, words).speaker is None


@pytest.mark.parametrize("text, words, speaker", [
    # twin: a question someone asks, or one asked by someone named, keeps its asker
    ("Senator Ruth Diaz asked whether the agency had been warned.", "agency had been warned", "Ruth Diaz"),
    ('"Absolutely not," Ken Grant said when he was asked by Ann Lowe if he would quit.', "Absolutely not", "Ken Grant"),
])
def test_twin_an_asker_of_their_own_keeps_it(text, words, speaker):
    assert claim_with(text, words).speaker == speaker


# --------------------------------------------------------------------------- a complement clause is no trailing tag

@pytest.mark.parametrize("text, words", [
    # trap: a passive verb in the content of "said" ("had been found") was read as a tag after its own
    # content (`..., she found`): a claim made of the speaker's own clause, "spoken" by the passive subject
    ("The council leader, Ruth Cole, who visited a rest centre with Pike on Saturday, said on Twitter that "
     "emergency housing had been found for 67 households.", "housing had been found"),
    ("The mayor said shelter was found for 40 families.", "shelter was found"),
])
def test_a_passive_or_that_clause_is_the_content_not_a_trailing_tag(text, words):
    claims = extract_claims(text)
    assert all(c.cue != "found" for c in claims), [(c.speaker, c.quote, c.cue) for c in claims]
    assert speaker_of(text, words) in ("Ruth Cole", "mayor")


@pytest.mark.parametrize("text, words, expected", [
    # twin: a real tag after its content keeps its speaker
    ("The plan will fail and the costs will rise, the inspectors found.", "plan will fail", "inspectors"),
    ("The plan will fail, the report found.", "plan will fail", "report"),
    # twin: an aside opened by "as" is a tag, not a content clause
    ("If the dam is failing \u2014 as many engineers believe, and the council is alleging \u2014 \"why would you "
     "wait?\" asked Ruth Cole.", "dam is failing", "many engineers"),
])
def test_twin_a_tag_after_its_content_still_speaks(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, content", [
    # trap: the parser hung the end of the quoted description on the verb ("on arrival"); the quotation the
    # object's content opens is whole in it, and the claim is found
    ('Press secretary Karine Jean-Pierre called it "dead on arrival."', 'it "dead on arrival.'),
    # twin: a content whose quotation closes inside it is as the parse gives it
    ('Senator Ruth Cole called the bill "dead on arrival" and left the chamber.', 'the bill "dead on arrival'),
])
def test_a_quotation_the_object_opens_is_whole_in_the_claim(text, content):
    claims = [c for c in extract_claims(text) if "dead on arrival" in c.quote]
    assert [c.quote for c in claims] == [content]


@pytest.mark.parametrize("text, content", [
    # trap: where the speaker said it, closing the content after a comma, is no part of what was said
    ("Brazil's president said on Tuesday that the country would not accept interference in its courts, in a speech "
     "in Brasília.", "the country would not accept interference in its courts"),
    # twin: a phrase of another noun after the comma is part of the content
    ("Brazil's president said on Tuesday that the talks would go on, in a sign of progress on the trade deal.",
     "the talks would go on, in a sign of progress on the trade deal"),
])
def test_a_channel_closing_the_content_is_left_out(text, content):
    assert [c.quote for c in extract_claims(text)] == [content]


@pytest.mark.parametrize("text, content", [
    # trap: a "that" opening the content which the parser left unattached (a conjunction of no relation) is no part of
    # what was said
    ("The BBC has been told by three former staff members that the presenter bullied colleagues.",
     "the presenter bullied colleagues"),
    # twin: "that" as a determiner is part of it
    ("Podesta reiterated that approach in his interview with the paper.", "that approach in his interview with the paper"),
])
def test_an_unattached_that_opening_the_content_is_left_out(text, content):
    assert [c.quote for c in extract_claims(text)] == [content]


@pytest.mark.parametrize("text, words, content", [
    # trap: a sentence cut off by a dash before a verb with an object of its own is no content of that verb; the
    # object is
    ('The ruling drew fire — the ACLU called it "a disgrace."', "disgrace", 'it "a disgrace.'),
    # twin: a fronted content stays the verb's when its object is the one told ("told POLITICO")
    ("Biofuels do not stir up the same fervor among Iowans as in 2000, Sen. Tom Hale (R-Iowa) told POLITICO.",
     "Biofuels", "Biofuels do not stir up the same fervor among Iowans as in 2000"),
])
def test_a_sentence_cut_off_before_a_verb_with_an_object_is_not_its_content(text, words, content):
    claims = extract_claims(text)
    assert [c.quote for c in claims if words in c.quote] == [content]
    assert len(claims) == 1
