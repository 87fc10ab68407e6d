import pytest

from bot.article import article_id, guess_title


def test_article_id_is_stable_under_whitespace_and_case():
    assert article_id(text="Hello  world\n") == article_id(text="hello world")
    assert article_id(text="Hello world") != article_id(text="Goodbye world")


def test_article_id_prefers_url():
    assert article_id(url="https://x.test/a", text="one") == article_id(url="https://x.test/a", text="two")
    assert article_id(url="https://x.test/a") != article_id(url="https://x.test/b")


@pytest.mark.parametrize("text,title", [
    ("Sunday , January 17 2021\n\nExperts say \"not surprising\"\n\nBody.", "Experts say \"not surprising\""),
    ("By Jane Doe\nUpdated 3 May 2024\n\nBig Headline Here\nbody", "Big Headline Here"),
    ("2024-04-01\nTitle\nbody", "Title"),
    ("\n\n  Headline  \nbody", "Headline"),
    ("x" * 300, None),
    ('"We will not back down," said Maria Okonkwo.\n\nMore.', None),
    ("The minister said on Monday that taxes would rise.\nMore.", None),
    ("Minister: we will not back down!\n\nBody.", "Minister: we will not back down!"),
    ("", None),
])
def test_guess_title_skips_datelines_and_bylines(text, title):
    assert guess_title(text) == title
