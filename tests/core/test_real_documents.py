"""Files written by Word, LibreOffice, ocropy and Aletheia (``tests/fixtures/documents/SOURCE.md``) read as
a reader of them would: the text checked by hand against what each program shows."""

from __future__ import annotations

import gzip
from pathlib import Path

from core.readers.documents import load_text

DOCUMENTS = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def test_word_documents_headings_paragraphs_and_comments_left_out():
    assert load_text(DOCUMENTS / "word-mac-2011-heading.docx").text == "# Heading Paragraph\n\nNormal paragraph\n"
    commented = load_text(DOCUMENTS / "word-2016-comments.docx")
    assert commented.text.startswith("Document text\n\nSome text worthy of note.\n\nOther document text.")
    assert commented.notes == (("comments", 4),)


def test_libreoffice_headings_notes_and_tracked_changes():
    headings = load_text(DOCUMENTS / "libreoffice-7.4-headings.odt").text
    assert headings.startswith("# odfdo Test Case Document\n\nThis is the first paragraph.\n\n")
    assert "\n\n## Level 2 Title\n\n" in headings and "diacritical signs: éè" in headings
    notes = load_text(DOCUMENTS / "libreoffice-6.0-notes.odt")
    assert notes.text == "Un paragraphe d'apparence banale.\n"  # the notes and the comment are not text
    assert notes.notes == (("footnotes", 1), ("endnotes", 1), ("comments", 1))
    revised = load_text(DOCUMENTS / "libreoffice-6.0-tracked-changes.odt")
    assert revised.text == "Bonjour  los bonitos amigos  ça va ?\n"  # deletions out, the insertion in
    assert revised.notes == (("revisions", 0),)


def test_ocropy_hocr_lines_make_paragraphs_under_its_heading():
    text = load_text(DOCUMENTS / "ocropy-alice.hocr").text
    assert text.startswith("### 1 Down the Rabbit-Hole\n\nAlice was beginning to get very tired")
    assert "\n\nSo she was considering in her own mind" in text
    assert "ITS WAISTCOAT- POCKET" in text  # a hyphen before a capital stays


def test_an_aletheia_page_reads_in_its_reading_order(tmp_path):
    page = tmp_path / "page.xml"
    page.write_bytes(gzip.decompress((DOCUMENTS / "aletheia-example-page.xml.gz").read_bytes()))
    decoded = load_text(page)
    assert decoded.source_format == "page"
    assert decoded.text.startswith("# Aletheia Document Analysis System\n\nOverview: Aletheia is an advanced system")
    order = [decoded.text.index(s) for s in ("Overview:", "Novel features", "Aletheia uses the PAGE", "# Typical")]
    assert order == sorted(order)
