"""clean_text: Slack markup, entities, mojibake, whitespace, filter damage — and the offset map."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.claims.clean import Cleaned, clean_text


def _raw_of(c: Cleaned, needle: str) -> str:
    """The raw text behind the first occurrence of `needle` in the cleaned text."""
    s = c.text.index(needle)
    a, b = c.span_to_raw(s, s + len(needle))
    return c.raw[a:b]


# --------------------------------------------------------------------------- Slack markup


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Read <https://example.com/a?b=1|the report> now", "Read the report now"),
        ("Read <https://example.com/a> now", "Read https://example.com/a now"),
        ("<https://x.com/q?a=1&amp;b=2|Q&amp;A &lt;live&gt;>", "Q&A <live>"),
        ("<https://x.com/q?a=1&amp;b=2>", "https://x.com/q?a=1&b=2"),
        ("Mail <mailto:ann@example.com|Ann> or <mailto:bo@example.com>", "Mail Ann or bo@example.com"),
        ("Thanks <@U0123ABC> and <@U999|jo>", "Thanks @U0123ABC and @jo"),
        ("Posted in <#C0123|general> and <#C777>", "Posted in #general and #C777"),
        ("<!channel> <!here> <!everyone> <!here|here>", "@channel @here @everyone @here"),
        ("Ping <!subteam^S123|@editors>", "Ping @editors"),
        ("On <!date^1392734382^{date}|Feb 18, 2014> it rained", "On Feb 18, 2014 it rained"),
        ("A &amp; B &lt;3 &gt; C", "A & B <3 > C"),
        ("caf&eacute; &#8220;hi&#8221; &#x2014;", "café “hi” —"),
        ("&notanentity; & stays &", "&notanentity; & stays &"),
        ("*bold* and _italic_ and ~strike~", "bold and italic and strike"),
        ("(*really*) “_this_” — *two words*.", "(really) “this” — two words."),
    ],
)
def test_slack_markup_is_undone(raw, expected):
    assert clean_text(raw).text == expected


@pytest.mark.parametrize(
    "raw",
    [
        "snake_case_name and __dunder__ stay",
        "2*3*4 = 24 and a * b * c",
        "see https://x.com/_foo_/bar and file_name_v2.txt",
        "* bullet one\n* bullet two",
        "Footnote* applies*",
        "the ~ 5 ~ items",
        "x<y and y>z",
        "<b>not slack</b>",
        "<!-- an html comment --> and <!DOCTYPE html>",
    ],
)
def test_legitimate_asterisks_underscores_and_brackets_survive(raw):
    assert clean_text(raw).text == raw


def test_link_label_maps_back_to_the_label_itself():
    c = clean_text("Read <https://example.com/x|the full report> today.")
    assert _raw_of(c, "the full report") == "the full report"
    assert _raw_of(c, "today") == "today"
    # a span over the whole sentence covers the whole link in the raw text
    assert c.raw[slice(*c.span_to_raw(0, len(c.text)))] == c.raw


def test_mention_maps_back_to_the_whole_markup():
    c = clean_text("Hi <@U12345|ann>, see <#C1|news>.")
    assert _raw_of(c, "@ann") == "<@U12345|ann>"
    assert _raw_of(c, "#news") == "<#C1|news>"
    assert _raw_of(c, "see") == "see"


# --------------------------------------------------------------------------- mojibake


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("He said â€œwe will winâ€\x9d today", "He said “we will win” today"),
        ("I donâ€™t know", "I don’t know"),
        ("The cafÃ© in MÃ¼nchen", "The café in München"),
        ("an em dash â€” here", "an em dash — here"),
        ("“Curly quotes” and ‘single’ stay curly", "“Curly quotes” and ‘single’ stay curly"),
        ("Plain \"straight\" quotes stay", "Plain \"straight\" quotes stay"),
    ],
)
def test_mojibake_is_fixed_and_quotes_stay_curly(raw, expected):
    assert clean_text(raw).text == expected


def test_mojibake_offsets_map_to_the_broken_bytes():
    raw = "Kim said: â€œWe must act.â€\x9d Then he left."
    c = clean_text(raw)
    assert c.text == "Kim said: “We must act.” Then he left."
    assert _raw_of(c, "“") == "â€œ"
    assert _raw_of(c, "We must act.") == "We must act."
    assert _raw_of(c, "“We must act.”") == "â€œWe must act.â€\x9d"
    assert _raw_of(c, "Then he left.") == "Then he left."


def test_mojibake_in_long_multiline_text_keeps_offsets():
    para = "The minister said â€œno commentâ€\x9d to reporters on Tuesday."
    raw = "\n\n".join([para] * 50)
    c = clean_text(raw)
    assert c.text.count("“no comment”") == 50
    starts = [i for i in range(len(c.text)) if c.text.startswith("reporters", i)]
    assert len(starts) == 50
    for s in starts:
        a, b = c.span_to_raw(s, s + len("reporters"))
        assert raw[a:b] == "reporters"


# --------------------------------------------------------------------------- whitespace


def test_odd_whitespace_is_normalised_and_paragraphs_kept():
    raw = "\ufeffFirst\u00a0para\u200bgraph.\r\nSame para.\r\n\r\n\r\n\r\nSecond\tpara  here. \n \nThird\u2029Fourth\u00ad."
    c = clean_text(raw)
    assert c.text == "First paragraph.\nSame para.\n\nSecond para here.\n\nThird\n\nFourth."
    assert c.text.split("\n\n") == ["First paragraph.\nSame para.", "Second para here.", "Third", "Fourth."]
    assert _raw_of(c, "Second") == "Second"
    assert _raw_of(c, "Same para.") == "Same para."


def test_control_characters_and_terminal_escapes_are_dropped():
    c = clean_text("\x1b[1;31mAlert:\x1b[0m the\x00 vote\x07 passed")
    assert c.text == "Alert: the vote passed"
    assert _raw_of(c, "vote") == "vote"


def test_leading_and_trailing_whitespace_is_trimmed():
    c = clean_text("  \n\n Hello world. \n\n ")
    assert c.text == "Hello world."
    assert _raw_of(c, "Hello world.") == "Hello world."


# --------------------------------------------------------------------------- profanity-filter damage


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("the mbad production of warheads", "the mass production of warheads"),
        ("Mbadachusetts officials", "Massachusetts officials"),
        ("an badysis of the data", "an analysis of the data"),
        ("Badysts said", "Analysts said"),
        ("the clbad struggle", "the class struggle"),
        ("at the US embbady in Seoul", "at the US embassy in Seoul"),
        ("a threat badessment", "a threat assessment"),
        ("the bill pbaded", "the bill passed"),
        ("MBADACHUSETTS", "MASSACHUSETTS"),
        ("a clbuttic mistake", "a classic mistake"),
        ("the buttbuttination plot", "the assassination plot"),
        ("the US embbadies", "the US embassies"),
    ],
)
def test_filter_damage_is_repaired(raw, expected):
    assert clean_text(raw).text == expected


@pytest.mark.parametrize(
    "word",
    ["bad", "Bad", "BAD", "badly", "badge", "Baghdad", "abadi", "Abadi", "badminton", "Islamabad",
     "Sinbad", "button", "butter", "butt", "badness", "Ahmadabad", "bads", "Zbadfrq"],
)
def test_real_words_and_unknown_words_are_left_alone(word):
    raw = f"He said {word} twice."
    assert clean_text(raw).text == raw


def test_repaired_word_offsets_are_char_for_char():
    raw = "the mbad production"
    c = clean_text(raw)
    assert c.text == "the mass production"
    assert c.span_to_raw(4, 8) == (4, 8)
    assert [c.to_raw(i) for i in range(len(c.text) + 1)] == list(range(len(raw) + 1))
    c = clean_text("an badysis here")
    assert _raw_of(c, "analysis") == "badysis"
    assert _raw_of(c, "here") == "here"


# --------------------------------------------------------------------------- everything together


def test_combined_message_and_round_trip():
    raw = (
        "<!channel> *Breaking*: Kim Jong-un said, â€œWe must accelerate the mbad production.â€\x9d\r\n\r\n"
        "Source: <https://example.com/nk|Yonhap> &amp; AP.\u00a0Experts\u200b doubt it."
    )
    c = clean_text(raw)
    assert c.text == (
        "@channel Breaking: Kim Jong-un said, “We must accelerate the mass production.”\n\n"
        "Source: Yonhap & AP. Experts doubt it."
    )
    for needle in ["Kim Jong-un said, ", "We must accelerate the ", " production.", "Yonhap", "Experts", " doubt it."]:
        assert _raw_of(c, needle) == needle, needle
    assert _raw_of(c, "mass") == "mbad"
    assert _raw_of(c, "Breaking") == "Breaking"


def test_identity_for_clean_text():
    raw = "A plain paragraph.\n\nAnother one, with “curly quotes”."
    c = clean_text(raw)
    assert c.text == raw
    assert all(c.to_raw(i) == i for i in range(len(raw) + 1))
    assert c.span_to_raw(2, 7) == (2, 7)


def test_out_of_range_offsets_are_clamped():
    c = clean_text("<@U1> hello")
    assert c.to_raw(-5) == 0
    assert c.to_raw(10_000) == len(c.raw)
    assert c.span_to_raw(3, 1) == (c.to_raw(3), c.to_raw(3))


def test_cleaned_is_frozen():
    c = clean_text("x")
    with pytest.raises(Exception):
        c.text = "y"  # type: ignore[misc]


def test_empty_and_whitespace_only():
    assert clean_text("").text == ""
    assert clean_text(" \n\n\u00a0\u200b ").text == ""
    assert clean_text("").to_raw(0) == 0


SEED = Path(__file__).resolve().parents[2] / "seeds" / "north-korea-icbm-2021.txt"


# How fast these are cleaned is measured in bench/clean.py (same inputs, with targets); here only what comes out.


def test_one_megabyte_article_is_cleaned():
    """A realistic 1 MB paste: news text, curly quotes, some mojibake, Slack markup, filter damage."""
    paras = SEED.read_text(encoding="utf-8").split("\n\n")
    paras[3] = paras[3].replace('"', "\u201c", 1) + " He said \u00e2\u20ac\u0153no\u00e2\u20ac\x9d. <https://x.org|link> *now* &amp; mbad"
    paras[5] = paras[5].replace("'", "\u00e2\u20ac\u2122")
    text = "\r\n\r\n".join(paras)
    raw = (text * (1_000_000 // len(text) + 1))[:1_000_000]
    c = clean_text(raw)
    assert "Massachusetts" in c.text and "\u201cno\u201d" in c.text and "mass production" in c.text


def test_one_megabyte_worst_case_and_pathological_inputs_are_cleaned():
    """Mojibake, markup and odd spaces on every single line: ftfy's own cost dominates."""
    para = ("The minister said \u201cit is \u00e2\u20ac\u0153fine\u00e2\u20ac\x9d\u201d on <https://x.org|Tuesday> "
            "&amp; *again*; the mbad production\u00a0continues.\r\n\r\n")
    raw = (para * (1_000_000 // len(para) + 1))[:1_000_000]
    c = clean_text(raw)
    assert "\u201cit is \u201cfine\u201d\u201d on Tuesday & again; the mass production continues." in c.text
    assert c.to_raw(len(c.text)) <= len(raw)
    for word in ("minister", "Tuesday", "production", "fine"):  # the map stays fine-grained deep in the text
        i = c.text.index(word, len(c.text) // 2)
        a, b = c.span_to_raw(i, i + len(word))
        assert raw[a:b] == word
    for pathological in ["\u00a0\u200b\r\n" * 300_000, "\u00e9\n" * 500_000, "<" * 1_000_000, "*a " * 300_000]:
        c = clean_text(pathological)
        assert len(c.text) <= len(pathological) and c.to_raw(len(c.text)) <= len(pathological), pathological[:6]


# --------------------------------------------------------------------------- properties

_pieces = st.sampled_from([
    "<https://x.com|label>", "<@U1>", "<#C1|gen>", "<!here>", "&amp;", "&lt;", "*b*", "_i_", "~s~", "â€œ", "â€\x9d",
    "donâ€™t", "Ã©", "\u00a0", "\u200b", "\r\n", "\n\n", "  ", "\t", "mbad", "clbad", "bad", "Baghdad", "e\u0301",
    "ﬁ", "<", ">", "&", "*", "_", " ", "word", "“", "”",
])
_texts = st.one_of(st.text(max_size=300), st.lists(st.one_of(_pieces, st.text(max_size=5)), max_size=40).map("".join))


@settings(max_examples=100, deadline=None)
@given(_texts)
def test_never_raises_and_map_is_monotonic_and_in_range(raw):
    c = clean_text(raw)
    assert c.raw == raw
    offsets = [c.to_raw(i) for i in range(len(c.text) + 1)]
    assert all(0 <= o <= len(raw) for o in offsets)
    assert offsets == sorted(offsets)
    for s in range(0, len(c.text) + 1, 3):
        for e in (s, s + 1, s + 4, len(c.text)):
            e = min(e, len(c.text))
            a, b = c.span_to_raw(s, e)
            assert 0 <= a <= b <= len(raw)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["alpha", "beta", "gamma", "said", "“", "”", ",", ".", "Kim", "42"]), max_size=30))
