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
_SKIPPED = frozenset({"instrText", "delInstrText", "rPr", "pPr", "sectPr", "Fallback"})
_REVISIONS = frozenset({"ins", "del", "moveFrom", "moveTo"})
_REMOVED = frozenset({"del", "moveFrom"})  # what accepting the revisions takes out
_ADDED = frozenset({"ins", "moveTo"})
_LEFT_OUT = (
    ("word/footnotes.xml", "footnote", "footnotes"),
    ("word/endnotes.xml", "endnote", "endnotes"),
    ("word/comments.xml", "comment", "comments"),
)


def read_docx(path: str, data: bytes, accepted: bool = True) -> Blocks:
    """The blocks of a Word document with its tracked changes accepted (or, ``accepted`` False, rejected)."""
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
    reader = _Reader(blocks, styles, accepted)
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


def word_styles(path: str, data: bytes) -> tuple[bytes | None, list[str]]:
    """A Word document's own ``styles.xml`` and the style of each paragraph its text is read as."""
    package = Package(path, data, "Word document")
    styles = package.read("word/styles.xml") if "word/styles.xml" in package.names else None
    return styles, read_docx(path, data).styles


class _Reader:
    def __init__(self, blocks: Blocks, levels: dict[str, int], accepted: bool = True) -> None:
        self.blocks, self.levels = blocks, levels
        self.accepted = accepted
        self.revised = False
        self.joined: str | None = None  # the text of a paragraph whose mark is gone: it goes on in the next

    def children(self, parent: Element) -> None:
        for child in parent:
            name = local(child.tag)
            if name == "p":
                self.paragraph(child)
            elif name == "tbl":
                self.table(child)
            elif name in _REVISIONS:
                self.revised = True
                if self._shown(name):
                    self.children(child)
            elif name not in _SKIPPED:
                self.children(child)  # content controls (sdt), custom XML, smart tags: their content

    def _shown(self, revision: str) -> bool:
        """Whether the content of a revision is in the text read (accepted: insertions; rejected: deletions)."""
        return (revision in _ADDED) == self.accepted

    def paragraph(self, paragraph: Element) -> None:
        pieces: list[str] = []
        boxes: list[Element] = []
        self.inline(paragraph, pieces, boxes)
        text = "".join(pieces)
        properties = paragraph.find(f"{W}pPr")
        before = properties.find(f"{W}pPrChange/{W}pPr") if properties is not None else None
        if before is not None:
            self.revised = True
            if not self.accepted:  # its style as it was before the tracked change
                properties = before
        found = properties.find(f"{W}pStyle") if properties is not None else None
        style = found.get(f"{W}val", "") if found is not None else ""
        level = self.levels.get(style)
        outline = properties.find(f"{W}outlineLvl") if properties is not None else None
        if level is None and outline is not None and outline.get(f"{W}val", "9").isdigit():
            level = int(outline.get(f"{W}val", "9")) + 1 if int(outline.get(f"{W}val", "9")) < 9 else None
        if self.joined is not None:  # the paragraph before lost its mark: its text goes on into this one,
            text = self.joined + text  # which keeps its own style (as Word joins them: the mark left holds it)
            self.joined = None
        mark = paragraph.find(f"{W}pPr/{W}rPr")
        for child in () if mark is None else mark:
            if local(child.tag) in _REVISIONS:
                self.revised = True
                if not self._shown(local(child.tag)):  # its paragraph mark is not in the text read
                    self.joined = text
        if self.joined is None and level is not None:
            self.blocks.heading(text, level, style)
        elif self.joined is None:
            self.blocks.paragraph(text, style)
        for box in boxes:
            self.children(box)

    def inline(self, element: Element, pieces: list[str], boxes: list[Element]) -> None:
        for child in element:
            name = local(child.tag)
            if name == "t" or (name == "delText" and not self.accepted):
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
                if self._shown(name):
                    self.inline(child, pieces, boxes)
            elif name not in _SKIPPED:
                self.inline(child, pieces, boxes)

    def table(self, table: Element) -> None:
        rows = []
        for row in table.findall(f"{W}tr"):
            cells = []
            for cell in row.findall(f"{W}tc"):
                inner = _Reader(Blocks(), self.levels, self.accepted)
                inner.children(cell)
                self.revised |= inner.revised
                cells.append(" ".join(part.lstrip("#").strip() for part in inner.blocks.parts))
            rows.append("\t".join(cells))
        self.blocks.paragraph("\n".join(row for row in rows if row.strip()))
