"""Pieces of one article found inside another: how alike they read, where they lie, and the pairs they make.

Shared by the two searches for articles that are one on one side and several
on the other: ``core.pairing.split_articles`` (a story continued or cut in
two) and ``core.pairing.embedded_items`` (a caption or a note typed inside).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import pairwise

from core.model import Pair, Side
from core.text.punctuation import SENTENCE_BOUNDARY

CONTAINED = 0.5  # share of a piece's bigrams the bigger article must hold
MIN_BIGRAMS = 30  # a piece this small (a heading) proves nothing about where it came from
LOCATE_GRAM = 6  # letters in the n-grams that place a piece inside a bigger article
NOT_TEXT = re.compile(r"[\W_]+")
# A cut goes after a sentence end or a line break, with the whitespace that follows.
_CUT = re.compile(rf"(?:{SENTENCE_BOUNDARY.pattern})\s*|\n\s*")
_SNAP = 60  # characters either side of a cut to look for a sentence end


def bigrams(text: str) -> set[str]:
    letters = NOT_TEXT.sub("", text.lower())
    return set(map(str.__add__, letters, letters[1:]))


def contained(piece: set[str], whole: set[str]) -> float:
    return len(piece & whole) / len(piece) if piece else 0.0


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def index_on(pair: Pair, side: Side) -> int:
    """The article ``pair`` has on ``side``, where the caller has made sure it has one."""
    index = pair.index(side)
    assert index is not None, f"{pair} has no {side} article"
    return index


def lone_on(pair: Pair, side: Side) -> int | None:
    """The article of ``pair`` when the pair has one on ``side`` only (a lone piece); else None."""
    return pair.index(side) if pair.index(side.other) is None else None


def pair_parts(
    side: Side,
    index: int,
    part: tuple[int, int] | None,
    other: int,
    other_part: tuple[int, int] | None,
    score: float,
) -> Pair:
    """The pair of article ``index`` of ``side`` (or its ``part``) with ``other`` (or its ``other_part``)."""
    if side is Side.LEFT:
        return Pair(index, other, score, part, other_part)
    return Pair(other, index, score, other_part, part)


def alone(side: Side, index: int) -> Pair:
    """Article ``index`` of ``side`` with no partner."""
    return Pair(index, None, 0.0) if side is Side.LEFT else Pair(None, index, 0.0)


def letters_with_offsets(text: str) -> tuple[str, list[int]]:
    kept = [(i, ch) for i, ch in enumerate(text.lower()) if ch.isalnum()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def locate_parts(big: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Ranges of ``big`` for each piece (in the pieces' order), tiling ``big``; None if unsure.

    Each piece is located by where its n-grams occur in ``big``, so pieces found
    in any order, as a page's OCR may read its regions, still get their own part.
    Between two neighbouring pieces the cut goes at the line or sentence end that
    leaves the most of each piece's hits on its own side.
    """
    letters, offsets = letters_with_offsets(big)
    if not letters:
        return None
    located = []
    for number, piece in enumerate(pieces):
        piece_letters, _ = letters_with_offsets(piece)
        step = max(1, len(piece_letters) // 200)
        found = [
            (at, i)
            for i in range(0, max(len(piece_letters) - LOCATE_GRAM, 0) + 1, step)
            if (at := letters.find(piece_letters[i : i + LOCATE_GRAM])) >= 0
        ]
        if len(found) < 3:
            return None  # a piece we cannot place: better unpaired than cut wrongly
        hits = sorted(at for at, _ in found)
        # Each hit says where the piece would start and end if the text around it matched:
        # the medians hold even where OCR garbles the piece's first or last lines.
        starts = sorted(at - i for at, i in found)
        ends = sorted(at + len(piece_letters) - i for at, i in found)
        located.append((hits[len(hits) // 2], hits, number, starts[len(starts) // 2], ends[len(ends) // 2]))
    located.sort()
    # Where a reader would cut: after a line break or a sentence end (as letter positions).
    boundaries = sorted({(bisect_left(offsets, m.end()), m.end(), "\n" in m.group()) for m in _CUT.finditer(big)})
    cuts = [0]
    for (center, hits, _, _, end), (next_center, next_hits, _, next_start, _) in pairwise(located):
        best = None
        estimate = (end + next_start) / 2
        for letter, offset, at_line in boundaries:
            if not center < letter <= next_center or offset <= cuts[-1] or offset >= len(big):
                continue
            kept = bisect_left(hits, letter) + len(next_hits) - bisect_left(next_hits, letter)
            key = (kept, -abs(letter - estimate), at_line)
            if best is None or key > best[0]:
                best = (key, offset)
        if best is None:
            middle = offsets[min((center + next_center) // 2, len(offsets) - 1)]
            cut = snap(big, middle)
            cut = cut if cuts[-1] < cut < len(big) else middle
        else:
            cut = best[1]
        if cut <= cuts[-1] or cut >= len(big):
            return None
        cuts.append(cut)
    cuts.append(len(big))
    parts: list[tuple[int, int]] = [(0, 0)] * len(pieces)
    for (_, _, number, _, _), (start, end) in zip(located, pairwise(cuts), strict=True):
        parts[number] = (start, end)
    return parts


def snap(text: str, position: int) -> int:
    """The nearest paragraph or sentence end to ``position``, so parts break where readers do."""
    window = text[max(0, position - _SNAP) : position + _SNAP]
    ends = [m.end() + max(0, position - _SNAP) for m in _CUT.finditer(window)]
    return min(ends, key=lambda e: abs(e - position)) if ends else position
