"""The word lists are data files: each loads, has entries, and lists no entry twice."""
from __future__ import annotations

from importlib import resources

import pytest

from bot.claims import lexicon

WORD_FILES = sorted(p.name for p in resources.files(lexicon.WORDS_PACKAGE).joinpath(lexicon.WORDS_FOLDER).iterdir()
                    if p.name.endswith(".txt"))


def test_every_list_is_a_data_file():
    assert len(WORD_FILES) >= 20
    for const in ("REPORTING_VERBS", "HONORIFICS", "GROUP_NOUNS", "CHANNEL_NOUNS", "NAME_HONORIFICS",
                  "ARTICLE_SIGNAL_WORDS"):
        assert f"{const.lower()}.txt" in WORD_FILES


@pytest.mark.parametrize("name", WORD_FILES)
def test_no_duplicates(name):
    entries = lexicon.read_words(name.removesuffix(".txt"))
    assert entries, f"{name} is empty"
    dupes = sorted({e for e in entries if entries.count(e) > 1})
    assert not dupes, f"{name} lists {dupes} more than once"


@pytest.mark.parametrize("name", WORD_FILES)
def test_entries_are_lower_case_and_trimmed(name):
    for e in lexicon.read_words(name.removesuffix(".txt")):
        assert e == e.strip() and e == e.lower(), f"{name}: {e!r}"


def test_verb_forms_cover_irregular_and_regular_forms():
    assert lexicon.reporting_base("said") == "say"
    assert lexicon.reporting_base("warned") == "warn"
    assert lexicon.reporting_base("replies") == "reply"
    assert lexicon.reporting_base("table") is None


def test_store_and_handlers_read_their_word_lists_from_the_lexicon():
    from handlers import common
    from store import identity

    assert identity.NAME_HONORIFICS is lexicon.NAME_HONORIFICS
    assert {"mx", "mme", "herr", "mr"} <= lexicon.NAME_HONORIFICS
    assert common.looks_like_article("x" * 400 + " according to officials", 400)
    assert not common.looks_like_article("x" * 400 + " saying", 400)
    for word in lexicon.ARTICLE_SIGNAL_WORDS:
        assert common.looks_like_article("x" * 400 + f" {word.upper()}.", 400), word
