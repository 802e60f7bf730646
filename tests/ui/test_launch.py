"""Starting up: one parser, Qt's own options passed on, and a missing display said in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ui.launch import display_problem, main, split_qt_options

ROOT = Path(__file__).resolve().parents[2]


def test_qt_options_are_set_apart_with_their_values():
    ours, qt = split_qt_options(["--demo", "-platform", "offscreen", "-style=fusion", "-reverse"])
    assert ours == ["--demo"] and qt == ["-platform", "offscreen", "-style=fusion", "-reverse"]
    ours, qt = split_qt_options(["left.txt", "right.txt"])
    assert ours == ["left.txt", "right.txt"] and qt == []


def test_a_missing_display_is_said_in_one_line():
    problem = display_problem((), environ={}, platform="linux")
    assert problem is not None and "\n" not in problem and "compare" in problem and "offscreen" in problem
    assert display_problem((), environ={"DISPLAY": ":0"}, platform="linux") is None
    assert display_problem((), environ={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert display_problem((), environ={"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert display_problem(["-platform", "offscreen"], environ={}, platform="linux") is None
    assert display_problem((), environ={}, platform="win32") is None  # Windows always has its window system


def test_unknown_options_and_a_single_file_are_errors(capsys):
    for wrong in (["--dmeo"], ["only-one.txt"]):
        with pytest.raises(SystemExit) as stopped:
            main(wrong)
        assert stopped.value.code == 2
    assert "unrecognized arguments: --dmeo" in capsys.readouterr().err


def test_help_names_the_window_and_both_commands_and_version_answers(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    assert "--demo" in shown and "duijiao compare" in shown and "duijiao merge" in shown
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("duijiao ")


def test_without_a_display_the_window_says_why_and_stops(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}  # no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM
    if sys.platform.startswith("linux"):
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--demo"], capture_output=True, text=True, env=env, timeout=60
        )
        assert done.returncode == 2 and done.stderr.count("\n") == 1 and "no display" in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_output_that_cannot_be_written_is_one_line_not_a_traceback():
    left, right = (str(ROOT / "resources" / "samples" / name) for name in ("plain-export.txt", "markdown-export.txt"))
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "compare", "--json", left, right],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1 and done.stderr == "error: cannot write the output: No space left on device\n"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_ctrl_c_stops_a_big_comparison_and_its_workers_in_one_line(tmp_path):
    import os
    import signal
    import time

    from bench.issue_maker import write_issue

    sample = ROOT / "resources" / "samples"
    left, right = tmp_path / "left.txt", tmp_path / "right.md"
    write_issue(sample / "plain-export.txt", sample / "markdown-export.txt", 100, left, right)
    running = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "compare", "--json", str(left), str(right)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as at a terminal
    )
    children: list[int] = []
    deadline = time.monotonic() + 20
    while not children and running.poll() is None and time.monotonic() < deadline:
        children = [
            int(pid) for f in Path(f"/proc/{running.pid}/task").glob("*/children") for pid in f.read_text().split()
        ]
        time.sleep(0.01)
    assert children, "the comparison forked no workers"
    os.killpg(running.pid, signal.SIGINT)  # what Ctrl+C sends: the whole group
    assert running.wait(timeout=20) == 130
    said = running.stderr.read()
    assert said.startswith("interrupted") and said.count("\n") == 1  # one line, no traceback
    time.sleep(0.2)
    for child in children:
        assert not Path(f"/proc/{child}").exists() or "Z" in Path(f"/proc/{child}/stat").read_text().split()[2]
