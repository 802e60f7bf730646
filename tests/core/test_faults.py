"""Faults a trusted tool survives: hostile inputs, damaged sessions, special files, odd paths (issue 10).

Each test names the item of the issue it holds to.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from core.cli import main as cli_main
from core.comparison import compare_files
from core.output.render import clean_copy
from core.output.report import to_csv
from core.review.decisions import ACCEPT, ReviewModel
from core.storage.session import SessionError, capture, fit, read_session, restore, save_session
from core.text.files import write_atomic
from core.text.textio import LoadError, load

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def run(capsys, *args):
    status = cli_main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def session_file(tmp_path, inputs, edit) -> Path:
    """A saved session of ``inputs`` with manual pairs, its JSON changed by ``edit``."""
    model = ReviewModel(compare_files(*inputs))
    path = tmp_path / "review.duijiao.json"
    session = capture(model, manual_pairs=True)
    data = session.to_json()
    edit(data)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# 1. A session that no longer fits its inputs is re-derived, never applied blind ------------------


@pytest.mark.parametrize(
    "edit",
    [
        lambda d: d.update(pairs=[]),
        lambda d: d.update(pairs=d["pairs"] + d["pairs"]),
        lambda d: d.update(pairs=d["pairs"][1:]),
    ],
    ids=["no pairs", "every pair twice", "one pair missing"],
)
def test_a_manual_pairing_that_does_not_cover_the_files_is_replaced(inputs, tmp_path, capsys, edit):
    session = session_file(tmp_path, inputs, edit)
    out = tmp_path / "clean.txt"
    status, _, err = run(capsys, "merge", *inputs, "--session", session, "-o", out)
    assert status == 0 and "paired anew" in err
    assert out.read_bytes() == inputs[0].read_bytes()  # nothing decided: the base, whole, once


def test_an_article_added_after_the_session_was_saved_is_not_lost(inputs, tmp_path, capsys):
    session = session_file(tmp_path, inputs, lambda d: None)
    with open(inputs[0], "a", encoding="utf-8") as stream:
        stream.write("\n新增的标题\n\n后来加进来的一篇文章，保存进度之后才有。\n")
    out = tmp_path / "clean.txt"
    status, _, err = run(capsys, "merge", *inputs, "--session", session, "-o", out)
    assert status == 0 and "paired anew" in err and "differs from the file the session was saved for" in err
    assert out.read_bytes() == inputs[0].read_bytes()


# 3. The session file is protected like the inputs -----------------------------------------------


def test_merge_never_overwrites_its_own_session(inputs, tmp_path, capsys):
    session = session_file(tmp_path, inputs, lambda d: None)
    before = session.read_bytes()
    status, _, err = run(capsys, "merge", *inputs, "--session", session, "-o", session)
    assert status == 2 and "session file" in err and session.read_bytes() == before


# 4, 5, 15. Saving: through symlinks, never over special files, modes kept, leftovers removed ------


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    target, link = tmp_path / "real.txt", tmp_path / "link.txt"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    write_atomic(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_special_files_and_folders_are_refused_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(LoadError, match="not a regular file"):
        write_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    with pytest.raises(LoadError, match="folder"):
        write_atomic(tmp_path, b"x")
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    with pytest.raises(LoadError, match="symbolic link loop"):
        write_atomic(loop, b"x")
    with pytest.raises(LoadError, match="no file name"):
        write_atomic("", b"x")


def test_an_existing_file_keeps_its_mode_and_a_new_one_gets_the_umasks(tmp_path):
    shared = tmp_path / "shared.txt"
    shared.write_bytes(b"old")
    shared.chmod(0o664)
    write_atomic(shared, b"new")
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    previous = os.umask(0o022)
    try:
        write_atomic(tmp_path / "new.txt", b"new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o644


def test_temporaries_left_by_a_killed_save_are_removed_by_the_next(tmp_path):
    leftover = tmp_path / ".clean.txt.abc123.tmp"
    leftover.write_bytes(b"half a file")
    old = time.time() - 60
    os.utime(leftover, (old, old))
    write_atomic(tmp_path / "clean.txt", b"whole")
    assert not leftover.exists() and (tmp_path / "clean.txt").read_bytes() == b"whole"


# 6. A forced encoding still writes the same bytes back ---------------------------------------


@pytest.mark.parametrize(
    "data, forced",
    [
        ("标题\n\n正文。\n".encode("utf-16-be"), "utf-16"),
        (b"\xfe\xff" + "标题\n\n正文。\n".encode("utf-16-be"), "utf-16"),
        ("标题\n\n正文。\n".encode(), "utf-8-sig"),
        (b"\xef\xbb\xbf" + "标题\n\n正文。\n".encode(), "utf-8-sig"),
        (b"\xff\xfe\x00\x00" + "标题\n\n正文。\n".encode("utf-32-le"), "utf-32"),
    ],
    ids=["utf-16 be no bom", "utf-16 be bom", "utf-8 as sig", "sig as sig", "utf-32 le bom"],
)
def test_reject_all_is_byte_exact_under_a_forced_encoding(tmp_path, capsys, data, forced):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_bytes(data)
    right.write_text("标题\n\n正文，改了。\n", encoding="utf-8")
    out = tmp_path / "clean.txt"
    status, _, _ = run(capsys, "merge", left, right, "--reject-all", "--left-encoding", forced, "-o", out)
    assert status == 0 and out.read_bytes() == data


# 7. A guess between equals is said ------------------------------------------------------------


def test_a_short_file_that_several_encodings_read_is_marked_unsure(tmp_path, capsys):
    short = tmp_path / "short.txt"
    short.write_bytes("标题".encode("gb18030"))
    assert load(short).unsure
    status, out, err = run(capsys, "compare", short, short, "--json")
    assert status == 0 and json.loads(out)["left"]["encoding_unsure"] is True and "--left-encoding" in err
    longer = tmp_path / "longer.txt"
    longer.write_bytes(("区综合行政执法局开展重点街巷及便民市场专项督导检查活动。" * 4).encode("gb18030"))
    assert load(longer).encoding == "gb18030" and not load(longer).unsure


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read_in_the_byte_order_that_makes_text(tmp_path, order):
    path = tmp_path / "short.txt"
    path.write_bytes("中文测试\n".encode(order))
    assert load(path).text == "中文测试\n"


# 8. An inserted article takes the file's heading mark -------------------------------------------


def test_an_inserted_article_uses_the_files_own_heading_level(tmp_path):
    left, right = tmp_path / "left.md", tmp_path / "right.md"
    left.write_text("# 第一篇\n\n正文一。\n", encoding="utf-8")
    right.write_text("# 第一篇\n\n正文一。\n\n# 只在右侧\n\n另一篇的正文，左侧没有。\n", encoding="utf-8")
    model = ReviewModel(compare_files(left, right))
    model.decide_many(model.changes(), ACCEPT)
    assert "\n# 只在右侧\n" in clean_copy(model) and "## " not in clean_copy(model)


# 9. Changes are checked on the files given, not the paths recorded --------------------------------


def test_a_session_applied_to_another_edition_warns(inputs, tmp_path, capsys):
    session = session_file(tmp_path, inputs, lambda d: None)
    other = tmp_path / "other-edition.txt"
    other.write_text(inputs[0].read_text(encoding="utf-8").replace("东昌府", "东昌府区"), encoding="utf-8")
    status, _, err = run(capsys, "merge", other, inputs[1], "--session", session, "-o", tmp_path / "out.txt")
    assert status == 0 and f"{other}: differs from the file the session was saved for" in err


# 10. CSV cells never run as formulas --------------------------------------------------------------


def test_csv_cells_that_start_like_a_formula_are_quoted(tmp_path):
    left, right = tmp_path / "left.txt", tmp_path / "right.txt"
    left.write_text('=HYPERLINK("http://x")\n\n正文。\n', encoding="utf-8")
    right.write_text('=HYPERLINK("http://x")\n\n正文，改。\n', encoding="utf-8")
    report = to_csv(ReviewModel(compare_files(left, right)))
    assert "'=HYPERLINK" in report and ",=HYPERLINK" not in report


# 11. Only regular files are read, boundedly -------------------------------------------------------


def test_a_pipe_or_a_device_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "compare", str(fifo), "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "not a regular file" in done.stderr
    with pytest.raises(LoadError, match="not a regular file"):
        load("/dev/zero")


def test_a_file_larger_than_the_limit_is_refused_even_when_it_grows(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(LoadError, match="too large"):
        load(path, size_limit=1000)


# 12, 13. One line, never a traceback ---------------------------------------------------------------


def test_bad_encodings_paths_and_outputs_give_one_line(tmp_path, inputs, capsys):
    loop = tmp_path / "loop"
    loop.symlink_to(tmp_path / "loop2")
    (tmp_path / "loop2").symlink_to(loop)
    cases = [
        (["compare", inputs[0], inputs[1], "--left-encoding", "undefined"], "is not a text encoding"),
        (["compare", inputs[0], inputs[1], "--left-encoding", "punycode"], "is not a text encoding"),
        (["compare", inputs[0], inputs[1], "--left-encoding", "base64"], "is not a text encoding"),
        (["compare", loop, inputs[1]], "symbolic link loop"),
        (["compare", tmp_path / "a\nerror: forged", inputs[1]], '"'),
        (["merge", *inputs, "--accept-all", "-o", loop], "symbolic link loop"),
        (["merge", *inputs, "--accept-all", "-o", ""], "no file name"),
    ]
    for args, expected in cases:
        status, _, err = run(capsys, *args)
        assert status == 2 and err.count("\n") == 1 and err.startswith("error: ") and expected in err, (args, err)


def test_a_folder_that_cannot_be_searched_gives_one_line(tmp_path, monkeypatch, capsys):
    # Root may search any folder, so the operating system's refusal is played here.
    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    status, _, err = run(capsys, "compare", tmp_path / "locked" / "a.txt", tmp_path / "b.txt")
    assert status == 2 and "permission denied" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "edit, field",
    [
        (lambda d: d.update(options=[]), "options"),
        (lambda d: d["options"].update(ignore_whitespace="yes"), "options.ignore_whitespace"),
        (lambda d: d["left"].update(encoding=5), "left.encoding"),
        (lambda d: d["left"].update(path=["a"]), "left.path"),
        (lambda d: d["right"].update(path=None), "right.path"),
        (
            lambda d: d["decisions"].append({"pair": "0:0", "change": "x", "choice": "custom", "text": 7}),
            "decisions[0].text",
        ),
        (lambda d: d["decisions"].append({"pair": "0:0", "change": "x", "choice": "maybe"}), "decisions[0].choice"),
        (lambda d: d["pairs"].append({"left": "0", "right": 1}), "pairs"),
        (lambda d: d["pairs"].append({"left": True, "right": 1}), "pairs"),
        (lambda d: d.update(structure={"left": [["cut", 3]]}), "structure.left[0]"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_a_session_with_a_wrong_field_is_refused_naming_it(inputs, tmp_path, edit, field):
    with pytest.raises(SessionError, match=r"is damaged: " + field.replace("[", r"\[").replace("]", r"\]")):
        read_session(session_file(tmp_path, inputs, edit))


def test_a_session_of_absurd_json_is_refused_with_one_line(tmp_path):
    for name, content in (("deep", "[" * 100_000 + "]" * 100_000), ("digits", '{"format": ' + "9" * 5001 + "}")):
        path = tmp_path / f"{name}.duijiao.json"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(SessionError, match="not a Duijiao session"):
            read_session(path)


def test_pair_numbers_out_of_range_are_not_applied(inputs, tmp_path):
    session = read_session(session_file(tmp_path, inputs, lambda d: d["pairs"].append({"left": 99, "right": None})))
    comparison, notes = fit(session, compare_files(*inputs))
    assert notes and all(p.left is None or p.left < 99 for p in comparison.pairs)
    model = ReviewModel(comparison)
    assert restore(session, model).restored == 0


# 14. A damaged autosave is read leniently ---------------------------------------------------------


def test_a_lenient_read_keeps_the_good_decisions_of_a_damaged_session(inputs, tmp_path):
    model = ReviewModel(compare_files(*inputs))
    model.decide_many(model.changes()[:3], ACCEPT)
    path = tmp_path / "autosave.duijiao.json"
    save_session(path, capture(model))
    data = json.loads(path.read_text(encoding="utf-8"))
    data["decisions"][1]["choice"] = 42
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(SessionError):
        read_session(path)
    session = read_session(path, lenient=True)
    assert len(session.decisions) == 2 and session.skipped == 1


def test_short_texts_are_read_right_or_said_to_be_a_guess():
    # 600 short GB18030 texts, 400 short UTF-16 texts without a mark: never wrong in silence.
    from core.text.textio import decode_bytes
    from tests.core.test_layouts import _COMMON

    rng = __import__("random").Random(7)
    silent = []
    for encoding, count, longest in (("gb18030", 600, 10), ("utf-16-le", 200, 20), ("utf-16-be", 200, 20)):
        for _ in range(count):
            text = "".join(rng.choice(_COMMON) for _ in range(rng.randint(1, longest))) + "\n"
            try:
                decoded = decode_bytes("short.txt", text.encode(encoding))
            except LoadError:
                continue  # refused is not wrong
            if decoded.text != text and not decoded.unsure:
                silent.append((encoding, text, decoded.encoding))
    assert not silent
