"""The differences between two article texts, as classified hunks with stable ids.

The diff runs in two passes, both with ``difflib.SequenceMatcher(autojunk=False)``:

1. The texts are cut into *units* (sentences and line breaks) and the units
   are matched by their normalised text, so the identical bulk of two versions
   costs one hash per sentence.
2. Only the regions between matching units are cut into tokens (see
   ``core.normalize``) and diffed token by token.

A clean-up then merges changes separated by a sliver of equal text, so a
proofreader reads "文化旅游" → "文比旅流" as one change, not two with a lone
"旅" between them; it never merges across CJK clause punctuation or a line
break, where a reader expects one change to end.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from core.model import Hunk, HunkClass
from core.normalize import (
    Token,
    broken_paragraph_breaks,
    fold_width,
    is_punctuation,
    tokenize,
)


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Which differences the proofreader has chosen not to see."""

    ignore_whitespace: bool = False  # spaces, ideographic spaces and line breaks
    ignore_punctuation_width: bool = False  # "," vs "，", "(" vs "（", "1" vs "１"
    join_broken_paragraphs: bool = False  # a blank line cutting a sentence in two


# A unit ends after sentence-ending punctuation (with any closing quotes) or a line break,
# and takes the whitespace after it: a bare line break is too common to anchor on.
_UNIT_END = re.compile(r"(?:[。！？!?；;]+[”’\"'」』》）)\]】]*|\r\n|\r|\n)\s*")
_WHITESPACE = re.compile(r"\s+")
# Two changes are never merged across these: each closes a clause a reader sees as whole.
_MERGE_STOPS = frozenset("、，。；：,;:！？!?\r\n")
_MAX_MERGED_GAP = 2  # visible characters of equal text that may be swallowed
_ID_CONTEXT = 8  # characters either side of a change that go into its id


def diff_texts(left: str, right: str, options: DiffOptions | None = None) -> list[Hunk]:
    """The hunks turning ``left`` into ``right``, in order.

    Offsets index the two strings; each hunk's ``left``/``right`` are the exact
    texts at its offsets (one may be empty).

    >>> [(h.left, h.right, h.kind.value) for h in diff_texts("人民日报，今天", "入民日报,今天")]
    [('人', '入', 'text'), ('，', ',', 'punctuation')]
    >>> diff_texts("人民日报，今天", "人民日报,今天", DiffOptions(ignore_punctuation_width=True))
    []
    """
    options = options or DiffOptions()
    if left == right:
        return []
    left_breaks = broken_paragraph_breaks(left) if options.join_broken_paragraphs else []
    right_breaks = broken_paragraph_breaks(right) if options.join_broken_paragraphs else []
    edits: list[tuple[int, int, int, int]] = []
    for left_region, right_region in _differing_regions(left, right, options):
        edits.extend(
            _token_edits(
                _Compared(left, left_region, left_breaks, options),
                _Compared(right, right_region, right_breaks, options),
            )
        )
    return _make_hunks(left, right, _merge_slivers(left, right, edits))


def _unit_key(text: str, options: DiffOptions) -> str:
    if options.ignore_whitespace:
        text = _WHITESPACE.sub("", text)
    if options.ignore_punctuation_width:
        text = fold_width(text)
    return text


def _units(text: str, options: DiffOptions) -> tuple[list[tuple[int, int]], list[str]]:
    """Unit spans and their comparison keys; units whose key is empty are left out."""
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    start = 0
    ends = [match.end() for match in _UNIT_END.finditer(text)]
    if not ends or ends[-1] != len(text):
        ends.append(len(text))
    for end in ends:
        key = _unit_key(text[start:end], options)
        if key:
            spans.append((start, end))
            keys.append(key)
        start = end
    return spans, keys


def _differing_regions(
    left: str, right: str, options: DiffOptions
) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Character ranges of the two texts between units that match exactly."""
    left_spans, left_keys = _units(left, options)
    right_spans, right_keys = _units(right, options)
    matcher = SequenceMatcher(None, left_keys, right_keys, autojunk=False)
    regions = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        left_region = (
            left_spans[i1 - 1][1] if i1 else 0,
            left_spans[i2][0] if i2 < len(left_spans) else len(left),
        )
        right_region = (
            right_spans[j1 - 1][1] if j1 else 0,
            right_spans[j2][0] if j2 < len(right_spans) else len(right),
        )
        regions.append((left_region, right_region))
    return regions


class _Compared:
    """The tokens of one side's region that take part in the comparison, with their keys."""

    __slots__ = ("end", "keys", "start", "tokens")

    def __init__(
        self,
        text: str,
        region: tuple[int, int],
        breaks: list[tuple[int, int]],
        options: DiffOptions,
    ) -> None:
        self.start, self.end = region
        self.tokens: list[Token] = []
        self.keys: list[str] = []
        for token in tokenize(text[self.start : self.end]):
            start, end = token.start + self.start, token.end + self.start
            if token.kind.is_whitespace and (
                options.ignore_whitespace or _inside(breaks, start, end)
            ):
                continue
            key = text[start:end]
            if options.ignore_punctuation_width:
                key = fold_width(key)
            self.tokens.append(Token(token.kind, start, end))
            self.keys.append(key)

    def span(self, first: int, last: int, other: _Compared, other_first: int) -> tuple[int, int]:
        """Characters of tokens ``first:last``; for an empty range, where an insertion goes."""
        if first < last:
            return self.tokens[first].start, self.tokens[last - 1].end
        if not self.tokens:
            return self.start, self.start
        # Mirror the other side: text inserted after an ignored gap goes after this
        # side's gap too, so "甲。\n\n" + "丙乙" puts 丙 before 乙, not after 。.
        previous_end = other.tokens[other_first - 1].end if other_first else other.start
        other_gap_before = other.tokens[other_first].start > previous_end
        if first < len(self.tokens) and other_gap_before:
            position = self.tokens[first].start
        elif first > 0:
            position = self.tokens[first - 1].end
        else:
            position = self.start
        return position, position


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    # Break spans are few per article; a linear scan is cheaper than bisecting.
    return any(a <= start and end <= b for a, b in spans)


