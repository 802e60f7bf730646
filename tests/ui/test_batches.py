"""A batch over a whole issue runs a slice at a time between events, and still acts as one step."""

from __future__ import annotations

import pytest

import ui.control.decision_run
from core.model import HunkClass


@pytest.fixture
def sliced(monkeypatch):
    """Every batch of the sample runs in many slices, as a 200-times issue's would."""
    monkeypatch.setattr(ui.control.decision_run, "SLICE_SECONDS", 0.0)
    monkeypatch.setattr(ui.control.decision_run, "CHUNK", 8)


def wait_idle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=10000)


def test_a_long_batch_runs_between_events_and_is_one_undo_step(loaded, qtbot, sliced):
    window, _ = loaded
    controller = window.controller
    steps = controller.undo_stack.count()
    window.actions_by_name["accept_remaining"].trigger()
    assert controller.busy  # the window went back to its events before the batch was done
    decided_first = controller.model.progress()[0]
    wait_idle(qtbot, window)
    decided, total = controller.model.progress()
    assert 0 < decided_first < decided == total
    assert controller.undo_stack.count() == steps + 1
    window.actions_by_name["undo"].trigger()
    wait_idle(qtbot, window)
    assert controller.model.progress()[0] == 0
    window.actions_by_name["redo"].trigger()
    wait_idle(qtbot, window)
    assert controller.model.progress()[0] == total


def test_undo_during_a_batch_undoes_all_of_it(loaded, qtbot, sliced):
    window, _ = loaded
    controller = window.controller
    window.actions_by_name["accept_punctuation"].trigger()
    assert controller.busy
    window.actions_by_name["undo"].trigger()  # lets the batch finish, then takes it all back
    wait_idle(qtbot, window)
    assert controller.model.decisions == {}
    window.actions_by_name["redo"].trigger()
    wait_idle(qtbot, window)
    expected = {
        (p, c)
        for p, c in controller.model.changes()
        if c and next(h for h in controller.model.comparison.hunks(p) if h.id == c).kind is HunkClass.PUNCTUATION
    }
    decided = {(p, c) for p, c in controller.model.changes() if controller.model.decision(p, c).decided}
    assert decided and decided <= expected


def test_a_key_during_a_batch_comes_after_it(loaded, qtbot, sliced):
    window, _ = loaded
    controller = window.controller
    steps = controller.undo_stack.count()
    window.actions_by_name["reject_remaining"].trigger()
    assert controller.busy
    window.actions_by_name["accept_article_all"].trigger()  # replaces the batch's decisions in this article
    wait_idle(qtbot, window)
    assert controller.undo_stack.count() == steps + 2
    pair = window.current_pair
    assert all(controller.model.decision(pair, c).choice.value == "accept" for _, c in controller.model.changes(pair))
    decided, total = controller.model.progress()
    assert decided == total


def test_saving_during_a_batch_saves_all_of_it(loaded, qtbot, sliced, tmp_path, inputs):
    window, _ = loaded
    window.actions_by_name["reject_remaining"].trigger()
    assert window.controller.busy
    out = tmp_path / "clean.txt"
    assert window.files.save_clean_copy_to(out, "original")  # asks nothing: the whole batch is in
    assert out.read_bytes() == inputs[0].read_bytes()


def test_keys_during_a_batch_wait_behind_it_without_finishing_it_and_keep_their_order(loaded, qtbot, sliced):
    window, _ = loaded
    controller = window.controller
    steps = controller.undo_stack.count()
    window.actions_by_name["accept_punctuation"].trigger()
    pair, change_id = window.review.current_change()
    decided_first = controller.model.progress()[0]
    window.actions_by_name["reject"].trigger()
    window.actions_by_name["accept"].trigger()  # on the change the reject moved to
    window.actions_by_name["undo"].trigger()  # takes back the accept just given, not the batch
    # The batch went on between events: the keys did not make the window wait for the rest of it.
    assert controller.busy and controller.model.progress()[0] == decided_first
    wait_idle(qtbot, window)
    # The batch, then the reject; the accept was given and undone (it can be redone).
    assert controller.undo_stack.index() == steps + 2 and controller.undo_stack.count() == steps + 3
    assert controller.model.decision(pair, change_id).choice.value == "reject"
    named = window.actions_by_name["accept_punctuation"].text().replace("&", "")
    assert controller.undo_stack.command(steps).text() == named


def test_saving_takes_in_the_keys_given_during_a_batch(loaded, qtbot, sliced, tmp_path, inputs):
    window, _ = loaded
    controller = window.controller
    window.actions_by_name["accept_remaining"].trigger()
    window.actions_by_name["undo"].trigger()  # queued behind the batch: the save must see it done too
    assert controller.busy
    out = tmp_path / "clean.txt"
    assert window.files.save_clean_copy_to(out, "original")
    assert not controller.busy and controller.model.progress()[0] == 0
    assert out.read_bytes() == inputs[0].read_bytes()  # every change rejected, as the base had it
