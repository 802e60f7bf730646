"""Reading text files of unknown encoding, and writing text back the same way."""

from __future__ import annotations

import codecs
import errno
import os
import re
import stat
from dataclasses import dataclass

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
    {
        "gb18030",
        "big5",
        "big5hkscs",
        "cp950",
        "shift_jis",
        "cp932",
        "euc-jp",
        "euc-kr",
        "cp949",
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
    }
)
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "ascii": "utf-8"}


def display_path(path: str | os.PathLike[str]) -> str:
    """``path`` as one line: quoted with C escapes, as git does, when it holds a line break or control.

    >>> display_path("issue.txt"), display_path("a\\nb.txt")
    ('issue.txt', '"a\\\\nb.txt"')
    """
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = text.decode("utf-8", "backslashreplace")
    if not any(ord(c) < 0x20 or c in '\x7f"\\' for c in text):
        return text
    escaped = text.encode("unicode_escape").decode("ascii").replace('"', '\\"')
    return f'"{escaped}"'


class UserError(Exception):
    """A problem with the proofreader's files or choices that a message explains fully (never a traceback).

    The command line prints it and exits with status 2; the window shows it.
    """


class LoadError(UserError):
    """A file could not be read as text; the message names the file and the reason."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{display_path(path) or '(no file name)'}: {reason}")
        self.path = os.fspath(path) if not isinstance(path, bytes) else path.decode("utf-8", "replace")
        self.reason = reason


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text together with what is needed to write it back byte-for-byte.

    ``unsure`` says the encoding was guessed and another one reads the bytes
    as plausibly (a short file): the proofreader should be told, and may choose.
    ``garbled`` says an encoding was forced on bytes that are plainly UTF-8:
    the text is mojibake, and should be said to be.
    """

    path: str
    text: str
    encoding: str
    bom: bytes
    newline: str
    unsure: bool = False
    garbled: bool = False
    source_format: str = ""  # "" for a text file; else the document format its text was read from (docx …)
    notes: tuple[tuple[str, int], ...] = ()  # what reading a document left out (core.readers.blocks.NOTES)


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
    return any((ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0) and c not in allowed for c in text)


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
    """Decode ``data`` read from ``path``; raise LoadError when it is not text.

    Whatever the encoding, the text must write back as ``data`` exactly (a
    clean copy with every change rejected is the input's bytes): a reading
    that would not is refused here, before anything is shown or written.
    """
    if not data:
        raise LoadError(path, "the file is empty")
    decoded = _decode_forced(path, data, encoding) if encoding is not None else _decode_detected(path, data)
    if decoded.encoding != "utf-8" and encode_text(decoded.text, decoded.encoding, decoded.bom) != data:
        named = encoding or decoded.encoding
        raise LoadError(path, f"cannot be read as {named}: its text would not write back as the same bytes")
    return decoded


def _decode_detected(path: str, data: bytes) -> DecodedText:
    for mark, name in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(name)
            except UnicodeDecodeError as exc:
                raise LoadError(path, f"has a {name} byte-order mark but cannot be decoded") from exc
            return DecodedText(path, text, name, mark, _detect_newline(text))
    if _looks_binary(data):
        # Zero bytes mean binary, unless the file is UTF-16 or UTF-32 without a BOM: then
        # the byte order is whichever reads as text.
        wide = _wide_reading(data)
        if wide is None:
            raise LoadError(path, "looks like a binary file, not text")
        name, text = wide
        return DecodedText(path, text, name, b"", _detect_newline(text), _unsure(data, name, text))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if len(data) >= _SURE_BYTES or text.isascii():
            return DecodedText(path, text, "utf-8", b"", _detect_newline(text))
        # A few bytes of GB18030 can be valid UTF-8 too (元 reads as Ԫ): take the likelier reading.
        name, reading = _likeliest(data, "utf-8", text)
        # Four characters or more of valid UTF-8 rarely happen by chance: no need to warn then.
        sure = name == "utf-8" and _plainly_utf8(data)
        return DecodedText(
            path, reading, name, b"", _detect_newline(reading), not sure and _unsure(data, name, reading)
        )
    import chardet  # only a file that is not UTF-8 needs it (its tables take a while to load)

    guess = chardet.detect(data)
    name = (guess.get("encoding") or "").lower()
    name = _SUPERSETS.get(name, name)
    # A multi-byte encoding that decodes strictly is strong evidence whatever chardet's
    # confidence; a single-byte one decodes almost anything, so it needs chardet's conviction.
    if name and (name in _MULTI_BYTE or (guess.get("confidence") or 0) >= _MIN_CONFIDENCE):
        try:
            guessed: str | None = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            guessed = None
        if guessed is not None and not _has_control_characters(guessed):
            return DecodedText(path, guessed, name, b"", _detect_newline(guessed), _unsure(data, name, guessed))
    if name and name not in _MULTI_BYTE:
        # A short Western text leaves chardet unsure; accept a Latin reading only when it
        # reads like one: accented letters standing among plain ones, not runs of symbols.
        for candidate in (name, "cp1252"):
            try:
                text = data.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
            if not _has_control_characters(text) and _reads_as_latin(text):
                return DecodedText(path, text, candidate, b"", _detect_newline(text), _unsure(data, candidate, text))
    raise LoadError(path, "cannot be decoded: it is not UTF-8 and no other encoding fits (choose one by hand)")


