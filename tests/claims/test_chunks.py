"""Bounded extraction (bot.claims.chunks): pieces cover the text, offsets stay right, names join up, deadline."""
from __future__ import annotations

import time

import pytest

from bot.claims import extract_claims
from bot.claims.chunks import TimeUp, extract_claims_bounded, split_pieces

BRIDGE = (
    "The city council of Port Ellis voted on Tuesday to approve a new bridge across the harbour.\n\n"
    "\"We have waited twenty years for this bridge, and now it will finally be built,\" said Jane Holloway, "
    "the mayor of Port Ellis.\n\nOpposition leader Marcus Bennett was not convinced. \"The budget is a fantasy "
    "and the taxpayers will pay for it,\" Bennett told reporters after the vote.\n\n"
)
LATER = "\"We will vote against every line of it,\" Bennett said on Wednesday.\n\n"


@pytest.mark.parametrize("size", [40, 200, 1000])
def test_pieces_cover_the_text_in_order_within_the_size(size):
    text = (BRIDGE * 7) + "x" * 500 + " tail"
    pieces = split_pieces(text, size)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= size for _, p in pieces)
    assert all(text[o:o + len(p)] == p for o, p in pieces)


def test_pieces_prefer_paragraph_boundaries():
    pieces = split_pieces(BRIDGE * 4, len(BRIDGE) + 50)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_short_text_is_the_engine_unchanged():
    assert extract_claims_bounded(BRIDGE) == extract_claims(BRIDGE)


def test_offsets_point_into_the_whole_text_and_surnames_get_full_names():
    text = BRIDGE + ("Construction is expected to begin next spring and to take four years. " * 8 + "\n\n") + LATER
    claims = extract_claims_bounded(text, piece_chars=len(BRIDGE) + 10)
    assert len(split_pieces(text, len(BRIDGE) + 10)) >= 2
    for c in claims:
        words = [w for w in c.quote.split() if w.isalpha()][:3]
        assert all(w in text[c.start:c.end] for w in words), (c.quote, text[c.start:c.end])
    later = [c for c in claims if "every line" in c.quote]
    assert later and later[0].speaker == "Marcus Bennett", later  # "Bennett" alone in its piece
    assert later[0].start > len(BRIDGE)


def test_deadline_stops_between_pieces():
    text = BRIDGE * 20
    with pytest.raises(TimeUp) as e:
        extract_claims_bounded(text, deadline=time.monotonic() - 1, piece_chars=len(BRIDGE) * 2)
    assert e.value.done_chars < e.value.total_chars == len(text)
