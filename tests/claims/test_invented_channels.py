"""Right speaker or none, and the channel they spoke through (issue 8, round 23b): gaps found with invented news about
anonymous sources and social media ("according to a source, who told Reuters: …", "wrote Senator X on X",
`Musk took to X. "…," he wrote.`, "she captioned the photo"). Each class a case here with a negative twin. The
sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _claims(text: str, words: str) -> list[tuple[str | None, str | None]]:
    return [(c.speaker, c.via) for c in extract_claims(text) if words in c.quote]


# --------------------------------------------------------------------------- "according to a source, who told Reuters:"

@pytest.mark.parametrize("text, words, expected", [
    # the plain claim before "according to" is the source's, and the quotation after the relative clause's colon is
    # the source's too, through the outlet told
    ("The company is weighing layoffs, according to a source familiar with the matter, who told Reuters: "
     "\"Nothing has been decided yet, but the numbers are bad.\"", "weighing layoffs",
     [("source familiar with the matter", None)]),
    ("The company is weighing layoffs, according to a source familiar with the matter, who told Reuters: "
     "\"Nothing has been decided yet, but the numbers are bad.\"", "Nothing has been decided",
     [("source familiar with the matter", "Reuters")]),
    ("The bank plans to cut 2,000 jobs, according to a person with knowledge of the plans, who told Bloomberg News: "
     "\"The board wants it done before Christmas.\"", "before Christmas",
     [("person with knowledge of the plans", "Bloomberg News")]),
    ("The minister will resign on Friday, according to a senior government source, who told the BBC: \"He has lost "
     "the confidence of the party.\"", "resign on Friday", [("senior government source", None)]),
    ("The minister will resign on Friday, according to a senior government source, who told the BBC: \"He has lost "
     "the confidence of the party.\"", "lost the confidence", [("senior government source", "BBC")]),
    # (the parser hung the colon on the named source)
    ("The strike will go ahead, according to union leader Mick Lynch, who told Sky News: \"We have no choice.\"",
     "go ahead", [("Mick Lynch", None)]),
    ("The strike will go ahead, according to union leader Mick Lynch, who told Sky News: \"We have no choice.\"",
     "no choice", [("Mick Lynch", "Sky News")]),
    # twins: a colon right after the source, with no relative clause, opens the source's own quotation
    ("The strike will go ahead, according to union leader Mick Lynch: \"We have no choice.\"", "no choice",
     [("Mick Lynch", None)]),
    # twins: with no relative clause the "according to" still vouches for the clause, and "that" after "told CNN"
    # stays as it was
    ("The company is weighing layoffs, according to a source familiar with the matter.", "weighing layoffs",
     [("source familiar with the matter", None)]),
    ("The deal is close, according to two people familiar with the talks, who told CNN that an announcement could "
     "come as soon as Monday.", "an announcement", [("two people familiar with the talks", "CNN")]),
])
def test_a_source_who_told_an_outlet(text, words, expected):
    assert _claims(text, words) == expected


def test_a_named_who_after_a_quote_keeps_its_name():
    # twin: "who" after a name outside an "according to" is the name, as before
    text = "The plan was dropped, said Loretta Lynch, who told Congress: \"We had no choice.\""
    assert {s for s, _ in _claims(text, "no choice")} == {"Loretta Lynch"}


# --------------------------------------------------------------------------- "wrote Senator X on X"

@pytest.mark.parametrize("text, expected", [
    # the platform the parser hung on the subject after the verb is the post's channel
    ("\"The border is wide open,\" wrote Senator Marsha Blackburn on X.", [("Marsha Blackburn", "X")]),
    ("\"This bill is a disgrace,\" wrote Senator Bernie Sanders on X, the platform formerly known as Twitter.",
     [("Bernie Sanders", "X")]),
    # a platform the tagger ran into the name is no part of it
    ("\"We won,\" wrote Trump on Truth Social.", [("Trump", "Truth Social")]),
    # twins: an organisation's own "on" stays in its name; an outlet that is no platform is no channel here
    ("\"Cuts will hurt,\" said the House Committee on Social Security.",
     [("House Committee on Social Security", None)]),
    ("\"Cuts will hurt,\" said Senator Ron Wyden, chairman of the Committee on Finance.", [("Ron Wyden", None)]),
])
def test_a_platform_after_an_inverted_writer(text, expected):
    assert [(c.speaker, c.via) for c in extract_claims(text)] == expected


# --------------------------------------------------------------------------- `Musk took to X. "…," he wrote.`

@pytest.mark.parametrize("text, words, expected", [
    # the same speaker took to, or posted on, a platform in the sentence right before: the post went out there
    ("Elon Musk took to X on Sunday. \"This is insane,\" he wrote.", "insane", [("Elon Musk", "X")]),
    ("Taylor Swift posted a photo on Instagram on Monday. \"Best day ever,\" she wrote.", "Best day",
     [("Taylor Swift", "Instagram")]),
    ("The former prime minister, Boris Johnson, took to X on Tuesday evening. \"Utterly shameful,\" he wrote.",
     "shameful", [("Boris Johnson", "X")]),
    # twins: someone else took to X; two sentences back; a verb of speaking; a channel of its own
    ("Elon Musk took to X on Sunday to attack the ruling. Elizabeth Warren responded quickly. \"This is insane,\" "
     "she wrote.", "insane", [("Elizabeth Warren", None)]),
    ("Elon Musk took to X on Sunday. He then spoke at a rally in Texas. \"This is insane,\" he said.", "insane",
     [("Elon Musk", None)]),
    ("Elon Musk took to X on Sunday. He later spoke to reporters. \"This is insane,\" he wrote in a memo to staff.",
     "insane", [("Elon Musk", "a memo to staff")]),
])
def test_a_platform_carried_from_the_sentence_before(text, words, expected):
    assert _claims(text, words) == expected


# --------------------------------------------------------------------------- "she captioned the photo"

@pytest.mark.parametrize("text, words, expected", [
    ("Taylor Swift posted a photo of the couple on Instagram. \"Best day ever,\" she captioned the photo.",
     "Best day", ["Taylor Swift"]),
    ("\"Forever grateful,\" Selena Gomez captioned the Instagram post on Sunday.", "grateful", ["Selena Gomez"]),
    ("Beckham, 49, captioned the clip: \"Proud dad moment.\"", "Proud dad", ["Beckham"]),
])
def test_captioned_is_a_reporting_verb(text, words, expected):
    assert [s for s, _ in _claims(text, words)] == expected


def test_a_caption_without_words_is_no_claim():
    # twin: captioning a picture with facts, no words of anyone's
    assert extract_claims("The photographer captioned the image with the date and location.") == []
    assert extract_claims("The museum captioned the painting as a self-portrait, but experts now doubt it.") == []