def test_untouched_text_round_trips_exactly(words):
    raw = " ".join(words)
    c = clean_text(raw)
    assert c.text == raw.strip()
    for s in range(len(c.text)):
        for e in range(s, min(len(c.text), s + 6) + 1):
            a, b = c.span_to_raw(s, e)
            assert raw[a:b] == c.text[s:e]


# --------------------------------------------------------------------------- a label's colon glued to a quotation


@pytest.mark.parametrize("raw, expected", [
    # trap: `):"I` and `Lee:“We` would each be one token, hiding the label's colon
    ('Rep. Tom Hale (R-Ohio):"I have not heard it."', 'Rep. Tom Hale (R-Ohio): "I have not heard it."'),
    ("Former mayor Ann Lee:“We learned that.”", "Former mayor Ann Lee: “We learned that.”"),
    # twins: a colon already spaced, a time, a link, a lower-case word after the mark stay as they are
    ('Rep. Tom Hale (R-Ohio): "I have not heard it."', 'Rep. Tom Hale (R-Ohio): "I have not heard it."'),
    ('At 10:30 the list read:"see below".', 'At 10:30 the list read:"see below".'),
])
def test_a_quotation_mark_glued_to_a_labels_colon_is_spaced(raw, expected):
    c = clean_text(raw)
    assert c.text == expected
    assert c.raw[slice(*c.span_to_raw(0, len(c.text)))] == raw
