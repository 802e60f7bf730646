"""A markdown text set as a newspaper page proof with Qt's own PDF writer: columns, headings in a larger
size, indented paragraphs, a running head and a page number on every page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter

from tests.core.written_documents import markdown_blocks

PAGE_WIDTH, PAGE_HEIGHT, MARGIN, GUTTER = 595.0, 842.0, 50.0, 30.0
BODY, HEADING = 10.0, 16.0


def _font(size: float) -> QFont:
    font = QFont("DejaVu Sans")  # Latin and digits from it; Chinese from the system's fallback font
    font.setPointSizeF(size)
    return font


def _lines(text: str, metrics: QFontMetricsF, width: float, indent: float) -> list[str]:
    """``text`` broken into lines that fit ``width`` (the first ``indent`` narrower), at any character."""
    lines, line, room = [], "", width - indent
    for char in text:
        if line and metrics.horizontalAdvance(line + char) > room:
            lines.append(line)
            line, room = "", width
        line += char
    return [*lines, line] if line else lines


def write_pdf(path: Path, markdown: str, columns: int = 2, running_head: str = "东昌府区报　2022年11月") -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(72)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    painter = QPainter(writer)
    width = (PAGE_WIDTH - 2 * MARGIN - (columns - 1) * GUTTER) / columns
    page, column, y = 1, 0, MARGIN + 20

    def furniture() -> None:
        painter.setFont(_font(8))
        painter.drawText(int(MARGIN), 30, running_head)
        painter.drawText(int(PAGE_WIDTH / 2), int(PAGE_HEIGHT - 25), str(page))

    def next_line(height: float) -> float:
        nonlocal page, column, y
        if y + height > PAGE_HEIGHT - MARGIN:
            column += 1
            y = MARGIN + 20
            if column == columns:
                writer.newPage()
                page, column = page + 1, 0
                furniture()
        at = y
        y += height
        return at

    furniture()
    for level, block in markdown_blocks(markdown):
        size = HEADING if level else BODY
        font = _font(size)
        metrics = QFontMetricsF(font)
        line_height = size * 1.45
        if level:
            y += 6
        for paragraph in block.split("\n"):
            indent = 0.0 if level else 2 * size
            for number, line in enumerate(_lines(paragraph, metrics, width, indent)):
                top = next_line(line_height)
                painter.setFont(font)
                x = MARGIN + column * (width + GUTTER) + (indent if number == 0 else 0.0)
                painter.drawText(int(x), int(top + size), line)
        if level:
            y += 4
    painter.end()
