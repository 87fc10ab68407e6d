"""Right speaker or none (issue 8, thirteenth round): wrong and missing speakers of direct and mixed quotations
found on PolNeAR's train split and the dev articles, each class a case here with a negative twin. The sentences
are invented for these tests.
"""
from __future__ import annotations

import pytest

from tests.claims.finding import speaker_of

# --------------------------------------------------------------------------- chanting, proclaiming

@pytest.mark.parametrize("text, words, expected", [
    # trap: "chant", "proclaim" and "snipe" report words too (words/reporting_verbs.txt)
    ('Hundreds of pro-Sanders demonstrators marched through Center City on Monday, chanting "Bernie or Jill, No '
     'Hill," raising fresh questions about the party.', "Bernie or Jill", "Hundreds of pro-Sanders demonstrators"),
    ('While Ruth Cole proclaims the article a "terrific piece and well worth the trip to India to produce," Tom '
     'Reed fixates on the "pivot" line.', "terrific piece", "Ruth Cole"),
    ('Walter Hewlett sniped that Carly Fiorina was "learning on the job," while Fiorina and other HP leaders penned '
     'a series of "Dear Walter" letters.', "learning on the job", "Walter Hewlett"),
    # twin: the main clause's own verb of speech still gives its subject
    ('While Ruth Cole forwards the article, Tom Reed proclaims it a "terrific piece and well worth the trip to '
     'India to produce."', "terrific piece", "Tom Reed"),
])
def test_chanting_proclaiming_and_sniping_report_words(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "..., where X gathered, chanting "Q""

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs the participle on the main verb ("spoke"), but those gathered at the place chant
    ('Ruth Cole spoke just down the street from the casino, where about 50 protesters had gathered on Wednesday '
     'morning, chanting "no contract, no peace" after the union failed to reach a deal.', "no contract",
     "about 50 protesters"),
    # twin: another relative clause leaves the participle to the main subject
    ('Ruth Cole spoke in the hall that Tom Reed had booked for the union, saying "we will not give up on these '
     'workers."', "not give up", "Ruth Cole"),
])
def test_a_participle_closing_a_where_clause_is_that_clause_subjects(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a quoted term inside the attribution

@pytest.mark.parametrize("text, words, expected", [
    # trap: the quoted pins ("Ted Cruz") stood between the quotation and its verb, and ended the search for it
    ('"We\'ve had more successful conventions than this one," Texas delegate Bill Eastland, wearing a cowboy hat '
     'and "Ted Cruz" campaign pins, said.', "more successful conventions", "Bill Eastland"),
    # trap: nor is a word of an "as" clause after the verb its subject (`as confetti fluttered down around him`)
    ('Not everyone was claiming success.\n\n"We\'ve had more successful conventions than this one," Texas '
     'delegate Bill Eastland, wearing a cowboy hat and "Ted Cruz" campaign pins, said matter-of-factly as confetti '
     'fluttered down around him.', "more successful conventions", "Bill Eastland"),
    # twin: a quotation that is a sentence of its own still ends the clause after the first one
    ('"We\'ve had more successful conventions than this one," the delegates sang. "We will be back next year, and '
     'we will be louder than ever before," Bill Eastland said.', "more successful conventions", None),
])
def test_a_quoted_term_inside_the_attribution_does_not_end_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- a paragraph of quotation after its speaker

@pytest.mark.parametrize("text, words, expected", [
    # trap: an organisation that issues a statement in the paragraph before speaks the quotation after it
    ('"Sanders could win," Ryder said.\n\nThe Harbor Union issued a statement apologizing to Sanders for the '
     'emails, which included staff members mocking him.\n\n"On behalf of everyone at the union, we want to offer a '
     'deep and sincere apology to Senator Sanders."', "deep and sincere apology", "Harbor Union"),
    # trap: an attribution the parser hangs under the sentence's own verb ("Ash argued")
    ('"Major changes now are dangerous," Ryder wrote.\n\nIf anything, Ash argued in his email, the incident is an '
     'illustration of why the convention should adopt new rules.\n\n"In light of this serious breach is it prudent '
     'for the committee to continue?"', "serious breach", "Ash"),
    # twins: an organisation that does something else, a sentence with no one's argument in it
    ('"Sanders could win," Ryder said.\n\nThe Harbor Union hired a firm to look into the emails, which included '
     'staff members mocking him.\n\n"On behalf of everyone at the union, we want to offer a deep and sincere '
     'apology to Senator Sanders."', "deep and sincere apology", None),
    ('"Major changes now are dangerous," Ryder wrote.\n\nIf anything, the incident is an illustration of why the '
     'convention should adopt new rules.\n\n"In light of this serious breach is it prudent for the committee to '
     'continue?"', "serious breach", None),
])
def test_a_paragraph_of_quotation_after_the_one_who_sends_or_argues_it(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "The mayor hit back ... by Lomé. "Q," she said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the sentence before is about "the mayor"; the name in its subordinate clause is someone else
    ('Her challenger argued that most of those homes existed only on paper. "Approving a home is not the same as '
     'building one," said Beatrix Lomé, a former harbour master.\n\nThe mayor hit back by raising the collapse of '
     'a ferry contract, cancelled last year after an operator recommended by Lomé went into administration. "I am '
     'not the one who recommended that company," she said.', "not the one who recommended", "mayor"),
    # trap: a description that brings in someone new is not the speaker before it
    ('"The investigation is over," said Tom Reed, the ambassador. A representative for Mr. Pinchuk said the '
     'inquiry had nothing to do with the State Department. He added that "at least 100 other people had attended '
     'the dinner party."', "at least 100 other people", "representative for Mr. Pinchuk"),
    # twin: a definite description may be the name just given; the name stays
    ('Former candidate Bernie Sanders said on Wednesday that he agrees with the remarks.\n\nThe Vermont senator '
     'declined to say whether it was appropriate. But he told ABC that Trump is "a total opportunist who lies just '
     'a whole lot of the time."', "total opportunist", "Bernie Sanders"),
])
def test_a_pronoun_after_a_sentence_about_someone_described(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "The agency ..., but officials acknowledged"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the sentence's subject is the organisation's description, far from its name (other organisations named
    # between)
    ('Homes flooded on Friday night, the Regional Rivers Agency said.\n\nFirefighters rescued 41 people, according '
     'to Wendshire Fire and Rescue Service.\n\nIn Millbrook, cafe owner Dev Sandhu was still pumping water. "It came '
     'up through the floor," he said.\n\nThe agency issued a warning for the valley at 11.40pm, but officials '
     'acknowledged that the message had reached some residents less than an hour before the water.',
     "the message had reached", "Regional Rivers Agency"),
    # twin: a description that names no organisation of the article leaves the officials as written
    ('Homes flooded on Friday night, residents said.\n\nIn Millbrook, cafe owner Dev Sandhu was still pumping '
     'water. "It came up through the floor," he said.\n\nThe agency issued a warning for the valley at 11.40pm, but '
     'officials acknowledged that the message had reached some residents less than an hour before the water.',
     "the message had reached", "officials"),
])
def test_officials_of_the_organisation_their_sentence_describes(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "Of Carson, Levine, who ..., said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser makes the opening "Of" the subject and hangs the name after the comma under it
    ('"I\'d love to see him," New York attorney Eric Levine said of Trump. Of Carson, Levine, who has given money '
     'to Marco Rubio, said, "He\'s flat-out scary. I think he\'s a wonderful man."', "flat-out scary",
     "Eric Levine"),
    # twin: a surname tagged as a preposition is still the subject ("From said")
    ('"We lost three elections in a row," said Al From, who founded the council. "Voters saw us as the party of '
     'big government," From said.', "party of big government", "Al From"),
])
def test_a_name_after_an_opening_preposition_the_parser_made_the_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- '"Q?" asked the boy'

