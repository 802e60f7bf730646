"""The examples in core's docstrings are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

MODULES = sorted(p.stem for p in (Path(__file__).resolve().parents[2] / "core").glob("*.py"))


@pytest.mark.parametrize("name", [m for m in MODULES if m != "__init__"])
def test_docstring_examples(name):
    module = importlib.import_module(f"core.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
