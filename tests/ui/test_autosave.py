"""The autosave on its own, over a plain source (no window): what it writes, and what it says when it cannot."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from core.comparison import compare_files
from core.review.decisions import ACCEPT, REJECT, ReviewModel
from core.storage.journal import journal_path, read_autosave
from core.storage.session import capture
from ui.control.autosave import Autosave

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


class Source:
    """An AutosaveSource: a review and where it is saved, nothing else."""

    def __init__(self, target: Path) -> None:
        comparison = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
        self.model: ReviewModel | None = ReviewModel(comparison)
        self.busy = False
        self.target = target

    def settle(self) -> None:
        pass

    def autosave_file(self) -> Path | None:
        return self.target

    def session_builder(self, decisions):
        return partial(capture, self.model, decisions=decisions)


def _decided(source: Source) -> set[tuple[str, str]]:
    return {(d.pair, d.change) for d in read_autosave(source.target).decisions}


def test_a_snapshot_first_then_only_what_changed_in_the_journal(tmp_path, qtbot):
    source = Source(tmp_path / "autosave" / "review.json")
    autosave = Autosave(source)
    changes = source.model.changes()
    source.model.decide_many(changes[:3], ACCEPT)
    autosave.save_now(wait=True)
    snapshot = source.target.read_bytes()
    assert len(_decided(source)) == 3
    source.model.decide_many(changes[3:5], REJECT)
    autosave.save_now(wait=True)
    assert source.target.read_bytes() == snapshot  # not written again
    assert journal_path(source.target).stat().st_size > 0
    assert len(_decided(source)) == 5


def test_a_save_that_fails_is_said_and_the_next_good_one_is_whole_and_said_too(tmp_path, qtbot):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x", encoding="utf-8")
    source = Source(blocked / "review.json")
    autosave = Autosave(source)
    source.model.decide_many(source.model.changes()[:2], ACCEPT)
    with qtbot.waitSignal(autosave.failed, timeout=5000) as failure:
        autosave.save_now()
    assert failure.args[0] and autosave.failing
    source.target = tmp_path / "elsewhere" / "review.json"  # the folder can be written again
    with qtbot.waitSignal(autosave.recovered, timeout=5000):
        autosave.save_now(wait=True)  # the failed save is rewritten whole, and that is said
    assert len(_decided(source)) == 2 and not autosave.failing


def test_nothing_to_save_writes_nothing(tmp_path, qtbot):
    source = Source(tmp_path / "review.json")
    source.model = None
    Autosave(source).save_now(wait=True)
    assert not source.target.exists()