@pytest.mark.parametrize("text, words, expected", [
    # trap: right after the quotation, the parser's object of "asked" is its inverted subject, a noun too
    ('The last question was from a young child. "How big is that wall?" asked the boy, who was wearing a red hat '
     'and said his name was Mason.', "How big is that wall", "boy"),
    # twin: with a subject of its own, the one asked is the object
    ('The last question was from a young child. "How big is that wall?" the senator asked the boy, who was '
     'wearing a red hat.', "How big is that wall", "senator"),
])
def test_a_noun_right_after_an_inverted_verb_of_asking_is_its_subject(text, words, expected):
    assert speaker_of(text, words) == expected


# --------------------------------------------------------------------------- "X who spoke anonymously ... said Wednesday"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser hangs "official" on the clause before and leaves "said" without a subject; the date next to
    # the verb was taken for it
    ('Although there is no such overlap with Sanders\'s team, a Harwick Council official who spoke anonymously to '
     'discuss internal strategy said Wednesday, "Certainly there are discussions between the council and the '
     'campaign."', "Certainly there are discussions", "Harwick Council"),
    # twin: a subject the parser sees is unchanged
    ('A Harwick Council official who spoke anonymously said Wednesday, "Certainly there are discussions between '
     'the council and the campaign."', "Certainly there are discussions", "Harwick Council"),
])
def test_a_who_clause_ending_at_the_verb_describes_its_subject(text, words, expected):
    assert speaker_of(text, words) == expected
