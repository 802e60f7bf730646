"""Where the files Duijiao ships live: the OCR look-alike table, the translations, the sample pair.

Installed, they are package data of the ``duijiao`` package and are read
through ``importlib.resources``. In a checkout and in a desktop bundle,
``resources/`` sits beside ``core/`` as it does in the repository.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resource(*parts: str) -> Path:
    """The shipped file or folder ``resources/<parts>``."""
    return _root().joinpath(*parts)


def _root() -> Path:
    if "duijiao" in sys.modules:  # installed: core and ui are duijiao's (see duijiao/__init__.py)
        from importlib.resources import files

        return Path(str(files("duijiao") / "resources"))
    return Path(__file__).resolve().parents[1] / "resources"
