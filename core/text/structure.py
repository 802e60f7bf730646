"""The proofreader's corrections to one side's structure: where articles start, which lines are titles.

The heuristics of ``core.text.segment`` are sometimes wrong about a page. A
correction names a line by the offset where it starts in the decoded text (so
it survives re-pairing and goes into the review session) and is one of:

* ``split``: an article starts at this line;
* ``join``: no article starts at this line (it joins the one before);
* ``title``: this line is a title, starting an article;
* ``body``: this line is no title (an article it started joins the one before;
  a headline it continued stops before it).

Corrections apply in the order they were made, after the heuristics, and
only move article boundaries: splitting stays lossless whatever they say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

OPERATIONS = ("split", "join", "title", "body")


@dataclass(frozen=True, slots=True)
class StructureEdits:
    """The corrections made to one side, in order."""

    edits: tuple[tuple[str, int], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.edits)

    def then(self, operation: str, offset: int) -> StructureEdits:
        """These corrections and one more."""
        if operation not in OPERATIONS:
            raise ValueError(f"unknown structure correction {operation!r}")
        return StructureEdits((*self.edits, (operation, int(offset))))

    def to_json(self) -> list[list[object]]:
        return [[operation, offset] for operation, offset in self.edits]

    @classmethod
    def from_json(cls, data: Iterable[object]) -> StructureEdits:
        """Read what ``to_json`` wrote; raises ValueError for anything else."""
        edits = StructureEdits()
        for item in data:
            if not isinstance(item, list | tuple) or len(item) != 2 or not isinstance(item[1], int):
                raise ValueError(f"not a structure correction: {item!r}")
            edits = edits.then(str(item[0]), item[1])
        return edits


def apply_edits(
    starts: dict[int, int], line_starts: list[int], edits: StructureEdits, looks_like_title: list[bool]
) -> dict[int, int]:
    """Article starts (line index → title lines) after the corrections.

    ``line_starts`` holds each line's offset; a correction naming an offset
    that starts no line (the file changed since) is ignored.
    ``looks_like_title`` says, per line, whether a split there opens with a title.
    """
    result = dict(starts)
    line_at = {offset: index for index, offset in enumerate(line_starts)}
    for operation, offset in edits.edits:
        line = line_at.get(offset)
        if line is None:
            continue
        owner = max((i for i in result if i <= line), default=None)
        if operation == "split":
            result.setdefault(line, 1 if looks_like_title[line] else 0)
        elif operation == "join":
            result.pop(line, None)
        elif operation == "title":
            if owner is not None and owner < line < owner + result[owner]:
                result[owner] = line - owner  # the headline above stops where this title begins
            result[line] = 1
        elif operation == "body":
            if line in result:
                result.pop(line)
            elif owner is not None and owner < line < owner + result[owner]:
                result[owner] = line - owner
    return result
