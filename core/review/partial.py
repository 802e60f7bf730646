"""Taking part of a change: the character-level pieces of one hunk, and the text a choice of them makes.

A long OCR line often mixes a right and a wrong fix, so a proofreader may
want some of the other side's characters and not others. The pieces of a hunk
are its differences at character level; the result of taking some of them is
recorded as a custom decision, so it needs nothing new downstream.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from core.model import Hunk, Side


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of a hunk: equal on both sides, or a difference that can be taken."""

    base: str  # the base side's text here
    other: str  # the other side's text here
    changed: bool


def pieces(hunk: Hunk, base: Side = Side.LEFT) -> list[Piece]:
    """The hunk cut into equal stretches and character-level differences.

    >>> from core.diffing.diff import diff_texts
    >>> [hunk] = diff_texts("他说己经人会", "他说已经入会")
    >>> hunk.left, hunk.right
    ('己经人', '已经入')
    >>> [(p.base, p.other) for p in pieces(hunk) if p.changed]
    [('己', '已'), ('人', '入')]
    """
    base_text, other_text = hunk.text(base), hunk.text(base.other)
    matcher = SequenceMatcher(None, base_text, other_text, autojunk=False)
    return [Piece(base_text[i1:i2], other_text[j1:j2], tag != "equal") for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def compose(parts: list[Piece], taken: Iterable[int]) -> str:
    """The text made by taking the other side's version of the pieces numbered in ``taken``.

    >>> parts = [Piece("他", "他", False), Piece("己", "已", True), Piece("人", "入", True)]
    >>> compose(parts, [1])
    '他已人'
    """
    chosen = set(taken)
    return "".join(
        piece.other if piece.changed and index in chosen else piece.base for index, piece in enumerate(parts)
    )
