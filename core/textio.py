"""Reading text files of unknown encoding, and writing text back the same way."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass
from pathlib import Path

import chardet

DEFAULT_SIZE_LIMIT = 50 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# chardet's GB2312/GBK guesses decode as GB18030, which is a superset of both.
# Below this, chardet's guess is closer to noise than to evidence; mojibake is worse than a refusal.
_MIN_CONFIDENCE = 0.5
_MULTI_BYTE = frozenset(
    {"gb18030", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc-jp", "euc-kr", "cp949",
     "utf-16", "utf-16-le", "utf-16-be", "utf-32"}
)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8"}


class LoadError(Exception):
    """A file could not be read as text; the message names the file and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text together with what is needed to write it back byte-for-byte."""

    path: str
    text: str
    encoding: str
    bom: bytes
    newline: str


def _detect_newline(text: str) -> str:
    crlf = text.count("\r\n")
    lf = text.count("\n") - crlf
    cr = text.count("\r") - crlf
    if crlf and crlf >= lf and crlf >= cr:
        return "\r\n"
    if cr > lf:
        return "\r"
    return "\n"


def _has_control_characters(text: str) -> bool:
    """Control characters in decoded text mean the guessed encoding is wrong."""
    allowed = "\t\n\r\f\v\x1a"
    return any(
        (ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) and c not in allowed for c in text
    )


_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")
_TYPOGRAPHY = frozenset("’‘“”„‚–—…«»‹›€£¥°§·×©®")


def _reads_as_latin(text: str) -> bool:
    """Whether a single-byte decoding looks like Western text rather than mojibake.

    >>> _reads_as_latin("Le conseil a voté le budget de l'année."), _reads_as_latin("Ö÷Ì⁄ÍÓ¬Àµ")
    (True, False)
    """
    runs = _NON_ASCII_RUN.findall(text)
    if not runs:
        return True
    short = sum(1 for run in runs if len(run) <= 2 and all(c.isalpha() or c in _TYPOGRAPHY for c in run))
    return short >= 0.9 * len(runs)


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def decode_bytes(path: str, data: bytes, encoding: str | None = None) -> DecodedText:
    """Decode ``data`` read from ``path``; raise LoadError when it is not text."""
    if not data:
        raise LoadError(path, "the file is empty")
    if encoding is not None:
        try:
            codecs.lookup(encoding)
            text = data.decode(encoding)
        except LookupError as exc:
            raise LoadError(path, f"unknown encoding {encoding!r}") from exc
        except UnicodeDecodeError as exc:
            raise LoadError(path, f"cannot be decoded as {encoding}") from exc
        bom = b""
        for mark, name in _BOMS:
            if data.startswith(mark) and codecs.lookup(encoding).name == codecs.lookup(name).name:
                bom, text = mark, text[1:] if text.startswith("\ufeff") else text
        return DecodedText(path, text, encoding, bom, _detect_newline(text))
    for mark, name in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark):].decode(name)
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"has a {name} byte-order mark but cannot be decoded") from exc
            return DecodedText(path, text, name, mark, _detect_newline(text))
    if _looks_binary(data):
        # Zero bytes mean binary, unless the file is UTF-16 or UTF-32 without a BOM.
        wide = (chardet.detect(data[:65536]).get("encoding") or "").lower()
        if wide.startswith(("utf-16", "utf-32")):
            try:
                text = data.decode(wide)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and not _has_control_characters(text):
                return DecodedText(path, text, wide, b"", _detect_newline(text))
        raise LoadError(path, "looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
        return DecodedText(path, text, "utf-8", b"", _detect_newline(text))
    except UnicodeDecodeError:
        pass
    guess = chardet.detect(data)
    name = (guess.get("encoding") or "").lower()
    name = _SUPERSETS.get(name, name)
    # A multi-byte encoding that decodes strictly is strong evidence whatever chardet's
    # confidence; a single-byte one decodes almost anything, so it needs chardet's conviction.
    if name and (name in _MULTI_BYTE or (guess.get("confidence") or 0) >= _MIN_CONFIDENCE):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            text = None
        if text is not None and not _has_control_characters(text):
            return DecodedText(path, text, name, b"", _detect_newline(text))
    if name and name not in _MULTI_BYTE:
        # A short Western text leaves chardet unsure; accept a Latin reading only when it
        # reads like one: accented letters standing among plain ones, not runs of symbols.
        for candidate in (name, "cp1252"):
            try:
                text = data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
            if not _has_control_characters(text) and _reads_as_latin(text):
                return DecodedText(path, text, candidate, b"", _detect_newline(text))
    raise LoadError(
        path, "cannot be decoded: it is not UTF-8 and no other encoding fits (choose one by hand)"
    )


def load(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    size_limit: int = DEFAULT_SIZE_LIMIT,
) -> DecodedText:
    """Read ``path`` and decode it, detecting the encoding unless one is forced."""
    p = Path(path)
    if p.is_dir():
        raise LoadError(path, "is a directory, not a file")
    if not p.exists():
        raise LoadError(path, "no such file")
    try:
        size = p.stat().st_size
        if size > size_limit:
            raise LoadError(path, f"is too large ({size / 1e6:.1f} MB; the limit is {size_limit / 1e6:.0f} MB)")
        data = p.read_bytes()
    except PermissionError as exc:
        raise LoadError(path, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise LoadError(path, f"cannot be read ({exc.strerror})") from exc
    return decode_bytes(str(path), data, encoding)


def encode_text(text: str, encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    """Encode ``text`` (already carrying its newlines) with an optional BOM."""
    return bom + text.encode(encoding)
