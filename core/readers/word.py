"""The text of a Word or WPS document (``.docx``, Office Open XML), as Word shows it with revisions accepted.

Paragraphs in order; a paragraph in a heading or title style (by its style's
name or outline level) as a heading; line breaks and tabs kept; each table
row as a line, its cells apart by a tab; text boxes after the paragraph that
holds them. Text inside a tracked insertion counts as present and inside a
deletion as absent, as Word shows the document with its revisions accepted;
a note says that the file held revisions not yet accepted. Footnotes,
endnotes and comments are left out, with a note.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from core.readers.blocks import Blocks
from core.readers.guarded import Package, local, parse_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING_NAME = re.compile(r"^(heading|title|标题|標題)\s*(\d*)", re.IGNORECASE)
_SKIPPED = frozenset({"del", "moveFrom", "instrText", "delText", "delInstrText", "rPr", "pPr", "sectPr", "Fallback"})
_REVISIONS = frozenset({"ins", "del", "moveFrom", "moveTo"})
_LEFT_OUT = (
    ("word/footnotes.xml", "footnote", "footnotes"),
    ("word/endnotes.xml", "endnote", "endnotes"),
    ("word/comments.xml", "comment", "comments"),
)


def read_docx(path: str, data: bytes) -> Blocks:
    package = Package(path, data, "Word document")
    document = parse_xml(package.read("word/document.xml"), path, "Word document")
    styles = (
        _heading_levels(parse_xml(package.read("word/styles.xml"), path, "Word document"))
        if ("word/styles.xml" in package.names)
        else {}
    )
    blocks = Blocks()
    body = document.find(f"{W}body")
    if body is None:
        return blocks
    reader = _Reader(blocks, styles)
    reader.children(body)
    if reader.revised:
        blocks.note("revisions")
    for part, element, name in _LEFT_OUT:
        if part in package.names:
            found = parse_xml(package.read(part), path, "Word document")
            # Word keeps two separator "notes" in every footnotes part: only a note with an id above 0 counts.
            real = [
                e for e in found.iter(f"{W}{element}") if int(e.get(f"{W}id", "0") or 0) > 0 or element == "comment"
            ]
            if real:
                blocks.note(name, len(real))
    return blocks


def _heading_levels(styles: Element) -> dict[str, int]:
    """Style id → heading level, for the paragraph styles that are headings or titles."""
    levels = {}
    for style in styles.iter(f"{W}style"):
        style_id = style.get(f"{W}styleId", "")
        name = style.find(f"{W}name")
        found = _HEADING_NAME.match(name.get(f"{W}val", "") if name is not None else "")
        outline = style.find(f"{W}pPr/{W}outlineLvl")
        if found:
            levels[style_id] = int(found.group(2) or 1)
        elif outline is not None and outline.get(f"{W}val", "9").isdigit() and int(outline.get(f"{W}val", "9")) < 9:
            levels[style_id] = int(outline.get(f"{W}val", "0")) + 1
    return levels


class _Reader:
    def __init__(self, blocks: Blocks, levels: dict[str, int]) -> None:
        self.blocks, self.levels = blocks, levels
        self.revised = False

    def children(self, parent: Element) -> None:
        for child in parent:
            name = local(child.tag)
            if name == "p":
                self.paragraph(child)
            elif name == "tbl":
                self.table(child)
            elif name in _REVISIONS:
                self.revised = True
                if name not in ("del", "moveFrom"):
                    self.children(child)
            elif name not in _SKIPPED:
                self.children(child)  # content controls (sdt), custom XML, smart tags: their content

    def paragraph(self, paragraph: Element) -> None:
        pieces: list[str] = []
        boxes: list[Element] = []
        self.inline(paragraph, pieces, boxes)
        text = "".join(pieces)
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        level = self.levels.get(style.get(f"{W}val", "") if style is not None else "")
        outline = paragraph.find(f"{W}pPr/{W}outlineLvl")
        if level is None and outline is not None and outline.get(f"{W}val", "9").isdigit():
            level = int(outline.get(f"{W}val", "9")) + 1 if int(outline.get(f"{W}val", "9")) < 9 else None
        if level is not None:
            self.blocks.heading(text, level)
        else:
            self.blocks.paragraph(text)
        for box in boxes:
            self.children(box)

    def inline(self, element: Element, pieces: list[str], boxes: list[Element]) -> None:
        for child in element:
            name = local(child.tag)
            if name == "t":
                pieces.append(child.text or "")
            elif name == "tab":
                pieces.append("\t")
            elif name in ("br", "cr"):
                if child.get(f"{W}type") not in ("page", "column"):
                    pieces.append("\n")
            elif name == "noBreakHyphen":
                pieces.append("-")
            elif name == "txbxContent":
                boxes.append(child)
            elif name in _REVISIONS:
                self.revised = True
                if name not in ("del", "moveFrom"):
                    self.inline(child, pieces, boxes)
            elif name not in _SKIPPED:
                self.inline(child, pieces, boxes)

    def table(self, table: Element) -> None:
        rows = []
        for row in table.findall(f"{W}tr"):
            cells = []
            for cell in row.findall(f"{W}tc"):
                inner = _Reader(Blocks(), self.levels)
                inner.children(cell)
                self.revised |= inner.revised
                cells.append(" ".join(part.lstrip("#").strip() for part in inner.blocks.parts))
            rows.append("\t".join(cells))
        self.blocks.paragraph("\n".join(row for row in rows if row.strip()))
