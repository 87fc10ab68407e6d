"""URL normalisation: the spellings of one page give one id; different pages stay different."""
from __future__ import annotations

import pytest

from bot.article import article_id
from bot.urls import normalise_url, same_site, strip_tracking

SAME = [
    "https://www.example.com/news/bridge-vote",
    "http://example.com/news/bridge-vote",
    "HTTPS://Example.COM:443/news/bridge-vote/",
    "https://example.com/news/bridge-vote#comments",
    "https://example.com/news/bridge-vote?utm_source=twitter&utm_medium=social&fbclid=abc",
    "https://m.example.com/news/bridge-vote",
    "https://mobile.example.com/news/bridge-vote?ref=home",
    "https://amp.example.com/news/bridge-vote",
    "https://example.com/amp/news/bridge-vote",
    "https://example.com/news/bridge-vote/amp/",
    "https://example.com/news/bridge-vote?amp=1",
    "https://example.com/news/bridge-vote?outputType=amp",
    "http://example.com:80/news//bridge-vote",
]


@pytest.mark.parametrize("url", SAME)
def test_variants_of_one_page_normalise_to_one_address(url):
    assert normalise_url(url) == "https://example.com/news/bridge-vote"
    assert article_id(url=url) == article_id(url=SAME[0])


def test_amp_html_suffix_and_query_order():
    assert normalise_url("https://example.com/a/story.amp.html") == "https://example.com/a/story.html"
    assert normalise_url("https://example.com/a?b=2&a=1") == normalise_url("https://example.com/a?a=1&b=2")


@pytest.mark.parametrize("a, b", [
    ("https://example.com/news/one", "https://example.com/news/two"),
    ("https://example.com/story?id=1", "https://example.com/story?id=2"),
    ("https://example.com/a", "https://example.org/a"),
    ("https://example.com:8080/a", "https://example.com/a"),
])
def test_different_pages_stay_different(a, b):
    assert article_id(url=a) != article_id(url=b)


def test_non_web_input_is_left_alone():
    assert normalise_url("  not a url ") == "not a url"
    assert normalise_url("ftp://example.com/x") == "ftp://example.com/x"


def test_same_site():
    assert same_site("https://m.example.com/a", "https://www.example.com/b")
    assert same_site("https://news.example.com/a", "https://example.com/b")
    assert not same_site("https://example.com/a", "https://example.org/a")
    assert not same_site("not a url", "https://example.org/a")


def test_strip_tracking_keeps_the_address_otherwise():
    assert strip_tracking("http://Example.com/a/?utm_source=x&id=2#c") == "http://Example.com/a/?id=2"
    assert strip_tracking("https://example.com/a") == "https://example.com/a"
