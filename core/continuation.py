"""Continued and split articles: one article on one side that matches two on the other.

A story continued on another page (下转第2版 / 上接第1版), or cut in two by the
layout, is one article in one version and two in the other. After the
one-to-one pairing leaves the second piece alone, this finds the bigger
article that contains both pieces, cuts it where one piece ends and the other
begins, and pairs each piece with its part, so neither half is left unmatched.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.model import Pair

_CONTAINED = 0.6  # share of a piece's bigrams the bigger article must hold
_CUT = re.compile(r"[。！？!?；;]+[”’\"'」』）)]*\s*|\n\s*")
_NOT_TEXT = re.compile(r"[\W_]+")
_MAX_LONELY = 200  # beyond this many unpaired articles, the search is skipped
_MIN_BIGRAMS = 12  # a piece this small proves nothing about where it came from


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
    """``pairs`` with each lone article that is the continuation of a paired one paired with its part.

    ``left`` and ``right`` are the articles' compared texts; the pairs carry
    ``left_part`` or ``right_part`` ranges of the bigger article, which tile it.
    ``candidates`` maps (side, index) of an article to the other side's articles
    worth trying (pairing's candidates); without it every paired article is tried.
    """
    result = list(pairs)
    for side in ("left", "right"):
        texts, other_texts = (left, right) if side == "left" else (right, left)
        lonely = [p for p in result if getattr(p, side) is not None and _other(p, side) is None]
        if not lonely or len(lonely) > _MAX_LONELY:
            continue
        whole = [p for p in result if p.left is not None and p.right is not None
                 and p.left_part is None and p.right_part is None]
        cache: dict[tuple[str, int], set[str]] = {}

        def grams(which: str, index: int) -> set[str]:
            key = (which, index)
            if key not in cache:
                cache[key] = _bigrams((texts if which == "piece" else other_texts)[index])
            return cache[key]

        for lone in lonely:
            piece_index = getattr(lone, side)
            piece = grams("piece", piece_index)
            if len(piece) < _MIN_BIGRAMS:
                continue
            best = None
            likely = candidates.get((side, piece_index), set()) if candidates is not None else None
            for pair in whole:
                big_index, partner_index = _other(pair, side), getattr(pair, side)
                if likely is not None and big_index not in likely:
                    continue
                if len(other_texts[big_index]) < 0.8 * (len(texts[partner_index]) + len(texts[piece_index])):
                    continue  # the bigger article must have room for both pieces
                big, partner = grams("big", big_index), grams("piece", partner_index)
                if len(partner) < _MIN_BIGRAMS:
                    continue
                score = _contained(piece, big)
                if score >= _CONTAINED and _contained(partner, big) >= _CONTAINED and (
                        best is None or score > best[0]):
                    best = (score, pair)
            if best is None:
                continue
            pair = best[1]
            split = _split(other_texts[_other(pair, side)], texts[getattr(pair, side)], texts[piece_index])
            if split is None:
                continue
            (first, first_part, first_score), (second, second_part, second_score) = split
            index_of = {"partner": getattr(pair, side), "piece": piece_index}
            result.remove(pair)
            result.remove(lone)
            whole.remove(pair)
            for name, part, score in ((first, first_part, first_score), (second, second_part, second_score)):
                result.append(_make(side, index_of[name], _other(pair, side), part, score))
    return result


def _other(pair: Pair, side: str) -> int | None:
    return pair.right if side == "left" else pair.left


def _make(side: str, piece: int, big: int, part: tuple[int, int], score: float) -> Pair:
    if side == "left":
        return Pair(piece, big, score, None, part)
    return Pair(big, piece, score, part, None)


def _split(big: str, partner: str, piece: str):
    """Where to cut ``big`` so one part is ``partner`` and the other ``piece`` (either order)."""
    cuts = sorted({m.end() for m in _CUT.finditer(big)} - {0, len(big)})
    if not cuts:
        return None
    partner_grams, piece_grams = _bigrams(partner), _bigrams(piece)
    best = None
    for cut in cuts:
        head, tail = _bigrams(big[:cut]), _bigrams(big[cut:])
        for first, second, a, b in (("partner", "piece", partner_grams, piece_grams),
                                    ("piece", "partner", piece_grams, partner_grams)):
            head_score, tail_score = _dice(head, a), _dice(tail, b)
            if best is None or head_score + tail_score > best[0]:
                best = (head_score + tail_score, first, second, cut, head_score, tail_score)
    _, first, second, cut, head_score, tail_score = best
    return (first, (0, cut), head_score), (second, (cut, len(big)), tail_score)
