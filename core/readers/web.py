"""The text of a web page (an e-paper page, a saved article) and of hOCR (Tesseract's OCR as HTML).

A web page: headings (``h1``–``h6``) as headings; paragraphs, list items,
captions (``figcaption``), quotations and table rows (cells apart by a tab)
each as a paragraph; ``br`` as a line break; whitespace as a browser shows
it. Scripts, styles, forms, navigation and the page's own header, footer and
side columns (outside an ``article``) are left out.

hOCR: each ``ocr_par`` (else each ``ocr_carea``) as a paragraph of its lines
(``ocr_line``, ``ocr_header``, ``ocr_caption`` …), words joined as printed,
a word broken by a hyphen at a line's end joined again; a paragraph of
header lines as a heading.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from core.readers.blocks import Blocks, collapsed, joined, joined_lines

_LEFT_OUT = frozenset(
    {"script", "style", "noscript", "template", "nav", "form", "button", "select", "textarea", "svg", "iframe", "title"}
)
_AROUND_ARTICLES = frozenset({"header", "footer", "aside"})  # a site's furniture, unless inside an article
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "dt",
        "dd",
        "blockquote",
        "figcaption",
        "caption",
        "pre",
        "section",
        "article",
        "main",
        "tr",
        "table",
        "ul",
        "ol",
        "dl",
        "figure",
        "address",
        "center",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "body",
    }
)
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"})
_HOCR_LINES = frozenset({"ocr_line", "ocrx_line", "ocr_header", "ocr_caption", "ocr_textfloat", "ocr_title"})
_HEADER_LINES = frozenset({"ocr_header", "ocr_title"})
_HEADING_TAG = re.compile(r"h[1-6]")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks = Blocks()
        self.stack: list[str] = []
        self.skipping = 0  # depth inside left-out elements
        self.pieces: list[str] = []
        self.cells: list[str] = []
        self.rows: list[str] = []
        self.heading = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        role = dict(attrs).get("role") or ""
        left_out = (
            tag in _LEFT_OUT
            or role == "navigation"
            or (tag in _AROUND_ARTICLES and "article" not in self.stack and "main" not in self.stack)
        )
        if tag not in _VOID:
            self.stack.append(tag)
            if self.skipping or left_out:
                self.skipping += 1
                return
        if self.skipping:
            return
        if tag == "br":
            self.pieces.append("\n")
        elif tag in ("td", "th"):
            self.cell(only_text=True)  # text before the cell, outside any: a cell of its own
        elif tag in _BLOCKS:
            self.flush()
            if tag[0] == "h" and tag[1:].isdigit():
                self.heading = int(tag[1:])

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            opened = self.stack.pop()
            if self.skipping:
                self.skipping -= 1
                if opened == tag:
                    return
                continue
            if opened in ("td", "th"):
                self.cell()
            elif opened == "tr":
                self.cell(only_text=True)
                self.rows.append("\t".join(self.cells))
                self.cells = []
            elif opened == "table":  # its rows as the lines of one block
                self.flush()
                self.blocks.paragraph("\n".join(row for row in self.rows if row.strip()))
                self.rows = []
            elif opened in _BLOCKS:
                self.flush()
            if opened == tag:
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.pieces.append(data if "pre" in self.stack else collapsed(data))

    def cell(self, only_text: bool = False) -> None:
        """End a table cell with the text read since the last (an empty cell keeps its place in the row)."""
        text = collapsed("".join(self.pieces)).strip()
        self.pieces = []
        if text or not only_text:
            self.cells.append(text)

    def flush(self) -> None:
        text = "".join(self.pieces)
        self.pieces = []
        # The data is collapsed already: what is left is where the pieces meet (and a table row's tabs).
        lines = [
            re.sub(" {2,}", " ", line).strip(" ") if "pre" not in self.stack else line for line in text.split("\n")
        ]
        text = "\n".join(lines)
        if self.heading:
            self.blocks.heading(text, self.heading)
        else:
            self.blocks.paragraph(text)
        self.heading = 0


def read_html(text: str) -> Blocks:
    page = _Page()
    page.feed(text)
    page.close()
    while page.stack:  # elements left open at the end close there
        page.handle_endtag(page.stack[-1])
    page.flush()
    return page.blocks


class _Hocr(HTMLParser):
    """Words, lines and paragraphs of hOCR by their classes, whatever the elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks = Blocks()
        self.open: list[set[str]] = []  # the classes of each open element
        self.lines: list[tuple[str, str]] = []  # (line class, text) of the paragraph being read
        self.words: list[str] = []
        self.word: list[str] | None = None
        self.line_class = ""
        self.heading = 0  # the level of an HTML heading element the lines stand in (ocropus marks them so)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if tag in _VOID:
            return
        self.open.append(classes | {f"<{tag}>"})
        if tag == "p" and not classes & {"ocr_par", "ocr_carea"}:
            self.end_paragraph()  # OCRopus parts its lines into paragraphs with a bare <p />
        if _HEADING_TAG.fullmatch(tag):
            self.end_paragraph()
            self.heading = int(tag[1])
        if classes & {"ocr_par", "ocr_carea"} and not any("ocr_par" in c for c in self.open[:-1]):
            self.end_paragraph()
        if classes & _HOCR_LINES:
            self.end_line()
            self.line_class = next(iter(classes & _HOCR_LINES))
        if "ocrx_word" in classes:
            self.word = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open:
            return
        classes = self.open.pop()
        if "ocrx_word" in classes and self.word is not None:
            self.words.append(collapsed("".join(self.word)).strip())
            self.word = None
        if classes & _HOCR_LINES:
            self.end_line()
        if classes & {"ocr_par", "ocr_carea"}:
            self.end_paragraph()
        if any(_HEADING_TAG.fullmatch(name.strip("<>")) for name in classes if name.startswith("<")):
            self.end_paragraph()
            self.heading = 0

    def handle_data(self, data: str) -> None:
        if self.word is not None:
            self.word.append(data)
        elif self.line_class and data.strip() and not any("ocrx_word" in c for c in self.open):
            self.words.append(collapsed(data).strip())  # a line without word boxes

    def end_line(self) -> None:
        if self.words:
            self.lines.append((self.line_class, joined(self.words)))
        self.words, self.line_class = [], ""

    def end_paragraph(self) -> None:
        self.end_line()
        if not self.lines:
            return
        text = joined_lines([line for _, line in self.lines])
        if self.heading or all(kind in _HEADER_LINES for kind, _ in self.lines):
            self.blocks.heading(text, self.heading or 1)
        else:
            self.blocks.paragraph(text)
        self.lines = []


def read_hocr(text: str) -> Blocks:
    hocr = _Hocr()
    hocr.feed(text)
    hocr.close()
    hocr.end_paragraph()
    return hocr.blocks


def is_hocr(text: str) -> bool:
    """Whether an HTML text is hOCR (it has OCR page or line classes)."""
    return bool(re.search(r"""class=["'][^"']*\bocr(?:_page|_line|x_word|_carea)\b""", text[: 1 << 20]))
