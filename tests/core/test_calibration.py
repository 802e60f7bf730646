"""A suggestion is as sure as its kind of evidence has been found right, and a batch takes only the surest."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from core.checks.calibration import CONFIDENT, NEVER_IN_A_BATCH, PRIOR_WEIGHT, PRIORS, Calibration
from core.checks.calibration_counts import COUNTS
from core.checks.suggest import IssueEvidence, Suggestion
from core.model import Side
from core.review.decisions import ReviewModel
from core.review.suggested import confident_decisions
from tests.core.test_suggest import ARTICLE, comparison

ROOT = Path(__file__).resolve().parents[2]


def _keys_given(path: Path) -> set[str]:
    """Every evidence key written in ``path``: the second argument of ``said`` and a ``key = ...`` literal."""
    keys: set[str] = set()

    def literals(node: ast.expr) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [node.value]
        if isinstance(node, ast.IfExp):
            return literals(node.body) + literals(node.orelse)
        return []

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "said" and len(node.args) >= 2:
            keys.update(literals(node.args[1]))
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "key" for t in node.targets):
            keys.update(literals(node.value))
    return keys


def test_every_key_a_rule_gives_has_a_prior_and_every_count_a_key():
    given = _keys_given(ROOT / "core" / "checks" / "suggest.py") | _keys_given(ROOT / "core" / "review" / "lessons.py")
    assert len(given) >= 15  # the scan finds the keys (a scan that finds none would pass anything)
    assert given <= set(PRIORS), given - set(PRIORS)
    assert set(COUNTS) <= set(PRIORS)
    assert all(0 <= right <= made for right, made in COUNTS.values())


def test_a_key_moves_from_its_prior_to_what_the_pages_found():
    assert Calibration({}).confidence("number") == PRIORS["number"]
    few = Calibration({"number": (2, 2)}).confidence("number")
    many = Calibration({"number": (1000, 1000)}).confidence("number")
    assert PRIORS["number"] < few < many and many > 0.99
    assert Calibration({"print-form": (0, 200)}).confidence("print-form") < 0.05
    right, made = 30, 40
    assert Calibration({"context": (right, made)}).confidence("context") == pytest.approx(
        (right + PRIOR_WEIGHT * PRIORS["context"]) / (made + PRIOR_WEIGHT)
    )


def test_fitting_adds_the_counts_of_the_pages():
    fitted = Calibration.fitted([{"width": (3, 4)}, {"width": (5, 6), "number": (1, 2)}])
    assert fitted.counts == {"width": (8, 10), "number": (1, 2)}


@pytest.mark.parametrize("key", sorted(NEVER_IN_A_BATCH))
def test_a_source_that_cannot_tell_a_guess_is_never_in_a_batch_however_sure(key):
    sure = Calibration({key: (10_000, 10_000)})
    assert sure.confidence(key) > CONFIDENT and not sure.batch_takes(key, sure.confidence(key))
    assert not Suggestion(Side.LEFT, 0.999, key, "").confident


def test_what_the_pages_found_decides_what_a_batch_takes():
    c = comparison(ARTICLE.format("他説此事尚未清楚。"), ARTICLE.format("他說此事尙未淸楚。"))
    model = ReviewModel(c)
    pair = next(p for p in c.pairs if p.left is not None)
    hunks = c.hunks(pair)
    trusted = Calibration({"print-form": (500, 500)})
    assert len(list(confident_decisions(model, IssueEvidence(c, calibration=trusted)))) == len(hunks) == 2
    doubted = Calibration({"print-form": (40, 50)})  # found right 80 %: shown, not batch-taken
    evidence = IssueEvidence(c, calibration=doubted)
    for hunk in hunks:
        assert evidence.suggest(pair, hunk).confidence == pytest.approx((40 + PRIOR_WEIGHT * 0.97) / 60)
    assert list(confident_decisions(model, evidence)) == []
