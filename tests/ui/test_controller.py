"""The review controller on its own, without a window: it owns the review, its undo and its autosave."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from core.comparison import compare_files
from core.diffing.hunks import is_number_change
from core.model import HunkClass, Side
from core.review.decisions import ACCEPT, REJECT, pair_key
from core.storage.journal import read_autosave
from core.storage.session import capture
from ui.control.review_controller import ReviewController
from ui.window.main_window import MainWindow


def test_the_window_is_one_class_whose_commands_live_in_parts():
    assert MainWindow.__bases__ == (QMainWindow,)


def test_batches_follow_the_rules_of_core_and_are_single_undo_steps(qtbot, inputs, tmp_path):
    controller = ReviewController(tmp_path / "autosave")
    controller.set_comparison(compare_files(*inputs))
    model = controller.model
    with qtbot.waitSignal(controller.decisions_changed):
        controller.decide_class(HunkClass.TEXT, ACCEPT, "text")
    decided = [(p, c) for p, c in model.changes() if model.decision(p, c).decided]
    hunks = {(p, h.id): h for p in model.comparison.pairs for h in model.comparison.hunks(p)}
    assert decided and all(hunks[c].kind is HunkClass.TEXT and not is_number_change(hunks[c]) for c in decided)
    first = model.ordered_pairs()[0]
    controller.decide_article(first, REJECT, "article")  # only its undecided changes
    assert all(model.decision(first, c).decided for _, c in model.changes(first))
    controller.decide_remaining(REJECT, "rest")
    assert model.progress()[0] == model.progress()[1]
    assert controller.undo_stack.count() == 3
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert [(p, c) for p, c in model.changes() if model.decision(p, c).decided] == decided
    controller.autosave_now(wait=True)
    assert len(read_autosave(controller.autosave_file()).decisions) == len(decided)


def test_a_session_is_put_back_by_the_controller(qtbot, inputs, tmp_path):
    first = ReviewController()
    first.set_comparison(compare_files(*inputs))
    first.set_base(Side.RIGHT)
    first.decide_remaining(ACCEPT, "all")
    session = capture(first.model)
    second = ReviewController()
    second.set_comparison(compare_files(*inputs))
    report, repaired = second.apply_session(session)
    assert not repaired and not report.dropped and not report.changed_inputs
    assert second.model.base == "right" and dict(second.model.decisions) == dict(first.model.decisions)
    assert second.undo_stack.count() == 0  # the history starts at the restored review


def test_two_windows_on_one_pair_never_mix_their_autosaves(qtbot, inputs, tmp_path):
    """Window A decides 10, B opens the same files and decides 5, A decides 5 more; both end; restart."""
    folder = tmp_path / "autosave"
    first = ReviewController(folder)
    first.set_comparison(compare_files(*inputs))
    changes = first.model.changes()
    first.decide(changes[:10], ACCEPT, "ten")
    first.autosave_now(wait=True)
    second = ReviewController(folder)
    second.set_comparison(compare_files(*inputs))
    assert second.open_elsewhere and not first.open_elsewhere
    assert second.autosave_file() != first.autosave_file()
    second.decide(second.model.changes()[-5:], REJECT, "five")
    second.autosave_now(wait=True)
    first.decide(changes[10:15], ACCEPT, "five more")
    first.autosave_now(wait=True)
    expected = {
        first.autosave_file(): {(pair_key(p), c) for p, c in changes[:15]},
        second.autosave_file(): {(pair_key(p), c) for p, c in second.model.changes()[-5:]},
    }
    first.release_autosave()
    second.release_autosave()

    again = ReviewController(folder)
    again.set_comparison(compare_files(*inputs))
    assert not again.open_elsewhere
    found = again.left_behind_autosaves()
    assert {path: {(d.pair, d.change) for d in read_autosave(path).decisions} for path in found} == expected


def test_a_window_that_is_gone_leaves_its_slot_to_the_next(qtbot, inputs, tmp_path):
    first = ReviewController(tmp_path / "autosave")
    first.set_comparison(compare_files(*inputs))
    taken = first.autosave_file()
    first.release_autosave()
    second = ReviewController(tmp_path / "autosave")
    second.set_comparison(compare_files(*inputs))
    assert second.autosave_file() == taken and not second.open_elsewhere
