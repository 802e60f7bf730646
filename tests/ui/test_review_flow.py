"""A proofreader's whole job by keyboard: decide, batch, undo, save, stop, resume."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from core.comparison import compare_files
from core.diffing.hunks import is_number_change
from core.model import HunkClass, Side
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, REJECT, Choice, ReviewModel, custom
from core.storage.journal import read_autosave


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    pane = window.view.left_pane()
    pane.setFocus()
    qtbot.keyClick(pane, key, modifier)


def test_a_keyboard_review_saves_the_expected_text(loaded, qtbot, tmp_path):
    window, dialogs = loaded
    model = window.controller.model
    first_pair = window.current_pair
    hunks = window.controller.comparison.hunks(first_pair)
    window.review.ask_text = lambda versions, context, text: ("〔校〕", True)

    press(qtbot, window, Qt.Key.Key_A)  # accept the first change, move on
    assert window.view.current_index() == 1
    press(qtbot, window, Qt.Key.Key_R)  # reject the second
    press(qtbot, window, Qt.Key.Key_E)  # type the third
    press(qtbot, window, Qt.Key.Key_A)  # accept the fourth ...
    assert model.decision(first_pair, hunks[3].id).choice is Choice.ACCEPT
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # ... and undo it
    assert model.decision(first_pair, hunks[3].id).choice is Choice.PENDING
    window.actions_by_name["accept_punctuation"].trigger()  # one batch, by class

    # The same review, made directly with core.
    expected = ReviewModel(
        compare_files(*[p for p in (window.controller.comparison.left.path, window.controller.comparison.right.path)])
    )
    expected.decide(first_pair, hunks[0].id, ACCEPT)
    expected.decide(first_pair, hunks[1].id, REJECT)
    expected.decide(first_pair, hunks[2].id, custom("〔校〕"))
    for pair in expected.ordered_pairs():
        for hunk in expected.comparison.hunks(pair):
            if (
                hunk.kind is HunkClass.PUNCTUATION
                and not is_number_change(hunk)
                and not expected.decision(pair, hunk.id).decided
            ):
                expected.decide(pair, hunk.id, ACCEPT)
    assert model.decisions == expected.decisions

    out = tmp_path / "clean.txt"
    assert window.files.save_clean_copy_to(out, "original")
    assert dialogs.asked and "undecided" in dialogs.asked[-1][1]  # warned, and said yes
    assert out.read_text(encoding="utf-8") == clean_copy(expected)
    assert "〔校〕" in out.read_text(encoding="utf-8")


def test_a_batch_is_one_undo_step_and_redo_brings_it_back(loaded):
    window, _ = loaded
    window.actions_by_name["accept_remaining"].trigger()
    decided, total = window.controller.model.progress()
    assert decided == total
    window.actions_by_name["undo"].trigger()
    assert window.controller.model.progress()[0] == 0
    window.actions_by_name["redo"].trigger()
    assert window.controller.model.progress()[0] == total


def test_reject_all_saves_the_base_file_byte_for_byte(loaded, tmp_path, inputs):
    window, _ = loaded
    window.actions_by_name["reject_remaining"].trigger()
    out = tmp_path / "same.txt"
    assert window.files.save_clean_copy_to(out, "original")
    assert out.read_bytes() == inputs[0].read_bytes()


def test_saving_onto_an_input_asks_first(loaded, inputs):
    window, dialogs = loaded
    before = inputs[0].read_bytes()
    dialogs.answer = False
    assert not window.files.save_clean_copy_to(inputs[0])
    assert "one of the files being compared" in dialogs.asked[-1][1]
    assert inputs[0].read_bytes() == before


def test_a_session_round_trips(loaded, make_window, qtbot, tmp_path):
    window, _ = loaded
    window.actions_by_name["accept_article"].trigger()
    window.actions_by_name["next_article"].trigger()
    window.actions_by_name["reject_article"].trigger()
    session = tmp_path / "review.duijiao.json"
    window.files.save_session_to(session)
    other, _ = make_window(tmp_path / "other-autosave")
    with qtbot.waitSignal(other.comparison_loaded, timeout=30000):
        other.files.open_session_from(session)
    assert other.controller.model.decisions == window.controller.model.decisions


def test_autosave_survives_a_crash(loaded, make_window, qtbot, tmp_path, inputs):
    window, _ = loaded
    press(qtbot, window, Qt.Key.Key_A)
    press(qtbot, window, Qt.Key.Key_R)
    decisions = dict(window.controller.model.decisions)
    qtbot.waitUntil(lambda: window.controller.autosave_file().exists(), timeout=5000)
    # The "crash": no close, no save, only the lock dropped as the system does for a process that dies;
    # a new window starts on the same files.
    window.controller.release_autosave()
    again, dialogs = make_window(tmp_path / "autosave")
    with qtbot.waitSignal(again.comparison_loaded, timeout=30000):
        again.loading.open_files(*inputs)
    assert any("Restore" in title for title, _ in dialogs.asked)
    assert again.controller.model.decisions == decisions


def test_a_corrupt_session_file_gives_an_error(make_window, tmp_path):
    window, dialogs = make_window()
    bad = tmp_path / "bad.duijiao.json"
    bad.write_text("{ not json", encoding="utf-8")
    window.files.open_session_from(bad)
    assert str(bad) in dialogs.shown[-1][1] and "not valid JSON" in dialogs.shown[-1][1]


def test_the_preview_shows_the_clean_article_as_decisions_are_made(loaded, qtbot):
    window, _ = loaded
    before = window.preview.toPlainText()
    window.actions_by_name["accept_article"].trigger()
    after = window.preview.toPlainText()
    assert before != after
    pair = window.current_pair
    assert after == window.controller.comparison.text(pair, Side.RIGHT)


def test_a_one_sided_article_is_accepted_like_a_change(loaded, qtbot, tmp_path):
    window, _ = loaded
    right_only = next(p for p in window.controller.comparison.pairs if p.left is None)
    window.select_pair(right_only)
    press(qtbot, window, Qt.Key.Key_A)
    out = tmp_path / "with-heading.txt"
    window.files.save_clean_copy_to(out, "utf-8")
    assert window.controller.comparison.text(right_only, Side.RIGHT) in out.read_text(encoding="utf-8")


def test_the_change_report_is_written(loaded, tmp_path):
    window, _ = loaded
    window.actions_by_name["accept_remaining"].trigger()
    window.files.export_report_to(tmp_path / "report.csv")
    window.files.export_report_to(tmp_path / "report.html")
    assert (tmp_path / "report.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert "accepted" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_taking_part_of_a_change_keeps_only_the_ticked_pieces(qtbot):
    from core.diffing.diff import diff_texts
    from ui.widgets.dialogs import PartDialog

    [hunk] = diff_texts("他说己经人会", "他说已经入会")
    dialog = PartDialog(hunk, Side.LEFT)
    qtbot.addWidget(dialog)
    first, second = dialog.boxes()
    assert dialog.text() == "己经人"
    first.setChecked(True)
    assert dialog.text() == "已经人"  # the right fix taken, the OCR slip left out
    second.setChecked(True)
    assert dialog.text() == "已经入"


def test_autosave_appends_only_what_changed_and_a_crash_keeps_it(loaded, make_window, qtbot, tmp_path, inputs):
    from core.storage.journal import journal_path

    window, _ = loaded
    controller = window.controller
    press(qtbot, window, Qt.Key.Key_A)
    controller.autosave_now(wait=True)
    target = controller.autosave_file()
    snapshot = target.read_bytes()
    journal_size = journal_path(target).stat().st_size
    press(qtbot, window, Qt.Key.Key_R)
    press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ShiftModifier)
    controller.autosave_now(wait=True)
    assert target.read_bytes() == snapshot  # the snapshot is not written again...
    assert journal_path(target).stat().st_size > journal_size  # ...the journal grows
    decisions = dict(controller.model.decisions)
    controller.release_autosave()  # a crash: no close, the lock dropped with the process
    again, _ = make_window(tmp_path / "autosave")  # a new window on the same files
    with qtbot.waitSignal(again.comparison_loaded, timeout=30000):
        again.loading.open_files(*inputs)
    assert again.controller.model.decisions == decisions


def test_an_autosave_that_fails_unexpectedly_is_said_once_and_the_next_save_is_whole(loaded, qtbot, monkeypatch):
    from core.storage import journal
    from ui.control import autosave as autosave_module

    window, dialogs = loaded
    controller = window.controller
    press(qtbot, window, Qt.Key.Key_A)
    controller.autosave_now(wait=True)
    target = controller.autosave_file()
    real_append = autosave_module.append_decisions

    def broken(*args, **kwargs):
        raise KeyError("a bug in the writer")  # neither OSError nor LoadError: nothing expects it

    monkeypatch.setattr(autosave_module, "append_decisions", broken)
    monkeypatch.setattr(autosave_module, "RETRY_MS", 50)
    press(qtbot, window, Qt.Key.Key_R)
    with qtbot.waitSignal(controller.autosave.failed, timeout=5000) as failure:
        controller.autosave_now()
    assert "a bug in the writer" in failure.args[0]
    assert "a bug in the writer" in window.statusBar().currentMessage()
    assert [title for title, _ in dialogs.shown] == ["Automatic save failed"]
    monkeypatch.setattr(autosave_module, "append_decisions", real_append)
    wrote: list[int] = []
    monkeypatch.setattr(autosave_module, "write_snapshot", lambda *a: (wrote.append(1), journal.write_snapshot(*a))[1])
    with qtbot.waitSignal(controller.autosave.recovered, timeout=5000):  # retried alone, then said
        qtbot.waitUntil(lambda: bool(wrote), timeout=5000)
    assert wrote  # the retry wrote a whole snapshot, not an entry after a journal that may lack one
    assert len(dialogs.shown) == 1  # the dialog once; the status bar says it works again
    saved = journal.read_autosave(target)
    assert sorted(map(repr, saved.decisions)) == sorted(map(repr, controller.session().decisions))
    assert len(saved.decisions) == 2  # the A before the failure and the R during it, both on disk


def test_a_second_window_on_the_same_files_says_so_and_both_reviews_are_offered_later(
    loaded, make_window, qtbot, tmp_path, inputs
):
    first, _ = loaded
    press(qtbot, first, Qt.Key.Key_A)
    first.controller.autosave_now(wait=True)
    second, dialogs = make_window(tmp_path / "autosave")
    with qtbot.waitSignal(second.comparison_loaded, timeout=30000):
        second.loading.open_files(*inputs)
    assert [title for title, _ in dialogs.shown] == ["Open in another window"]
    assert not dialogs.asked  # the first window's review is its own, still at work: nothing to restore
    press(qtbot, second, Qt.Key.Key_R)
    press(qtbot, second, Qt.Key.Key_R)
    mine = dict(second.controller.model.decisions)
    second.close()
    first.close()
    assert len(mine) == 2 and len(first.controller.model.decisions) == 1

    again, dialogs = make_window(tmp_path / "autosave")
    with qtbot.waitSignal(again.comparison_loaded, timeout=30000):
        again.loading.open_files(*inputs)
    assert len(dialogs.asked) == 1 and "one of 2 windows" in dialogs.asked[0][1]
    assert again.controller.model.decisions == mine  # the newest, restored
    assert dialogs.shown[-1][0] == "Automatic saves kept"
    kept = Path(dialogs.shown[-1][1].splitlines()[-1])
    assert len(read_autosave(kept).decisions) == 1  # the other, aside and whole


def test_an_autosave_folder_that_becomes_unwritable_mid_review_is_said_and_saving_goes_on(
    loaded, qtbot, monkeypatch, tmp_path
):
    from ui.control import autosave as autosave_module

    window, dialogs = loaded
    controller = window.controller
    monkeypatch.setattr(autosave_module, "RETRY_MS", 50)
    press(qtbot, window, Qt.Key.Key_A)
    controller.autosave_now(wait=True)
    folder = controller.autosave_file().parent
    folder.rename(tmp_path / "moved away")
    folder.write_text("now a file: nothing can be written under it", encoding="utf-8")
    press(qtbot, window, Qt.Key.Key_R)
    with qtbot.waitSignal(controller.autosave.failed, timeout=5000):
        controller.autosave_now()
    assert "Automatic save failed" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_R)  # still failing: said in the status bar, not in a second dialog
    qtbot.wait(200)
    assert [title for title, _ in dialogs.shown] == ["Automatic save failed"]
    folder.unlink()
    folder.mkdir()
    with qtbot.waitSignal(controller.autosave.recovered, timeout=5000):  # it kept trying
        pass
    assert read_autosave(controller.autosave_file()).decisions  # every decision, on the disk again
    assert len(read_autosave(controller.autosave_file()).decisions) == len(controller.model.decisions)


def test_saves_of_the_sample_go_to_the_documents_folder_and_every_save_says_where(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from core.resources import resource
    from ui.widgets.dialogs import SaveOptionsDialog

    window, _ = make_window()
    with qtbot.waitSignal(window.comparison_loaded, timeout=30000):
        window.files.open_demo()
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if not Path(documents).is_dir():
        documents = str(Path.home())  # a machine without a documents folder
    base = window.controller.comparison.left.path
    proposed = window.files.proposed(base, ".clean.txt")
    assert resource() not in proposed.parents and str(proposed.parent) == documents
    assert window.files.proposed_session_path().startswith(documents)
    dialog = SaveOptionsDialog(window.controller.model, proposed, window)
    dialog.show()
    QApplication.processEvents()
    field = dialog._path
    assert field.width() >= field.fontMetrics().horizontalAdvance(str(proposed))  # the whole name shows
    report = tmp_path / "report.html"
    window.files.export_report_to(report)
    assert str(report.resolve()) in window.statusBar().currentMessage()
    sizes = window.text_splitter.sizes()
    window.actions_by_name["larger_clean_copy"].trigger()
    larger = window.text_splitter.sizes()
    assert larger[1] > 2 * sizes[1]
    window.actions_by_name["larger_clean_copy"].trigger()
    assert window.text_splitter.sizes()[1] < larger[1]
