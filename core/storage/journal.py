"""An autosave that costs only what changed: a snapshot of the review and a journal of decisions since.

The snapshot is an ordinary session file, written whole and atomically when
a review is loaded or its structure changes, and now and then to fold the
journal in. In between, each autosave appends the decisions changed since the
last one to the journal, a JSON line each, closed by a commit line, and
forces them to the disk. Reading applies only committed appends: a kill in
the middle of one (a torn line, or some of a batch's decisions but not all)
reads back exactly as the review of the last complete append.

The snapshot and its journal carry the same random token, so a journal left
behind by an older snapshot (a kill between writing the two) is never applied
to a newer one.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from core.storage.session import SavedDecision, Session, decision_json, read_session, save_session
from core.storage.session_schema import SchemaError, decision_entry
from core.text.files import write_atomic
from core.text.textio import LoadError, read_regular_file

JOURNAL_SUFFIX = ".journal"
_MAX_JOURNAL_BYTES = 400 * 1024 * 1024
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def journal_path(snapshot: str | os.PathLike[str]) -> Path:
    """The journal beside the autosave snapshot ``snapshot``."""
    path = Path(snapshot)
    return path.with_name(path.name + JOURNAL_SUFFIX)


def new_token() -> str:
    return secrets.token_hex(8)


def write_snapshot(snapshot: str | os.PathLike[str], session: Session, token: str) -> None:
    """Write ``session`` as the snapshot and start its empty journal, both named by ``token``."""
    save_session(snapshot, replace(session, journal=token))
    write_atomic(journal_path(snapshot), _ENCODE({"journal": token}).encode() + b"\n")


def append_decisions(snapshot: str | os.PathLike[str], decisions: Iterable[SavedDecision]) -> None:
    """Append ``decisions`` (a "pending" one takes a decision back) to the snapshot's journal, durably."""
    lines = [_ENCODE(decision_json(d)) + "\n" for d in decisions]
    if not lines:
        return
    data = ("".join(lines) + _ENCODE({"commit": len(lines)}) + "\n").encode()
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(journal_path(snapshot), flags)  # never created here: it belongs to a snapshot
    try:
        written = 0
        while written < len(data):
            written += os.write(descriptor, data[written:])
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_autosave(snapshot: str | os.PathLike[str]) -> Session:
    """The snapshot with its journal applied, leniently (see ``read_session``).

    A journal entry that cannot be read is left out and counted in
    ``Session.skipped``. What follows the last commit line is the append a
    kill interrupted: it is left out whole, and not counted as damage.
    """
    session = read_session(snapshot, lenient=True)
    path = journal_path(snapshot)
    try:
        raw = read_regular_file(path, _MAX_JOURNAL_BYTES)
    except LoadError:
        return session  # none (an older autosave), or unreadable: the snapshot alone stands
    lines = raw.split(b"\n")
    lines.pop()  # what follows the last line break: nothing, or the torn line of an interrupted append
    if not lines or not session.journal or _header(lines[0]) != session.journal:
        return session
    merged = {(d.pair, d.change): d for d in session.decisions}
    skipped = 0
    pending: list[SavedDecision] = []  # entries of the append being read, applied at its commit line
    for number, line in enumerate(lines[1:], start=2):
        try:
            data = json.loads(line.decode("utf-8"))
            if isinstance(data, dict) and "commit" in data:
                for entry in pending:
                    merged.pop((entry.pair, entry.change), None)  # a later decision goes after the earlier
                    if entry.choice != "pending":
                        merged[(entry.pair, entry.change)] = entry
                pending = []
                continue
            pending.append(SavedDecision(**decision_entry(data, f"line {number}")))
        except (UnicodeDecodeError, ValueError, RecursionError, SchemaError):
            skipped += 1
    return replace(session, decisions=list(merged.values()), skipped=session.skipped + skipped)


def _header(line: bytes) -> str | None:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data.get("journal") if isinstance(data, dict) else None


def discard(snapshot: str | os.PathLike[str]) -> None:
    """Delete an autosave: its snapshot and its journal."""
    for path in (Path(snapshot), journal_path(snapshot)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
