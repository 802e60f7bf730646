"""Where a window's autosave lives: one per window on a pair of files, held by an operating-system lock.

Two windows on the same two files must never write one autosave: each would
append to a journal that belongs to the other's snapshot, and the next start
would offer a review nobody made. So the first window on a pair holds the
pair's autosave (its *slot*), a second window takes the next free slot, and
each knows whether the pair is open elsewhere. A slot is held by a lock on a
small file beside it for as long as the window has the pair open; the system
drops the lock when the process ends, however it ends, so a crash never
leaves a pair locked, and the autosaves of windows that are gone are the
slots no one holds (``left_behind``).

Where the folder cannot be locked (it cannot be written, say), the first slot
is used without a lock: the autosave's own failure is what the proofreader
is told about then.
"""

from __future__ import annotations

import errno
import hashlib
import os
import sys
from pathlib import Path

from core.storage.session import SUFFIX

LOCK_SUFFIX = ".lock"
MAX_SLOTS = 64


def autosave_path(directory: str | os.PathLike[str], left: str, right: str, slot: int = 1) -> Path:
    """The autosave of a comparison of ``left`` and ``right`` in ``directory``, in ``slot`` (1 for the first)."""
    name = hashlib.sha256(f"{os.path.abspath(left)}\0{os.path.abspath(right)}".encode()).hexdigest()[:16]
    return Path(directory) / (f"autosave-{name}{SUFFIX}" if slot == 1 else f"autosave-{name}-{slot}{SUFFIX}")


class SlotLock:
    """An exclusive lock on an autosave slot, held until ``release`` (or the process's end)."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor: int | None = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)  # closing drops the lock
            self._descriptor = None

    def __del__(self) -> None:
        self.release()


class SlotTaken(Exception):
    """The slot's lock is held by another window."""


def lock_slot(snapshot: Path) -> SlotLock | None:
    """Lock the slot of ``snapshot``; None when the folder cannot hold a lock. Raises ``SlotTaken``."""
    lock_path = snapshot.with_name(snapshot.name + LOCK_SUFFIX)
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o600)
    except OSError:
        return None
    try:
        _lock(descriptor)
    except OSError as exc:
        os.close(descriptor)
        if exc.errno in (errno.EAGAIN, errno.EWOULDBLOCK, errno.EACCES, errno.EDEADLK):
            raise SlotTaken from None
        return None  # a file system without locks
    return SlotLock(descriptor)


def _lock(descriptor: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)  # per open file: two windows of one process too


class Claim:
    """A window's autosave slot for one pair: its path, its lock, and whether the pair is open elsewhere."""

    def __init__(self, path: Path, lock: SlotLock | None, shared: bool) -> None:
        self.path = path
        self.shared = shared  # another window holds the pair's first slot
        self._lock = lock

    def release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def claim(directory: str | os.PathLike[str], left: str, right: str) -> Claim:
    """The first slot of the pair no other window holds, locked for this one."""
    for slot in range(1, MAX_SLOTS + 1):
        path = autosave_path(directory, left, right, slot)
        try:
            lock = lock_slot(path)
        except SlotTaken:
            continue
        return Claim(path, lock, shared=slot > 1)
    return Claim(autosave_path(directory, left, right, MAX_SLOTS + 1), None, shared=True)


def left_behind(directory: str | os.PathLike[str], left: str, right: str, own: Claim) -> list[Path]:
    """The pair's autosaves that no window holds (its own included): reviews whose window is gone."""
    found = []
    for slot in range(1, MAX_SLOTS + 1):
        path = autosave_path(directory, left, right, slot)
        if path == own.path:
            if path.exists():
                found.append(path)
            continue
        if not path.exists():
            continue
        try:
            lock = lock_slot(path)
        except SlotTaken:
            continue  # another window's, still at work
        if lock is not None:
            lock.release()
        found.append(path)
    return found
