"""The pipeline's input checks and its batch behaviour (the engine itself is tested in tests/claims)."""
import pytest

from bot.config import FetchSettings, load_settings
from bot.errors import FetchError, TooLongError, UnsupportedInputError
from bot.pipeline import MAX_TEXT_CHARS, analyse, analyse_many, article_from_text, load_source
from bot.worker import _default_load_url

GERMAN = ("Der Minister sagte am Montag, dass die Regierung die Pläne für den Ausbau der Bahn "
          "nicht aufgeben werde. „Wir halten an unserem Ziel fest“, sagte er vor Journalisten in Berlin.")
ENGLISH = ('"We will not back down," said Maria Okonkwo, the transport minister, on Monday. '
           "She told reporters that the plan would go ahead.")


def test_non_english_gets_a_friendly_reason():
    with pytest.raises(UnsupportedInputError) as e:
        analyse(article_from_text(GERMAN))
    assert e.value.user_message.startswith("I can only read English articles for now.")
    assert "German" in e.value.user_message


@pytest.mark.parametrize("text,fragment", [("   \n ", "empty"), ("a" * (MAX_TEXT_CHARS + 1), "too long")])
def test_unreadable_input(text, fragment):
    with pytest.raises(UnsupportedInputError) as e:
        analyse(article_from_text(text))
    assert fragment in e.value.user_message


def test_english_article_gives_claims():
    claims = analyse(article_from_text(ENGLISH))
    assert any("back down" in c.quote and c.speaker == "Maria Okonkwo" for c in claims)


def test_batch_keeps_order_and_goes_on_after_a_failure():
    results = list(analyse_many([article_from_text(ENGLISH), article_from_text(GERMAN), article_from_text(ENGLISH)]))
    assert len(results) == 3
    assert isinstance(results[1], UnsupportedInputError)
    assert isinstance(results[0], list) and results[0] and results[0] == results[2]


def test_load_source_reads_a_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ENGLISH, encoding="utf-8")
    article = load_source(str(p), FetchSettings())
    assert article.text == ENGLISH and len(article.id) == 16


def test_load_source_missing_file_is_a_friendly_error(tmp_path):
    with pytest.raises(UnsupportedInputError, match="No such file"):
        load_source(str(tmp_path / "nope.txt"), FetchSettings())


def test_the_worker_reads_links_only_never_a_local_path(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text('"Top secret," said the admin.\n')
    load = _default_load_url(load_settings({}, dotenv_path=None))
    with pytest.raises(FetchError):
        load(str(secret))
    assert isinstance(load_source(str(secret), FetchSettings()).text, str)  # the CLI's loader would read it


def test_time_limit_gives_a_clear_too_long_error():
    para = ("\"We have waited twenty years for this bridge,\" said Jane Holloway, the mayor of Port Ellis. " * 5)
    article = article_from_text("\n\n".join([para] * 250))  # ~125,000 characters: several pieces
    with pytest.raises(TooLongError) as e:
        analyse(article, time_limit_s=0.000001)
    assert "too long to read in time" in e.value.user_message
    assert "words" in e.value.user_message