def _token_edits(left: _Compared, right: _Compared) -> list[tuple[int, int, int, int]]:
    matcher = SequenceMatcher(None, left.keys, right.keys, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
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


def _visible(text: str) -> str:
    return _WHITESPACE.sub("", text)


def _merge_slivers(
    left: str, right: str, edits: list[tuple[int, int, int, int]]
) -> list[tuple[int, int, int, int]]:
    """Edits with short equal gaps between them swallowed (see the module docstring)."""
    merged: list[tuple[int, int, int, int]] = []
    for edit in edits:
        if merged:
            l1, l2, r1, r2 = merged[-1]
            gap_left, gap_right = left[l2 : edit[0]], right[r2 : edit[2]]
            if _is_sliver(gap_left, gap_right, merged[-1], edit, left, right):
                merged[-1] = (l1, edit[1], r1, edit[3])
                continue
        merged.append(edit)
    return merged


def _is_sliver(
    gap_left: str,
    gap_right: str,
    before: tuple[int, int, int, int],
    after: tuple[int, int, int, int],
    left: str,
    right: str,
) -> bool:
    edges = (
        left[before[1] - 1 : before[1]] + right[before[3] - 1 : before[3]]
        + left[after[0] : after[0] + 1] + right[after[2] : after[2] + 1]
    )  # the characters either side of the gap: a stop there ends a change too
    if _MERGE_STOPS.intersection(gap_left + gap_right + edges):
        return False
    gap = len(_visible(gap_left))
    if gap == 0:
        return True

    def size(edit: tuple[int, int, int, int]) -> int:
        return max(len(_visible(left[edit[0] : edit[1]])), len(_visible(right[edit[2] : edit[3]])))

    return gap <= _MAX_MERGED_GAP and gap <= min(size(before), size(after))


def classify(left: str, right: str) -> HunkClass:
    """Whether a change is to whitespace, to punctuation (or its width), or to the text.

    >>> classify("，", ","), classify("\\n\\n", ""), classify("人", "入")
    (<HunkClass.PUNCTUATION: 'punctuation'>, <HunkClass.WHITESPACE: 'whitespace'>, <HunkClass.TEXT: 'text'>)
    """
    left_visible, right_visible = _visible(left), _visible(right)
    if left_visible == right_visible:
        return HunkClass.WHITESPACE
    if fold_width(left_visible) == fold_width(right_visible):
        return HunkClass.PUNCTUATION
    if all(is_punctuation(char) for char in left_visible + right_visible):
        return HunkClass.PUNCTUATION
    return HunkClass.TEXT


def _make_hunks(left: str, right: str, edits: list[tuple[int, int, int, int]]) -> list[Hunk]:
    hunks = []
    seen: dict[tuple[str, str], int] = {}
    for l1, l2, r1, r2 in edits:
        left_text, right_text = left[l1:l2], right[r1:r2]
        context = left[max(0, l1 - _ID_CONTEXT) : l1] + "\0" + left[l2 : l2 + _ID_CONTEXT]
        named = (left_text, right_text, context)
        occurrence = seen.get(named, 0)
        seen[named] = occurrence + 1
        hunks.append(
            Hunk(
                id=hunk_id(left_text, right_text, context, occurrence),
                left_start=l1,
                left_end=l2,
                right_start=r1,
                right_end=r2,
                left=left_text,
                right=right_text,
                kind=classify(left_text, right_text),
            )
        )
    return hunks


def hunk_id(left: str, right: str, context: str = "", occurrence: int = 0) -> str:
    """A name for a change that survives reloading the same texts.

    It depends on the two texts, a few characters around the change and how
    many identical changes in identical surroundings come before it, not on
    offsets: an edit elsewhere in the article does not rename it, and of two
    identical comma changes removing the first does not hand its name to the
    second.
    """
    digest = hashlib.blake2b(f"{left}\0{right}\0{context}\0{occurrence}".encode(), digest_size=6)
    return digest.hexdigest()
