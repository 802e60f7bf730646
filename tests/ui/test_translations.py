"""The Chinese translation covers every text the window shows, and the shipped .qm is built from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"


def tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_text_of_the_window_is_translated(tmp_path):
    ts = tmp_path / "duijiao_zh_CN.ts"
    shutil.copy(I18N / "duijiao_zh_CN.ts", ts)
    sources = sorted(str(p) for p in (ROOT / "ui").glob("*.py"))
    done = subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], capture_output=True, text=True, check=True
    )
    assert "(0 new and" in done.stdout, done.stdout  # the code has no text the .ts lacks
    assert 'type="unfinished"' not in ts.read_text(encoding="utf-8")


def test_the_shipped_qm_is_built_from_the_ts(tmp_path):
    qm = tmp_path / "built.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(I18N / "duijiao_zh_CN.ts"), "-qm", str(qm)], capture_output=True, check=True
    )
    assert qm.read_bytes() == (I18N / "duijiao_zh_CN.qm").read_bytes()


def test_places_in_a_translated_text_are_filled_in_one_pass():
    from ui.i18n import fill

    assert fill("%1 of %2 decided", 3, 50) == "3 of 50 decided"
    assert fill("比较 %1 与 %2…", "a%2.txt", "b.txt") == "比较 a%2.txt 与 b.txt…"  # a name holding %2 stays
    assert fill("%2 before %1", "one", "two") == "two before one"  # a translation may reorder the places
    assert fill("%1 and %3", "x") == "x and %3"
