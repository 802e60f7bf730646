"""What the two texts of an issue say as a whole: counts a suggestion weighs (see ``core.checks.suggest``).

Each count is made on first use (a loading thread makes them all ahead of the
first keypress) and kept for the issue.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cached_property, lru_cache

from core.checks.number_forms import NUMBER
from core.model import Side
from core.resources import resource
from core.text.normalize import fold_width

FULL_WIDTH_MARKS = "，。；：？！"
_CJK_PUNCTUATION = re.compile(r"(?<=[\u3400-\u9fff])[，。；：？！,.;:?!]")
LATIN_WORD = re.compile(r"[^\W\d_\u3400-\u9fff]{2,}")
"""A word of two or more letters, none of them Chinese."""
PIECE = 1 << 16  # characters a regular expression reads at one go (see _pieces)


@lru_cache(maxsize=1)
def traditional_forms() -> dict[str, str]:
    """Simplified character -> its one traditional counterpart (``resources/simplified_traditional.tsv``)."""
    return _pairs("simplified_traditional.tsv")


def _pairs(name: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in resource(name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            first, second = line.split("\t")
            pairs[first] = second
    return pairs


@lru_cache(maxsize=1)
def print_forms() -> dict[str, str]:
    """Modern form -> old print form (``resources/variant_forms.tsv``)."""
    return _pairs("variant_forms.tsv")


def _count(text: str, characters: Iterable[str]) -> int:
    """How many of ``text``'s characters are among ``characters`` (counted in C, nothing kept)."""
    pattern = re.compile("[" + re.escape("".join(characters)) + "]")
    return sum(pattern.subn("", piece)[1] for piece in _pieces(text))


def _pieces(text: str) -> Iterator[str]:
    """``text`` in pieces of about ``PIECE`` characters, cut after a line break.

    One regular-expression call holds the interpreter until it is done: over a
    whole issue that was a tenth of a second in which the window (counting
    these in a background thread) could not run. Nothing counted here spans a
    line break, so the counts are the same.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start + PIECE)
        end = len(text) if end < 0 else end + 1
        yield text[start:end]
        start = end


class IssueStats:
    """Counts over the two texts of an issue, each made on first use."""

    def __init__(self, left: str, right: str) -> None:
        self._texts = {Side.LEFT: left, Side.RIGHT: right}
        self._pairs_of: dict[str, Counter[str]] = {}
        self._agreed: dict[str, int] = {}

    def agreed_count(self, ch: str) -> int:
        """How often *both* versions write ``ch``: the fewer of its two counts (made once per character).

        Where the two agree is what the edition writes; a form one version
        alone has (its transcriber's habit, or an input method's) does not
        count, however often it repeats there.
        """
        if ch not in self._agreed:
            self._agreed[ch] = min(text.count(ch) for text in self._texts.values())
        return self._agreed[ch]

    def agreed_pairs(self, ch: str) -> Counter[str]:
        """``ch`` with each neighbour, counted as often as *both* versions have the pair (made once per character).

        What both versions say is what the page says; a misreading is in one
        version only, however often it repeats there. Counted only for the
        characters asked about (the look-alikes of a change), at their places.
        """
        if ch not in self._pairs_of:
            counts = []
            for text in self._texts.values():
                found: Counter[str] = Counter()
                at = text.find(ch)
                while at >= 0:
                    found[text[max(0, at - 1) : at + 1]] += 1
                    found[text[at : at + 2]] += 1
                    at = text.find(ch, at + 1)
                counts.append(found)
            self._pairs_of[ch] = counts[0] & counts[1]
        return self._pairs_of[ch]

    def _counted_in_both(self, found_in: Callable[[str], Iterable[str]]) -> Counter[str]:
        """What ``found_in`` finds in a piece of text, counted as often as *both* versions have it."""
        counts = []
        for text in self._texts.values():
            found: Counter[str] = Counter()
            for piece in _pieces(text):
                found.update(found_in(piece))
            counts.append(found)
        return counts[0] & counts[1]

    @cached_property
    def _agreed_marks(self) -> Counter[str]:
        """Each mark of Chinese text, counted as often as *both* versions write it."""
        return self._counted_in_both(lambda piece: (m.group() for m in _CJK_PUNCTUATION.finditer(piece)))

    def agreed_widths(self, mark: str = "") -> tuple[int, int]:
        """(full-width, half-width) marks of Chinese text that *both* versions write: of ``mark``'s kind
        (a comma, in either width), or of every kind.

        What the two agree on is the edition's own habit: a layout export that
        turned every comma half-width does not count, however many commas it has.
        """
        kind = fold_width(mark)
        agreed = {m: n for m, n in self._agreed_marks.items() if not mark or fold_width(m) == kind}
        full = sum(n for m, n in agreed.items() if m in FULL_WIDTH_MARKS)
        return full, sum(agreed.values()) - full

    @cached_property
    def agreed_words(self) -> Counter[str]:
        """Each word of Latin letters, counted as often as *both* versions write it (in lower case)."""
        return self._counted_in_both(lambda piece: (word.lower() for word in LATIN_WORD.findall(piece)))

    @cached_property
    def print_form_share(self) -> dict[Side, float]:
        """Per side: of its characters that have an old print form, the share written in it."""
        forms = print_forms()
        shares = {}
        for side, text in self._texts.items():
            old, modern = _count(text, forms.values()), _count(text, forms)
            shares[side] = old / (old + modern) if old + modern else 0.0
        return shares

    @cached_property
    def traditional_share(self) -> float | None:
        """Of the characters of both versions that differ between the scripts, the share in traditional."""
        forms = traditional_forms()
        traditional = sum(_count(text, forms.values()) for text in self._texts.values())
        simplified = sum(_count(text, forms) for text in self._texts.values())
        found = traditional + simplified
        return traditional / found if found >= 20 else None

    @cached_property
    def numbers(self) -> Counter[str]:
        """Each number of either version, whatever the width of its digits, counted as often as it occurs."""
        texts = self._texts.values()
        return Counter(fold_width(n) for text in texts for piece in _pieces(text) for n in NUMBER.findall(piece))

    @cached_property
    def agreed_numbers(self) -> Counter[str]:
        """Each number as printed (its digits' width, its grouping), counted as often as *both* versions write it."""
        return self._counted_in_both(NUMBER.findall)
