"""Right speaker or none (issue 8, round 23b): claims about claims and short tagged quotations, found with invented
fact-checks and state-media news (AP, Reuters, KCNA, Xinhua, Tass, Interfax, Yonhap), each class a case here with a
negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


def _quotes(text: str, speaker: str) -> list[str]:
    return [c.quote for c in extract_claims(text) if c.speaker == speaker]


# --------------------------------------------------------------------------- "Trump's claim that …, experts say."

@pytest.mark.parametrize("text, speaker, quote", [
    # trap: the parser hung the tag at the end (", experts say") on the claim noun as its "that" clause, the verdict
    # inside it: Trump's claim ran on into the verdict and the experts' claim was missed
    ("Trump's claim that vaccines cause autism has no scientific basis, experts say.", "experts",
     "Trump's claim that vaccines cause autism has no scientific basis"),
    # twins: the same sentence parsed right stays the tag's; a claim noun whose clause holds a report stays the owner's
    ("Musk's claim that the agency wastes billions is exaggerated, analysts say.", "analysts",
     "Musk's claim that the agency wastes billions is exaggerated"),
])
def test_a_verdict_on_a_claim_is_the_tags(text, speaker, quote):
    assert _quotes(text, speaker) == [quote]


def test_a_verdict_on_a_claim_gives_the_claimant_no_verdict():
    text = "Trump's claim that vaccines cause autism has no scientific basis, experts say."
    assert not any("scientific basis" in q for q in _quotes(text, "Trump"))


def test_a_claim_noun_with_a_report_inside_keeps_its_owner():
    assert _speakers("Biden repeated his claim that experts say the economy is strong.", "economy is strong") == {"Biden"}


# --------------------------------------------------------------------------- `Trump shot back: "…"`

@pytest.mark.parametrize("text, words, expected", [
    # trap: the tagger read "Trump shot" as two nouns (the subject and a noun "shot" before the colon); the one who
    # shot back speaks, never "shot"
    ('Trump shot back: "She is a total disaster."', "total disaster", {"Trump"}),
    ('Gove shot back: "That is simply untrue."', "simply untrue", {"Gove"}),
    # twins: the verbs read right keep their subject; a shot with no "back" is no verb
    ('Rubio fired back: "You are a choke artist."', "choke artist", {"Rubio"}),
    ('Jenrick hit back: "He has no idea."', "no idea", {"Jenrick"}),
    ('The minister snapped back: "That is utter nonsense."', "utter nonsense", {"minister"}),
])
def test_shot_back_taken_for_a_noun(text, words, expected):
    assert _speakers(text, words) == expected


def test_a_shot_without_back_is_not_a_verb():
    assert "Trump" not in _speakers('Trump\'s shot: "She is a total disaster."', "total disaster")


# --------------------------------------------------------------------------- `"We will respond," KCNA quoted Kim as saying`

@pytest.mark.parametrize("text, words, expected", [
    # trap: a quotation of under four words with its tag not right after it was taken for a term; a source quoting
    # someone as saying it marks it as spoken
    ('"We will respond," KCNA quoted Kim as saying.', "We will respond", {"Kim"}),
    ('"No comment," Tass quoted Peskov as saying.', "No comment", {"Peskov"}),
    ('"Talks have failed," Interfax quoted a Kremlin source as saying.', "Talks have failed", {"Kremlin source"}),
    ('"We will respond," Kim was quoted as saying by KCNA.', "We will respond", {"Kim"}),
    # twins: a term inside the sentence, a quotation that is the subject of what follows, stay unclaimed
    ('The "special military operation" continued, RIA Novosti quoted the ministry as saying.',
     "special military operation", set()),
    ('"Peace dividend," Interfax quoted the minister as saying, was a myth.', "Peace dividend", set()),
    # a longer quotation so tagged was found before, and stays
    ('"We will respond forcefully to any provocation," KCNA quoted Kim as saying.', "respond forcefully", {"Kim"}),
])
def test_a_short_quotation_quoted_as_said(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "Trump's claim that … is false."

@pytest.mark.parametrize("text, speaker, quote", [
    # trap: with no predicate of the claim noun's own, the parser ran the verdict into the claim's clause ("autism is
    # false" a clause of "cause"): the claim ends before the verdict
    ("Trump's claim that vaccines cause autism is false.", "Trump", "vaccines cause autism"),
    ("Farage's claim that immigration drives crime has no basis.", "Farage", "immigration drives crime"),
    # twins: a verb that takes a clause keeps it; a claim parsed right stays as it was
    ("Farage's claim that officials knew the plan was flawed is false.", "Farage", "officials knew the plan was flawed"),
    ("Johnson's claim that the NHS would get £350m a week was false.", "Johnson", "the NHS would get £350m a week"),
])
def test_a_verdict_run_into_the_claim(text, speaker, quote):
    assert _quotes(text, speaker) == [quote]


@pytest.mark.parametrize("text, speaker, quote", [
    # trap: "Critics said Trump's claim …": the claim noun taken for the object of "said", the verdict run into its
    # clause: the critics' claim (the whole verdict) was missed
    ("Critics said Trump's claim that windmills cause cancer was absurd.", "Critics",
     "Trump's claim that windmills cause cancer was absurd"),
    ("Experts say Trump's claim that vaccines cause autism has no scientific basis.", "Experts",
     "Trump's claim that vaccines cause autism has no scientific basis"),
    # twin: a claim repeated, with no verdict, is its owner's alone
    ("Trump repeated his claim that vaccines cause autism.", "Trump", "his claim that vaccines cause autism"),
])
def test_a_reported_verdict_on_a_claim(text, speaker, quote):
    assert _quotes(text, speaker) == [quote]