_WIDE_BOMS = {
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}


# Codecs Python counts as text encodings that turn escapes or domain names into text: a file read
# through one of them is not the text its bytes hold.
_NOT_TEXT_ENCODINGS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined"})


def _decode_forced(path: str, data: bytes, encoding: str) -> DecodedText:
    """Decode with the encoding the proofreader chose, keeping what writes the bytes back exactly.

    A byte-order mark is kept apart, and an encoding that leaves the byte order
    or the mark to the reader (utf-16, utf-32, utf-8-sig) is pinned down to
    what the file has, so a reject-all copy is the same bytes.
    """
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, ValueError, TypeError):
        raise LoadError(path, f"unknown encoding {encoding!r}") from None
    name = codec.name
    if not getattr(codec, "_is_text_encoding", True) or name in _NOT_TEXT_ENCODINGS:
        raise LoadError(path, f"{encoding!r} is not a text encoding")
    bom = b""
    if name in _WIDE_BOMS:
        pinned = next(((mark, exact) for mark, exact in _WIDE_BOMS[name] if data.startswith(mark)), None)
        bom, name = pinned if pinned else (b"", f"{name}-le" if _plausible_order(data, name) == "le" else f"{name}-be")
    elif name in ("utf-8", "utf-8-sig"):
        bom, name = (codecs.BOM_UTF8, "utf-8") if data.startswith(codecs.BOM_UTF8) else (b"", "utf-8")
    else:
        bom = next(
            (mark for mark, bom_name in _BOMS if data.startswith(mark) and codecs.lookup(bom_name).name == name), b""
        )
    try:
        text = data[len(bom) :].decode(name)
    except (UnicodeError, LookupError, ValueError, TypeError):
        raise LoadError(path, f"cannot be decoded as {encoding}") from None
    return DecodedText(path, text, name, bom, _detect_newline(text), garbled=name != "utf-8" and _plainly_utf8(data))


