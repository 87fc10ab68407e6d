"""Extraction in a child process gives the same claims and the same friendly errors as in-process."""
import pytest

from bot.documents import SharedBytes
from bot.errors import UnsupportedInputError, WhosaidError
from bot.extract_pool import ExtractionPool
from bot.fetch import Page
from bot.pipeline import analyse, article_from_text
from tests.pdf_maker import make_pdf

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


def test_pages_and_files_are_read_in_the_child_and_failures_keep_the_article(pool):
    """read_and_analyse: the bytes of a page or a shared file are read where the claims are extracted."""
    page = Page(url="https://news.example/a", media_type="text/html", charset="utf-8",
                body=f"<html><head><title>Minister holds firm</title></head><body><article><p>{ENGLISH}</p>"
                     "</article></body></html>".encode("utf-8"))
    done = pool.read_and_analyse(page)
    assert done.error is None and done.article.url == "https://news.example/a"
    assert [c.speaker for c in done.claims] == [c.speaker for c in analyse(done.article)]
    shared = SharedBytes(id="F1", body=ENGLISH.encode("utf-8"), media_type="text/plain", mimetype="text/plain",
                         name="notes.txt", title="Notes")
    assert pool.read_and_analyse(shared).article.text == ENGLISH
    # Read, but not English: the article comes back with the reason (so it can be recorded as failed).
    german = pool.read_and_analyse(SharedBytes(id="F2", body=GERMAN.encode("utf-8"), media_type="text/plain"))
    assert german.article.text == GERMAN and isinstance(german.error, UnsupportedInputError) and not german.claims
    # Not readable at all: no article, the friendly reason is raised here.
    with pytest.raises(WhosaidError) as e:
        pool.read_and_analyse(SharedBytes(id="F3", body=make_pdf(["", ""]), media_type="application/pdf"))
    assert "scanned" in e.value.user_message


def test_wait_ready_returns_once_every_process_has_loaded_the_model():
    p = ExtractionPool(1)
    try:
        assert p.wait_ready(timeout=300) is True
        assert p.analyse(article_from_text(ENGLISH))  # and the warm process answers
    finally:
        p.close()
