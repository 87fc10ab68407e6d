"""Right speaker or none (issue 8, round 22): wrong speakers and missed claims found with invented tributes,
obituaries, inquests and human-interest stories (BBC, local papers, AP) where relatives and officials are quoted,
each class a case here with a negative twin. The sentences are invented for these tests.
"""
from __future__ import annotations

import pytest

from bot.claims import extract_claims


def _speakers(text: str, words: str) -> set:
    return {c.speaker for c in extract_claims(text) if words in c.quote}


# --------------------------------------------------------------------------- "Her grandson, Liam, 24, said"

@pytest.mark.parametrize("text, words, expected", [
    # trap: a relative's first name the tagger took for a place is the relative's own name
    ('Patricia Gore, 78, died at her home in Armley on Sunday night. Her grandson, Liam, 24, said: "Nan brought me '
     'up. She was everything to me."', "Nan brought me up", {"Liam"}),
    ('Ethan Miller died on Tuesday. His sister, Jordan, 12, said: "He was my best friend."', "best friend",
     {"Jordan"}),
    ('Ethan Miller died on Tuesday. His wife, Georgia, said: "He was my best friend."', "best friend", {"Georgia"}),
    ('Ethan Miller died on Tuesday. His granddaughter Savannah, 20, said: "He was my best friend."', "best friend",
     {"Savannah"}),
    # twin: a place in apposition to no relative is no one's name
    ('Ethan Miller grew up in a small town. His home town, Jordan, said in a statement that it was "heartbroken".',
     "heartbroken", {None}),
    # twin: a relative tagged a person was already named
    ('Patricia Gore, 78, died at her home. Her grandson, Liam, said: "Nan brought me up."', "Nan brought me up",
     {"Liam"}),
])
def test_relative_named_in_apposition_though_tagged_a_place(text, words, expected):
    assert _speakers(text, words) == expected


# --------------------------------------------------------------------------- "…, his daughter, Rebecca Hadley, said."

@pytest.mark.parametrize("text, words, expected", [
    # trap: the speaker in apposition at the end, which the parser hung on the place before it: the claim was lost
    ("Hadley died on Sunday at his home in Santa Monica, his daughter, Rebecca Hadley, told The Associated Press.",
     "Hadley died on Sunday", {"Rebecca Hadley"}),
    ("Hadley died on Sunday at his home in Santa Monica, his daughter, Rebecca Hadley, said.",
     "Hadley died on Sunday", {"Rebecca Hadley"}),
    # trap: a tag joined to the content as a conjunct, with a phrase of its own after the verb
    ("Hadley died Sunday at his home, his publicist, Rebecca Stone, told The Associated Press.",
     "Hadley died Sunday", {"Rebecca Stone"}),
    ("The actor died in hospital on Friday after a short illness, his agent, Mike Berman, told Variety on Saturday.",
     "short illness", {"Mike Berman"}),
    # trap: the description before the name, which the parser made an object of the content's verb, is no content
    ("The charity activated its appeal. The charity created the fund to help in times of crisis, a spokeswoman, "
     "Anna White, said on Saturday.", "created the fund", {"Anna White"}),
    # twin: a participle after a name in apposition is no tag of the sentence before it
    ("Late last month, the company wrote a six-page letter to the university's president, Lee Bollinger, calling the "
     "reports \"inaccurate and misleading.\"", "six-page letter", set()),
    # twin: a name after a quotation with its own apposition speaks the quotation, as before
    ("The effort reflects her advisers' wariness. \u201cIt is not the position that everything is hunky-dory,\u201d "
     "Gene Sperling, a top outside Clinton adviser, said at a recent event.", "hunky-dory", {"Gene Sperling"}),
    # twin: a verb with an object of its own after it is no tag of the clause before
    ("The firm collapsed in March, and its administrator, Ann Lee, confirmed the news to staff.", "firm collapsed",
     set()),
])
def test_trailing_speaker_in_apposition(text, words, expected):
    assert _speakers(text, words) == expected


def test_trailing_speaker_description_is_no_content():
    text = ("The charity activated its appeal. The charity created the fund to help in times of crisis, a "
            "spokeswoman, Anna White, said on Saturday.")
    assert [c.quote for c in extract_claims(text) if c.speaker == "Anna White"] == [
        "The charity created the fund to help in times of crisis"]
