"""Offsets in a Python string mapped to positions in the Qt document that shows it, and back."""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate


class Offsets:
    """Maps offsets in a Python string to positions in the Qt document showing it.

    Qt turns "\r\n" into one paragraph break and counts a character beyond
    the Basic Multilingual Plane (a rare ideograph such as 𠮷) as two; hunks
    index the Python string, so both are accounted for.
    """

    def __init__(self, text: str = "") -> None:
        # Each event shifts later positions: -1 after a "\r\n", +1 after an astral character.
        events = [(m.start() + 1, -1) for m in re.finditer("\r\n", text)]
        events += [(m.start() + 1, 1) for m in _ASTRAL.finditer(text)]
        events.sort()
        self._at = [offset for offset, _ in events]
        self._shift = list(accumulate(shift for _, shift in events))
        self._doc_at = [offset + (self._shift[k - 1] if k else 0) for k, offset in enumerate(self._at)]

    def to_doc(self, offset: int) -> int:
        k = bisect_right(self._at, offset) if self._at else 0
        return offset + (self._shift[k - 1] if k else 0)

    def to_text(self, position: int) -> int:
        k = bisect_right(self._doc_at, position) if self._doc_at else 0
        return position - (self._shift[k - 1] if k else 0)


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
