"""Decisions carried across a structure correction, checked against a brute force over every change."""

from __future__ import annotations

import random

import pytest

from core.comparison import compare_files
from core.model import SIDES, Side
from core.review.decisions import ACCEPT, ARTICLE, REJECT, ReviewModel, custom, pair_key
from core.review.restructuring import carry_over, change_at, corresponding_join, pair_holding


@pytest.fixture(scope="module")
def decided(inputs_module):
    comparison = compare_files(*inputs_module, workers=0)
    model = ReviewModel(comparison)
    rng = random.Random(3)
    for pair, change_id in model.changes():
        model.decide(pair, change_id, rng.choice([ACCEPT, REJECT, custom("改")]))
    return model


@pytest.fixture(scope="module")
def inputs_module(tmp_path_factory):
    from tests.core.conftest import FIXTURES

    return FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt"


def _every_place(comparison):
    """(left start, left end, right start, right end, left text, right text) → decision slot, for every change."""
    places = {}
    for pair in comparison.pairs:
        if pair.left is None or pair.right is None:
            continue
        (left, _), (right, _) = (comparison.span(pair, side) for side in SIDES)
        for hunk in comparison.hunks(pair):
            place = (left + hunk.left_start, left + hunk.left_end, right + hunk.right_start, right + hunk.right_end)
            places[(*place, hunk.left, hunk.right)] = (pair, hunk.id)
    return places


def _corrections(comparison):
    """Splits at the second and third line of every left article, and each join of an article with the next."""
    text, articles = comparison.left.document.text, comparison.left.articles
    for article in articles:
        lines = [i + 1 for i in range(article.content_start, article.end - 1) if text[i] == "\n"]
        for offset in lines[1:3]:
            yield {Side.LEFT: comparison.left.edits.then("split", offset)}
    for index in range(len(articles) - 1):
        edits = {Side.LEFT: comparison.left.edits.then("join", articles[index + 1].start)}
        other = corresponding_join(comparison, Side.LEFT, index)
        if other is not None:
            edits[Side.RIGHT] = comparison.right.edits.then("join", comparison.right.articles[other + 1].start)
        yield edits


def test_every_decision_whose_change_still_exists_goes_to_it_and_nowhere_else(decided):
    before = _every_place(decided.comparison)
    articles = {slot: d for slot, d in decided.decisions.items() if slot[1] == ARTICLE}
    corrections = dropped_total = 0
    for edits in _corrections(decided.comparison):
        after = decided.comparison.restructured_sides(edits)
        carried, dropped = carry_over(decided, after)
        now = _every_place(after)
        wanted = {
            now[place]: decided.decision(*slot)
            for place, slot in before.items()
            if place in now and decided.decision(*slot).decided
        }
        changes = {slot: d for slot, d in carried.decisions.items() if slot[1] != ARTICLE}
        assert changes == {(pair_key(pair), change_id): d for (pair, change_id), d in wanted.items()}, edits
        gone = sum(1 for place, slot in before.items() if place not in now and decided.decision(*slot).decided)
        carried_articles = len(carried.decisions) - len(changes)
        assert dropped == gone + len(articles) - carried_articles, edits
        corrections += 1
        dropped_total += dropped
    assert corrections >= 30
    assert dropped_total <= corrections  # a boundary cuts a change now and then, not the article's decisions


def test_a_join_where_the_other_version_has_the_same_boundary_joins_both(decided):
    comparison = decided.comparison
    one_sided = sum(1 for p in comparison.pairs if None in (p.left, p.right))
    joined = 0
    for index in range(len(comparison.left.articles) - 1):
        other = corresponding_join(comparison, Side.LEFT, index)
        if other is None:
            continue
        after = comparison.restructured_sides(
            {
                Side.LEFT: comparison.left.edits.then("join", comparison.left.articles[index + 1].start),
                Side.RIGHT: comparison.right.edits.then("join", comparison.right.articles[other + 1].start),
            }
        )
        assert len(after.left.articles) == len(comparison.left.articles) - 1
        assert len(after.right.articles) == len(comparison.right.articles) - 1
        assert sum(1 for p in after.pairs if None in (p.left, p.right)) <= one_sided  # nothing orphaned
        joined += 1
    assert joined >= 5


def test_the_place_is_found_again_in_the_restructured_issue(decided):
    comparison = decided.comparison
    for pair in comparison.pairs[:6]:
        if pair.left is None or pair.right is None:
            continue
        hunks = comparison.hunks(pair)
        span = comparison.span(pair, Side.LEFT)
        for number, hunk in enumerate(hunks):
            offset = span[0] + hunk.left_start
            assert pair_holding(comparison, Side.LEFT, offset) == pair
            assert hunks[change_at(comparison, pair, Side.LEFT, offset)].left_end + span[0] >= offset
            assert change_at(comparison, pair, Side.LEFT, offset) <= number


def test_the_diffs_kept_across_a_correction_are_the_ones_a_fresh_diff_gives(decided):
    comparison = decided.comparison
    for edits in list(_corrections(comparison))[::7]:
        reused = comparison.restructured_sides(edits)
        carry_over(decided, reused)  # takes the unchanged pairs' diffs from before
        fresh = comparison.restructured_sides(edits)
        assert reused.pairs == fresh.pairs
        for pair in fresh.pairs:
            assert reused.hunks(pair) == fresh.hunks(pair), (edits, pair)
