"""Three versions in the window: dropped together, each change with every version's reading, keys 1…N."""

from __future__ import annotations

from PySide6.QtCore import Qt

from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, Choice
from tests.ui.test_drops import drag_and_drop

TEXT = "标题\n\n市政府召开会议，讨论本年预算，各局长均出席，会议由市长主持。\n\n另一新闻\n\n本市明日有雨，气温下降。\n"


def three(tmp_path):
    versions = {
        "a.txt": TEXT.replace("会议，", "会以，").replace("局长", "局甲"),  # 以: the others read 议
        "b.txt": TEXT.replace("局长", "局乙"),
        "c.txt": TEXT.replace("讨论", "讨伦").replace("局长", "局丙"),  # 伦 outvoted; 甲 乙 丙: no majority
    }
    paths = []
    for name, text in versions.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def press(qtbot, window, key):
    pane = window.view.left_pane()
    pane.setFocus()
    qtbot.keyClick(pane, key)


def test_three_versions_dropped_are_reviewed_with_every_reading_and_a_key_per_version(make_window, qtbot, tmp_path):
    paths = three(tmp_path)
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        assert drag_and_drop(window, paths, "left")
    collated = window.controller.collated
    assert collated is not None and [v.path for v in collated.collation.versions] == list(map(str, paths))
    model = window.controller.model
    pair = next(p for p in model.comparison.pairs if p.left == 0)
    hunks = model.comparison.hunks(pair)
    assert [(h.left, h.right) for h in hunks] == [("以", "议"), ("甲", "乙")]
    window.view.set_current(0)
    label = window.review_bar.readings_label
    assert label.isVisible() and "1 a.txt: 以" in label.text() and "3 c.txt: 议" in label.text()
    assert "2" in label.text() and "议" in label.text().split("—")[-1]
    window.view.set_current(1)
    assert "—" in label.text() and "c.txt: 丙" in label.text()
    press(qtbot, window, Qt.Key.Key_3)  # the third version's 丙: a text of its own
    decision = model.decision(pair, hunks[1].id)
    assert decision.choice is Choice.CUSTOM and decision.text == "丙"
    window.view.set_current(0)
    press(qtbot, window, Qt.Key.Key_1)  # the base's own reading
    assert model.decision(pair, hunks[0].id) == REJECT
    window.controller.undo_stack.undo()
    window.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: window.controller.ready_evidence() is not None, timeout=10000)
    window.review.take_all_suggestions()  # the majority's: 议, not the tie
    qtbot.waitUntil(lambda: model.decision(pair, hunks[0].id) == ACCEPT, timeout=5000)
    assert not model.decision(pair, hunks[1].id).decided
    assert "会议，讨论" in clean_copy(model) and "局甲" in clean_copy(model)


def test_add_a_version_collates_it_with_the_two_open(loaded, qtbot, tmp_path, inputs):
    window, _ = loaded
    third = tmp_path / "third.md"
    third.write_text(inputs[1].read_text(encoding="utf-8").replace("东昌府", "东昌俯"), encoding="utf-8")
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.add_version_from(str(third))
    collated = window.controller.collated
    assert collated is not None and len(collated.collation.versions) == 3
    assert window.controller.comparison.left.path == str(inputs[0])


def test_a_session_of_three_versions_reopens_them_all_with_its_decisions(make_window, qtbot, tmp_path):
    paths = three(tmp_path)
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(p) for p in paths])
    model = window.controller.model
    pair = next(p for p in model.comparison.pairs if p.left == 0)
    tie = model.comparison.hunks(pair)[1]
    window.view.set_current(1)
    press(qtbot, window, Qt.Key.Key_3)  # the third version's 丙, a text of its own
    session = tmp_path / "review.duijiao.json"
    assert window.files.save_session_to(session)
    other, _ = make_window()
    with qtbot.waitSignal(other.comparison_loaded, timeout=30000):
        other.files.open_session_from(session)
    assert other.controller.collated is not None and len(other.controller.collated.collation.versions) == 3
    reopened = other.controller.model
    again = next(p for p in reopened.comparison.pairs if p.left == 0)
    qtbot.waitUntil(lambda: reopened.decision(again, tie.id).decided, timeout=5000)
    assert reopened.decision(again, tie.id).text == "丙"


def test_the_change_report_of_three_versions_carries_every_reading_and_the_vote(make_window, qtbot, tmp_path):
    import csv

    paths = three(tmp_path)
    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.drop_paths([str(p) for p in paths])
    report = tmp_path / "report.csv"
    window.files.export_report_to(report)
    rows = list(csv.reader(report.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][-1] == "readings"
    readings = [row[-1] for row in rows[1:] if row[-1]]
    assert "1: 以 | 2: 议 | 3: 议 (2 of 3)" in readings and "1: 甲 | 2: 乙 | 3: 丙 (no majority)" in readings
