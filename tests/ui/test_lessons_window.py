"""At the desk: a decision suggests the same elsewhere, and D decides the whole kind in one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.review.lessons import kind_of
from tests.core.test_lessons import LEFT, RIGHT
from tests.ui.test_structure_edits import load


def test_d_decides_every_open_change_of_the_kind_just_decided_as_one_undo_step(make_window, qtbot, tmp_path):
    window = load(make_window, qtbot, tmp_path, LEFT, RIGHT)
    controller = window.controller
    model = controller.model
    pane = window.view.left_pane()
    pane.setFocus()
    first = window.review.current_change()
    hunks = {h.id: h for p in model.comparison.pairs for h in model.comparison.hunks(p)}
    assert kind_of(hunks[first[1]]) == ("溫", "温")
    qtbot.keyClick(pane, Qt.Key.Key_A)  # 温 taken, and the window moves on
    following = window.review.current_suggestion()
    assert following is not None and following.source == "decisions"
    steps = controller.undo_stack.count()
    qtbot.keyClick(pane, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: not controller.busy, timeout=5000)
    decided = {c for (_, c), d in model.decisions.items() if d.decided}
    same = {h.id for h in hunks.values() if kind_of(h) == ("溫", "温")}
    assert decided == same  # every one of the kind, nothing else (the numbers wait)
    assert controller.undo_stack.count() == steps + 1
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {c for (_, c), d in model.decisions.items() if d.decided} == {first[1]}


def test_d_after_a_change_with_no_kind_says_so_and_decides_nothing(loaded, qtbot):
    window, _ = loaded
    model = window.controller.model
    pane = window.view.left_pane()
    pane.setFocus()
    change = window.review.current_change()
    hunk = next(h for h in model.comparison.hunks(change[0]) if h.id == change[1])
    assert kind_of(hunk) is None  # the sample opens with a layout space in a title: spacing, no kind
    qtbot.keyClick(pane, Qt.Key.Key_A)
    qtbot.keyClick(pane, Qt.Key.Key_D)
    assert len(model.decisions) == 1 and "No other open change of this kind" in window.statusBar().currentMessage()
