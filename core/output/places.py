"""Where a clean copy or a report is proposed to go: beside the base file, unless that is no place for it.

Beside the file corrected is where a proofreader looks for it. Not when that
file is one Duijiao ships (the sample issue, inside the installed program,
where a save would be lost with the next update or refused outright), and
not when its folder cannot be written: then the user's documents folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from core.resources import resource


def proposed_folder(base: str | os.PathLike[str], documents: str | os.PathLike[str]) -> Path:
    """The folder to propose for what is made from ``base``: its own, else ``documents``.

    >>> proposed_folder(resource("samples") / "plain-export.txt", "/home/me/Documents")
    PosixPath('/home/me/Documents')
    """
    folder = Path(base).resolve().parent
    shipped = resource().resolve()
    if folder == shipped or shipped in folder.parents or not os.access(folder, os.W_OK):
        return Path(documents)
    return folder


def proposed_path(base: str | os.PathLike[str], documents: str | os.PathLike[str], suffix: str) -> Path:
    """``base``'s name with ``suffix`` (".clean.txt", ".changes.html") in the proposed folder.

    >>> proposed_path("/srv/issue/page-1.txt", "/home/me/Documents", ".clean.txt").name
    'page-1.clean.txt'
    """
    return proposed_folder(base, documents) / f"{Path(base).stem}{suffix}"


def clean_copy_suffix(base: str | os.PathLike[str], read_from: str, markdown: bool) -> str:
    """The suffix a clean copy of ``base`` is proposed with: a text file's own; for a document (its text
    extracted, never written back as one), ``.md`` where it was read with headings, else ``.txt``.

    >>> clean_copy_suffix("p1.txt", "", False), clean_copy_suffix("p1.docx", "docx", True)
    ('.clean.txt', '.clean.md')
    """
    if read_from:
        return ".clean.md" if markdown else ".clean.txt"
    return f".clean{Path(base).suffix or '.txt'}"
