"""From raw edits to the hunks a proofreader decides: clean-up, classes and stable ids."""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from core.model import Hunk, HunkClass
from core.text.normalize import fold_width, is_punctuation
from core.text.punctuation import MERGE_STOPS as _MERGE_STOPS

_MAX_MERGED_GAP = 2  # visible characters of equal text that may be swallowed
_ID_CONTEXT = 8  # characters either side of a change that go into its id
_WHITESPACE = re.compile(r"\s+")

Edit = tuple[int, int, int, int]
"""(left start, left end, right start, right end) of one change."""


def visible(text: str) -> str:
    return _WHITESPACE.sub("", text)


def merge_slivers(left: str, right: str, edits: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
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
    if len(visible(gap_left[: 3 * _MAX_MERGED_GAP])) > _MAX_MERGED_GAP:
        return False  # too long to swallow, whatever else: found without reading the whole gap
    edges = (
        left[before[1] - 1 : before[1]]
        + right[before[3] - 1 : before[3]]
        + left[after[0] : after[0] + 1]
        + right[after[2] : after[2] + 1]
    )  # the characters either side of the gap: a stop there ends a change too
    if _MERGE_STOPS.intersection(gap_left + gap_right + edges):
        return False
    gap = len(visible(gap_left))
    if gap == 0:
        return True

    def size(edit: tuple[int, int, int, int]) -> int:
        return max(len(visible(left[edit[0] : edit[1]])), len(visible(right[edit[2] : edit[3]])))

    return gap <= _MAX_MERGED_GAP and gap <= min(size(before), size(after))


@lru_cache(maxsize=4096)  # the same few changes (",", "，") recur thousands of times
def classify(left: str, right: str) -> HunkClass:
    """Whether a change is to whitespace, to punctuation (or its width), or to the text.

    >>> classify("，", ","), classify("\\n\\n", ""), classify("人", "入")
    (<HunkClass.PUNCTUATION: 'punctuation'>, <HunkClass.WHITESPACE: 'whitespace'>, <HunkClass.TEXT: 'text'>)
    """
    left_visible, right_visible = visible(left), visible(right)
    if left_visible == right_visible:
        return HunkClass.WHITESPACE
    if fold_width(left_visible) == fold_width(right_visible):
        return HunkClass.PUNCTUATION
    if all(is_punctuation(char) for char in left_visible + right_visible):
        return HunkClass.PUNCTUATION
    return HunkClass.TEXT


def make_hunks(left: str, right: str, edits: list[tuple[int, int, int, int]]) -> list[Hunk]:
    hunks = []
    seen: dict[tuple[str, str, str], int] = {}
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


# Digits; Chinese numerals of two or more characters (三十六, 二〇二二); one numeral before a
# counting word (三天, 五辆). A lone 一 is left out: it is as often part of a word (统一, 一起).
_ANY_NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万亿两]")
_NUMERALS = re.compile(r"[0-9〇零一二三四五六七八九十百千万亿两]+")
_NUMBER = re.compile(
    r"[0-9]+|[〇零一二三四五六七八九十百千万亿两]{2,}"
    r"|[〇零二三四五六七八九十两](?=[年月日号时分秒个名人次辆家件元岁天周位项条种批所户台架只场轮期届倍成])"
)


def is_number_change(hunk: Hunk) -> bool:
    """Whether the digits or Chinese numerals of the two sides differ (a count, a date).

    Such a change is never accepted in a batch: a wrong number in print is the
    costliest error. Width alone (``１２`` vs ``12``) does not count.

    >>> from core.diffing.diff import diff_texts
    >>> [is_number_change(h) for h in diff_texts("达到1506辆。三天", "达到1605辆。五天")]
    [True, True]
    >>> [is_number_change(h) for h in diff_texts("１２个，", "12个,")]
    [False, False]
    >>> [is_number_change(h) for h in diff_texts("推动知行合一。", "推动见行见效。")]
    [False]
    """
    if not (_ANY_NUMERAL.search(hunk.left) or _ANY_NUMERAL.search(hunk.right)):
        return False
    left, right = fold_width(visible(hunk.left)), fold_width(visible(hunk.right))
    if left != right and left and right and _NUMERALS.fullmatch(left) and _NUMERALS.fullmatch(right):
        return True  # 三 → 五: one numeral for another, whatever follows
    return _NUMBER.findall(left) != _NUMBER.findall(right)
