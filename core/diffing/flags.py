"""Proofreading flags: changes and articles a proofreader should look at twice.

No general diff tool knows these, and neither version is always right:

* *splice*: an inserted or replaced passage that also occurs elsewhere in the
  issue (a paragraph pasted from another article);
* *repeated phrase*: a phrase immediately repeated on one side only (``X、X``);
* *truncation*: an article that stops mid-sentence while the other continues;
* *OCR confusion*: a substitution between look-alike characters (人/入, 己/已),
  from the table in ``resources/ocr_confusions.tsv``;
* *number change*: digits, Chinese numerals or dates that differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import lru_cache

from core.diffing.hunks import is_number_change, visible
from core.model import Flag, FlagKind, Hunk, HunkClass, Side
from core.resources import resource
from core.text.normalize import CJK_CHAR, fold_width, letters, sampled_class
from core.text.punctuation import CLOSING, PARAGRAPH_END, ends_with

CONFUSIONS = resource("ocr_confusions.tsv")
_SPLICE_CJK_CHARS = 8
_SPLICE_LATIN_WORDS = 4
_GRAM = 8  # characters per n-gram when looking for a passage elsewhere
_SPLICE_SHARE = 0.6  # share of a passage's sampled n-grams another article must hold


@lru_cache(maxsize=1)
def _sampled() -> re.Pattern[str]:
    """N-grams starting at one code point in eight: built on first use, not at import."""
    return re.compile(f"(?=({sampled_class(8)}.{{{_GRAM - 1}}}))")


_NUMBERS = re.compile(r"[0-9]+|[〇零一二三四五六七八九十百千万亿两]+")
_SEPARATORS = "、，,；; \u3000"


@lru_cache(maxsize=1)
def confusion_groups() -> dict[str, frozenset[str]]:
    """Each look-alike (a character or a short letter sequence) mapped to its group."""
    groups: dict[str, frozenset[str]] = {}
    for line in CONFUSIONS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        members = frozenset(m for m in line.split("\t") if m)
        for member in members:
            groups[member] = groups.get(member, frozenset()) | members
    return groups


def looks_alike(left: str, right: str) -> bool:
    """Whether ``left`` and ``right`` differ by one look-alike substitution.

    >>> looks_alike("人", "入"), looks_alike("modern", "rnodern"), looks_alike("人", "大")
    (True, True, False)
    """
    groups = confusion_groups()
    if left in groups and right in groups[left]:
        return True
    if len(left) > 24 or not left.isascii() or not right.isascii():
        return False  # sequences (rn / m) are Latin; a CJK confusion is one character
    for member, group in groups.items():
        start = left.find(member) if member.isascii() else -1
        while start >= 0:
            for other in group - {member}:
                if left[:start] + other + left[start + len(member) :] == right:
                    return True
            start = left.find(member, start + 1)
    return False


class IssueFlagger:
    """Flags for one comparison; indexes every article once, for the splice search."""

    def __init__(
        self,
        left_articles: Sequence[str],
        right_articles: Sequence[str],
        left_titles: Sequence[str] = (),
        right_titles: Sequence[str] = (),
    ) -> None:
        self._texts = {Side.LEFT: list(left_articles), Side.RIGHT: list(right_articles)}
        self._titles = {Side.LEFT: list(left_titles), Side.RIGHT: list(right_titles)}
        self._index: dict[str, list[tuple[Side, int]]] | None = None

    def prepare(self, known: dict[Side, Sequence[str | None]] | None = None) -> None:
        """Build the splice index now; ``known``: each side's articles' ``letters``, where already made."""
        self._where(known)

    def _where(self, known: dict[Side, Sequence[str | None]] | None = None) -> dict[str, list[tuple[Side, int]]]:
        # Sampled n-grams (those starting at one character in eight, chosen by content,
        # so a passage samples the same wherever it sits) of every article: built on
        # the first long change only, small enough for a 200-times issue.
        # Owners are listed once per n-gram (lists, not sets: a set per n-gram cost more to
        # build than the rest of the index).
        if self._index is None:
            owners: dict[str, list[tuple[Side, int]]] = {}
            for side, texts in self._texts.items():
                made = (known or {}).get(side) or [None] * len(texts)
                for number, (text, text_letters) in enumerate(zip(texts, made, strict=True)):
                    owner = (side, number)
                    found = _sampled().findall(letters(text) if text_letters is None else text_letters)
                    for gram in dict.fromkeys(found):
                        listed = owners.get(gram)
                        if listed is None:
                            owners[gram] = [owner]
                        else:
                            listed.append(owner)
            self._index = owners
        return self._index

    def flag_hunks(
        self, left_index: int, right_index: int, left_text: str, right_text: str, hunks: Sequence[Hunk]
    ) -> list[Hunk]:
        """The hunks with their flags filled in."""
        flagged = []
        for hunk in hunks:
            flags = self.hunk_flags(left_index, right_index, left_text, right_text, hunk)
            flagged.append(replace(hunk, flags=flags) if flags else hunk)
        return flagged

    def hunk_flags(
        self, left_index: int, right_index: int, left_text: str, right_text: str, hunk: Hunk
    ) -> tuple[Flag, ...]:
        if hunk.kind is not HunkClass.TEXT:
            return ()  # punctuation, width and whitespace carry none of these suspicions
        flags: list[Flag] = []
        if is_number_change(hunk):
            numbers = [" ".join(_NUMBERS.findall(fold_width(t))) or "—" for t in (hunk.left, hunk.right)]
            flags.append(Flag(FlagKind.NUMBER_CHANGE, None, " → ".join(numbers)))
        left_core, right_core = visible(hunk.left), visible(hunk.right)
        if left_core and right_core and looks_alike(left_core, right_core):
            flags.append(Flag(FlagKind.OCR_CONFUSION, None, f"{left_core} / {right_core}"))
        own = {(Side.LEFT, left_index), (Side.RIGHT, right_index)}
        for side, text, whole, start, end in (
            (Side.LEFT, hunk.left, left_text, hunk.left_start, hunk.left_end),
            (Side.RIGHT, hunk.right, right_text, hunk.right_start, hunk.right_end),
        ):
            splice = self._splice(side, text, own)
            if splice is not None:
                flags.append(splice)
            if _repeats(whole, start, end):
                phrase = visible(text).strip(_SEPARATORS)
                flags.append(Flag(FlagKind.REPEATED_PHRASE, side, f"“{phrase}” twice", quote=phrase))
        return tuple(flags)

    def _splice(self, side: Side, text: str, own: set[tuple[Side, int]]) -> Flag | None:
        if len(text) < _SPLICE_CJK_CHARS:
            return None
        passage = letters(text)
        long_enough = CJK_CHAR.subn("", passage)[1] >= _SPLICE_CJK_CHARS or (
            len(re.findall(r"[^\W\d_]+", text)) >= _SPLICE_LATIN_WORDS and len(passage) >= 20
        )
        if not long_enough:
            return None
        counterpart = next(o for o in own if o[0] != side)
        index = self._where()
        votes: Counter[tuple[Side, int]] = Counter()
        asked = 0
        # An n-gram in many articles (copies of a notice, a stock phrase) cannot say where a
        # passage came from, and counting its owners for every change grows with the square of them.
        common = max(16, int(sum(len(t) for t in self._texts.values()) ** 0.5))
        for gram in dict.fromkeys(_sampled().findall(passage)):
            found = index.get(gram, ())
            if len(found) > common:
                continue
            if counterpart in found:
                continue  # the other version of this article has it too: not a splice
            asked += 1
            votes.update(found)  # in C; this article's own entries are dropped below
        for where in own:
            votes.pop(where, None)
        if not votes:
            return None
        # Ties (a passage copied into several articles) go to this side, then the first article,
        # so the same inputs always name the same article.
        (where_side, number), hits = max(votes.items(), key=lambda item: (item[1], item[0][0] == side, -item[0][1]))
        if hits < max(2, _SPLICE_SHARE * asked):
            return None
        titles = self._titles[where_side]
        title = titles[number] if number < len(titles) else ""
        return Flag(
            FlagKind.SPLICE, side, f"also in {where_side} article {number + 1} “{title}”", (where_side, number), title
        )

    def pair_flags(
        self,
        left_index: int | None,
        right_index: int | None,
        left_text: str | None,
        right_text: str | None,
        hunks: Sequence[Hunk],
    ) -> tuple[Flag, ...]:
        """Article-level flags: a side that stops mid-sentence while the other goes on."""
        if left_text is None or right_text is None:
            return ()
        flags = []
        ends: tuple[tuple[Side, str, Callable[[Hunk], tuple[int, str]]], ...] = (
            (Side.LEFT, left_text, lambda h: (h.left_end, h.right)),
            (Side.RIGHT, right_text, lambda h: (h.right_end, h.left)),
        )
        for side, text, end_of in ends:
            stripped = text.rstrip()
            # A closing bracket ends a byline or a quotation: the article is whole.
            if not stripped or stripped[-1] in CLOSING or ends_with(stripped, PARAGRAPH_END) or not hunks:
                continue
            end, missing = end_of(hunks[-1])
            if end >= len(stripped) and len(visible(missing)) >= 5:
                flags.append(
                    Flag(
                        FlagKind.TRUNCATION,
                        side,
                        f"stops at “…{stripped[-12:]}”; the other version goes on",
                        quote=stripped[-12:],
                    )
                )
        return tuple(flags)


def _repeats(text: str, start: int, end: int) -> bool:
    """Whether the changed text at ``start:end`` repeats the phrase just before or after it."""
    if end - start < 2:
        return False
    core = visible(text[start:end]).strip(_SEPARATORS)
    if len(core) < 2 or len(core) > 20:
        return False
    before = visible(text[max(0, start - len(core) - 3) : start]).rstrip(_SEPARATORS)
    after = visible(text[end : end + len(core) + 3]).lstrip(_SEPARATORS)
    return before.endswith(core) or after.startswith(core)
