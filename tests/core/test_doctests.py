"""The examples in core's docstrings are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# The modules that have examples; each one must run some (a module without any is not listed).
WITH_EXAMPLES = sorted(
    ".".join(p.relative_to(ROOT).with_suffix("").parts)
    for p in (ROOT / "core").rglob("*.py")
    if ">>> " in p.read_text(encoding="utf-8")
)


def test_there_are_examples_to_run():
    assert len(WITH_EXAMPLES) >= 8


@pytest.mark.parametrize("name", WITH_EXAMPLES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} shows examples that doctest does not run"
    assert result.failed == 0
