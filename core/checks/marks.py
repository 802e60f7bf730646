"""What the marks of a change say: a placeholder typed for a character that could not be read, and the
width of a punctuation mark."""

from __future__ import annotations

from functools import lru_cache

from core.checks.issue_stats import FULL_WIDTH_MARKS
from core.model import Side
from core.text.normalize import fold_width

PLACEHOLDERS = frozenset("〓□■◻◼\ufffd")
"""Marks a transcriber types for a character of the print that could not be read."""
_WIDE_MARKS = FULL_WIDTH_MARKS + "（）"  # the Chinese marks that a half-width form stands in for by mistake


@lru_cache(maxsize=4096)
def full_width_side(left: str, right: str) -> Side | None:
    """For marks that differ in width alone, the side with the full-width one; else None."""
    if left == right or fold_width(left) != fold_width(right):
        return None
    # Chinese punctuation only (GB/T 15834): a full-width ＜ or ＋ is a sign of its own, set either way.
    full = [side for side, text in ((Side.LEFT, left), (Side.RIGHT, right)) if any(ch in _WIDE_MARKS for ch in text)]
    return full[0] if len(full) == 1 else None


@lru_cache(maxsize=4096)
def placeholder_side(left: str, right: str) -> tuple[Side, str, str] | None:
    """(the other side, the mark, its text), where one side has a mark for each character it could not read
    and the other has a character there; else None.

    A mark that faces nothing, or a run of text (a bullet opening a brief:
    ``■据某社报道``), is no placeholder. And a placeholder says only that one
    version could not read the print there: the other version's character
    may be a reading or a guess (a checked edition keeps 〓 where the print
    is illegible, facing the first transcription's guess), so it is a
    question for the proofreader, never a suggestion a batch takes.

    >>> placeholder_side("〓", "海")
    (<Side.RIGHT: 'right'>, '〓', '海')
    >>> placeholder_side("■据某社报道", ""), placeholder_side("■", "据某"), placeholder_side("■据", "\\n据")
    (None, None, None)
    >>> placeholder_side("勢力的表", "〓〓的〓")[0]
    <Side.LEFT: 'left'>
    """
    sides = {side for side, text in ((Side.LEFT, left), (Side.RIGHT, right)) if PLACEHOLDERS & set(text)}
    if len(sides) != 1:
        return None
    side = sides.pop().other
    marked, read = (right, left) if side is Side.LEFT else (left, right)
    # Character by character: a mark facing a character (a blank of the print too), or the same character.
    if len(marked) != len(read) or any(
        (m in PLACEHOLDERS) == (m == r) or r in PLACEHOLDERS or r in "\r\n" for m, r in zip(marked, read, strict=True)
    ):
        return None
    return side, next(ch for ch in marked if ch in PLACEHOLDERS), read
