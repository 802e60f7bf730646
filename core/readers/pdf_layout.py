"""A PDF page proof's text in reading order, from where its characters stand on the page.

A PDF holds characters at positions, not paragraphs: its text layer reads a
line straight across the page, through every column it meets. Here each
line is first cut where a gap is wider than a column gutter could be
inside a line; the pieces are then ordered by cutting the page recursively
(the X-Y cut): down a gutter that no piece crosses (columns, read left to
right), else across the widest gap beside a piece that spans the region (a
headline over its columns), else across the widest gap. Lines of one
column make paragraphs where a line is indented, the one before it stops
short, or the space between them opens; lines set clearly larger than the
body are headings; a word broken by a hyphen at a line's end is joined. Lines
at the top or bottom of pages that repeat from page to page (running heads)
and page numbers are furniture, left out and said.

Nothing here knows Qt: the launcher hands in each page's characters and boxes
(``ui.pdf_text``), so it is tested with pages made up in Python.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.readers.blocks import Blocks, joined, joined_lines, unspaced
from core.resources import resource

LINE_CUT = 1.5
"""A gap wider than this many character heights cuts a line in two (a gutter, not a word space)."""
HEADING_SIZE = 1.3
"""Times the body's character height from which a line is a heading."""
MARGIN = 0.08
"""Share of the page height at its top and bottom where running heads and page numbers stand."""
_PAGE_NUMBER = re.compile(r"^[\s\-–—·.第页版頁Page]*\d+[\s\-–—·.页版頁]*$", re.IGNORECASE)
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


@dataclass(frozen=True, slots=True)
class Glyph:
    """A character and its box on the page (y grows downwards); a space has no box."""

    char: str
    box: tuple[float, float, float, float] | None  # x0, y0, x1, y1


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of a line's characters with no gutter inside."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def height(self) -> float:
        return self.y1 - self.y0


@dataclass(frozen=True, slots=True)
class PdfPage:
    width: float
    height: float
    lines: tuple[tuple[Glyph, ...], ...]  # the text layer's lines, as it gives them


def read_pages(pages: list[PdfPage]) -> Blocks:
    """The blocks of a PDF's pages: reading order, paragraphs, headings, furniture left out."""
    blocks = Blocks()
    laid = [_reading_order([p for line in page.lines for p in _pieces(line)], page.width) for page in pages]
    furniture = _furniture(pages, laid)
    body = [p.height for page in laid for p in page if p not in furniture and len(p.text) >= 8]
    median = statistics.median(body) if body else 0.0
    left_out = 0
    lines: list[Piece] = []  # the paragraph being read: it may go on in the next column or page
    before_right = 0.0  # the right edge of the column its last line stands in
    for page in laid:
        left_out += sum(piece in furniture for piece in page)
        for column in _columns([piece for piece in page if piece not in furniture], median):
            left, right = min(p.x0 for p in column), max(p.x1 for p in column)
            for index, piece in enumerate(column):
                if lines and _opens(lines[-1], piece, median, before_right, left, same_column=index > 0):
                    _emit(blocks, lines, median)
                    lines = []
                lines.append(piece)
                before_right = right
    _emit(blocks, lines, median)
    if left_out:
        blocks.note("furniture", left_out)
    return blocks


def _pieces(line: tuple[Glyph, ...]) -> list[Piece]:
    """A line cut at each gap wider than a gutter could be inside it."""
    boxed = [g.box for g in line if g.box is not None]
    if not boxed:
        return []
    height = statistics.median(box[3] - box[1] for box in boxed) or 1.0
    pieces: list[Piece] = []
    chars: list[str] = []
    current: tuple[float, float, float, float] | None = None  # the box of the piece being read
    for glyph in line:
        box = glyph.box
        if box is not None and current is not None and box[0] - current[2] > LINE_CUT * height:
            pieces.append(_piece(chars, current))
            chars, current = [], None
        chars.append(glyph.char)
        if box is not None:
            current = box if current is None else _union(current, box)
    if chars and current is not None:
        pieces.append(_piece(chars, current))
    return [p for p in pieces if p.text]


Box = tuple[float, float, float, float]


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _piece(chars: list[str], box: Box) -> Piece:
    # A text layer puts a space where glyphs stand apart: none between Chinese characters (or in ——).
    return Piece(_ideographs(unspaced("".join(chars)).strip()), *box)


def _ideographs(text: str) -> str:
    """``text`` with each CJK radical put back as the character the font drew: a font that draws both
    with one glyph may map it back to the radical (⼆ for 二, ⻚ for 页).

    >>> _ideographs("第⼆⻚的⽂字")
    '第二页的文字'
    """
    if not _RADICALS.search(text):
        return text
    table = _radical_table()
    return _RADICALS.sub(lambda m: table.get(m.group()) or unicodedata.normalize("NFKC", m.group()), text)


@lru_cache(maxsize=1)
def _radical_table() -> dict[str, str]:
    pairs = {}
    for line in resource("cjk_radicals.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")
            pairs[radical] = ideograph
    return pairs


