"""The text of an OpenDocument text (``.odt``, LibreOffice, WPS), with its revisions accepted.

Headings (``text:h``, or a paragraph in a Title or Heading style) as
headings; paragraphs, list items and table rows (cells apart by a tab) in
order; spaces, tabs and line breaks as written. Tracked changes keep their
deleted text apart (``text:tracked-changes``), so the text read is the text
with every revision accepted; a note says there were some. Footnotes and
comments are left out, with a note.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from core.readers.blocks import Blocks
from core.readers.guarded import Package, local, parse_xml

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_HEADING_STYLE = re.compile(r"^(title|heading|标题|標題)(?:[ _]?(\d))?", re.IGNORECASE)
_LEFT_OUT = {"footnote": "footnotes", "endnote": "endnotes", "annotation": "comments"}
_SKIPPED = frozenset({"tracked-changes", "note", "annotation", "sequence-decls", "forms", "annotation-end"})


def read_odt(path: str, data: bytes) -> Blocks:
    package = Package(path, data, "OpenDocument text")
    content = parse_xml(package.read("content.xml"), path, "OpenDocument text")
    reader = _Reader(_heading_styles(content))
    for body in content.iter("{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text"):
        reader.children(body)
        break
    blocks = reader.blocks
    if any(True for _ in content.iter(f"{TEXT}changed-region")):
        blocks.note("revisions")
    for name, count in reader.left_out.items():
        blocks.note(_LEFT_OUT[name], count)
    return blocks


def _heading_styles(content: Element) -> dict[str, int]:
    """Automatic paragraph styles (P1, P2 …) whose parent is a heading or title style, by level."""
    levels = {}
    for style in content.iter(f"{STYLE}style"):
        for name in (style.get(f"{STYLE}parent-style-name", ""), style.get(f"{STYLE}name", "")):
            found = _HEADING_STYLE.match(name)
            if found:
                levels[style.get(f"{STYLE}name", "")] = int(found.group(2) or 1)
    return levels


class _Reader:
    def __init__(self, levels: dict[str, int]) -> None:
        self.blocks = Blocks()
        self.levels = levels
        self.left_out: dict[str, int] = {}
        self._boxes: list[Element] = []  # text boxes met inside the paragraph being read

    def children(self, parent: Element) -> None:
        for child in parent:
            name = local(child.tag)
            if name in ("h", "p"):
                style = child.get(f"{TEXT}style-name", "")
                level = self.levels.get(style) or _level_of(style)
                if name == "h":
                    level = int(child.get(f"{TEXT}outline-level", "1") or 1)
                text = self.inline(child)
                if level:
                    self.blocks.heading(text, level)
                else:
                    self.blocks.paragraph(text)
                boxes, self._boxes = self._boxes, []
                for box in boxes:
                    self.children(box)  # a text box inside a paragraph: its own paragraphs, after it
            elif name == "table":
                self.table(child)
            elif name in _SKIPPED:
                self.count(child)
            else:
                self.children(child)  # lists, sections, frames and text boxes: their content

    def inline(self, element: Element) -> str:
        pieces = [element.text or ""]
        for child in element:
            name = local(child.tag)
            if name == "s":
                pieces.append(" " * int(child.get(f"{TEXT}c", "1") or 1))
            elif name == "tab":
                pieces.append("\t")
            elif name == "line-break":
                pieces.append("\n")
            elif name in _SKIPPED:
                self.count(child)
            elif name in ("frame", "text-box"):
                self._boxes.append(child)
            else:
                pieces.append(self.inline(child))
            pieces.append(child.tail or "")
        return "".join(pieces)

    def table(self, table: Element) -> None:
        rows = []
        for row in table.iter("{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-row"):
            cells = []
            for cell in row:
                inner = _Reader(self.levels)
                inner.children(cell)
                cells.append(" ".join(part.lstrip("#").strip() for part in inner.blocks.parts))
            rows.append("\t".join(cells))
        self.blocks.paragraph("\n".join(row for row in rows if row.strip()))

    def count(self, element: Element) -> None:
        """Count a note (a footnote or an endnote, by its class) or a comment left out."""
        name = local(element.tag)
        kind = element.get(f"{TEXT}note-class", "footnote") if name == "note" else name
        if kind in _LEFT_OUT:
            self.left_out[kind] = self.left_out.get(kind, 0) + 1


def _level_of(style: str) -> int:
    found = _HEADING_STYLE.match(style)
    return int(found.group(2) or 1) if found else 0
