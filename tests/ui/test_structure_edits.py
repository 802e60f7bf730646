"""Correcting the articles' structure from the keyboard: split, mark, join, undo, and it is saved."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.model import Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, ReviewModel
from core.storage.session import read_session
from tests.core.test_structure import LEFT, RIGHT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def load(make_window, qtbot, tmp_path, left_text=LEFT, right_text=RIGHT):
    """A window on two files of these texts, once they are paired."""
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text(left_text, encoding="utf-8")
    right.write_text(right_text, encoding="utf-8")
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.loading.open_files(left, right)
    return window


def put_cursor_on(qtbot, window, line: str) -> None:
    """Show the left article holding ``line`` and put the left pane's cursor in it."""
    comparison = window.controller.comparison
    pair = next(p for p in comparison.pairs if line in (comparison.text(p, Side.LEFT) or ""))
    window.select_pair(pair)
    pane = window.view.left_pane()
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.setPosition(pane.toPlainText().index(line) + 2)
    pane.setTextCursor(cursor)


def rows(window) -> int:
    return window.table_model.rowCount()


def test_split_here_pairs_anew_keeps_decisions_undoes_and_goes_into_the_session(make_window, qtbot, tmp_path):
    window = load(make_window, qtbot, tmp_path)
    controller = window.controller
    assert len(controller.comparison.left.articles) == 2  # the heuristics missed the second headline
    byline = next(
        (p, h) for p in controller.comparison.pairs for h in controller.comparison.hunks(p) if "寶鳳" in h.right
    )
    controller.decide([(byline[0], byline[1].id)], ACCEPT, "accept")

    put_cursor_on(qtbot, window, "宜昌特稅之特狀")
    qtbot.keyClick(window.view.left_pane(), Qt.Key.Key_Return, CTRL_SHIFT)
    titles = [a.title for a in controller.comparison.left.articles]
    assert titles == ["怕女政客", "宜昌特稅之特狀", "◘下月拆造之上海市政廳◘"]
    assert rows(window) == 3 and all(p.left_part is None for p in controller.comparison.pairs)
    assert window.current_pair.left == 1  # the list follows the cursor's article
    assert len(controller.model.decisions) == 1  # the byline decision moved with its change

    session = tmp_path / "review.duijiao.json"
    window.files.save_session_to(session)
    assert read_session(session).structure["left"] == controller.comparison.left.edits

    qtbot.keyClick(window.view.left_pane(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(controller.comparison.left.articles) == 2 and len(controller.model.decisions) == 1
    window.actions_by_name["redo"].trigger()
    assert len(controller.comparison.left.articles) == 3

    # The clean copy is the corrected structure's.
    window.actions_by_name["accept_remaining"].trigger()
    out = tmp_path / "clean.txt"
    assert window.files.save_clean_copy_to(out, "original")
    expected = ReviewModel(controller.comparison, Side.LEFT)
    expected.decide_many(expected.changes(), ACCEPT)
    assert out.read_text(encoding="utf-8") == clean_copy(expected)


def test_mark_as_body_and_join_undo_a_boundary_and_a_session_brings_corrections_back(make_window, qtbot, tmp_path):
    window = load(make_window, qtbot, tmp_path)
    controller = window.controller
    put_cursor_on(qtbot, window, "宜昌特稅之特狀")
    qtbot.keyClick(window.view.left_pane(), Qt.Key.Key_T, CTRL_SHIFT)  # this line is a title
    assert len(controller.comparison.left.articles) == 3
    put_cursor_on(qtbot, window, "宜昌特稅之特狀")
    qtbot.keyClick(window.view.left_pane(), Qt.Key.Key_B, CTRL_SHIFT)  # no, it is body
    assert len(controller.comparison.left.articles) == 2
    put_cursor_on(qtbot, window, "日本婦人參政權同盟")
    qtbot.keyClick(window.view.left_pane(), Qt.Key.Key_J, CTRL_SHIFT)  # join with the caption after it
    assert len(controller.comparison.left.articles) == 1

    session = tmp_path / "review.duijiao.json"
    window.files.save_session_to(session)
    again = make_window()[0]
    with qtbot.waitSignal(again.comparison_loaded, timeout=30000):
        again.files.open_session_from(session)
    assert len(again.controller.comparison.left.articles) == 1


def test_join_keeps_decisions_joins_both_sides_and_keeps_the_place_through_undo(loaded, qtbot):
    window, _ = loaded
    controller = window.controller
    comparison = controller.comparison
    first = window.current_pair
    controller.decide_remaining(ACCEPT, "all")
    decisions = dict(controller.model.decisions)
    counts = (len(comparison.left.articles), len(comparison.right.articles))
    pane = window.view.left_pane()
    pane.setFocus()
    cursor = pane.textCursor()
    cursor.setPosition(len(pane.toPlainText()) - 2)  # the article's last line
    pane.setTextCursor(cursor)
    place = window.structure.cursor_line()
    qtbot.keyClick(pane, Qt.Key.Key_J, CTRL_SHIFT)
    joined = controller.comparison
    assert (len(joined.left.articles), len(joined.right.articles)) == (counts[0] - 1, counts[1] - 1)
    assert sum(None in (p.left, p.right) for p in joined.pairs) <= sum(
        None in (p.left, p.right) for p in comparison.pairs
    )
    kept = len(controller.model.decisions)
    assert kept >= len(decisions) - 2, (kept, len(decisions))  # only a change the join itself made goes
    span = joined.span(window.current_pair, Side.LEFT)
    assert span[0] <= place[1] < span[1]  # still where the cursor was
    qtbot.keyClick(pane, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert controller.comparison is comparison and dict(controller.model.decisions) == decisions
    assert window.current_pair == first
