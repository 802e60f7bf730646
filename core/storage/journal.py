"""An autosave that costs only what changed: a snapshot of the review and a journal of decisions since.

The snapshot is an ordinary session file, written whole and atomically when
a review is loaded or its structure changes, and now and then to fold the
journal in. In between, each autosave appends the decisions changed since the
last one to the journal, a JSON line each, closed by a commit line, and
forces them to the disk. Reading applies only committed appends: a kill in
the middle of one (a torn line, or some of a batch's decisions but not all)
reads back exactly as the review of the last complete append.

The snapshot and its journal carry the same random token, in the journal's
first line and in every commit line, so a journal left behind by an older
snapshot (a kill between writing the two) is never applied to a newer one, a
damaged first line costs nothing that the commit lines can vouch for, and an
append never goes into a journal that another writer has started since: each
append checks the token first (see ``JournalTaken``).

Why a journal of JSON lines and not ``sqlite3``: what the two windows on one
pair needed was ownership, which a lock on the autosave gives
(``core.storage.autosave_slots``) and a shared database would not; the rest
(a torn append, a damaged line, a stale journal) is three rules here, readable
in a text editor, and safe on network folders, where SQLite's WAL is not.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import time
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
    write_atomic(journal_path(snapshot), _header_line(token))


def _header_line(token: str) -> bytes:
    return _ENCODE({"journal": token}).encode() + b"\n"


class JournalTaken(Exception):
    """The journal no longer belongs to the snapshot this writer wrote: nothing was appended."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path}: the automatic save was replaced by another program; it will be written whole")


def append_decisions(snapshot: str | os.PathLike[str], token: str, decisions: Iterable[SavedDecision]) -> None:
    """Append ``decisions`` (a "pending" one takes a decision back) to the journal ``token`` names, durably.

    Raises ``JournalTaken`` when the journal's first line is not ``token``'s
    (another writer's snapshot, or a damaged line): the writer must then
    write its review whole.
    """
    lines = [_ENCODE(decision_json(d)) + "\n" for d in decisions]
    if not lines:
        return
    data = ("".join(lines) + _ENCODE({"commit": len(lines), "journal": token}) + "\n").encode()
    path = journal_path(snapshot)
    flags = os.O_RDWR | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)  # never created here: it belongs to a snapshot
    try:
        expected = _header_line(token)
        os.lseek(descriptor, 0, os.SEEK_SET)  # an append still goes to the end (O_APPEND)
        if os.read(descriptor, len(expected)) != expected:
            raise JournalTaken(path)
        written = 0
        while written < len(data):
            written += os.write(descriptor, data[written:])
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def read_autosave(snapshot: str | os.PathLike[str]) -> Session:
    """The snapshot with its journal applied, leniently (see ``read_session``).

    A journal entry that cannot be read is left out and counted in
    ``Session.skipped``; so is a damaged first line, and the appends whose
    commit lines carry the snapshot's token are applied all the same. What
    follows the last commit line is the append a kill interrupted: it is left
    out whole, and not counted as damage.
    """
    session = read_session(snapshot, lenient=True)
    path = journal_path(snapshot)
    try:
        raw = read_regular_file(path, _MAX_JOURNAL_BYTES)
    except LoadError:
        return session  # none (an older autosave), or unreadable: the snapshot alone stands
    lines = raw.split(b"\n")
    lines.pop()  # what follows the last line break: nothing, or the torn line of an interrupted append
    token = session.journal
    if not lines or not token:
        return session
    header_vouches = _header(lines[0]) == token
    merged = {(d.pair, d.change): d for d in session.decisions}
    skipped = 0
    vouched = False  # a commit line named the snapshot's token
    pending: list[SavedDecision] = []  # entries of the append being read, applied at its commit line
    for number, line in enumerate(lines[1:], start=2):
        try:
            data = json.loads(line.decode("utf-8"))
            if isinstance(data, dict) and "commit" in data:
                owner = data.get("journal")
                if owner == token or (owner is None and header_vouches):
                    vouched = vouched or owner == token
                    _apply(pending, merged)
                else:
                    skipped += len(pending)  # another snapshot's append: never applied to this one
                pending = []
                continue
            pending.append(SavedDecision(**decision_entry(data, f"line {number}")))
        except (UnicodeDecodeError, ValueError, RecursionError, SchemaError):
            skipped += 1
    if not header_vouches:
        if not vouched:
            return session  # the journal of an older snapshot (a kill between writing the two)
        skipped += 1  # the first line is damaged; the commit lines vouched for the rest
    return replace(session, decisions=list(merged.values()), skipped=session.skipped + skipped)


def _apply(entries: list[SavedDecision], merged: dict[tuple[str, str], SavedDecision]) -> None:
    for entry in entries:
        merged.pop((entry.pair, entry.change), None)  # a later decision goes after the earlier
        if entry.choice != "pending":
            merged[(entry.pair, entry.change)] = entry


def _header(line: bytes) -> str | None:
    try:
        data = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return data.get("journal") if isinstance(data, dict) else None


def set_aside(snapshot: str | os.PathLike[str], why: str, copy: bool = False) -> Path:
    """Keep an autosave (its snapshot and its journal) under a name that says ``why``; return that name.

    Moved, or with ``copy`` copied. The kept pair reads back as it was
    (``read_autosave`` of the name returned).
    """
    source = Path(snapshot)
    kept = source.with_name(f"{source.name}.{why}-{time.strftime('%Y%m%d-%H%M%S')}")
    keep = shutil.copy2 if copy else os.replace
    try:
        keep(source, kept)
    except OSError:
        return source
    with contextlib.suppress(OSError):
        keep(journal_path(source), journal_path(kept))
    return kept


def discard(snapshot: str | os.PathLike[str]) -> None:
    """Delete an autosave: its snapshot and its journal."""
    for path in (Path(snapshot), journal_path(snapshot)):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
