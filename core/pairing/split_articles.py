"""Continued and split articles: one article on one side that matches two on the other.

A story continued on another page (下转第2版 / 上接第1版), or cut in two by the
layout, is one article in one version and two in the other. After the
one-to-one pairing leaves the second piece alone, this finds the bigger
article that contains both pieces, cuts it where one piece ends and the other
begins, and pairs each piece with its part, so neither half is left unmatched.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from core.model import Pair
from core.text.punctuation import SENTENCE_BOUNDARY

_CONTAINED = 0.5  # share of a piece's bigrams the bigger article must hold
# A cut goes after a sentence end or a line break, with the whitespace that follows.
_CUT = re.compile(rf"(?:{SENTENCE_BOUNDARY.pattern})\s*|\n\s*")
_NOT_TEXT = re.compile(r"[\W_]+")
_MAX_LONELY = 200  # beyond this many unpaired articles, the search is skipped
_MIN_BIGRAMS = 30  # a piece this small (a heading) proves nothing about where it came from
_LOCATE_GRAM = 6
_TRY_ALL = 60  # with this few articles on the other side, every one may hold a lone piece
_SNAP = 60  # characters either side of a cut to look for a sentence end


def _bigrams(text: str) -> set[str]:
    letters = _NOT_TEXT.sub("", text.lower())
    return set(map(str.__add__, letters, letters[1:]))


def _contained(piece: set[str], whole: set[str]) -> float:
    return len(piece & whole) / len(piece) if piece else 0.0


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


def split_partners(
    left: Sequence[str],
    right: Sequence[str],
    pairs: list[Pair],
    candidates: dict[tuple[str, int], set[int]] | None = None,
) -> list[Pair]:
    """``pairs`` with lone articles that are pieces of a bigger one paired with their parts of it.

    ``left`` and ``right`` are the articles' compared texts; the new pairs carry
    ``left_part`` or ``right_part`` ranges of the bigger article, which tile it.
    ``candidates`` maps (side, index) of an article to the other side's articles
    worth trying (pairing's candidates); without it every article is tried.
    """
    result = list(pairs)
    for side in ("left", "right"):
        texts, other_texts = (left, right) if side == "left" else (right, left)
        lonely = [p for p in result if getattr(p, side) is not None and _other(p, side) is None]
        if not lonely or len(lonely) > _MAX_LONELY:
            continue
        partner_of = {
            _other(p, side): getattr(p, side)
            for p in result
            if p.left is not None and p.right is not None and p.left_part is None and p.right_part is None
        }
        free_bigs = {_other(p, side) for p in result if getattr(p, side) is None}
        cache: dict[tuple[str, int], set[str]] = {}

        def grams(
            which: str,
            index: int,
            cache: dict[tuple[str, int], set[str]] = cache,
            texts: Sequence[str] = texts,
            other_texts: Sequence[str] = other_texts,
        ) -> set[str]:
            # Bound now: this round's texts and cache, not whatever the loop holds when it is called.
            if (which, index) not in cache:
                cache[(which, index)] = _bigrams((texts if which == "piece" else other_texts)[index])
            return cache[(which, index)]

        # Which bigger article holds each lone piece (and, with it, that article's partner)?
        members: dict[int, list[int]] = {}
        for lone in lonely:
            piece_index = getattr(lone, side)
            piece = grams("piece", piece_index)
            if len(piece) < _MIN_BIGRAMS:
                continue
            likely = candidates.get((side, piece_index)) if candidates is not None else None
            if not likely and len(other_texts) <= _TRY_ALL:
                likely = None  # pairing saw no candidate (a short piece of a long page): try all
            best = None
            for big_index in likely if likely is not None else range(len(other_texts)):
                if big_index not in partner_of and big_index not in free_bigs:
                    continue  # already cut in parts
                partner = partner_of.get(big_index)
                score = _contained(piece, grams("big", big_index))
                # The bigger article must have room for the pieces (for as much of this
                # one as it holds: the piece may be cut short there).
                room = len(texts[piece_index]) * score
                if partner is not None:
                    room += len(texts[partner]) * _contained(grams("piece", partner), grams("big", big_index))
                if len(other_texts[big_index]) < 0.8 * room:
                    continue
                if score >= _CONTAINED and (best is None or score > best[0]):
                    best = (score, big_index)
            if best is not None:
                members.setdefault(best[1], []).append(piece_index)
        for big_index, pieces in members.items():
            partner = partner_of.get(big_index)
            group = pieces + ([partner] if partner is not None else [])
            if len(group) < 2:
                continue
            group = [i for i in group if _placeable(other_texts[big_index], texts[i])]
            if len(group) < 2:
                continue
            parts = _locate_parts(other_texts[big_index], [texts[i] for i in group])
            if parts is None:
                continue
            result = [p for p in result if not (_other(p, side) == big_index or getattr(p, side) in group)]
            for member, part in zip(group, parts, strict=True):
                score = _dice(_bigrams(other_texts[big_index][part[0] : part[1]]), grams("piece", member))
                result.append(_pair_parts(side, member, None, big_index, part, score))
            if partner is not None and partner not in group:
                # Too short to place by n-grams (a caption): alone for now, for its line to be found.
                result.append(_alone(side, partner))
    return result


def _other(pair: Pair, side: str) -> int | None:
    return pair.right if side == "left" else pair.left


def _pair_parts(
    side: str,
    index: int,
    part: tuple[int, int] | None,
    other: int,
    other_part: tuple[int, int] | None,
    score: float,
) -> Pair:
    """The pair of article ``index`` of ``side`` (or its ``part``) with ``other`` (or its ``other_part``)."""
    if side == "left":
        return Pair(index, other, score, part, other_part)
    return Pair(other, index, score, other_part, part)


def _alone(side: str, index: int) -> Pair:
    """Article ``index`` of ``side`` with no partner."""
    return Pair(index, None, 0.0) if side == "left" else Pair(None, index, 0.0)


def _placeable(big: str, piece: str) -> bool:
    return _locate_parts(big, [piece]) is not None


def _letters_with_offsets(text: str) -> tuple[str, list[int]]:
    kept = [(i, ch) for i, ch in enumerate(text.lower()) if ch.isalnum()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _locate_parts(big: str, pieces: list[str]) -> list[tuple[int, int]] | None:
    """Ranges of ``big`` for each piece (in the pieces' order), tiling ``big``; None if unsure.

    Each piece is located by where its n-grams occur in ``big``, so pieces found
    in any order, as a page's OCR may read its regions, still get their own part.
    Between two neighbouring pieces the cut goes at the line or sentence end that
    leaves the most of each piece's hits on its own side.
    """
    letters, offsets = _letters_with_offsets(big)
    if not letters:
        return None
    located = []
    for number, piece in enumerate(pieces):
        piece_letters, _ = _letters_with_offsets(piece)
        step = max(1, len(piece_letters) // 200)
        found = [
            (at, i)
            for i in range(0, max(len(piece_letters) - _LOCATE_GRAM, 0) + 1, step)
            if (at := letters.find(piece_letters[i : i + _LOCATE_GRAM])) >= 0
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
            cut = _snap(big, middle)
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


def _snap(text: str, position: int) -> int:
    """The nearest paragraph or sentence end to ``position``, so parts break where readers do."""
    window = text[max(0, position - _SNAP) : position + _SNAP]
    ends = [m.end() + max(0, position - _SNAP) for m in _CUT.finditer(window)]
    return min(ends, key=lambda e: abs(e - position)) if ends else position
