"""Several versions of one text aligned on the base: each place where any of them differs is one *site*
with a reading from every version.

Built from the pairwise diffs against the base (the product's own diff):
every change a version makes covers a stretch of the base (or a point, for
an insertion); stretches that overlap, and insertions inside a stretch,
are one site; each version's reading of a site is its text between where
the site's ends fall in it. The base's reading is its own text there, so
with two versions the sites are exactly the two-way changes.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from core.diffing.diff import DiffOptions, diff_texts


@dataclass(frozen=True, slots=True)
class Site:
    """A place where the versions differ: a stretch of the base (empty for an insertion) and each version's
    reading of it (index 0, the base's; None for a version that has nothing to compare there)."""

    start: int
    end: int
    readings: tuple[str | None, ...]


@dataclass(frozen=True, slots=True)
class _Change:
    base_start: int
    base_end: int
    start: int
    end: int


class _Mapping:
    """Where positions of the base fall in one other version, from the diff between the two."""

    def __init__(self, changes: list[_Change]) -> None:
        self.changes = changes
        self.starts = [c.base_start for c in changes]

    def position(self, at: int, after_insertions: bool) -> int:
        """The version's offset for base offset ``at`` (not inside a change): before or after what the
        version inserts exactly there."""
        shift = 0
        for change in self.changes[: bisect_right(self.starts, at)]:
            if change.base_start == change.base_end == at and not after_insertions:
                continue
            if change.base_end <= at:
                shift += (change.end - change.start) - (change.base_end - change.base_start)
        return at + shift


def align(
    base: str, others: Sequence[str | None], options: DiffOptions | None = None, by_character: bool = False
) -> list[Site]:
    """The sites where ``others`` (None: a version without this text) differ from ``base``, in order.

    ``by_character`` aligns character by character (difflib's matcher)
    rather than with the review's diff, which joins changes a few
    characters apart into one for the reader: a site no reading wins as a
    whole may be won piece by piece (see ``core.versions.vote.settle``).

    >>> [(s.start, s.end, s.readings) for s in align("市政府召開會議", ["市政府召开會議", "市政府召開会議"])]
    [(4, 5, ('開', '开', '開')), (5, 6, ('會', '會', '会'))]
    >>> [s.readings for s in align("abc", ["abc", "abc"])]
    []
    """
    mappings: list[_Mapping | None] = []
    stretches: list[tuple[int, int]] = []
    for other in others:
        if other is None:
            mappings.append(None)
            continue
        changes = _character_changes(base, other) if by_character else _changes(base, other, options)
        mappings.append(_Mapping(changes))
        stretches += [(c.base_start, c.base_end) for c in changes]
    sites = []
    for start, end in _merged(stretches):
        readings: list[str | None] = [base[start:end]]
        for other, mapping in zip(others, mappings, strict=True):
            if other is None or mapping is None:
                readings.append(None)
                continue
            # An insertion at a stretch's edge is a site of its own, before it (at its start) or after it.
            first = mapping.position(start, after_insertions=start != end)
            last = mapping.position(end, after_insertions=start == end)
            readings.append(other[first:last])
        if len({r for r in readings if r is not None}) > 1:
            sites.append(Site(start, end, tuple(readings)))
    return sites


def _changes(base: str, other: str, options: DiffOptions | None) -> list[_Change]:
    return [_Change(h.left_start, h.left_end, h.right_start, h.right_end) for h in diff_texts(base, other, options)]


ANCHOR = 12
"""Characters a matched stretch needs to anchor the alignment; between anchors it is the fewest edits."""
_CELLS = 2_000_000  # a gap larger than this many cells of edit distance keeps difflib's alignment


def _character_changes(base: str, other: str) -> list[_Change]:
    """The changes from ``base`` to ``other``, character by character: difflib's long matches as anchors, and
    between two anchors the alignment with the fewest edits (difflib alone may pull a change sideways
    where short patterns repeat: 网上办”“日上办”等 / 网万办”“掌上办”长 is three substitutions, not a
    stretch inserted and another replaced)."""
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    found = [m for m in matcher.get_matching_blocks() if m.size >= ANCHOR]
    # A phrase the text says twice may be matched to its other copy: an anchor off the line its two
    # neighbours agree on (their offsets between the texts alike) is dropped, and the gap realigned.
    # The texts' starts and ends stand as neighbours too.
    lines = [0, *(m.b - m.a for m in found), len(other) - len(base)]
    anchors = [
        m
        for at, m in enumerate(found, start=1)
        if not (abs(lines[at - 1] - lines[at + 1]) <= 4 and abs(lines[at] - lines[at - 1]) > 4)
    ]
    anchors.append(matcher.get_matching_blocks()[-1])  # the end: (len(base), len(other), 0)
    changes: list[_Change] = []
    at_base = at_other = 0
    for anchor in anchors:
        changes += _fewest_edits(base, at_base, anchor.a, other, at_other, anchor.b)
        at_base, at_other = anchor.a + anchor.size, anchor.b + anchor.size
    return changes


def _fewest_edits(base: str, a0: int, a1: int, other: str, b0: int, b1: int) -> list[_Change]:
    """The changes turning ``base[a0:a1]`` into ``other[b0:b1]`` with the fewest edits (Levenshtein)."""
    if a0 == a1 and b0 == b1:
        return []
    if a0 == a1 or b0 == b1 or (a1 - a0) * (b1 - b0) > _CELLS:
        if a0 == a1 or b0 == b1:
            return [_Change(a0, a1, b0, b1)]
        inner = SequenceMatcher(None, base[a0:a1], other[b0:b1], autojunk=False)
        return [
            _Change(a0 + i0, a0 + i1, b0 + j0, b0 + j1) for tag, i0, i1, j0, j1 in inner.get_opcodes() if tag != "equal"
        ]
    left, right = base[a0:a1], other[b0:b1]
    rows, cols = len(left), len(right)
    cost = [list(range(cols + 1))] + [[i] + [0] * cols for i in range(1, rows + 1)]
    for i in range(1, rows + 1):
        row, above, ch = cost[i], cost[i - 1], left[i - 1]
        for j in range(1, cols + 1):
            row[j] = min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (ch != right[j - 1]))
    # Back from the end: each step keeps a character ("="), substitutes one ("~"), deletes or inserts one.
    steps: list[str] = []
    i, j = rows, cols
    while i or j:
        if i and j and cost[i][j] == cost[i - 1][j - 1] + (left[i - 1] != right[j - 1]):
            steps.append("=" if left[i - 1] == right[j - 1] else "~")
            i, j = i - 1, j - 1
        elif i and cost[i][j] == cost[i - 1][j] + 1:
            steps.append("-")
            i -= 1
        else:
            steps.append("+")
            j -= 1
    changes: list[_Change] = []
    i = j = 0
    start: tuple[int, int] | None = None
    for step in reversed(steps):
        if step == "=":
            if start is not None:
                changes.append(_Change(a0 + start[0], a0 + i, b0 + start[1], b0 + j))
                start = None
        elif start is None:
            start = (i, j)
        i += step in "=~-"
        j += step in "=~+"
    if start is not None:
        changes.append(_Change(a0 + start[0], a0 + i, b0 + start[1], b0 + j))
    return changes


def _merged(stretches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches that overlap, or an insertion strictly inside one, as one; insertions at one point as one.

    >>> _merged([(2, 4), (3, 6), (6, 6), (8, 8), (8, 8), (9, 12), (10, 10)])
    [(2, 6), (6, 6), (8, 8), (9, 12)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(stretches), key=lambda s: (s[0], s[1] != s[0], s[1])):
        if merged:
            last_start, last_end = merged[-1]
            point, last_point = start == end, last_start == last_end
            overlaps = (
                (point and last_point and start == last_start)
                or (point and last_start < start < last_end)
                or (not point and not last_point and start < last_end)
                or (not point and last_point and start < last_start < end)
            )
            if overlaps:
                merged[-1] = (min(last_start, start), max(last_end, end))
                continue
        merged.append((start, end))
    return merged
