"""Diffing many article pairs in worker processes (see ``core.runtime.workers``).

A 200-times issue has thousands of pairs and each diff is pure Python, so one
core is the limit; forked worker processes share the texts copy-on-write and
send back only the hunks, as plain tuples (pickling ``Hunk`` objects cost more
than the diffs saved).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from core.diffing.diff import DiffOptions, diff_texts
from core.model import Flag, Hunk, HunkClass
from core.runtime.workers import ForkPool

Annotate = Callable[[int, list[Hunk]], list[Hunk]]
"""Called in the worker with a pair's number and hunks; returns them annotated (flagged)."""

_Work = tuple[Sequence[tuple[str, str]], DiffOptions, Annotate | None]
_Row = tuple[str, int, int, int, int, str, tuple[Flag, ...]]


def _diff_run(work: _Work, indices: list[int]) -> list[list[_Row]]:  # runs in a worker
    texts, options, annotate = work
    rows = []
    for i in indices:
        left, right = texts[i]
        hunks = diff_texts(left, right, options)
        if annotate is not None:
            hunks = annotate(i, hunks)
        rows.append(
            [(h.id, h.left_start, h.left_end, h.right_start, h.right_end, h.kind.value, h.flags) for h in hunks]
        )
    return rows


def _hunks(rows: list[_Row], left: str, right: str) -> list[Hunk]:
    return [
        Hunk(name, l0, l1, r0, r1, left[l0:l1], right[r0:r1], HunkClass(kind), flags)
        for name, l0, l1, r0, r1, kind, flags in rows
    ]


def diff_in_order(
    texts: Sequence[tuple[str, str]], options: DiffOptions, workers: int, annotate: Annotate | None = None
) -> Iterator[tuple[int, list[Hunk]]]:
    """(index, hunks) of each (left, right) text pair, in order, as ``workers`` forked workers finish them."""
    with ForkPool((texts, options, annotate), workers) as pool:
        for index, rows in enumerate(pool.ordered_map(_diff_run, len(texts))):
            yield index, _hunks(rows, *texts[index])
