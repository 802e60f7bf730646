"""The suggested side in the window: said in the review bar, taken with G, or in one step for the issue."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.diffing.hunks import is_number_change
from core.review.decisions import ACCEPT, REJECT, Choice
from core.review.suggested import confident_decisions


def ready(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.controller.ready_evidence() is not None, timeout=10000)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    pane = window.view.left_pane()
    pane.setFocus()
    qtbot.keyClick(pane, key, modifier)


def test_the_review_bar_says_the_suggestion_and_g_takes_it(loaded, qtbot):
    window, _ = loaded
    ready(qtbot, window)
    model = window.controller.model
    pair = window.current_pair
    hunks = model.comparison.hunks(pair)
    index = next(i for i, h in enumerate(hunks) if h.left == "," and h.right == "，")
    window.view.set_current(index)
    label = window.review_bar.suggestion_label
    assert label.isVisible() and "right" in label.text() and "full-width" in label.text()
    assert window.view.suggested_sides()[index] == "right"
    press(qtbot, window, Qt.Key.Key_G)
    assert model.decision(pair, hunks[index].id) == ACCEPT  # base left: the right side is taken


def test_one_key_takes_every_confident_suggestion_as_one_step(loaded, qtbot):
    window, _ = loaded
    ready(qtbot, window)
    controller = window.controller
    model = controller.model
    first_pair = window.current_pair
    first = model.comparison.hunks(first_pair)[0]
    model_before = controller.undo_stack.count()
    controller.decide([(first_pair, first.id)], REJECT, "by hand")  # decided: never touched by the batch
    expected = list(confident_decisions(model, controller.evidence()))
    press(qtbot, window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not controller.busy, timeout=10000)
    assert controller.undo_stack.count() == model_before + 2
    assert model.decision(first_pair, first.id) == REJECT
    assert expected and all(model.decision(p, c) == d for p, c, d in expected)
    hunks = {(p, h.id): h for p in model.comparison.pairs for h in model.comparison.hunks(p)}
    numbers = [key for key, h in hunks.items() if is_number_change(h)]
    assert numbers and all(model.decision(*key).choice is Choice.PENDING for key in numbers)
    window.actions_by_name["undo"].trigger()
    qtbot.waitUntil(lambda: not controller.busy, timeout=10000)
    assert all(
        model.decision(p, c).choice is Choice.PENDING for p, c, _ in expected if (p, c) != (first_pair, first.id)
    )


def test_the_review_bar_never_says_certain_and_names_what_a_batch_leaves(qapp):
    from core.checks.suggest import Suggestion
    from core.model import Side
    from ui.widgets.palette import suggestion_note

    sure = suggestion_note(Suggestion(Side.RIGHT, 0.9996, "print-form", "", ("說", "说", "right", "100%")))
    assert "99%" in sure and "100%" not in sure.split(":")[0] and "batch" not in sure
    guess = suggestion_note(Suggestion(Side.RIGHT, 0.98, "placeholder", "", ("〓", "海")))
    assert "98%" in guess and "never taken in a batch" in guess
