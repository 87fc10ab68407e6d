"""Headlines and titles (issue 8, round 20): a title-cased headline's capitals are its style. They make no name of
the words after a name ("Bernie Sanders Pins"), no work's title of a quotation in it, and its verb ("Praises") says
the name before the colon is its subject, not its speaker; a work's title in running text is no claim. The sentences
are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims
from bot.claims.quote_cues import title_case
from tests.claims.finding import speaker_of


@pytest.mark.parametrize("words, expected", [
    # trap: a capitalised short word counts once ("On", "The"), so a headline with one is title-cased
    ("Bernie Sanders Pins Hopes On Michigan".split(), True),
    ("The Art Of The Deal".split(), True),
    ("The Late Show with Stephen Colbert".split(), True),
    # twins: a sentence, or short words only, is not
    ("Bernie Sanders pins his hopes on Michigan".split(), False),
    ("on the".split(), False),
])
def test_title_case_counts_each_word_once(words, expected):
    assert title_case(words) is expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: the name a title-cased headline folded words into ("Bernie Sanders Pins") gives way to the running text's
    ("Bernie Sanders Pins Hopes On Michigan\n\nDETROIT — Sen. Bernie Sanders told supporters on Sunday that he could "
     'still win the nomination. "We are not giving up," the senator said.', "not giving up", "Bernie Sanders"),
    ("George Zimmerman Auctioning Off The Gun\n\nGeorge Zimmerman said on Wednesday that the sale would go ahead.",
     "sale would go ahead", "George Zimmerman"),
    # twin: a name the running text spells as the headline does stays whole
    ("Mary Ann Evans Wins The Booker Prize\n\nMary Ann Evans said on Tuesday that she was stunned by the news.",
     "stunned", "Mary Ann Evans"),
])
def test_a_headline_makes_no_name_of_the_words_after_one(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: a work's title in running text, capitalised with "The" or "With", is no claim
    ('She appeared on "The Late Show With Stephen Colbert" last month.', "Late Show", None),
    ('Mrs. Clinton said on "This Week with George Stephanopoulos" that jobs came first.', "This Week", None),
    ('He wrote "The Art Of The Deal" in 1987.', "Art", None),
    # twins: a quotation in a title-cased headline, after a name's colon or inside the headline, is its words
    ("Issa: Hillary Clinton's 'Honesty Is In Question.'\n\nRep. Darrell Issa said on Sunday that Hillary Clinton's "
     'honesty was "in question."', "Honesty Is", "Darrell Issa"),
    ("Kasich: 'We Will Win Ohio.'\n\nOhio Gov. John Kasich said on Sunday that he would win his home state.",
     "We Will Win", "John Kasich"),
])
def test_a_works_title_is_no_claim_but_a_headlines_quotation_is(text, words, expected):
    got = [c for c in extract_claims(text) if words in c.quote]
    assert [c.speaker for c in got] == ([] if expected is None else [expected])


@pytest.mark.parametrize("text, words, expected", [
    # trap: a headline's label with a headline verb names the one it is about after the verb: its quotation is the
    # body's speaker's, who says it again
    ("Donald Trump Praises Breitbart's Washington Editor Matthew Boyle: 'Very Good Reporter.'\n\nDonald Trump praised "
     'the Breitbart News editor on Sunday. "He\'s a very good reporter," Trump said.', "Very Good", "Donald Trump"),
    ("Trump Addresses Munich Attack: 'This Cannot Continue.'\n\nAt least nine people were killed in Munich on Friday. "
     '"This cannot continue," Trump said in a statement.', "This Cannot", "Trump"),
    # twin: a bare name before the colon speaks as written
    ("Boyle: 'Trump Is A Very Good Candidate.'\n\nMatthew Boyle said on Sunday that Trump would win.", "Very Good",
     "Matthew Boyle"),
])
def test_a_headline_verb_before_the_colon_makes_its_label_no_speaker(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: a trade or fortune written capitalised before a full name is no part of it (words/name_descriptions.txt)
    ("Billionaire Donald Trump said on Sunday that he would build the wall.", "build the wall", "Donald Trump"),
    ("Rapper Kanye West said the album would be out by Friday.", "album", "Kanye West"),
    ('"It was a dream role," Actor Clint Howard said.', "dream role", "Clint Howard"),
    # twins: two words stay (a one-word name after it may be all there is), and so does an organisation's name
    ("Rapper Drake said the album would be out by Friday.", "album", "Rapper Drake"),
    ("Mogul Records said the album would be out by Friday.", "album", "Mogul Records"),
])
def test_a_trade_before_a_full_name_is_cut(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, words, expected", [
    # trap: "on X." ends its sentence (the stock tokenizer kept "X." as an initial, and "X. Critics" became one name)
    ("The minister announced the decision on X. Critics said the plan would fail.", "plan would fail", "Critics"),
    ("Elon Musk posted the video on X. Engineers said the launch had been a success.", "launch", "Engineers"),
    # trap: nor does the parser run it on into the next sentence, whose speaker says what follows ("SpaceX" was given
    # Musk's words; found by attr21c)
    ("SpaceX said in a post on X. Elon Musk, its chief executive, said the launch would go ahead.", "go ahead",
     "Elon Musk"),
    # twin: an initial inside a name stays one
    ("George W. Bush said the plan would fail.", "plan would fail", "George W. Bush"),
])
def test_on_x_ends_its_sentence(text, words, expected):
    assert speaker_of(text, words) == expected


@pytest.mark.parametrize("text, expected", [
    # trap: a title-cased headline's words after the name are no role of it
    ('Tom Hale Defends Himself Against Claims He Exaggerated His Life Story\n\nTom Hale said on Sunday the reports were '
     '"a pack of lies."', None),
    # twin: a role given in the body stands
    ('Tom Hale Defends Himself Against Claims He Exaggerated His Life Story\n\nTom Hale, a retired neurosurgeon, said on '
     'Sunday the reports were "a pack of lies."', "retired neurosurgeon"),
])
def test_a_headlines_words_are_no_role(text, expected):
    assert [c.role for c in extract_claims(text) if "pack of lies" in c.quote] == [expected]
