"""Autosave slots: one per window on a pair, held by a lock that another process sees and a dead one drops."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from core.storage.autosave_slots import autosave_path, claim, left_behind

ROOT = Path(__file__).resolve().parents[2]
CLAIM = "import sys; from core.storage.autosave_slots import claim; c = claim(*sys.argv[1:]); print(c.path, c.shared)"


def _claim_in_another_process(folder: Path) -> str:
    command = [sys.executable, "-c", CLAIM, str(folder), "a.txt", "b.txt"]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()


def test_a_pair_held_by_one_process_gets_another_slot_in_the_next(tmp_path):
    held = claim(tmp_path, "a.txt", "b.txt")
    assert held.path == autosave_path(tmp_path, "a.txt", "b.txt") and not held.shared
    path, shared = _claim_in_another_process(tmp_path)
    assert Path(path) == autosave_path(tmp_path, "a.txt", "b.txt", 2) and shared == "True"
    held.release()
    path, shared = _claim_in_another_process(tmp_path)  # the other process ended: its slot is free again
    assert Path(path) == held.path and shared == "False"


def test_left_behind_are_the_slots_no_window_holds(tmp_path):
    first, second, third = (claim(tmp_path, "a.txt", "b.txt") for _ in range(3))
    for each in (first, second, third):
        each.path.write_text("{}", encoding="utf-8")
    second.release()
    assert left_behind(tmp_path, "a.txt", "b.txt", first) == [first.path, second.path]


def test_a_folder_that_cannot_hold_a_lock_still_gives_the_first_slot(tmp_path):
    blocked = tmp_path / "a file"
    blocked.write_text("x", encoding="utf-8")
    taken = claim(blocked / "autosave", "a.txt", "b.txt")
    assert taken.path == autosave_path(blocked / "autosave", "a.txt", "b.txt") and not taken.shared
