"""The review's own rules, tested on real values: search, partial takes, manual pairing, the edit context."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.comparison import Comparison, compare_files, compare_versions, version_from_text
from core.diffing.diff import diff_texts
from core.model import Pair, Side
from core.review.decisions import ACCEPT, ReviewModel, custom
from core.review.edit_context import edit_context
from core.review.partial import compose, pieces
from core.review.repairing import one_sided, paired_with, unpaired
from core.review.search import find_text, next_flagged
from core.text.textio import DecodedText

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _compare(left: str, right: str) -> Comparison:
    def version(text: str):
        return version_from_text(DecodedText("x.txt", text, "utf-8", b"", "\n"))

    return compare_versions(version(left), version(right), workers=0)


def test_search_goes_through_both_versions_of_every_article_and_wraps_round():
    comparison = _compare(
        "## 甲\n\n入口在东门。\n\n## 乙\n\n出口在西门。\n", "## 甲\n\n人口在东门。\n\n## 乙\n\n出口在西门。\n"
    )
    assert len(comparison.pairs) == 2
    pairs = comparison.pairs
    seen = []
    found = None
    for _ in range(5):
        found = find_text(comparison, pairs, "口在", found)
        assert found is not None
        seen.append((pairs.index(found.pair), found.side, found.start))
    assert seen[:4] == [(0, Side.LEFT, 4), (0, Side.RIGHT, 4), (1, Side.LEFT, 4), (1, Side.RIGHT, 4)]
    assert seen[4] == seen[0]  # round again
    backwards = find_text(comparison, pairs, "口在", None, backwards=True)
    assert backwards is not None and (pairs.index(backwards.pair), backwards.side) == (1, Side.RIGHT)
    assert find_text(comparison, pairs, "不在这里", None) is None
    assert find_text(comparison, pairs, "", None) is None


def test_the_next_flagged_change_wraps_round_the_issue():
    comparison = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
    spots = [
        (p, k)
        for p in comparison.pairs
        for k in sorted(
            {k for k, h in enumerate(comparison.hunks(p)) if h.flags} | ({0} if comparison.pair_flags(p) else set())
        )
    ]
    assert len(spots) >= 2
    assert next_flagged(comparison, comparison.pairs, None, 0) == spots[0]
    assert next_flagged(comparison, comparison.pairs, *spots[0]) == spots[1]
    assert next_flagged(comparison, comparison.pairs, *spots[-1]) == spots[0]
    assert next_flagged(comparison, comparison.pairs, *spots[0], backwards=True) == spots[-1]


def test_a_partial_take_keeps_only_the_ticked_pieces_from_either_base():
    [hunk] = diff_texts("他说己经人会了。", "他说已经入会了。")
    left_based = pieces(hunk, Side.LEFT)
    changed = [k for k, piece in enumerate(left_based) if piece.changed]
    assert compose(left_based, []) == hunk.left and compose(left_based, changed) == hunk.right
    assert compose(left_based, changed[:1]) == "已经人"
    right_based = pieces(hunk, Side.RIGHT)
    assert compose(right_based, [k for k, p in enumerate(right_based) if p.changed][:1]) == "己经入"


def test_pairing_by_hand_frees_the_old_partners_and_unpairing_parts_a_pair():
    pairs = [Pair(0, 0, 0.9), Pair(1, 1, 0.8), Pair(None, 2, 0.0)]
    repaired = paired_with(pairs, pairs[0], Side.LEFT, 2, lambda i, j: 0.4)
    assert Pair(0, 2, 0.4) in repaired and Pair(None, 0, 0.0) in repaired and Pair(1, 1, 0.8) in repaired
    assert sorted(p.left for p in repaired if p.left is not None) == [0, 1]
    assert sorted(p.right for p in repaired if p.right is not None) == [0, 1, 2]  # each article once
    from_right = paired_with(pairs, pairs[2], Side.RIGHT, 1, lambda i, j: 0.3)
    assert Pair(1, 2, 0.3) in from_right and Pair(None, 1, 0.0) in from_right
    assert unpaired(pairs, pairs[1]) == [pairs[0], pairs[2], Pair(1, None, 0.0), Pair(None, 1, 0.0)]
    assert unpaired(pairs, pairs[2]) == pairs
    with pytest.raises(ValueError):
        paired_with(pairs, pairs[2], Side.LEFT, 0, lambda i, j: 0.0)
    assert one_sided([Pair(3, 4, 1.0)], [Pair(3, 0, 1.0)]) == [Pair(None, 4, 0.0)]


def test_the_edit_context_starts_from_what_the_clean_copy_has_there():
    comparison = _compare("他说己经来了。\n", "他说已经来了。\n")
    model = ReviewModel(comparison, Side.RIGHT)
    pair = comparison.pairs[0]
    [hunk] = comparison.hunks(pair)
    found = edit_context(model, pair, hunk.id)
    assert (found.before, found.after, found.start) == ("他说", "经来了。", "已")  # the right version's text
    model.decide(pair, hunk.id, ACCEPT)
    assert edit_context(model, pair, hunk.id).start == "己"
    model.decide(pair, hunk.id, custom("已然"))
    assert edit_context(model, pair, hunk.id).start == "已然"


def test_the_edit_context_of_a_one_sided_article_is_the_article():
    comparison = _compare("甲文\n\n正文一段。\n", "甲文\n\n正文一段。\n\n乙文\n\n只在右边的一段文字。\n")
    model = ReviewModel(comparison)
    lone = next(p for p in comparison.pairs if p.left is None)
    found = edit_context(model, lone, "")
    assert found.versions[Side.LEFT] == "" and "只在右边" in found.versions[Side.RIGHT]
    assert (found.before, found.after) == ("", "") and "只在右边" in found.start
