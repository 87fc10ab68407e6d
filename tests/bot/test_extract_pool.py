"""Extraction in a child process gives the same claims and the same friendly errors as in-process."""
import pytest

from bot.errors import UnsupportedInputError
from bot.extract_pool import ExtractionPool
from bot.pipeline import analyse, article_from_text

ENGLISH = ('"We will not back down," said Maria Okonkwo, the transport minister, on Monday. '
           "She told reporters that the plan would go ahead.")
GERMAN = "Der Minister sagte am Montag, dass die Regierung die Pläne nicht aufgeben werde, sagte er vor Journalisten."


@pytest.fixture(scope="module")
def pool():
    p = ExtractionPool(1)
    yield p
    p.close()


def test_child_process_gives_the_same_claims(pool):
    article = article_from_text(ENGLISH)
    assert pool.analyse(article) == analyse(article)


def test_friendly_errors_cross_the_process_boundary(pool):
    with pytest.raises(UnsupportedInputError) as e:
        pool.analyse(article_from_text(GERMAN))
    assert e.value.user_message.startswith("I can only read English articles")
