"""Right speaker or none (issue 8, round 19): wrong speakers and missed claims found with invented markets, finance,
energy and climate news (analysts, central banks, ratings agencies, company filings, earnings calls, OPEC and
ministers, climate reports, campaigners, market wraps), each class a case here with a negative twin. The sentences
are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set[str | None]:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "In a filing with the SEC, it said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the body a paper was filed with or sent to, or the one told, named in the speaker's own predicate, is
    # not what "it" stands for
    ("Harlow Petroleum slumped 12% on Thursday. In a filing with the SEC, it said it expected a loss for the "
     "quarter.", "expected a loss", "Harlow Petroleum"),
    ("Harlow Petroleum slumped 12% on Thursday. It said in a filing with the Securities and Exchange Commission "
     "that it expected a loss.", "expected a loss", "Harlow Petroleum"),
    ("Harlow Petroleum slumped 12% on Thursday. In a submission to the Competition and Markets Authority, it said "
     "the merger would lower prices.", "lower prices", "Harlow Petroleum"),
    ("Harlow Petroleum slumped 12% on Thursday. It told the Securities and Exchange Commission that it expected a "
     "loss.", "expected a loss", "Harlow Petroleum"),
    # twin: a body that was the subject before is what "it" stands for
    ("The Securities and Exchange Commission charged Harlow Petroleum with fraud on Wednesday. It said the firm had "
     "misled investors.", "misled investors", "Securities and Exchange Commission"),
])
def test_the_body_filed_with_is_not_it(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "the company" is no Commission

@pytest.mark.parametrize("text, words, expected", [
    # trap: "Securities" in a regulator's name made it a company: "the company" was the SEC, whether named
    # before it, in its predicate or in the claim itself; no name says which company: as written
    ("The Securities and Exchange Commission charged Harlow Petroleum with fraud on Wednesday. The company said it "
     "would fight the charges.", "fight the charges", "company"),
    ("Harlow Petroleum slumped. The company said in a filing with the Securities and Exchange Commission that it "
     "expected a loss.", "expected a loss", "company"),
    ("Harlow Petroleum slumped. The company said on Tuesday that the Securities and Exchange Commission had opened "
     "an inquiry.", "opened an inquiry", "company"),
    # ... and beside the regulator, a name that says it is a company is "the company"
    ("The Securities and Exchange Commission charged Harlow Holdings with fraud on Wednesday. The company said it "
     "would fight the charges.", "fight the charges", "Harlow Holdings"),
    # twin: a commission is no government either (it never was one); a company named alone is "the company"
    ("The European Commission opened an inquiry into the deal on Monday. The government said it would cooperate "
     "fully.", "cooperate fully", "government"),
    ("Harlow Holdings reported a loss on Wednesday. The company said it would cut 500 jobs.", "cut 500 jobs",
     "Harlow Holdings"),
])
def test_a_commission_is_no_company(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Italy's finance ministry said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a lower-case noun the tagger took for a proper noun ("ministry" after "finance") is no name: the
    # description speaks as any other, as written (a nation's body is that body: round 19, conflict news)
    ("Italy's finance ministry said in a statement that the decision did not reflect the strength of the economy.",
     "strength of the economy", "Italy's finance ministry"),
    ("Japan's finance ministry said it was watching currency moves with a high sense of urgency.",
     "currency moves", "Japan's finance ministry"),
    # twin: the description tagged a common noun, and a capitalised name, as before
    ("Germany's economy ministry said output would shrink this year.", "output would shrink",
     "Germany's economy ministry"),
    ("Japan's Ministry of Finance said it was watching currency moves.", "currency moves", "Ministry of Finance"),
])
def test_a_lower_case_noun_is_no_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "Prince Abdulaziz bin Salman said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger began the name at the surname's particle, or split it there into two names; "bin Salman" was
    # the crown prince named before, a wrong name
    ("Crown Prince Mohammed bin Salman has pushed for higher prices. Energy Minister Prince Abdulaziz bin Salman said "
     "the group would do whatever was necessary.", "whatever was necessary", "Prince Abdulaziz bin Salman"),
    ("Prince Abdulaziz bin Salman said the group would do whatever was necessary.", "whatever was necessary",
     "Prince Abdulaziz bin Salman"),
    # twin: the surname alone after the full name is that name's
    ("Crown Prince Mohammed bin Salman has pushed for higher prices. Later, bin Salman said the group would do "
     "whatever was necessary.", "whatever was necessary", "Crown Prince Mohammed bin Salman"),
])
def test_a_given_name_before_a_particle_is_part_of_the_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "plunged after its largest investor, X, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the parser read "after" as a preposition and joined "said" to the market's verb: the shares spoke
    ("Credit Suisse shares plunged 24% after its largest investor, the Saudi National Bank, said it would not provide "
     "more funding.", "more funding", "Saudi National Bank"),
    ("Shares in Harlow slumped after the chief executive, Mark Tanner, said profits would fall.", "profits would fall",
     "Mark Tanner"),
    # twin: a second clause after "and" has its own subject
    ("The pound rose sharply after the data, and traders said rates would fall.", "rates would fall", "traders"),
])
def test_the_subject_after_after_speaks(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The minutes of the meeting showed"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger took "The minutes" for a time, which speaks no claim: the meeting's record was missed
    ("The minutes of the Fed's January meeting, released on Wednesday, showed that most policymakers were worried "
     "about cutting rates too quickly.", "cutting rates", {"minutes of the Fed's January meeting"}),
    ("The minutes of the meeting said most policymakers were worried.", "policymakers were worried",
     {"minutes of the meeting"}),
    # twin: minutes counted are a time, never a speaker
    ("Five minutes showed that he was right.", "he was right", set()),
    ("Ten minutes later, officials said the fire was out.", "fire was out", {"officials"}),
])
def test_a_meetings_minutes_are_no_time(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "told analysts she expected ..."

@pytest.mark.parametrize("text, words, expected", [
    # trap: with no "that", the parser made the clause a relative one on those told on a call or at a meeting
    ("Its finance director, Anna Cross, told analysts she expected costs to fall.", "costs to fall", {"Anna Cross"}),
    ("Lloyds reported a profit on Thursday. The finance chief told analysts she expected costs to fall.",
     "costs to fall", {"finance chief"}),
    # twin: a thing told is no clause
    ("Anna Cross told analysts the good news.", "good news", set()),
])
def test_a_clause_told_to_analysts_is_a_claim(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "the former Bank of England governor"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the organisation in the role given in apposition ("Bank of England") was taken for another person who
    # might be "the Canadian": the one person named is
    ('Mark Carney, the former Bank of England governor, said central banks had been "too slow" to respond. The '
     "Canadian, who is now a UN special envoy, added that climate risk was financial risk.", "financial risk",
     "Mark Carney"),
    # twin: another name in the sentence before may be another person: as written
    ("Mark Carney met Jim Chalmers on Monday. The Canadian added that climate risk was financial risk.",
     "financial risk", "Canadian"),
])
def test_an_organisation_in_a_role_is_no_other_person(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "said Ashley Kelty ... he added"

@pytest.mark.parametrize("text, words, expected", [
    # trap: first names given to men and women alike were on the list of women's names, so "he" could not be them
    ('"This is a game-changer," said Ashley Kelty, an analyst at Panmure Gordon. The discovery was the largest in a '
     "decade, he added.", "largest in a decade", "Ashley Kelty"),
    ('The Speaker, Lindsay Hoyle, said the vote would go ahead. "I will not be bullied," he said.', "bullied",
     "Lindsay Hoyle"),
    ('Hilary Benn said the deal was "a mess". He added that talks would resume.', "talks would resume", "Hilary Benn"),
    # twin: a woman's name is no "he"
    ('"This is a game-changer," said Emma Kelty, an analyst at Panmure Gordon. The discovery was the largest in a '
     "decade, he added.", "largest in a decade", None),
])
def test_a_name_of_both_sexes_can_be_he(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The charity said", "The thinktank said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a charity or a thinktank is a kind of organisation; "the charity" was the bank that was the subject just
    # before, a wrong name, and "the thinktank" the one the text called so stayed as written
    ("Oxfam, the charity, said inequality was rising. The World Bank disagreed. The charity said billionaires should "
     "pay more tax.", "billionaires", "Oxfam"),
    ("Oxfam said inequality was rising. The World Bank disagreed. The charity said billionaires should pay more tax.",
     "billionaires", "charity"),
    ("Wind and solar generated more electricity than fossil fuels, according to analysis by the thinktank Ember. "
     '"It is historic," said Chris Rosslowe, a senior analyst at Ember. The thinktank said coal generation had fallen '
     "by a quarter.", "coal generation", "Ember"),
    ("The Resolution Foundation thinktank said incomes would fall. The Bank of England disagreed. The thinktank said "
     "the poorest would be hit hardest.", "hit hardest", "Resolution Foundation"),
    # twin: with no name given the description, it stays as written
    ("The Resolution Foundation said incomes would fall. The Bank of England disagreed. The thinktank said the "
     "poorest would be hit hardest.", "hit hardest", "thinktank"),
])
def test_a_charity_or_thinktank_is_one_the_text_calls_so(text, words, expected):
    assert _speakers(text, words) == {expected}


@pytest.mark.parametrize("text, words, expected", [
    # trap: a name whose shares or stock trade is a company's: "the company" after it is that company
    ("Shares of Calder Energy fell 8% after the company said in a filing that it would restate its results.",
     "restate its results", "Calder Energy"),
    ("Calder Energy's stock fell 8% on Monday. The company said it would restate its results.", "restate its results",
     "Calder Energy"),
    ("Shares in Brightwater rose after the firm said profits would beat forecasts.", "beat forecasts", "Brightwater"),
    # twins: a name given no kind leaves "the company" as written; a ministry is no company, whatever its shares
    ("Calder Energy fell 8% on Monday. The company said it would restate its results.", "restate its results",
     "company"),
    ("Shares of Calder Energy fell 8% after the ministry said the company would be fined.", "would be fined",
     "ministry"),
])
def test_a_name_whose_shares_trade_is_a_company(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The union said", "The party said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a union or a party is a kind of organisation: "the union" was the employer or the ministry that was the
    # subject just before, "the party" the Treasury, wrong names
    ("The RMT said the offer was an insult. Network Rail disagreed. The union said strikes would go ahead.",
     "strikes would go ahead", "union"),
    ("Aslef said the offer was an insult. The Department for Transport disagreed. The union said strikes would go "
     "ahead.", "strikes would go ahead", "union"),
    # (round 20: "Labour" is a party's name, words/party_names.txt, so "the party" is Labour, never the Treasury)
    ("Labour said the plan was a mess. The Treasury disagreed. The party said taxes would rise.", "taxes would rise",
     "Labour"),
    # twin: the one the text calls a union or a party, or names so, is "the union", "the party"
    ("The rail union RMT said the offer was an insult. Network Rail disagreed. The union said strikes would go "
     "ahead.", "strikes would go ahead", "RMT"),
    ("The Labour Party said the plan was a mess. The Treasury disagreed. The party said taxes would rise.",
     "taxes would rise", "Labour Party"),
    ("The European Union said the plan was a mess. Britain disagreed. The union said talks would go on.",
     "talks would go on", "European Union"),
])
def test_a_union_or_party_is_one_the_text_calls_so(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "the Department for Energy Security and Net Zero"

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger ended a department's name at "and" before the rest of its portfolio
    ('A spokesperson for the Department for Energy Security and Net Zero said: "We are committed to net zero."',
     "committed to net zero", "Department for Energy Security and Net Zero"),
    ("The Department for Energy Security and Net Zero said it would review the scheme.", "review the scheme",
     "Department for Energy Security and Net Zero"),
    # twin: another body after "and" is no part of the department's name
    ("The Department for Education and Ofsted said schools would reopen.", "schools would reopen",
     "Department for Education"),
])
def test_a_departments_portfolio_after_and_is_its_name(text, words, expected):
    assert _speakers(text, words) == {expected}


# --------------------------------------------------------------------------- "The EPA fined Harlow Mining. It said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: "It" opening a sentence is the organisation the sentence before is about, not the last one named there
    # (the one acted on) nor one its own claim names
    ("The Environmental Protection Agency fined Harlow Mining $2m on Tuesday. It said the company had polluted the "
     "river for years.", "polluted the river", "Environmental Protection Agency"),
    ("Goldman Sachs cut its forecast for UK growth. It said the Bank of England would cut rates in August.",
     "cut rates in August", "Goldman Sachs"),
    # twin: with no organisation as the subject before, the last one named
    ("Shares in the bank fell after a warning from Moody's. It said the outlook was negative.", "outlook was negative",
     "Moody's"),
])
def test_it_is_the_organisation_the_sentence_before_is_about(text, words, expected):
    assert _speakers(text, words) == {expected}
