import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.cli import main

ROOT = Path(__file__).parent.parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
LEFT = FIXTURES / "plain-export.txt"
RIGHT = FIXTURES / "markdown-export.txt"


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_compare_json_pairs_the_sample_as_hand_checked(capsys):
    status, out, _ = run(capsys, "compare", LEFT, RIGHT, "--json")
    assert status == 0
    result = json.loads(out)
    expected = json.loads((FIXTURES / "pairs.json").read_text(encoding="utf-8"))["pairs"]
    got = [[p["left_title"], p["right_title"]] for p in result["pairs"]]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert sum(1 for p in result["pairs"] if p["left"] is None) == 1
    left_titles = [a["title"] for a in result["left"]["articles"]]
    for p in result["pairs"]:
        if p["left"] is not None:
            assert left_titles[p["left"]] == p["left_title"]
        for hunk in p["hunks"]:
            assert hunk["class"] in {"text", "punctuation", "whitespace"}
            assert hunk["left"] or hunk["right"]
    assert result["left"]["encoding"] == "utf-8"


def test_merge_reject_all_reproduces_the_base_file(tmp_path, capsys):
    out = tmp_path / "clean.txt"
    status, _, _ = run(capsys, "merge", LEFT, RIGHT, "--reject-all", "-o", out)
    assert status == 0
    assert out.read_bytes() == LEFT.read_bytes()
    status, _, _ = run(capsys, "merge", LEFT, RIGHT, "--reject-all", "--base", "right", "-o", out)
    assert out.read_bytes() == RIGHT.read_bytes()


def test_merge_accept_all_takes_the_right_text(tmp_path, capsys):
    out = tmp_path / "clean.txt"
    assert run(capsys, "merge", LEFT, RIGHT, "--accept-all", "-o", out)[0] == 0
    clean = out.read_text(encoding="utf-8")
    assert "东昌府讯" in clean and "入聊" in clean and "“疫”起坚守筑牢疫情防控严密防线" in clean


def test_merge_writes_the_original_encoding(tmp_path, capsys):
    left = tmp_path / "left.txt"
    left.write_bytes(LEFT.read_text(encoding="utf-8").replace("\n", "\r\n").encode("gb18030"))
    out = tmp_path / "clean.txt"
    assert run(capsys, "merge", left, RIGHT, "--accept-all", "-o", out)[0] == 0
    data = out.read_bytes()
    assert b"\r\n" in data and data.replace(b"\r\n", b"").find(b"\n") == -1
    assert "东昌府讯".encode("gb18030") in data
    assert run(capsys, "merge", left, RIGHT, "--accept-all", "--encoding", "utf-8", "-o", out)[0] == 0
    assert "东昌府讯" in out.read_text(encoding="utf-8")


