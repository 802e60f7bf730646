"""The differences between two article texts, as classified hunks with stable ids.

The diff runs in two passes, both with ``difflib.SequenceMatcher(autojunk=False)``:

1. The texts are cut into *units* (sentences and line breaks) and the units
   are matched by their normalised text, so the identical bulk of two versions
   costs one hash per sentence; inside differing sentences, clauses are
   matched the same way.
2. Only the regions between matching units, without the text they share at
   both ends, are cut into tokens (see ``core.text.normalize``) and diffed token
   by token.

A clean-up then merges changes separated by a sliver of equal text, so a
proofreader reads "文化旅游" → "文比旅流" as one change, not two with a lone
"旅" between them; it never merges across CJK clause punctuation or a line
break, where a reader expects one change to end.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from difflib import SequenceMatcher

from core.diffing.furniture_edits import without_furniture, without_label_changes
from core.diffing.hunks import make_hunks, merge_slivers, visible
from core.diffing.token_diff import Compared, token_edits
from core.model import Hunk
from core.text.normalize import (
    CJK_CHAR,
    broken_paragraph_breaks,
    fold_width,
)
from core.text.punctuation import CLAUSE_BOUNDARY, SENTENCE_BOUNDARY
from core.text.punctuation import MERGE_STOPS as _MERGE_STOPS


@dataclass(frozen=True, slots=True)
class DiffOptions:
    """Which differences the proofreader has chosen not to see."""

    ignore_whitespace: bool = False  # spaces, ideographic spaces and line breaks
    ignore_punctuation_width: bool = False  # "," vs "，", "(" vs "（", "1" vs "１"
    join_broken_paragraphs: bool = False  # a blank line cutting a sentence in two


OPTION_NAMES = tuple(option.name for option in fields(DiffOptions))
"""The options' names, as a session file and the window's settings keep them."""


# A unit ends after sentence-ending punctuation (with any closing quotes) or a line break,
# and takes the whitespace after it: a bare line break is too common to anchor on.
_UNIT_END = re.compile(rf"(?:{SENTENCE_BOUNDARY.pattern}|\r\n|\r|\n)\s*")
_WHITESPACE = re.compile(r"\s+")
_ANCHOR = re.compile(r"[\W_]+")  # what is not part of a word: punctuation, spaces
# Inside a differing sentence, clauses are matched the same way before tokens are.
_CLAUSE_END = re.compile(rf"{CLAUSE_BOUNDARY.pattern}\s*")
_CJK = CJK_CHAR
_WHOLESALE = 4  # visible characters a side needs before a dissimilar stretch is one change


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
    for sentences in _differing_regions(left, (0, len(left)), right, (0, len(right)), _UNIT_END, options):
        in_place = _substitutions(left, sentences[0], right, sentences[1], options)
        if in_place is not None:
            edits.extend(in_place)
            continue
        for left_region, right_region in _differing_regions(
            left, sentences[0], right, sentences[1], _CLAUSE_END, options
        ):
            left_region, right_region = _trim_common_ends(left, left_region, right, right_region)
            direct = _direct_edit(left, left_region, right, right_region, options)
            if direct is not None:
                edits.extend(direct)
                continue
            left_key = visible(left[slice(*left_region)])
            right_key = visible(right[slice(*right_region)])
            if (
                min(len(left_key), len(right_key)) >= _WHOLESALE
                and not _resembles(left_key, right_key)
                and not _resembles_an_end(left_key, right_key)
            ):
                # Nothing in common worth showing: one change, not confetti of 的 and ，.
                edits.append((*left_region, *right_region))
                continue
            edits.extend(
                token_edits(
                    Compared(
                        left, left_region, left_breaks, options.ignore_whitespace, options.ignore_punctuation_width
                    ),
                    Compared(
                        right, right_region, right_breaks, options.ignore_whitespace, options.ignore_punctuation_width
                    ),
                )
            )
    merged = without_label_changes(left, right, without_furniture(left, right, merge_slivers(left, right, edits)))
    # A mark deleted at the end of one unit and inserted at the start of the next is no change.
    return make_hunks(left, right, [e for e in merged if left[e[0] : e[1]] != right[e[2] : e[3]]])


def _substitutions(
    left: str, left_region: Region, right: str, right_region: Region, options: DiffOptions
) -> list[tuple[int, int, int, int]] | None:
    """The edits of two same-length sentences that differ in a few characters in place, else None.

    Most differing sentences are a comma's width or an OCR letter away from
    each other; comparing them position by position finds that without any
    alignment. Runs are widened to whole Latin words and cut at clause stops,
    as the token diff would cut them.
    """
    (l0, l1), (r0, r1) = left_region, right_region
    if l1 - l0 != r1 - r0 or options.ignore_whitespace or options.join_broken_paragraphs:
        return None
    a, b = left[l0:l1], right[r0:r1]
    positions = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    if len(positions) > max(2, len(a) // 8):
        return None  # too many: probably shifted text, which needs real alignment
    runs: list[list[int]] = []
    for i in positions:
        stop = a[i] in _MERGE_STOPS or b[i] in _MERGE_STOPS
        if runs and runs[-1][1] == i and not stop and not runs[-1][2]:
            runs[-1][1] = i + 1
        else:
            runs.append([i, i + 1, stop])
    edits: list[tuple[int, int, int, int]] = []
    for start, end, _ in runs:
        while start > 0 and (_joined(a, start) or _joined(b, start)):
            start -= 1
        while end < len(a) and (_joined(a, end) or _joined(b, end)):
            end += 1
        if edits and start < edits[-1][1] - l0:
            start = edits.pop()[0] - l0  # widened into the previous run: one edit
        if options.ignore_punctuation_width and fold_width(a[start:end]) == fold_width(b[start:end]):
            continue
        edits.append((l0 + start, l0 + end, r0 + start, r0 + end))
    return edits


def _direct_edit(
    left: str, left_region: Region, right: str, right_region: Region, options: DiffOptions
) -> list[tuple[int, int, int, int]] | None:
    """The edit of two trimmed regions when no token diff is needed, else None.

    Most differing clauses trim down to a character or two ("," vs "，"); a
    pure insertion or deletion needs no alignment either.
    """
    (l0, l1), (r0, r1) = left_region, right_region
    if l0 == l1 and r0 == r1:
        return []
    if options.ignore_whitespace or options.join_broken_paragraphs:
        return None  # what is ignorable inside the regions is the token pass's business
    if l0 == l1 or r0 == r1 or (l1 - l0 == 1 and r1 - r0 == 1):
        if options.ignore_punctuation_width and fold_width(left[l0:l1]) == fold_width(right[r0:r1]):
            return []
        return [(l0, l1, r0, r1)]
    return None


def _unit_key(text: str, options: DiffOptions) -> str:
    if options.ignore_whitespace:
        text = _WHITESPACE.sub("", text)
    if options.ignore_punctuation_width:
        text = fold_width(text)
    return text


def _units(
    text: str, region: tuple[int, int], unit_end: re.Pattern[str], options: DiffOptions
) -> tuple[list[tuple[int, int]], list[str]]:
    """Unit spans in ``region`` and their comparison keys; units whose key is empty are left out."""
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    start, stop = region
    ends = [match.end() for match in unit_end.finditer(text, start, stop)]
    if not ends or ends[-1] != stop:
        ends.append(stop)
    for end in ends:
        key = _unit_key(text[start:end], options)
        if key:
            spans.append((start, end))
            keys.append(key)
        start = end
    return spans, keys


Region = tuple[int, int]


def _differing_regions(
    left: str,
    left_region: Region,
    right: str,
    right_region: Region,
    unit_end: re.Pattern[str],
    options: DiffOptions,
) -> list[tuple[Region, Region]]:
    """Sub-ranges of two regions lying between units that match exactly.

    A stretch replaced unit for unit comes back one region per unit pair:
    diffing each alone is much cheaper than one diff over the stretch, and
    reads the same.
    """
    left_spans, left_keys = _units(left, left_region, unit_end, options)
    right_spans, right_keys = _units(right, right_region, unit_end, options)
    # Anchor on the units' words alone: a sentence that differs only in punctuation or
    # spacing ("," vs "，") still lines up with its counterpart, and comes back as a
    # region of its own.
    if len(left_keys) == len(right_keys) and all(
        a == b or _anchor(a) == _anchor(b) for a, b in zip(left_keys, right_keys, strict=True)
    ):
        # Every unit lines up with its counterpart (the usual case: the versions differ inside
        # sentences, in punctuation or a character): no alignment to compute, and only the
        # units that differ are reduced to their words.
        opcodes: Sequence[tuple[str, int, int, int, int]] = [("equal", 0, len(left_keys), 0, len(right_keys))]
    else:
        left_anchors, right_anchors = [_anchor(k) for k in left_keys], [_anchor(k) for k in right_keys]
        opcodes = SequenceMatcher(None, left_anchors, right_anchors, autojunk=False).get_opcodes()
    regions: list[tuple[Region, Region]] = []
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            regions.extend(
                (left_spans[i1 + k], right_spans[j1 + k])
                for k in range(i2 - i1)
                if left_keys[i1 + k] != right_keys[j1 + k]
            )
            continue
        left_cuts = [
            left_spans[i1 - 1][1] if i1 else left_region[0],
            left_spans[i2][0] if i2 < len(left_spans) else left_region[1],
        ]
        right_cuts = [
            right_spans[j1 - 1][1] if j1 else right_region[0],
            right_spans[j2][0] if j2 < len(right_spans) else right_region[1],
        ]
        if tag == "replace" and i2 - i1 == j2 - j1 > 1:
            # Split only between units that resemble each other: a passage
            # replaced wholesale (a splice) stays one region, not a zip of clauses.
            # Cut only where the units either side line up: equal counts can be a
            # coincidence (one side joins two sentences that the other splits later).
            aligned = [_counterparts(left_keys[i1 + k], right_keys[j1 + k]) for k in range(i2 - i1)]
            for k in range(1, i2 - i1):
                if aligned[k - 1] and aligned[k]:
                    left_cuts.insert(-1, left_spans[i1 + k][0])
                    right_cuts.insert(-1, right_spans[j1 + k][0])
        regions.extend(
            ((left_cuts[k], left_cuts[k + 1]), (right_cuts[k], right_cuts[k + 1])) for k in range(len(left_cuts) - 1)
        )
    return regions


def _anchor(key: str) -> str:
    return _ANCHOR.sub("", key) or key


def _counterparts(left_key: str, right_key: str) -> bool:
    """Whether two units are versions of one sentence: similar length, mostly the same bigrams."""
    shorter, longer = sorted((len(left_key), len(right_key)))
    if shorter < 0.8 * longer:
        return False
    # The two ends tell versions of one sentence from neighbours that share its words.
    left_key, right_key = _ends(left_key), _ends(right_key)
    left_pairs = set(map(str.__add__, left_key, left_key[1:]))
    right_pairs = set(map(str.__add__, right_key, right_key[1:]))
    total = len(left_pairs) + len(right_pairs)
    return not total or 2 * len(left_pairs & right_pairs) >= 0.5 * total


def _ends(key: str, size: int = 24) -> str:
    return key if len(key) <= 2 * size else key[:size] + key[-size:]


def _resembles(left_key: str, right_key: str) -> bool:
    """Whether two units share most of their distinct characters (a cheap, order-blind test)."""
    # Width does not make two texts different stories: fold it first.
    left_chars, right_chars = set(fold_width(left_key)), set(fold_width(right_key))
    total = len(left_chars) + len(right_chars)
    return not total or 2 * len(left_chars & right_chars) >= 0.5 * total


def _resembles_an_end(left_key: str, right_key: str) -> bool:
    """Whether the shorter text resembles the longer one's start or end (a truncation, a splice)."""
    short, long = sorted((left_key, right_key), key=len)
    if len(long) < 2 * len(short):
        return False
    return _resembles(short, long[: len(short)]) or _resembles(short, long[-len(short) :])


