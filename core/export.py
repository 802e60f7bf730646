"""Writing the clean copy: encoding it as asked and replacing the target atomically."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.review import ReviewModel
from core.textio import LoadError


class ExportError(Exception):
    """The clean copy could not be written; the message says why."""


def encode_clean(model: ReviewModel, encoding: str = "original", layout: str | None = None) -> bytes:
    """The clean copy as bytes.

    ``"original"`` writes the base file's encoding and byte-order mark (its
    newline style is kept already, as the text is built from the base file);
    ``"utf-8"`` writes UTF-8 without a BOM. ``layout`` is passed to ``render``.
    """
    text = model.render(layout)
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding != "original":
        raise ValueError(f"encoding must be 'original' or 'utf-8', not {encoding!r}")
    decoded = model.comparison.side(model.base).decoded
    try:
        return decoded.bom + text.encode(decoded.encoding)
    except UnicodeEncodeError as exc:
        bad = text[exc.start : exc.end]
        raise ExportError(
            f"the text contains {bad!r}, which {decoded.encoding} cannot encode; save as UTF-8"
        ) from exc


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then replace.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise LoadError(path, f"cannot be written ({exc.strerror})") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise LoadError(path, f"cannot be written ({exc.strerror})") from exc
