"""Reading shared documents (bot.documents): PDF text layers, scans, caps, HTML and text files."""
from __future__ import annotations

import pytest

from bot.documents import pdf_paragraphs, pdf_text, read_document
from bot.errors import UnsupportedInputError
from tests.pdf_maker import make_pdf

PARA = ("\"We have waited twenty years for this bridge, and now it will finally be built,\" said Jane Holloway, "
        "the mayor of Port Ellis, at a meeting on Tuesday evening.")


def test_pdf_text_layer_is_read_with_paragraphs_and_title():
    doc = pdf_text(make_pdf([f"{PARA}\n\nA second paragraph follows here.", PARA], title="Council report"))
    assert doc.title == "Council report"
    assert doc.text.count("said Jane Holloway, the mayor of Port Ellis") == 2
    assert "\n\n" in doc.text


def test_scanned_pdf_gets_a_clear_reason():
    with pytest.raises(UnsupportedInputError) as e:
        pdf_text(make_pdf(["", "", ""]))
    assert "scanned" in e.value.user_message and "paste the text" in e.value.user_message


def test_pdf_over_the_page_cap_is_refused_with_the_numbers():
    with pytest.raises(UnsupportedInputError) as e:
        pdf_text(make_pdf([PARA] * 4), max_pages=3)
    assert "4 pages" in e.value.user_message and "at most 3" in e.value.user_message


@pytest.mark.parametrize("data", [b"%PDF-1.4\nnot really a pdf", make_pdf([PARA])[:200]])
def test_damaged_pdf_gets_a_clear_reason(data):
    with pytest.raises(UnsupportedInputError) as e:
        pdf_text(data)
    assert "PDF" in e.value.user_message


def test_hard_wrapped_lines_are_joined_and_hyphenation_undone():
    page = "The minister said the govern-\nment would act on the report\nby the end of the year.\n\nNext one."
    assert pdf_paragraphs(page) == ("The minister said the government would act on the report by the end of the year."
                                    "\n\nNext one.")


def test_read_document_by_type_and_name():
    html = b"<html><head><title>Bridge</title></head><body><article><p>" + PARA.encode() * 3 + b"</p></article></body></html>"
    assert "Jane Holloway" in read_document(html, media_type="text/html").text
    assert read_document(PARA.encode("cp1252"), media_type="text/plain").text == PARA
    assert "Jane Holloway" in read_document(make_pdf([PARA]), media_type="", name="report.PDF").text
    with pytest.raises(UnsupportedInputError, match="binary"):
        read_document(b"\x00\x01\x02" * 100, media_type="text/plain")
    with pytest.raises(UnsupportedInputError) as e:
        read_document(b"PK\x03\x04", media_type="application/zip", name="x.zip")
    assert "PDF, HTML and text" in e.value.user_message
