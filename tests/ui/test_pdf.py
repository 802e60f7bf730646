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


def encrypted_pdf() -> bytes:
    """A one-page PDF locked with a password (the standard security handler; its keys are not the empty
    password's, which is all a reader needs to ask for one)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s> <%s>] >>\n" % (
        len(objects) + 1,
        b"ab" * 16,
        b"ab" * 16,
    )
    return bytes(out + b"startxref\n%d\n%%%%EOF\n" % table)


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


def test_a_damaged_a_scanned_a_locked_and_an_unreadable_pdf_each_get_one_line(tmp_path, monkeypatch):
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
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(encrypted_pdf())
    with pytest.raises(LoadError, match=r"locked\.pdf: is an encrypted PDF: save it without a password first"):
        load_text(locked)
    monkeypatch.setitem(sys.modules, "PySide6.QtPdf", None)  # an install without PySide6-Addons
    with pytest.raises(LoadError, match=r"needs Qt's PDF module \(pip install 'duijiao\[pdf\]'\)"):
        load_text(whole)


def test_where_pdfium_s_rectangles_do_not_match_the_characters_each_is_asked_alone():
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPolygonF

    from ui.pdf_text import _glyphs

    class Selection:
        def __init__(self, rects):
            self.rects = rects

        def bounds(self):
            return [QPolygonF(r) for r in self.rects]

        def boundingRectangle(self):
            return self.rects[0]

    class Document:  # a ligature: "fi" drawn as one glyph, so one rectangle too few for the line
        def __init__(self):
            self.asked: list[tuple[int, int]] = []

        def getSelectionAtIndex(self, page, start, length):
            self.asked.append((start, length))
            if length == 1:
                return Selection([QRectF(10.0 * start, 0, 9, 10)])
            return Selection([QRectF(0, 0, 9, 10)] * 7)  # 8 characters to draw

    document = Document()
    glyphs = _glyphs(document, 0, "a fine day", 0, 10, None)
    assert "".join(g.char for g in glyphs) == "a fine day"
    assert [g.box[0] for g in glyphs if g.box] == [10.0 * at for at, c in enumerate("a fine day") if c != " "]
    assert document.asked[0] == (0, 10) and len(document.asked) == 1 + 8  # the line, then each character
