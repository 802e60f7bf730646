"""Where a review of three or more versions keeps its candidate (see ``core.versions.candidate``): a text
file beside the automatic saves, named for its versions, with the list of them beside it.

The review is the base against that file, so sessions and automatic saves
work on it as on any pair of files; the list says which versions made it, so
opening the file again collates them anew and their readings come back.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from core.text.files import write_atomic


def candidate_path(folder: str | os.PathLike[str], versions: list[str]) -> Path:
    """The candidate's file for ``versions`` (the base first): the same versions, the same file."""
    named = [os.path.abspath(path) for path in versions]
    digest = hashlib.sha256("\n".join(named).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return Path(folder) / "versions" / digest / f"majority of {len(named)} versions.txt"


def write_candidate(path: Path, text: str, versions: list[str]) -> None:
    """Write the candidate's text (UTF-8) and, beside it, the versions that made it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text.encode("utf-8"))
    listing = {"versions": [os.path.abspath(version) for version in versions]}
    write_atomic(_listing(path), json.dumps(listing, ensure_ascii=False, indent=1).encode("utf-8"))


def versions_of(path: str | os.PathLike[str]) -> list[str] | None:
    """The versions a candidate file was made from, or None for any other file."""
    try:
        listing = json.loads(_listing(Path(path)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    versions = listing.get("versions") if isinstance(listing, dict) else None
    if not isinstance(versions, list) or not all(isinstance(v, str) for v in versions) or len(versions) < 3:
        return None
    return versions


def _listing(path: Path) -> Path:
    return path.with_name(path.name + ".versions.json")