def _joined(text: str, position: int) -> bool:
    """Whether the characters either side of ``position`` belong to one token."""
    before, after = text[position - 1], text[position]
    if before.isspace() and after.isspace():
        return True
    return before.isalnum() and after.isalnum() and not _CJK.match(before) and not _CJK.match(after)


def _trim_common_ends(
    left: str, left_region: tuple[int, int], right: str, right_region: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """The regions without the text they share at both ends, cut at token boundaries.

    Comparing slices runs at C speed, so a sentence that differs in one
    character is tokenized only around that character.
    """
    (l0, l1), (r0, r1) = left_region, right_region
    prefix = _common_length(left, l0, right, r0, min(l1 - l0, r1 - r0), forward=True)
    while prefix and (
        (l0 + prefix < l1 and _joined(left, l0 + prefix)) or (r0 + prefix < r1 and _joined(right, r0 + prefix))
    ):
        prefix -= 1
    l0, r0 = l0 + prefix, r0 + prefix
    suffix = _common_length(left, l1, right, r1, min(l1 - l0, r1 - r0), forward=False)
    while suffix and (
        (l1 - suffix > l0 and _joined(left, l1 - suffix)) or (r1 - suffix > r0 and _joined(right, r1 - suffix))
    ):
        suffix -= 1
    return (l0, l1 - suffix), (r0, r1 - suffix)


def _common_length(a: str, a_at: int, b: str, b_at: int, limit: int, *, forward: bool) -> int:
    """How many characters ``a`` and ``b`` share from ``a_at``/``b_at`` on (or back)."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if forward:
            same = a[a_at : a_at + middle] == b[b_at : b_at + middle]
        else:
            same = a[a_at - middle : a_at] == b[b_at - middle : b_at]
        if same:
            low = middle
        else:
            high = middle - 1
    return low
