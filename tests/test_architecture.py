"""Rules of the code's shape, checked rather than only written down.

Every module of ``core/`` and ``ui/``, in every subpackage, is read for its
imports: at the top, under ``TYPE_CHECKING`` and inside functions alike.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MAX_LINES = 450

# The stages in the order the data goes through them: a module may import its own stage and
# the stages before it, never one after it. A dotted prefix names a package or a module.
CORE_STAGES = [
    ("core", "core.model", "core.resources", "core.runtime"),  # values and plumbing every stage uses
    ("core.text",),  # bytes -> text -> articles
    ("core.readers",),  # a document (Word, a web page, OCR XML, PDF) -> text
    ("core.pairing",),  # articles -> pairs
    ("core.diffing",),  # pairs -> changes
    ("core.comparison",),  # the stages so far, run together
    ("core.checks",),  # which side of a change is likely right
    ("core.versions",),  # three or more versions: aligned together, the majority
    ("core.review",),  # changes -> decisions
    ("core.storage",),  # decisions kept to come back to
    ("core.output",),  # decisions -> the clean copy and what else leaves
    ("core.cli",),
]
UI_STAGES = [
    ("ui", "ui.i18n"),
    ("ui.widgets",),  # show core objects
    ("ui.control",),  # change core state
    ("ui.window",),  # puts widgets and control together
    ("ui.app", "ui.launch"),
]


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for package in ("core", "ui") for p in sorted((ROOT / package).rglob("*.py"))}
CORE_MODULES = sorted(name for name in MODULES if name.startswith("core"))


@cache
def imports_of(name: str) -> frozenset[str]:
    """Every name module ``name`` imports (module names, and ``module.attribute`` for a from-import)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return frozenset(found)


def internal_imports(name: str) -> set[str]:
    """The modules of core/ and ui/ that module ``name`` imports (a from-import of a submodule counts it)."""
    return {target for target in imports_of(name) if target in MODULES and target != name}


def _stage(name: str, stages: list[tuple[str, ...]]) -> int | None:
    best: tuple[int, int] | None = None  # (length of the matching prefix, stage)
    for number, prefixes in enumerate(stages):
        for prefix in prefixes:
            if (name == prefix or name.startswith(prefix + ".")) and (best is None or len(prefix) > best[0]):
                best = (len(prefix), number)
    return None if best is None else best[1]


def stage_of(name: str) -> tuple[str, int]:
    stages = CORE_STAGES if name.startswith("core") else UI_STAGES
    number = _stage(name, stages)
    assert number is not None, f"{name} belongs to no stage: add it to the stage list of tests/test_architecture.py"
    return name.split(".")[0], number


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_never_imports_qt_or_the_ui(module):
    roots = {target.split(".")[0] for target in imports_of(module)}
    assert not roots & {"PySide6", "shiboken6", "PyQt5", "PyQt6", "ui"}


def test_loading_all_of_core_pulls_in_no_qt():
    code = (
        "import sys, importlib\n"
        f"for name in {CORE_MODULES!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_import_runs_back_up_a_stage(module):
    layer, stage = stage_of(module)
    upward = []
    for target in sorted(internal_imports(module)):
        target_layer, target_stage = stage_of(target)
        if target_layer == layer and target_stage > stage:
            upward.append(target)
    assert not upward, f"{module} (stage {stage}) imports later stages: {upward}"


def test_no_circle_among_modules():
    # Tarjan's strongly connected components over every import, deferred ones included.
    graph = {name: sorted(internal_imports(name) - {_parent(name)}) for name in MODULES}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for name in graph:
        if name not in index:
            visit(name)
    assert not circles, f"modules importing each other, directly or round a circle: {circles}"


def _parent(name: str) -> str:
    # A package's __init__ runs before any of its modules: importing the package itself is no edge.
    return name.rpartition(".")[0]


def test_the_rules_see_deferred_imports():
    # The rules above are only as good as the import reading: one hidden in a function counts too.
    hidden = "def later():\n    from core.output.render import clean_copy\n"
    tree = ast.parse(hidden)
    assert any(isinstance(node, ast.ImportFrom) for node in ast.walk(tree))
    assert _stage("core.review.decisions", CORE_STAGES) < _stage("core.output.render", CORE_STAGES)


@pytest.mark.parametrize("package", sorted(n for n, p in MODULES.items() if p.name == "__init__.py"))
def test_every_package_says_what_it_owns(package):
    docstring = ast.get_docstring(ast.parse(MODULES[package].read_text(encoding="utf-8")))
    assert docstring, f"{package} has no docstring"


@pytest.mark.parametrize("path", sorted(MODULES.values()), ids=lambda p: str(p.relative_to(ROOT)))
def test_modules_stay_small(path):
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines; split it by responsibility"


def test_every_package_is_installed():
    # pyproject lists the packages one by one (they install under duijiao/): a new folder left out of
    # the list would be missing from the wheel and the bundle, while every test run from here passes.
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    packages = {f"duijiao.{name}" for name, path in MODULES.items() if path.name == "__init__.py"}
    assert packages <= listed, f"add to pyproject.toml's packages: {sorted(packages - listed)}"
