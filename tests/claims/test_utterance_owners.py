"""Right speaker or none (issue 8, round 22): a noun for what someone said ("response", "warning", "dictum",
"promise") with a possessive is the owner's words. The owner speaks, never "senator's response"; a quotation set
between the possessive and the noun (`Obama's "Q" promise`) is the owner's too. A group named in quotation marks
(`The passengers' group "Fair Fares Now" said`) speaks by that name. Each class a case here with a negative twin.
The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "The senator's response was swift: "Q""

@pytest.mark.parametrize("text, words, expected", [
    # trap: an utterance owned by a description is the description's, resolved as any speaker is
    ('The senator\'s response was swift: "This bill is dead on arrival."', "dead on arrival", "senator"),
    ('The minister\'s words were stark: "There is no money left."', "no money left", "minister"),
    ('Senator Jane Ortiz, a Democrat, voted against the measure on Tuesday. The senator\'s response to the ruling '
     'was swift: "This bill is dead on arrival."', "dead on arrival", "Jane Ortiz"),
    ('Calder Energy cut 300 jobs last month. The coach\'s message to his players at half-time was simple: "Keep the '
     'ball."', "Keep the ball", "coach"),
    # ... or by a pronoun, resolved as any is (never the organisation that was the subject before)
    ("The Harlow Parks Department said it would follow City Hall. Tom Reed spoke in Iowa. His remarks indicated "
     "that the contracts were protected.", "contracts were protected", "Tom Reed"),
    # ... and by a name, also with the quotation after "was,"
    ('Barrett\'s dictum to his interns was, "It\'s not a good story if you don\'t get a death threat."',
     "not a good story", "Barrett"),
    ('Rubio\'s catch phrase in that election was that Crist "would say or do anything to win an election."',
     "would say or do anything", "Rubio"),
])
def test_an_owned_utterance_is_its_owners(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a document's own conclusion stays the document's resolution ("the report's"), never "report" taken
    # for a person; a channel's own noun stays as written; and a noun that is no utterance keeps its sentence's
    # speaker
    ('The report\'s conclusion was stark: "The service is failing."', "service is failing", "report's conclusion"),
    ('The mayor said on Monday: "We will run out of water by August."', "run out of water", "mayor"),
    ('Her Instagram post read: "We are heartbroken."', "heartbroken", "Her Instagram post"),
])
def test_a_document_or_a_plain_subject_is_unchanged(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- `Obama's "Q" promise`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation between a possessive and the utterance it names is the owner's words, never "promise"
    # read as a reporting verb with no subject
    ('It\'s the persistent pull of Obama\'s "if you like your plan, you can keep it" promise that worries unions.',
     "keep it", "Obama"),
    ('It is a far cry from Labour\'s "no return to boom and bust" claim.', "boom and bust", "Labour"),
    ('Critics mocked the senator\'s "we will build it by Christmas" pledge.', "by Christmas", "senator"),
])
def test_a_quotation_inside_an_owned_utterance_is_the_owners(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text", [
    # twin: a quoted title between a possessive and a noun that is no utterance is no claim of the owner
    'The band\'s "Wonderwall" anthem was played twice.',
    'The council\'s "Clean Streets" scheme was launched in May.',
])
def test_a_quoted_title_before_another_noun_is_no_owners_claim(text):
    assert not [c for c in extract_claims(text) if c.speaker in ("band", "council")]


# --------------------------------------------------------------------------- `The campaign group "Save Our Libraries" said`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a short name in quotation marks right after a group's or an organisation's noun is who speaks, also when
    # the parser takes a word of it for the verb's subject (the claim was lost or had no speaker)
    ('The passengers\' group "Fair Fares Now" said both sides were "treating passengers as hostages".',
     "hostages", "Fair Fares Now"),
    ('The protest group \'Just Stop Oil\' said it would continue its action.', "continue its action", "Just Stop Oil"),
    ('The campaign group "Save Our Libraries" said the cuts were "short-sighted and cruel".', "short-sighted",
     "Save Our Libraries"),
    ('A residents\' association, "Friends of Elm Park", said the plans would destroy the green.', "destroy the green",
     "Friends of Elm Park"),
])
def test_a_quoted_name_after_a_groups_noun_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # twin: a quoted title after a noun that is no group's speaks for no one; the sentence's speaker stays
    ('The film "Oppenheimer" won seven awards, the academy said.', "seven awards", "academy"),
    ('The group said its report, "Broken Promises", showed the cuts had hurt.', "cuts had hurt", "group"),
])
def test_a_quoted_title_elsewhere_is_no_speaker(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # trap: "in X's words", "in his words" before a quotation say whose words it is, as "in the words of X" does
    ('In Sanders\'s words, the system is "rigged against working people."', "rigged", "Sanders"),
    ('Bernie Sanders spoke in Iowa. In his words, the plan was "a disaster from start to finish."', "disaster",
     "Bernie Sanders"),
    # twins: "in other words" owns nothing; the speaker named after the quotation speaks
    ('In other words, the plan is "dead on arrival," Smith said.', "dead on arrival", "Smith"),
    ('In the words of Bernie Sanders, the system is "rigged against working people."', "rigged", "Bernie Sanders"),
])
def test_in_someones_words_is_theirs(text, words, expected):
    assert _speakers(text, words) == {expected}
