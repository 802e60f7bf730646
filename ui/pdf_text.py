"""A PDF's characters and where they stand, read with Qt's PDF module (PDFium) for ``core.readers``.

``core`` never imports Qt, so the launcher installs this reader into it
(``install``); Qt's PDF module is imported only when a PDF is opened, so the
command line starts as fast as before and works without it. The layout
(columns, paragraphs, headings, running heads) is ``core.readers.pdf_layout``'s.
Qt's PDF module comes with PySide6-Addons: ``pip install 'duijiao[pdf]'``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.readers import documents
from core.readers.blocks import Blocks
from core.readers.pdf_layout import Glyph, PdfPage, read_pages
from core.text.textio import LoadError

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtPdf import QPdfDocument

_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def install() -> None:
    """Let ``core.readers`` open PDFs with Qt's PDF module."""
    documents.pdf_reader = read_pdf


def read_pdf(path: str, data: bytes) -> Blocks:
    """The blocks of the PDF at ``path`` (``data``, its bytes, already read and checked to be one)."""
    try:
        from PySide6.QtPdf import QPdfDocument
    except ImportError:
        raise LoadError(path, "is a PDF: reading one needs Qt's PDF module (pip install 'duijiao[pdf]')") from None
    document = QPdfDocument()
    error = document.load(path)
    problems = {
        QPdfDocument.Error.IncorrectPassword: "is an encrypted PDF: save it without a password first",
        QPdfDocument.Error.UnsupportedSecurityScheme: "is an encrypted PDF: save it without a password first",
        QPdfDocument.Error.InvalidFileFormat: "is a damaged PDF (its structure cannot be read)",
        QPdfDocument.Error.FileNotFound: "no such file",
    }
    if error != QPdfDocument.Error.None_:
        raise LoadError(path, problems.get(error, f"is a PDF that cannot be read ({error.name})"))
    try:
        pages = [_page(document, number) for number in range(document.pageCount())]
    finally:
        document.close()
    if not any(page.lines for page in pages):
        raise LoadError(path, "is a PDF without a text layer (a scan?): it needs OCR first")
    return read_pages(pages)


def _page(document: QPdfDocument, number: int) -> PdfPage:
    size = document.pagePointSize(number)
    text = document.getAllText(number).text()
    # One selection for the whole page gives a rectangle per visible character, in order: one call
    # (PDFium reads the page's text again for each), where a call per line took seconds per page.
    visible = [at for at, char in enumerate(text) if not char.isspace()]
    rects = [polygon.boundingRect() for polygon in document.getSelectionAtIndex(number, 0, len(text)).bounds()]
    boxes = dict(zip(visible, rects, strict=True)) if len(rects) == len(visible) else None
    lines = []
    start = 0
    for found in [*_LINE_BREAK.finditer(text), None]:
        end = found.start() if found is not None else len(text)
        if text[start:end].strip():
            lines.append(tuple(_glyphs(document, number, text, start, end, boxes)))
        start = found.end() if found is not None else end
    return PdfPage(size.width(), size.height(), tuple(lines))


def _glyphs(
    document: QPdfDocument, number: int, text: str, start: int, end: int, boxes: dict[int, QRectF] | None
) -> list[Glyph]:
    """The characters of ``text[start:end]`` (a line) with their boxes: from the page's (``boxes``), else
    asked for the line, else character by character where PDFium's rectangles do not match them one for one."""
    if boxes is None:
        visible = [at for at in range(start, end) if not text[at].isspace()]
        rects = [
            polygon.boundingRect() for polygon in document.getSelectionAtIndex(number, start, end - start).bounds()
        ]
        if len(rects) != len(visible):
            rects = [document.getSelectionAtIndex(number, at, 1).boundingRectangle() for at in visible]
        boxes = dict(zip(visible, rects, strict=True))
    glyphs = []
    for at in range(start, end):
        char = text[at]
        if char.isprintable() or char == "\t":
            rect = boxes.get(at)
            box = None if rect is None else (rect.left(), rect.top(), rect.right(), rect.bottom())
            glyphs.append(Glyph(" " if char == "\t" else char, box))
    return glyphs
