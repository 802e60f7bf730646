"""Continued and split articles: one article on one side that matches two on the other.

A story continued on another page (下转第2版 / 上接第1版), or cut in two by the
layout, is one article in one version and two in the other. After the
one-to-one pairing leaves the second piece alone, this finds the bigger
article that contains both pieces, cuts it where one piece ends and the other
begins, and pairs each piece with its part, so neither half is left unmatched.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.model import SIDES, Pair, Side
from core.pairing.pieces import (
    CONTAINED,
    MIN_BIGRAMS,
    alone,
    bigrams,
    contained,
    dice,
    index_on,
    locate_parts,
    lone_on,
    pair_parts,
)

_MAX_LONELY = 200  # beyond this many unpaired articles, the search is skipped
_TRY_ALL = 60  # with this few articles on the other side, every one may hold a lone piece


def split_partners(
    left: Sequence[str],
    right: Sequence[str],
    pairs: list[Pair],
    candidates: dict[tuple[Side, int], set[int]] | None = None,
) -> list[Pair]:
    """``pairs`` with lone articles that are pieces of a bigger one paired with their parts of it.

    ``left`` and ``right`` are the articles' compared texts; the new pairs carry
    ``left_part`` or ``right_part`` ranges of the bigger article, which tile it.
    ``candidates`` maps (side, index) of an article to the other side's articles
    worth trying (pairing's candidates); without it every article is tried.
    """
    result = list(pairs)
    for side in SIDES:
        texts, other_texts = (left, right) if side is Side.LEFT else (right, left)
        lonely = [p for p in result if lone_on(p, side) is not None]
        if not lonely or len(lonely) > _MAX_LONELY:
            continue
        partner_of = {
            index_on(p, side.other): index_on(p, side)
            for p in result
            if p.left is not None and p.right is not None and p.left_part is None and p.right_part is None
        }
        free_bigs = {p.index(side.other) for p in result if p.index(side) is None}
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
                cache[(which, index)] = bigrams((texts if which == "piece" else other_texts)[index])
            return cache[(which, index)]

        # Which bigger article holds each lone piece (and, with it, that article's partner)?
        members: dict[int, list[int]] = {}
        for lone in lonely:
            piece_index = index_on(lone, side)
            piece = grams("piece", piece_index)
            if len(piece) < MIN_BIGRAMS:
                continue
            likely = candidates.get((side, piece_index)) if candidates is not None else None
            if not likely and len(other_texts) <= _TRY_ALL:
                likely = None  # pairing saw no candidate (a short piece of a long page): try all
            best = None
            for big_index in likely if likely is not None else range(len(other_texts)):
                if big_index not in partner_of and big_index not in free_bigs:
                    continue  # already cut in parts
                partner = partner_of.get(big_index)
                score = contained(piece, grams("big", big_index))
                # The bigger article must have room for the pieces (for as much of this
                # one as it holds: the piece may be cut short there).
                room = len(texts[piece_index]) * score
                if partner is not None:
                    room += len(texts[partner]) * contained(grams("piece", partner), grams("big", big_index))
                if len(other_texts[big_index]) < 0.8 * room:
                    continue
                if score >= CONTAINED and (best is None or score > best[0]):
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
            parts = locate_parts(other_texts[big_index], [texts[i] for i in group])
            if parts is None:
                continue
            result = [p for p in result if not (p.index(side.other) == big_index or p.index(side) in group)]
            for member, part in zip(group, parts, strict=True):
                score = dice(bigrams(other_texts[big_index][part[0] : part[1]]), grams("piece", member))
                result.append(pair_parts(side, member, None, big_index, part, score))
            if partner is not None and partner not in group:
                # Too short to place by n-grams (a caption): alone for now, for its line to be found.
                result.append(alone(side, partner))
    return result


def _placeable(big: str, piece: str) -> bool:
    return locate_parts(big, [piece]) is not None
