"""Files on disk written safely: replacing one atomically, and telling whether two paths are one file.

Every save goes through here: the clean copy, a session, the autosave's snapshot.
"""

from __future__ import annotations

import errno
import glob
import io
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TextIO

from core.text.textio import LoadError


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file (through links too), without following a loop forever.

    What keeps a clean copy from overwriting an input or a session unasked,
    in the window and on the command line alike.
    """
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return os.path.realpath(a) == os.path.realpath(b)


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then replace.

    A crash or a full disk leaves either the old file or the new one, never half
    of one. A symbolic link is written through to its target, as ``cp`` does; a
    device, pipe or folder is refused, never replaced by a file. An existing
    file keeps its permissions; a new one gets what the umask gives. Temporary
    files left by an earlier save of the same name that was killed are removed.
    """
    target = _writable_target(path)
    folder = target.parent
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = 0o666 & ~_umask()
    except OSError as exc:
        raise LoadError(path, f"cannot be written ({exc.strerror or exc})") from None
    _remove_stale_temporaries(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=_TEMPORARY_SUFFIX, dir=folder)
    except OSError as exc:
        raise LoadError(path, f"cannot be written ({exc.strerror or exc})") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise LoadError(path, f"cannot be written ({exc.strerror or exc})") from None


_TEMPORARY_SUFFIX = ".tmp"
_STALE_SECONDS = 2.0  # younger temporaries may be another save in progress


def _writable_target(path: str | os.PathLike[str]) -> Path:
    """The regular file (existing or not) that writing ``path`` should replace."""
    if not os.fspath(path):
        raise LoadError(path, "no file name given")
    try:
        target = Path(os.path.realpath(path))
    except (OSError, RuntimeError, ValueError):
        raise LoadError(path, "is a symbolic link loop") from None
    if os.path.islink(target):
        raise LoadError(path, "is a symbolic link loop")
    try:
        status = os.stat(target)
    except FileNotFoundError:
        if not target.parent.is_dir():
            raise LoadError(path, "cannot be written (its folder does not exist)") from None
        return target
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise LoadError(path, "is a symbolic link loop") from None
        raise LoadError(path, f"cannot be written ({exc.strerror or exc})") from None
    if stat.S_ISDIR(status.st_mode):
        raise LoadError(path, "is a folder; give a file name")
    if not stat.S_ISREG(status.st_mode):
        raise LoadError(path, "is not a regular file (a device, pipe or socket); it is never replaced")
    return target


def _umask() -> int:
    # The umask can only be read by setting it; put it straight back.
    current = os.umask(0o022)
    os.umask(current)
    return current


def _remove_stale_temporaries(target: Path) -> None:
    """Remove temporaries a killed save of ``target`` left behind (``.NAME.xxxxxxxx.tmp``)."""
    now = time.time()
    try:
        leftovers = list(target.parent.glob(f".{glob.escape(target.name)}.*{_TEMPORARY_SUFFIX}"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if leftover.is_file() and now - leftover.stat().st_mtime > _STALE_SECONDS:
                leftover.unlink()
        except OSError:
            continue


@contextmanager
def taken_back_on_failure(stream: TextIO) -> Iterator[list[bool]]:
    """Output to ``stream`` that a failure or Ctrl+C takes back whole, where a file can.

    When ``stream`` is a regular file (standard output sent to one with ``>``
    or ``>>``), whatever this output wrote is cut off again, and nothing more
    reaches that file; the list yielded then holds True. A pipe or a terminal
    cannot take back what it was sent: the caller must say the output is
    incomplete.
    """
    taken_back: list[bool] = []
    try:
        descriptor = stream.fileno()
        regular = stat.S_ISREG(os.fstat(descriptor).st_mode)
        stream.flush()
        # Writes go to the end with >> whatever the offset says: never cut what was there before.
        start = max(os.lseek(descriptor, 0, os.SEEK_CUR), os.fstat(descriptor).st_size)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        regular = False
    try:
        yield taken_back
    except BaseException:
        if regular:
            with suppress(BaseException):
                stream.flush()  # what the buffer holds lands first, so that the cut removes it too
            with suppress(OSError):
                os.ftruncate(descriptor, start)
                os.dup2(os.open(os.devnull, os.O_WRONLY), descriptor)  # nothing written later reaches the file
                taken_back.append(True)
        raise
