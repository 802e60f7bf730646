"""Duijiao (对校) as an installed package.

On disk the engine and the window live under ``duijiao/`` (``duijiao/core``,
``duijiao/ui``, ``duijiao/resources``), so installing Duijiao never writes a
top-level ``core`` or ``ui`` over another distribution's. Their code imports
them as ``core`` and ``ui``, as the repository's layout has them: importing
``duijiao`` registers the two packages under those names for this process,
and refuses, with a message, when another ``core`` or ``ui`` got there first.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path


def _register(name: str) -> None:
    spec = importlib.util.find_spec(f"{__name__}.{name}")
    ours = [Path(p).resolve() for p in (spec.submodule_search_locations or [])] if spec else []
    present = sys.modules.get(name)
    if present is None:
        sys.modules[name] = importlib.import_module(f"{__name__}.{name}")
    elif [Path(p).resolve() for p in getattr(present, "__path__", [])] != ours:
        raise ImportError(f"another package named {name!r} ({present!r}) is already imported; Duijiao needs its own")


for _name in ("core", "ui"):
    _register(_name)

from core import __version__  # noqa: E402

__all__ = ["__version__"]
