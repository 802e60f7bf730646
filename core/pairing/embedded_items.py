"""Short items (a caption, a one-line note, a headline and its byline) typed inside an article on the other side.

Too short to be found by shared n-grams, such an item is found as a run of
whole lines of an article on the other side, alike letter for letter or
nearly, and the article is cut around it; a column of such items typed as
one block is cut into all of them at once.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from itertools import pairwise

from core.model import SIDES, Pair, Side
from core.pairing.pieces import (
    CONTAINED,
    LOCATE_GRAM,
    MIN_BIGRAMS,
    NOT_TEXT,
    alone,
    bigrams,
    contained,
    dice,
    index_on,
    letters_with_offsets,
    locate_parts,
    lone_on,
    pair_parts,
    snap,
)

_SHORT_PIECE = MIN_BIGRAMS  # pieces below this many bigrams are placed by a line of their own
_LINE_LIKENESS = 0.75  # how alike a short piece and a line must read (OCR slips allowed)
_LEFTOVER = 6  # letters before or after a short piece's lines too few to be a part of their own
_MAX_RUN_LINES = 4
_ROUNDS = 3  # lines a short item may take inside another article
_CUT_AGREEMENT = 0.5  # the parts either side of the line must still read alike
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)\s*")


def attach_short_pieces(left: Sequence[str], right: Sequence[str], pairs: list[Pair]) -> list[Pair]:
    """``pairs`` with lone short items (a caption, a note) paired with the line that holds them.

    One version often types a photo caption or a one-line note as the last line
    (or a middle line) of an article where the other gives it its own item. Too
    short to be found by shared n-grams, such an item is found as a line of its
    own inside an article of the other side, alike letter for letter or nearly.
    The article is cut around that line; a line in its middle cuts its partner
    in two as well, where the text before and after the line meet.
    """
    result = list(pairs)
    indexes: dict[Side, _LineIndex] = {}

    def lines_of(side: Side) -> _LineIndex:
        """The line index of the side opposite ``side``, built on first use."""
        if side not in indexes:
            indexes[side] = _LineIndex(right if side is Side.LEFT else left)
        return indexes[side]

    # Placing one piece can free the next (two captions typed on neighbouring lines): go round again.
    for _ in range(_ROUNDS):
        placed = _attach_round(left, right, result, lines_of)
        if placed == result:
            break
        result = placed
    return result


def _short_letters(text: str) -> str | None:
    """The letters of a short item (one too small to be found by n-grams), else None."""
    letters = NOT_TEXT.sub("", text.lower())
    return letters if len(letters) >= 2 and len(bigrams(letters)) < _SHORT_PIECE else None


def _split_columns(
    side: Side, texts: Sequence[str], other_texts: Sequence[str], result: list[Pair], lines: _LineIndex
) -> list[Pair]:
    """A column of short items typed as one article on the other side: cut it into all of them at once.

    Each short item claims the lines that read as it; when the claims (the
    article's current partner's among them) cover the whole article, it is cut
    into one part per item.
    """
    other_side = side.other
    claims: dict[int, list[tuple[int, int, int]]] = {}
    for lone in result:
        piece_index = lone_on(lone, side)
        if piece_index is None:
            continue
        piece = _short_letters(texts[piece_index])
        found = lines.holding(piece) if piece else None
        if found is not None:
            claims.setdefault(found[0], []).append((found[1], found[2], piece_index))
    for big_index, claimed in sorted(claims.items()):
        holding = [p for p in result if p.index(other_side) == big_index]
        if len(holding) != 1 or holding[0].left_part or holding[0].right_part:
            continue
        big = other_texts[big_index]
        # The article's partner and the longer lone items it holds claim their lines too.
        own_lines = _LineIndex([big], longest=None)
        big_grams = bigrams(big)
        partner = holding[0].index(side)
        others = [partner] if partner is not None else []
        others += [
            index
            for p in result
            if (index := lone_on(p, side)) is not None
            and not _short_letters(texts[index])
            and contained(bigrams(texts[index]), big_grams) >= CONTAINED
        ]
        for index in others:
            found = own_lines.holding(NOT_TEXT.sub("", texts[index].lower()))
            if found is not None:
                claimed = [*claimed, (found[1], found[2], index)]
        claimed.sort()
        edges = [0] + [end for _, end, _ in claimed]
        starts = [start for start, _, _ in claimed] + [len(big)]
        if (
            len(claimed) < 2
            or any(b[0] < a[1] for a, b in pairwise(claimed))
            or any(len(NOT_TEXT.sub("", big[a:b])) > _LEFTOVER for a, b in zip(edges, starts, strict=True))
        ):
            continue  # the short items do not make up the whole article
        cuts = [0] + [start for start, _, _ in claimed[1:]] + [len(big)]
        members = {index for _, _, index in claimed}
        result = [p for p in result if p is not holding[0] and lone_on(p, side) not in members]
        for (_, _, index), part in zip(claimed, pairwise(cuts), strict=True):
            result.append(pair_parts(side, index, None, big_index, part, 1.0))
        if partner is not None and partner not in members:
            # The items make up the whole article without it: it stays, alone, never dropped.
            result.append(alone(side, partner))
    return result


def _attach_round(
    left: Sequence[str], right: Sequence[str], pairs: list[Pair], lines_of: Callable[[Side], _LineIndex]
) -> list[Pair]:
    result = list(pairs)
    for side in SIDES:
        texts, other_texts = (left, right) if side is Side.LEFT else (right, left)
        other_side = side.other
        if not any((index := lone_on(p, side)) is not None and _short_letters(texts[index]) for p in result):
            continue
        lines = lines_of(side)
        result = _split_columns(side, texts, other_texts, result, lines)
        for lone in [p for p in result if lone_on(p, side) is not None]:
            piece_index = index_on(lone, side)
            piece = _short_letters(texts[piece_index])
            found = lines.holding(piece) if piece else None
            if found is None:
                continue
            big_index, line_start, line_end = found
            big_text = other_texts[big_index]
            ranges = {
                id(p): p.part(other_side) or (0, len(big_text)) for p in result if p.index(other_side) == big_index
            }
            holding = [
                p for p in result if id(p) in ranges and ranges[id(p)][0] <= line_start and line_end <= ranges[id(p)][1]
            ]
            if len(holding) != 1 or holding[0].index(side) is None:
                continue  # a lone item inside a lone article: nothing to pair the rest with
            current = holding[0]
            partner = current.index(side)
            assert partner is not None
            partner_part = current.part(side)
            low, high = ranges[id(current)]
            partner_low, partner_high = partner_part or (0, len(texts[partner]))
            cut = _cut_around(
                big_text[low:high], line_start - low, line_end - low, texts[partner][partner_low:partner_high]
            )
            if cut is None:
                continue
            big_parts = [(a + low, b + low) for a, b in cut[0]]
            partner_parts = [partner_part if p is None else (p[0] + partner_low, p[1] + partner_low) for p in cut[1]]
            rest, agree = [], True
            for big_part, part in ((big_parts[0], partner_parts[0]), (big_parts[2], partner_parts[1])):
                if big_part[0] < big_part[1]:
                    grams = bigrams(big_text[slice(*big_part)])
                    score = dice(grams, bigrams(texts[partner][slice(*(part or (0, len(texts[partner]))))]))
                    rest.append(pair_parts(side, partner, part, big_index, big_part, score))
                    # A headline and byline alone are a few letters: one slip halves their likeness.
                    agree = agree and score >= (_CUT_AGREEMENT if len(grams) >= _SHORT_PIECE else _CUT_AGREEMENT / 2)
            if not agree:
                continue  # the article's partner does not split where the line does
            result = [p for p in result if p is not current and p is not lone]
            result.append(pair_parts(side, piece_index, None, big_index, big_parts[1], 1.0))
            result.extend(rest)
    return result


class _LineIndex:
    """The runs of one to a few whole lines of a side's articles short enough to be a short item.

    Built once per side; a piece's candidates come from shared letter bigrams,
    so only a handful of runs are compared letter by letter.
    """

    def __init__(self, texts: Sequence[str], longest: int | None = 2 * (_SHORT_PIECE + 1)) -> None:
        self.runs: list[tuple[int, int, int, str]] = []  # (text index, start, end, letters)
        self._postings: dict[str, list[int]] = {}
        # A paragraph line far longer than a short item is skipped unread (most lines of a paper).
        too_long = 2 * longest if longest is not None else None
        for index, text in enumerate(texts):
            lines = [
                (
                    m.start(),
                    m.end(),
                    NOT_TEXT.sub("", m.group().lower())
                    if too_long is None or m.end() - m.start() <= too_long
                    else "\0" * too_long,
                )
                for m in _LINE.finditer(text)
                if m.start() < m.end()
            ]
            for first in range(len(lines)):
                letters = ""
                for last in range(first, min(first + _MAX_RUN_LINES, len(lines))):
                    letters += lines[last][2]
                    if longest is not None and len(letters) > longest:
                        break
                    if lines[last][2]:
                        self._add(index, lines[first][0], lines[last][1], letters)

    def _add(self, index: int, start: int, end: int, letters: str) -> None:
        number = len(self.runs)
        self.runs.append((index, start, end, letters))
        for gram in {letters[k : k + 2] for k in range(max(len(letters) - 1, 1))}:
            self._postings.setdefault(gram, []).append(number)

    def holding(self, piece: str, only: int | None = None) -> tuple[int, int, int] | None:
        """The one run that reads as ``piece`` (in text ``only``, if given): (text index, start, end)."""
        grams = {piece[k : k + 2] for k in range(max(len(piece) - 1, 1))}
        postings = [self._postings.get(gram, ()) for gram in grams]
        # A bigram in very many runs (一个, the) says little: the rare ones find the candidates,
        # and a piece made only of common ones (a stock phrase printed everywhere) has no one place.
        common = max(64, int(len(self.runs) ** 0.5))
        rare = [p for p in postings if len(p) <= common]
        if not rare:
            return None
        shared: Counter[int] = Counter()
        for posting in rare:
            shared.update(posting)
        best: list[tuple[float, int, int, int]] = []
        for number, count in shared.items():
            index, start, end, letters = self.runs[number]
            if count * 2 < len(rare) or (only is not None and index != only):
                continue  # too little in common to read as the piece
            if not 0.5 <= len(letters) / len(piece) <= 2:
                continue
            score = 1.0 if letters == piece else SequenceMatcher(None, letters, piece, autojunk=False).ratio()
            if score >= _LINE_LIKENESS:
                best.append((score, index, start, end))
        best.sort(reverse=True)
        if not best:
            return None
        _, index, start, end = best[0]
        if any(score >= best[0][0] - 0.1 and (i != index or e <= start or s >= end) for score, i, s, e in best[1:]):
            return None  # two places could hold it: better alone than cut wrongly
        return index, start, end


def _cut_around(
    big: str, line_start: int, line_end: int, partner: str
) -> tuple[list[tuple[int, int]], list[tuple[int, int] | None]] | None:
    """Parts of ``big`` before, at and after a line, and the matching parts of its partner."""
    before, after = big[:line_start], big[line_end:]
    # A few letters left over (a byline typed after the caption) go with the piece's part:
    # too little to place in the partner.
    has_before = len(NOT_TEXT.sub("", before)) > _LEFTOVER
    has_after = len(NOT_TEXT.sub("", after)) > _LEFTOVER
    if not has_before and not has_after:
        return None  # the whole article is the line: a one-to-one pair, not a piece
    if not has_after:
        return [(0, line_start), (line_start, len(big)), (len(big), len(big))], [None, None]
    if not has_before:
        return [(0, 0), (0, line_end), (line_end, len(big))], [None, None]
    located = locate_parts(partner, [before, after]) or _cut_beside(partner, before, after)
    if located is None:
        return None
    return [(0, line_start), (line_start, line_end), (line_end, len(big))], list(located)


def _cut_beside(big: str, before: str, after: str) -> list[tuple[int, int]] | None:
    """Two parts of ``big`` for a short ``before`` (a headline and byline) and a long ``after``, or
    the other way round, placed by where the long one starts or ends."""
    letters, offsets = letters_with_offsets(big)
    short_first = len(NOT_TEXT.sub("", before)) < len(NOT_TEXT.sub("", after))
    long_letters, _ = letters_with_offsets(after if short_first else before)
    found = [
        (at, i)
        for i in range(0, max(len(long_letters) - LOCATE_GRAM, 0) + 1)
        if (at := letters.find(long_letters[i : i + LOCATE_GRAM])) >= 0
    ]
    if len(found) < 3:
        return None
    edges = sorted(at - i if short_first else at + len(long_letters) - i for at, i in found)
    edge = offsets[max(0, min(edges[len(edges) // 2], len(offsets) - 1))]
    cut = snap(big, edge)
    return [(0, cut), (cut, len(big))] if 0 < cut < len(big) else None
