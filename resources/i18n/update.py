"""Refresh the translations from the code and build them, with Qt's own tools.

    python resources/i18n/update.py

``duijiao_zh_CN.ts`` is the source of the translations: ``pyside6-lupdate``
adds every text the window shows (``self.tr`` and
``QCoreApplication.translate`` calls under ``ui/``) and drops the ones gone;
translate the new ones in Qt Linguist (``pyside6-linguist``) or any editor;
``pyside6-lrelease`` then builds ``duijiao_zh_CN.qm``, which the window loads.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def tool(name: str) -> str:
    """A PySide6 tool beside this interpreter (the venv's), or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else name


def main() -> int:
    ts = HERE / "duijiao_zh_CN.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True)
    unfinished = ts.read_text(encoding="utf-8").count('type="unfinished"')
    if unfinished:
        print(f"{unfinished} text(s) to translate in {ts}", file=sys.stderr)
    return subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=False
    ).returncode


if __name__ == "__main__":
    sys.exit(main())