def bad_inputs(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    undecodable = tmp_path / "mixed.txt"
    undecodable.write_bytes("中文".encode("gb18030") + b"\xff\xff\xff" + bytes(range(128, 160)))
    return {
        "empty": empty,
        "binary": binary,
        "directory": tmp_path,
        "no such file": tmp_path / "missing.txt",
        "cannot be decoded": undecodable,
    }


@pytest.mark.parametrize("problem", ["empty", "binary", "directory", "no such file", "cannot be decoded"])
def test_bad_input_gives_one_error_line_and_writes_nothing(tmp_path, capsys, problem):
    bad = bad_inputs(tmp_path)[problem]
    out = tmp_path / "out" / "clean.txt"
    out.parent.mkdir()
    status, _stdout, err = run(capsys, "merge", bad, RIGHT, "--reject-all", "-o", out)
    assert status == 2
    assert err.startswith(f"error: {bad}: ") and err.count("\n") == 1
    assert problem.split()[0] in err
    assert not out.exists()


def test_forced_wrong_encoding_and_unknown_encoding(tmp_path, capsys):
    status, _, err = run(capsys, "compare", LEFT, RIGHT, "--left-encoding", "no-such-codec")
    assert status == 2 and "unknown encoding" in err
    status, _, err = run(capsys, "compare", LEFT, RIGHT, "--left-encoding", "ascii")
    assert status == 2 and "cannot be decoded as ascii" in err


def test_a_non_text_codec_is_refused_and_nothing_is_written(tmp_path, capsys):
    output = tmp_path / "o.txt"
    status, _, err = run(
        capsys, "merge", LEFT, RIGHT, "--reject-all", "--left-encoding", "unicode_escape", "-o", output
    )
    assert status == 2 and "not a text encoding" in err and err.count("\n") == 1
    assert not output.exists()


def test_a_session_forcing_an_encoding_that_garbles_the_file_names_the_mojibake(tmp_path, capsys):
    from core.comparison import compare_versions, version_from_text
    from core.review.decisions import ACCEPT, ReviewModel
    from core.storage.session import capture, save_session
    from core.text.textio import load

    comparison = compare_versions(version_from_text(load(LEFT, "latin-1")), version_from_text(load(RIGHT)))
    model = ReviewModel(comparison)
    model.decide_many(model.changes(), ACCEPT)
    session = tmp_path / "s.duijiao.json"
    save_session(session, capture(model, left_encoding="latin-1"))
    status, _, err = run(capsys, "merge", LEFT, RIGHT, "--session", session, "-o", tmp_path / "o.txt")
    warning, error = err.splitlines()
    assert status == 2 and "garbled (mojibake)" in warning and "is garbled" in error


def test_merge_refuses_to_overwrite_an_input(tmp_path, capsys):
    left = tmp_path / "left.txt"
    left.write_bytes(LEFT.read_bytes())
    status, _, err = run(capsys, "merge", left, RIGHT, "--accept-all", "-o", left)
    assert status == 2 and "input" in err
    assert left.read_bytes() == LEFT.read_bytes()


def test_main_py_runs_the_command_line_without_traceback(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", str(empty), str(RIGHT), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr == f"error: {empty}: the file is empty\n"


def test_compare_json_is_the_same_whatever_the_hash_seed(tmp_path):
    # Copies of one article make ties ("also in article N" could name any copy): the
    # output must not depend on the order Python happens to iterate a set in.
    from bench.issue_maker import write_issue

    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    write_issue(LEFT, RIGHT, 10, left, right)
    outputs = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "compare", str(left), str(right), "--json"],
            capture_output=True,
            env=env,
            check=True,
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("output", ["file", "pipe"])
def test_ctrl_c_during_compare_json_says_so_and_leaves_no_half_in_a_file(tmp_path, output):
    import signal
    import time

    from bench.issue_maker import write_issue

    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    write_issue(LEFT, RIGHT, 100, left, right)
    command = [sys.executable, str(ROOT / "main.py"), "compare", str(left), str(right), "--json"]
    result = tmp_path / "out.json"
    result.write_bytes(b"what was there before\n")
    with result.open("ab") as sink:  # as a shell's >> opens it
        process = subprocess.Popen(
            command, stdout=sink if output == "file" else subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
        )
        if output == "file":
            deadline = time.monotonic() + 60
            while result.stat().st_size <= len(b"what was there before\n") and time.monotonic() < deadline:
                time.sleep(0.001)
        else:
            process.stdout.read(1)  # the JSON has begun
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
    assert process.returncode == 130
    assert err.decode().count("\n") == 1 and err.startswith(b"interrupted")
    if output == "file":
        assert result.read_bytes() == b"what was there before\n"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the workers through /proc")
def test_compare_json_gives_the_same_output_when_a_worker_is_killed(tmp_path):
    import signal
    import time

    from bench.issue_maker import write_issue

    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    write_issue(LEFT, RIGHT, 100, left, right)
    command = [sys.executable, str(ROOT / "main.py"), "compare", str(left), str(right), "--json"]
    whole = subprocess.run(command, capture_output=True, cwd=ROOT, check=True).stdout
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 30
    workers: list[str] = []
    while not workers and time.monotonic() < deadline:
        workers = children.read_text().split() if children.exists() else []
    os.kill(int(workers[0]), signal.SIGKILL)  # as the system does to a process that takes too much memory
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and err == b""
    assert out == whole


@pytest.mark.parametrize("command", ["compare", "merge"])
def test_each_command_s_help_names_the_command(capsys, command):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    out = capsys.readouterr().out
    assert out.startswith(f"usage: duijiao {command} ") and "--version" not in out.splitlines()[0]


def test_the_issue_maker_runs_from_the_command_line_anywhere(tmp_path):
    command = [sys.executable, str(ROOT / "bench" / "issue_maker.py"), "2", "l.txt", "r.md"]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "l.txt").stat().st_size > 2 * LEFT.stat().st_size * 0.9
    status, out, _ = run_in(tmp_path, "compare", tmp_path / "l.txt", tmp_path / "r.md")
    assert status == 0 and out.count("\n") >= 2 * 12


def run_in(folder, *args):
    command = [sys.executable, str(ROOT / "main.py"), *map(str, args)]
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)
    return done.returncode, done.stdout, done.stderr
