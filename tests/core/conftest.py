"""Fixtures the core tests share."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def inputs(tmp_path):
    """The sample pair copied where a test may change, save beside or lose them."""
    left, right = tmp_path / "left.txt", tmp_path / "right.md"
    shutil.copy(FIXTURES / "plain-export.txt", left)
    shutil.copy(FIXTURES / "markdown-export.txt", right)
    return left, right
