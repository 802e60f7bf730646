"""PDF page proofs read with Qt's PDF module: written here with Qt's own PDF writer, then opened."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

from core.comparison import compare_files
from core.output.export import encode_clean
from core.readers import documents
from core.readers.documents import load_text
from core.review.decisions import ReviewModel
from core.text.textio import LoadError
from tests.ui.written_pdf import write_pdf
from ui.pdf_text import install

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def pdf_reader(qapp, monkeypatch):
    monkeypatch.setattr(documents, "pdf_reader", None)
    install()  # as the launcher does


def two_columns(path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSize(18)
    painter.setFont(font)
    painter.drawText(50, 60, "A headline across both columns")
    font.setPointSize(10)
    painter.setFont(font)
    for row in range(8):  # the text layer reads each pair of lines as one line across the page
        painter.drawText(50, 100 + 14 * row, f"Left column, line {row} of the story")
        painter.drawText(300, 100 + 14 * row, f"Right column, line {row} of it")
    painter.end()


def test_a_two_column_pdf_reads_column_by_column(tmp_path):
    path = tmp_path / "two.pdf"
    two_columns(path)
    text = load_text(path).text
    # One story: its paragraph goes on at the top of the next column (no indent there).
    left = " ".join(f"Left column, line {row} of the story" for row in range(8))
    right = " ".join(f"Right column, line {row} of it" for row in range(8))
    assert text == f"# A headline across both columns\n\n{left} {right}\n"


def test_the_sample_set_as_a_page_proof_pairs_as_hand_checked_without_its_running_heads(tmp_path):
    proof = tmp_path / "proof.pdf"
    write_pdf(proof, (FIXTURES / "markdown-export.txt").read_text(encoding="utf-8"))
    comparison = compare_files(FIXTURES / "plain-export.txt", proof)
    left, right = comparison.left.document.articles, comparison.right.document.articles
    got = [
        [None if p.left is None else left[p.left].title, None if p.right is None else right[p.right].title]
        for p in comparison.pairs
    ]
    expected = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    assert sorted(got, key=str) == sorted(expected, key=str)
    decoded = comparison.right.decoded
    assert "东昌府区报" not in decoded.text and decoded.source_format == "pdf"
    assert dict(decoded.notes)["furniture"] >= 2 * 2  # a running head and a page number on each page
    assert encode_clean(ReviewModel(comparison, "right")) == decoded.text.encode("utf-8")


def test_a_damaged_a_scanned_and_an_unreadable_pdf_each_get_one_line(tmp_path, monkeypatch):
    whole = tmp_path / "whole.pdf"
    two_columns(whole)
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(whole.read_bytes()[:400])
    with pytest.raises(LoadError, match=r"damaged\.pdf: is a damaged PDF"):
        load_text(damaged)
    scanned = tmp_path / "scanned.pdf"
    writer = QPdfWriter(str(scanned))
    painter = QPainter(writer)
    painter.fillRect(100, 100, 2000, 3000, 0x808080)  # a picture of a page, no text layer
    painter.end()
    with pytest.raises(LoadError, match=r"without a text layer.*needs OCR first"):
        load_text(scanned)
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # an install without PySide6-Addons
    with pytest.raises(LoadError, match=r"needs Qt's PDF module \(pip install 'duijiao\[pdf\]'\)"):
        load_text(whole)
