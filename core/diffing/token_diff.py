"""The token-level pass of the diff: one differing region of each side, aligned token by token.

``core.diffing.diff`` narrows two texts down to the regions that differ; here each
region is cut into tokens (``core.text.normalize.TOKEN_REGEX``: a CJK character,
a Latin word, a number, a mark, a run of whitespace) and the two token
sequences are aligned with ``difflib``, cut at the clause stops both share.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import accumulate

from core.text.normalize import TOKEN_REGEX, WHITESPACE_GROUPS, fold_width, token_pattern
from core.text.punctuation import MERGE_STOPS as _MERGE_STOPS

_TOKENS = re.compile(re.sub(r"\(\?P<\w+>", "(?:", TOKEN_REGEX), re.DOTALL)
"""``TOKEN_REGEX`` without its named groups: ``findall`` then gives the tokens themselves."""


class Compared:
    """The tokens of one side's region that take part in the comparison, with their keys.

    Tokens are kept as parallel lists of offsets and keys rather than objects:
    this loop runs once per character of every differing sentence.
    """

    __slots__ = ("end", "ends", "keys", "start", "starts")

    def __init__(
        self,
        text: str,
        region: tuple[int, int],
        breaks: list[tuple[int, int]],
        skip_whitespace: bool = False,
        fold: bool = False,
    ) -> None:
        self.start, self.end = region
        if not skip_whitespace and not breaks:
            # Every token takes part: found, measured and placed in C, no Python step per character.
            tokens = _TOKENS.findall(text, self.start, self.end)
            edges = list(accumulate(map(len, tokens), initial=self.start))
            self.starts, self.ends = edges[:-1], edges[1:]
            self.keys = [fold_width(t) for t in tokens] if fold else tokens
            return
        self.starts = []
        self.ends = []
        self.keys = []
        for match in token_pattern().finditer(text, self.start, self.end):
            start, end = match.span()
            if match.lastgroup in WHITESPACE_GROUPS and (skip_whitespace or (breaks and _inside(breaks, start, end))):
                continue
            self.starts.append(start)
            self.ends.append(end)
            self.keys.append(fold_width(match.group()) if fold else match.group())

    def span(self, first: int, last: int, other: Compared, other_first: int) -> tuple[int, int]:
        """Characters of tokens ``first:last``; for an empty range, where an insertion goes."""
        if first < last:
            return self.starts[first], self.ends[last - 1]
        if not self.keys:
            return self.start, self.start
        # Mirror the other side: text inserted after an ignored gap goes after this
        # side's gap too, so "甲。\n\n" + "丙乙" puts 丙 before 乙, not after 。.
        previous_end = other.ends[other_first - 1] if other_first else other.start
        other_gap_before = other.starts[other_first] > previous_end
        if first < len(self.keys) and other_gap_before:
            position = self.starts[first]
        elif first > 0:
            position = self.ends[first - 1]
        else:
            position = self.start
        return position, position


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # Break spans are few per article; a linear scan is cheaper than bisecting.
    return any(a <= start and end <= b for a, b in spans)


def token_edits(left: Compared, right: Compared) -> list[tuple[int, int, int, int]]:
    left_keys, right_keys = left.keys, right.keys
    # Trim the common ends first: most sentences differ in a few tokens only.
    prefix, limit = 0, min(len(left_keys), len(right_keys))
    while prefix < limit and left_keys[prefix] == right_keys[prefix]:
        prefix += 1
    suffix, limit = 0, limit - prefix
    while suffix < limit and left_keys[-1 - suffix] == right_keys[-1 - suffix]:
        suffix += 1
    matcher = SequenceMatcher(
        None,
        left_keys[prefix : len(left_keys) - suffix],
        right_keys[prefix : len(right_keys) - suffix],
        autojunk=False,
    )
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        i1, i2, j1, j2 = i1 + prefix, i2 + prefix, j1 + prefix, j2 + prefix
        for a1, a2, b1, b2 in _split_at_stops(left.keys, right.keys, i1, i2, j1, j2):
            edits.append((*left.span(a1, a2, right, b1), *right.span(b1, b2, left, a1)))
    return edits


def _runs(keys: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """Token ranges alternating between single clause stops and the text between them."""
    runs: list[tuple[int, int]] = []
    start = first
    for index in range(first, last):
        if keys[index] in _MERGE_STOPS:
            if start < index:
                runs.append((start, index))
            runs.append((index, index + 1))
            start = index + 1
    if start < last:
        runs.append((start, last))
    return runs


def _split_at_stops(
    left: list[str], right: list[str], i1: int, i2: int, j1: int, j2: int
) -> list[tuple[int, int, int, int]]:
    """A replaced stretch cut at the clause stops both sides share in the same places.

    difflib reports adjacent changed tokens as one replacement, so "。人" → "！入"
    would be one change mixing punctuation and text; cut, it is two, each
    decided (and batch-decided by class) on its own.
    """
    left_runs, right_runs = _runs(left, i1, i2), _runs(right, j1, j2)
    pattern = [left[a] in _MERGE_STOPS for a, _ in left_runs]
    if len(left_runs) < 2 or pattern != [right[b] in _MERGE_STOPS for b, _ in right_runs]:
        return [(i1, i2, j1, j2)]
    return [
        (a1, a2, b1, b2)
        for (a1, a2), (b1, b2) in zip(left_runs, right_runs, strict=True)
        if left[a1:a2] != right[b1:b2]
    ]
