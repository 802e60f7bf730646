"""Rules of the code's shape, checked rather than only written down."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE_MODULES = sorted(p.stem for p in (ROOT / "core").glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_never_imports_qt_or_the_ui(module):
    tree = ast.parse((ROOT / "core" / f"{module}.py").read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert not imported & {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}


def test_loading_all_of_core_pulls_in_no_qt():
    code = (
        "import sys, importlib\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module('core.' + name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("path", sorted([*ROOT.glob("core/*.py"), *ROOT.glob("ui/*.py")]), ids=lambda p: p.name)
def test_modules_stay_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= 450, f"{path.name} has {lines} lines; split it by responsibility"