def _plainly_utf8(data: bytes) -> bool:
    """Valid UTF-8 with several characters beyond ASCII: no chance reading of another encoding."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return sum(1 for c in text if ord(c) > 0x7F) >= _SURE_UTF8_CHARS


def _wide_reading(data: bytes) -> tuple[str, str] | None:
    """(encoding, text) of BOM-less UTF-16 or UTF-32 that reads as text, else None (binary)."""
    best = None
    for name in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        try:
            text = data.decode(name)
        except UnicodeError:
            continue
        score = _plausibility(text)
        if not _has_control_characters(text) and score >= 0.9 and (best is None or score > best[0]):
            best = (score, name, text)
    return None if best is None else (best[1], best[2])


def _likeliest(data: bytes, name: str, text: str) -> tuple[str, str]:
    """Of ``name``'s reading of a short file and its rivals', the one a newspaper would print."""
    best = (_plausibility(text), name, text)
    for rival in _RIVALS:
        try:
            other = data.decode(rival)
        except UnicodeError:
            continue
        score = _plausibility(other)
        if not _has_control_characters(other) and score > best[0] + 0.2:
            best = (score, rival, other)
    return best[1], best[2]


def _plausible_order(data: bytes, wide: str) -> str:
    """ "le" or "be": the byte order that reads ``data`` (no BOM) as more plausible text."""
    scores = {}
    for order in ("le", "be"):
        try:
            scores[order] = _plausibility(data.decode(f"{wide}-{order}"))
        except UnicodeError:
            scores[order] = -1.0
    return "be" if scores["be"] > scores["le"] else "le"


def _plausibility(text: str) -> float:
    """The share of characters a newspaper would use: ASCII, Latin letters, CJK, their punctuation."""
    if not text:
        return 0.0
    usual = sum(
        1
        for c in text
        if c in "\t\n\r"
        or " " <= c <= "~"
        or "\u00a0" <= c <= "\u024f"
        or "\u2000" <= c <= "\u206f"
        or "\u3000" <= c <= "\u30ff"
        or "\u4e00" <= c <= "\u9fff"
        or "\uff00" <= c <= "\uffef"
    )
    return usual / len(text)


# Encodings that a short file might just as well be in: when another of these reads it as
# plausibly as the one chosen, the choice is a guess and the proofreader is told so.
_RIVALS = ("utf-8", "gb18030", "big5", "cp949", "shift_jis", "utf-16-le", "utf-16-be", "cp1252")
_SURE_BYTES = 64
_SURE_UTF8_CHARS = 4


def _unsure(data: bytes, chosen: str, text: str) -> bool:
    if len(data) >= _SURE_BYTES:
        return False
    plausible = _plausibility(text)
    for rival in _RIVALS:
        if codecs.lookup(rival).name == codecs.lookup(chosen).name:
            continue
        try:
            other = data.decode(rival)
        except UnicodeError:
            continue
        if other != text and not _has_control_characters(other) and _plausibility(other) >= min(plausible, 0.95):
            return True
    return False


def load(
    path: str | os.PathLike[str],
    encoding: str | None = None,
    size_limit: int = DEFAULT_SIZE_LIMIT,
) -> DecodedText:
    """Read ``path`` and decode it, detecting the encoding unless one is forced.

    Only a regular file is read (a pipe or a device would block or never
    end), and never more than ``size_limit`` bytes, whatever its size says.
    """
    data = read_regular_file(path, size_limit)
    return decode_bytes(os.fspath(path), data, encoding)


def read_regular_file(path: str | os.PathLike[str], size_limit: int = DEFAULT_SIZE_LIMIT) -> bytes:
    """The bytes of the regular file ``path``; LoadError names what else it is or why it cannot be read."""
    if not os.fspath(path):
        raise LoadError(path, "no file name given")
    try:
        # O_NONBLOCK: opening a pipe must not wait for a writer; a regular file ignores it.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise LoadError(path, _os_reason(path, exc)) from None
    status = os.fstat(handle)
    if not stat.S_ISREG(status.st_mode):
        os.close(handle)
        if stat.S_ISDIR(status.st_mode):
            raise LoadError(path, "is a directory, not a file")
        raise LoadError(path, "is not a regular file (a pipe, device or socket): save it as a file first")
    with os.fdopen(handle, "rb", buffering=0) as stream:
        size = status.st_size
        if size > size_limit:
            raise LoadError(path, f"is too large ({size / 1e6:.1f} MB; the limit is {size_limit / 1e6:.0f} MB)")
        try:
            chunks, total = [], 0
            while total <= size_limit:
                chunk = stream.read(min(1 << 20, size_limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        except OSError as exc:
            raise LoadError(path, _os_reason(path, exc)) from None
    if total > size_limit:
        raise LoadError(path, f"is too large (more than {size_limit / 1e6:.0f} MB)")
    return b"".join(chunks)


def _os_reason(path: str | os.PathLike[str], exc: OSError) -> str:
    """What an operating-system error means for the proofreader."""
    if exc.errno == errno.ENOENT:
        return "is a broken symbolic link" if os.path.islink(path) else "no such file"
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot be read (permission denied)"
    if exc.errno == errno.EISDIR:
        return "is a directory, not a file"
    if exc.errno == errno.ENOTDIR:
        return "no such file (a part of the path is not a folder)"
    return f"cannot be read ({exc.strerror or exc})"


def encode_text(text: str, encoding: str = "utf-8", bom: bytes = b"") -> bytes:
    """Encode ``text`` (already carrying its newlines) with an optional BOM."""
    return bom + text.encode(encoding)
