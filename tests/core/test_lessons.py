"""Decisions teach the rest of the issue: the same substitution suggested alike, decided alike in one go."""

from __future__ import annotations

from core.checks.suggest import IssueEvidence
from core.model import Side
from core.review.decisions import ACCEPT, REJECT, ReviewModel, custom
from core.review.lessons import Lessons, kind_of
from core.review.suggested import confident_decisions
from core.storage.session import capture, restore
from tests.core.test_suggest import comparison

LEFT = "甲文\n\n今日溫度二十度，溫和無風。\n\n乙文\n\n水溫適中，共有1506人。\n\n丙文\n\n溫泉開放，另有三人。\n"
RIGHT = "甲文\n\n今日温度二十度，温和無風。\n\n乙文\n\n水温適中，共有1605人。\n\n丙文\n\n温泉開放，另有二人。\n"


def changes(model):
    c = model.comparison
    return [(pair, hunk) for pair in c.pairs for hunk in c.hunks(pair)]


def test_a_kind_is_the_substitution_whatever_the_word_and_never_a_number():
    model = ReviewModel(comparison(LEFT, RIGHT))
    kinds = {(h.left, h.right): kind_of(h) for _, h in changes(model)}
    assert {k for k in kinds.values() if k} == {("溫", "温")}
    assert kinds[("1506", "1605")] is None and kinds[("三", "二")] is None  # numbers: decided alone


def test_one_decision_suggests_the_others_of_its_kind_and_a_mixed_record_suggests_nothing():
    model = ReviewModel(comparison(LEFT, RIGHT))
    lessons = Lessons(model)
    found = [(p, h) for p, h in changes(model) if kind_of(h) == ("溫", "温")]
    assert len(found) == 4 and all(lessons.suggest(p, h) is None for p, h in found)
    model.decide(found[0][0], found[0][1].id, ACCEPT)  # the right's 温 taken
    suggestion = lessons.suggest(*found[1])
    assert suggestion.side == Side.RIGHT and suggestion.source == "decisions" and suggestion.confident
    assert suggestion.values == ("温", "溫", "1")
    model.decide(found[1][0], found[1][1].id, REJECT)  # and once the other way: a question again
    assert lessons.suggest(*found[2]) is None
    model.decide(found[1][0], found[1][1].id, custom("温"))  # typed by hand: teaches nothing
    assert lessons.suggest(*found[2]).values == ("温", "溫", "1")


def test_deciding_the_kind_alike_takes_only_undecided_changes_of_it_and_never_a_number():
    model = ReviewModel(comparison(LEFT, RIGHT), Side.RIGHT)  # whichever side is the base
    lessons = Lessons(model)
    found = [(p, h) for p, h in changes(model) if kind_of(h) == ("溫", "温")]
    model.decide(found[0][0], found[0][1].id, REJECT)  # base right: 温 kept
    model.decide(found[3][0], found[3][1].id, ACCEPT)  # decided otherwise by hand: never touched
    batch = list(lessons.same_kind(found[0][0], found[0][1].id))
    assert {(p, c) for p, c, _ in batch} == {(p, h.id) for p, h in found[1:3]}
    assert all(decision == REJECT for _, _, decision in batch)
    assert not any(kind_of(h) is None for p, h in changes(model) if (p, h.id) in {(p, c) for p, c, _ in batch})


def test_the_batch_of_confident_suggestions_takes_what_the_decisions_taught():
    model = ReviewModel(comparison(LEFT, RIGHT))
    found = [(p, h) for p, h in changes(model) if kind_of(h) == ("溫", "温")]
    model.decide(found[0][0], found[0][1].id, ACCEPT)
    evidence = IssueEvidence(model.comparison)
    taken = list(confident_decisions(model, evidence, None, Lessons(model)))
    assert {(p, c) for p, c, _ in taken} >= {(p, h.id) for p, h in found[1:]}


def test_a_resumed_review_keeps_what_its_decisions_taught():
    model = ReviewModel(comparison(LEFT, RIGHT))
    found = [(p, h) for p, h in changes(model) if kind_of(h) == ("溫", "温")]
    model.decide(found[0][0], found[0][1].id, ACCEPT)
    resumed = ReviewModel(model.comparison)
    restore(capture(model), resumed)
    assert Lessons(resumed).suggest(*found[2]).side == Side.RIGHT


def test_in_latin_script_a_kind_is_the_whole_word_and_the_other_way_round_is_another_question():
    left = "Note\n\nWe saw tbe ship go by and hy the pier tbe men stood.\n"
    right = "Note\n\nWe saw the ship go hy and by the pier the men stood.\n"
    model = ReviewModel(comparison(left, right))
    found = {(h.left, h.right): (p, h) for p, h in changes(model)}
    assert kind_of(found[("tbe", "the")][1]) == ("tbe", "the")  # not b for h: "by"/"hy" is another matter
    model.decide(found[("by", "hy")][0], found[("by", "hy")][1].id, REJECT)  # "by" kept
    lessons = Lessons(model)
    assert lessons.suggest(*found[("hy", "by")]) is None  # the other way round: not taught
    model.decide(found[("tbe", "the")][0], found[("tbe", "the")][1].id, ACCEPT)
    others = [(p, c) for p, c, _ in lessons.same_kind(found[("tbe", "the")][0], found[("tbe", "the")][1].id)]
    assert len(others) == 1  # the second tbe, and nothing of b and h elsewhere