def _reading_order(pieces: list[Piece], width: float) -> list[Piece]:
    if len(pieces) <= 1:
        return pieces
    gutter = _vertical_cut(pieces)
    if gutter is not None:
        left = [p for p in pieces if p.x1 <= gutter]
        right = [p for p in pieces if p.x0 >= gutter]
        return _reading_order(left, width) + _reading_order(right, width)
    cut = _horizontal_cut(pieces)
    if cut is None:  # pieces that overlap every way: top to bottom, left to right
        return sorted(pieces, key=lambda p: (p.y0, p.x0))
    above = [p for p in pieces if p.y1 <= cut]
    below = [p for p in pieces if p.y0 >= cut]
    return _reading_order(above, width) + _reading_order(below, width)


def _vertical_cut(pieces: list[Piece]) -> float | None:
    """The middle of the widest gutter no piece crosses, with pieces on both sides; None if there is none."""
    spans = sorted((p.x0, p.x1) for p in pieces)
    best: tuple[float, float] | None = None
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach and (best is None or x0 - reach > best[1] - best[0]):
            best = (reach, x0)
        reach = max(reach, x1)
    return None if best is None else (best[0] + best[1]) / 2


def _horizontal_cut(pieces: list[Piece]) -> float | None:
    """Where to cut across: the widest gap beside a piece spanning most of the region, else the widest."""
    left, right = min(p.x0 for p in pieces), max(p.x1 for p in pieces)
    spans = sorted(pieces, key=lambda p: p.y0)
    gaps: list[tuple[float, float, bool]] = []  # (from, to, beside a spanning piece)
    reach = spans[0]
    for piece in spans[1:]:
        if piece.y0 > reach.y1:
            wide = max(reach.x1 - reach.x0, piece.x1 - piece.x0) >= 0.6 * (right - left)
            gaps.append((reach.y1, piece.y0, wide))
        if piece.y1 > reach.y1:
            reach = piece
    if not gaps:
        return None
    spanning = [gap for gap in gaps if gap[2]]
    top, bottom, _ = max(spanning or gaps, key=lambda gap: gap[1] - gap[0])
    return (top + bottom) / 2


def _furniture(pages: list[PdfPage], laid: list[list[Piece]]) -> set[Piece]:
    """Pieces in the top or bottom margin that repeat on other pages (digits aside), and page numbers."""
    in_margin = []
    for page, pieces in zip(pages, laid, strict=True):
        edge = MARGIN * page.height
        in_margin.append([p for p in pieces if p.y1 <= edge or p.y0 >= page.height - edge])
    seen: dict[str, int] = {}
    for pieces in in_margin:
        for key in {re.sub(r"\d+", "#", p.text).strip() for p in pieces}:
            seen[key] = seen.get(key, 0) + 1
    found = set()
    for pieces in in_margin:
        for piece in pieces:
            key = re.sub(r"\d+", "#", piece.text).strip()
            if _PAGE_NUMBER.match(piece.text) or (len(pages) > 1 and seen.get(key, 0) > 1):
                found.add(piece)
    return found


def _columns(pieces: list[Piece], body: float) -> list[list[Piece]]:
    """Pieces in reading order cut into runs of one column: a run ends where the next piece goes back up,
    is set in another size, or stands mostly outside the run's width."""
    runs: list[list[Piece]] = []
    for piece in pieces:
        run = runs[-1] if runs else None
        if run is not None:
            left, right = min(p.x0 for p in run), max(p.x1 for p in run)
            inside = min(right, piece.x1) - max(left, piece.x0)
            if (
                piece.y0 >= run[-1].y0
                and _size_class(piece, body) == _size_class(run[-1], body)
                and inside >= 0.5 * (piece.x1 - piece.x0)
            ):
                run.append(piece)
                continue
        runs.append([piece])
    return runs


def _opens(before: Piece, piece: Piece, body: float, before_right: float, left: float, same_column: bool) -> bool:
    """Whether ``piece`` opens a paragraph after the line ``before`` (in a column reaching ``before_right``);
    ``left`` is the left edge of ``piece`` 's column, which may be another (a paragraph goes on there)."""
    height = max(before.height, piece.height, body, 1.0)
    if _size_class(before, body) != _size_class(piece, body):
        return True  # a heading and its text
    if same_column and piece.y1 - before.y1 > 1.9 * height:
        return True  # a space opens between the lines (bottoms compared: a 。 stands low in its line)
    if piece.x0 - (before.x0 if same_column else left) > 0.8 * height:
        return True  # an indented first line
    return before_right - before.x1 > 2 * height  # the line before stopped short: its paragraph ended


def _size_class(piece: Piece, body: float) -> bool:
    return bool(body) and piece.height >= HEADING_SIZE * body


def _emit(blocks: Blocks, lines: list[Piece], body: float) -> None:
    if not lines:
        return
    text = joined_lines([line.text for line in lines])
    if _size_class(lines[0], body):
        blocks.heading(joined([line.text for line in lines]))
    else:
        blocks.paragraph(text)
