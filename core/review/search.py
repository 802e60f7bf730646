"""Finding text and flagged changes across the whole issue, both versions, in reading order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from core.comparison import Comparison
from core.model import SIDES, Pair, Side


@dataclass(frozen=True, slots=True)
class Found:
    """Where a search landed: in ``pair``'s text on ``side``, at ``start:end``."""

    pair: Pair
    side: Side
    start: int
    end: int


def find_text(
    comparison: Comparison, pairs: Sequence[Pair], needle: str, after: Found | None, backwards: bool = False
) -> Found | None:
    """The next occurrence of ``needle`` after ``after`` (None: from the start), wrapping round the issue.

    Articles are searched in ``pairs``' order (the list's), each pair's left
    text before its right one; Latin letters match either case.

    >>> from core.comparison import compare_versions, version_from_text
    >>> from core.text.textio import DecodedText
    >>> version = lambda t: version_from_text(DecodedText("x", t, "utf-8", b"", "\\n"))
    >>> c = compare_versions(version("甲\\n\\n入口在东门。\\n"), version("甲\\n\\n人口在东门。\\n"))
    >>> [(str(f.side), f.start) for f in [find_text(c, c.pairs, "口在", None)]]
    [('left', 1)]
    >>> first = find_text(c, c.pairs, "口在", None)
    >>> find_text(c, c.pairs, "口在", first).side
    <Side.RIGHT: 'right'>
    """
    if not needle or not pairs:
        return None
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    places = [(index, side) for index in range(len(pairs)) for side in SIDES]
    if after is not None and after.pair in pairs:
        at = places.index((list(pairs).index(after.pair), after.side))
    else:
        at = len(places) - 1 if not backwards else 0  # so the first place searched is the first (last) one
        after = None
    count = len(places)
    for step in range(count + 1):
        index, side = places[(at + (-step if backwards else step)) % count]
        text = comparison.text(pairs[index], side) or ""
        matches = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if step == 0 and after is not None:
            matches = [m for m in matches if (m[0] < after.start if backwards else m[0] > after.start)]
        elif step == count and after is not None:  # back where it started: only what lies before it
            matches = [m for m in matches if (m[0] > after.start if backwards else m[0] <= after.start)]
        elif step == 0:
            continue
        if matches:
            start, end = matches[-1] if backwards else matches[0]
            return Found(pairs[index], side, start, end)
    return None


def place_among_matches(comparison: Comparison, pairs: Sequence[Pair], needle: str, found: Found) -> tuple[int, int]:
    """Which match ``found`` is, counted from 1 in ``find_text``'s order, and how many there are in all.

    >>> from core.comparison import compare_versions, version_from_text
    >>> from core.text.textio import DecodedText
    >>> version = lambda t: version_from_text(DecodedText("x", t, "utf-8", b"", "\\n"))
    >>> c = compare_versions(version("甲\\n\\n口在口在。\\n"), version("甲\\n\\n口在。\\n"))
    >>> first = find_text(c, c.pairs, "口在", None)
    >>> place_among_matches(c, c.pairs, "口在", first)
    (1, 3)
    >>> place_among_matches(c, c.pairs, "口在", find_text(c, c.pairs, "口在", first))
    (2, 3)
    """
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    before = total = 0
    for pair in pairs:
        for side in SIDES:
            starts = [m.start() for m in pattern.finditer(comparison.text(pair, side) or "")]
            if pair == found.pair and side == found.side:
                before = total + sum(1 for start in starts if start < found.start)
            total += len(starts)
    return before + 1, total


def next_flagged(
    comparison: Comparison, pairs: Sequence[Pair], pair: Pair | None, change: int, backwards: bool = False
) -> tuple[Pair, int] | None:
    """The next flagged change after change ``change`` of ``pair`` (wrapping round), as (pair, index).

    A pair whose flags are its own (a truncated article) counts as flagged at
    its first change.
    """
    spots: list[tuple[int, int]] = []
    for number, each in enumerate(pairs):
        hunks = comparison.hunks(each)
        flagged = [k for k, hunk in enumerate(hunks) if hunk.flags]
        if comparison.pair_flags(each) and 0 not in flagged:
            flagged.insert(0, 0)
        spots.extend((number, k) for k in flagged)
    if not spots:
        return None
    here = (list(pairs).index(pair) if pair is not None and pair in pairs else -1, change)
    if backwards:
        before = [spot for spot in spots if spot < here]
        number, index = before[-1] if before else spots[-1]
    else:
        later = [spot for spot in spots if spot > here]
        number, index = later[0] if later else spots[0]
    return pairs[number], index
