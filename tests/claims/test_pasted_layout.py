"""An article pasted with one line break between paragraphs, and a transcript's turns line after line (issue 8, round
23): paragraphs are the same as with blank lines between them, so the speakers are too. The sentences are invented
for these tests, but for the sample article of seeds/.
"""
from __future__ import annotations

import pathlib
import re

import pytest

from bot.claims import extract_claims

_SEED = pathlib.Path(__file__).resolve().parents[2] / "seeds" / "north-korea-icbm-2021.txt"


def _pairs(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.quote) for c in extract_claims(text)]


def test_the_sample_article_pasted_without_blank_lines_has_the_same_claims():
    text = _SEED.read_text(encoding="utf-8")
    single = re.sub(r"\n\s*\n", "\n", text)
    assert single != text
    assert _pairs(single) == _pairs(text)


_STORY = ("The council voted to close the library on Tuesday.\n"
          "Mayor Ann Lee defended the decision.\n"
          "\"We had no choice,\" she said.\n"
          "Opposition leader Tom Reed disagreed.\n"
          "\"This is a betrayal of the town,\" he said.\n"
          "\"We will fight it,\" he added.")


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_story_with_one_line_break_between_paragraphs(separator):
    text = _STORY.replace("\n", separator)
    assert _pairs(text) == [("Ann Lee", "We had no choice,"), ("Tom Reed", "This is a betrayal of the town,"),
                            ("Tom Reed", "We will fight it,")]


@pytest.mark.parametrize("text, expected", [
    # trap: turns on consecutive lines are turns, each its speaker's (the answer was the host's, with the question)
    ("TAPPER: Senator, will you vote for the bill?\nSANDERS: Absolutely not. This bill is a disaster for working "
     "families.\nTAPPER: Why?\nSANDERS: Because it cuts Medicaid.",
     {("SANDERS", "Absolutely not. This bill is a disaster for working families."),
      ("SANDERS", "Because it cuts Medicaid.")}),
    # ... and in a story with blank lines elsewhere, a question and its answer on two lines
    ("We spoke to the finance minister, Rachel Reeves, on Monday.\n\nQ: Will taxes go up?\nA: We have no plans to "
     "raise income tax.\n\nQ: What about national insurance?\nA: I've been clear about that.",
     {("Rachel Reeves", "We have no plans to raise income tax."), ("Rachel Reeves", "I've been clear about that.")}),
    # twin: the same turns with blank lines between them
    ("TAPPER: Senator, will you vote for the bill?\n\nSANDERS: Absolutely not. This bill is a disaster for working "
     "families.\n\nTAPPER: Why?\n\nSANDERS: Because it cuts Medicaid.",
     {("SANDERS", "Absolutely not. This bill is a disaster for working families."),
      ("SANDERS", "Because it cuts Medicaid.")}),
])
def test_transcript_turns_line_after_line(text, expected):
    assert {(c.speaker, c.quote) for c in extract_claims(text) if c.speaker != "TAPPER"} == expected


def test_a_quotation_across_a_line_break_inside_a_paragraph_stays_one():
    # twin: in a story with blank lines, a line break inside a paragraph (a hard-wrapped line) ends no paragraph
    text = ("The council met on Tuesday.\n\n\"We had no choice but to close the\nlibrary this year,\" Mayor Ann Lee "
            "said.\n\nThe vote was 5-2.")
    (c,) = extract_claims(text)
    assert c.speaker == "Ann Lee"
    assert "library this year" in c.quote and "no choice" in c.quote
