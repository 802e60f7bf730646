"""An issue's lines with their offsets, what each is (blank, furniture, text), and how wide a line reads."""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from core.text.furniture import Furniture, furniture


class Line(NamedTuple):  # a tuple: made for every line of an issue, and a dataclass is slower to make
    start: int  # offset of the line's first character
    text_end: int  # offset just past the line's last non-newline character
    end: int  # offset just past its line break

    def text(self, source: str) -> str:
        return source[self.start : self.text_end]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[Line]:
    """Lines with their offsets; only \\n, \\r\\n and \\r break lines.

    >>> [tuple(line) for text in ("a\\r\\nb\\rc\\n\\nd", "", "a\\n") for line in split_lines(text)]
    [(0, 1, 3), (3, 4, 5), (5, 6, 7), (7, 7, 8), (8, 9, 9), (0, 0, 0), (0, 1, 2)]
    """
    lines: list[Line] = []
    start = 0
    for line_break in _LINE_BREAK.finditer(text):
        lines.append(Line(start, line_break.start(), line_break.end()))
        start = line_break.end()
    if start < len(text) or not lines:
        lines.append(Line(start, len(text), len(text)))
    return lines


def is_blank(line: str) -> bool:
    return not line.strip()


def is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def wide_share(line: str) -> float:
    """The share of ``line``'s visible characters that are wide (ideographs, full-width forms).

    >>> wide_share("区财政局 ABC"), wide_share("")
    (0.5714285714285714, 0.0)
    """
    visible = "".join(line.split())
    return sum(map(is_wide, visible)) / len(visible) if visible else 0.0


def visible_length(line: str) -> int:
    return len("".join(line.split()))


class Page:
    """The lines of an issue, each known as blank, furniture (of which kind) or text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = split_lines(text)
        self.content = [line.text(text) for line in self.lines]
        self.blank = [is_blank(c) for c in self.content]
        self.kinds: list[Furniture | None] = [
            None if b else furniture(c) for b, c in zip(self.blank, self.content, strict=True)
        ]

    def is_text(self, i: int) -> bool:
        return not self.blank[i] and self.kinds[i] is None

    def first_text(self, start: int, end: int) -> int | None:
        """The first line of text (not blank, not furniture) in lines ``start:end``."""
        return next((i for i in range(start, end) if self.is_text(i)), None)
