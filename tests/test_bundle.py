"""The desktop bundle builds and starts, where PyInstaller is installed (``pip install -e '.[package]'``)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None, reason="PyInstaller is not installed"),
]


def test_the_bundle_starts_on_the_sample_and_compares(tmp_path):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import build_bundle
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    bundle = build_bundle.build(tmp_path / "dist", tmp_path / "work")
    assert (bundle / "_internal" / "resources" / "i18n" / "duijiao_zh_CN.qm").exists()
    build_bundle.smoke_test(bundle)  # raises when the window or compare --json does not work
