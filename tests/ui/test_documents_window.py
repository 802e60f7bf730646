"""Documents in the window: dropped in any combination, what reading them left out said, corrections handed
back as a Word document with tracked changes."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from core.readers import documents
from tests.core.written_documents import docx
from tests.ui.test_drops import drag_and_drop
from tests.ui.written_pdf import write_pdf
from ui.pdf_text import install

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def pdf_reader(qapp, monkeypatch):
    monkeypatch.setattr(documents, "pdf_reader", None)
    install()  # as the launcher does


def test_a_word_document_and_a_pdf_dropped_together_open_side_by_side(make_window, qtbot, tmp_path):
    markdown = (FIXTURES / "markdown-export.txt").read_text(encoding="utf-8")
    manuscript, proof = tmp_path / "manuscript.docx", tmp_path / "proof.pdf"
    manuscript.write_bytes(docx(markdown))
    write_pdf(proof, markdown)
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        assert drag_and_drop(window, [manuscript, proof], "left")
    assert "[docx]" in window.left_status.text() and "[pdf]" in window.right_status.text()
    assert len(window.controller.comparison.pairs) >= 12


def test_the_window_says_every_note_a_reader_may_give(make_window):
    from core.readers.blocks import NOTES

    window, _ = make_window()
    assert set(window.loading.note_texts()) == set(NOTES)


def test_export_for_editing_writes_the_corrections_as_tracked_changes_signed_by_the_author(loaded, tmp_path):
    from core.output.render import clean_copy
    from core.output.tracked_docx import paragraph_text
    from core.readers.word import read_docx
    from core.review.decisions import ACCEPT

    window, _ = loaded
    model = window.controller.model
    model.decide_many(list(model.changes())[:40], ACCEPT)
    window.settings.setValue("author", "李校对")
    out = tmp_path / "corrections.docx"
    assert window.files.export_for_editing_to(out)
    data = out.read_bytes()
    assert read_docx(str(out), data).text() == paragraph_text(clean_copy(model))
    assert read_docx(str(out), data, accepted=False).text() == paragraph_text(model.comparison.left.decoded.text)
    assert 'w:author="李校对"' in zipfile.ZipFile(out).read("word/document.xml").decode()
