"""How an edition writes its numbers: digit width and digit grouping, learnt from what both versions agree on.

A change that touches only the form of a number (``１９３０`` / ``1930``,
``12,500`` / ``12500``, ``12.500`` / ``12,500``) says nothing about its
value, and nothing in print says which form is right: the edition's own
habit does. Where both versions write enough of the issue's other numbers
one way and (almost) none the other, that is the form to suggest; where the
issue writes both, or too few numbers, nothing is said.
"""

from __future__ import annotations

import re
from collections import Counter

from core.model import Side
from core.text.normalize import fold_width

NUMBER = re.compile(r"[0-9０-９]+(?:[.,'’．，][0-9０-９]+)*")
"""A number as printed: digits of either width, with the marks that group or split them."""
FORM_EVIDENCE = 3
"""Agreed numbers of one form below which the edition's habit is not said."""
_GROUPED = re.compile(r"[0-9０-９]{1,3}(?:([.,'’．，])[0-9０-９]{3})+")
_FULL_DIGITS = re.compile(r"[０-９]")
_HALF_DIGITS = re.compile(r"[0-9]")
_DIGIT_OR_MARK = re.compile(r"[0-9０-９.,'’．，]")


def number_at(text: str, start: int, end: int) -> str:
    """The whole number that the span ``start:end`` of ``text`` lies in (or touches); '' if none.

    >>> number_at("共12,500人", 4, 5), number_at("共12500人", 4, 4), number_at("一二三", 1, 2)
    ('12,500', '12500', '')
    """
    while start > 0 and _DIGIT_OR_MARK.match(text[start - 1]):
        start -= 1
    while end < len(text) and _DIGIT_OR_MARK.match(text[end]):
        end += 1
    found = NUMBER.search(text, start, end)
    return found.group() if found else ""


def width_of(number: str) -> str | None:
    """``full`` or ``half``: the width of a number's digits (None where it mixes them)."""
    full, half = bool(_FULL_DIGITS.search(number)), bool(_HALF_DIGITS.search(number))
    return None if full == half else ("full" if full else "half")


def grouping_of(number: str) -> str | None:
    """The mark grouping a number's thousands (``,`` for 12,500), ``none`` for five or more digits set
    solid (12500), None where the number says nothing (a year, 1930; a decimal, 3.5).

    >>> grouping_of("12,500"), grouping_of("12500"), grouping_of("1930"), grouping_of("3.5")
    (',', 'none', None, None)
    """
    grouped = _GROUPED.fullmatch(number)
    if grouped:
        return grouped.group(1)
    digits = [ch for ch in number if ch.isdigit()]
    return "none" if len(digits) == len(number) and len(digits) >= 5 else None


def form_side(left: str, right: str, agreed: Counter[str]) -> tuple[Side, int, int] | None:
    """For two forms of one number, the side in the form the edition writes, from ``agreed`` (each
    number as both versions write it, counted as often as both do), with how many agreed numbers
    have its form and the other. None where the forms are not the question or the issue does not say.

    >>> agreed = Counter({"12,000": 2, "3,500": 2, "1930": 4})
    >>> form_side("45000", "45,000", agreed), form_side("1930", "１９３０", agreed)
    ((<Side.RIGHT: 'right'>, 4, 0), (<Side.LEFT: 'left'>, 8, 0))
    """
    if not left or not right or left == right:
        return None
    if [ch for ch in fold_width(left) if ch.isdigit()] != [ch for ch in fold_width(right) if ch.isdigit()]:
        return None  # other digits: a change of value, not of form
    for form_of in (width_of, grouping_of):
        forms = {Side.LEFT: form_of(left), Side.RIGHT: form_of(right)}
        if None in forms.values() or forms[Side.LEFT] == forms[Side.RIGHT]:
            continue
        counts: Counter[str | None] = Counter()
        for number, times in agreed.items():
            counts[form_of(number)] += times
        for side in (Side.LEFT, Side.RIGHT):
            mine, theirs = counts[forms[side]], counts[forms[side.other]]
            if mine >= FORM_EVIDENCE and mine >= 4 * theirs and mine > theirs:
                return side, mine, theirs
        return None
    return None
