"""Zip packages and XML read without trusting them: bounded expansion, no entities, one-line errors.

A document a proofreader is handed may be damaged, encrypted or built to
hurt the program that opens it: a zip whose few kilobytes expand to
gigabytes, an XML whose entities expand a billion times or name a file on
the machine. Everything here reads at most ``EXPANDED_LIMIT`` bytes out of a
package, whatever its headers claim, and refuses any XML that declares an
entity (no document format Duijiao reads needs one).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from core.text.textio import LoadError

EXPANDED_LIMIT = 256 * 1024 * 1024
"""Bytes a package may expand to, all its parts together."""


class Package:
    """The parts of a zip package, each read whole but never past the expansion limit."""

    def __init__(self, path: str, data: bytes, what: str) -> None:
        self.path, self.what = path, what
        self._expanded = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            self.names = frozenset(self._zip.namelist())
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            raise LoadError(path, f"is a damaged {what}: its zip package cannot be read ({exc})") from None

    def read(self, name: str) -> bytes:
        """The part ``name``; LoadError for an encrypted or damaged one, or one too large once expanded."""
        try:
            info = self._zip.getinfo(name)
        except KeyError:
            raise LoadError(self.path, f"is a damaged {self.what} (it has no {name})") from None
        if info.flag_bits & 0x1:
            raise LoadError(self.path, f"is an encrypted {self.what}: save it without a password first")
        budget = EXPANDED_LIMIT - self._expanded
        if info.file_size > budget:
            raise self._too_large()
        chunks, total = [], 0
        try:
            with self._zip.open(info) as stream:
                while chunk := stream.read(1 << 20):  # the header's size may lie: count what comes out
                    total += len(chunk)
                    if total > budget:
                        raise self._too_large()
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError) as exc:
            raise LoadError(self.path, f"is a damaged {self.what} ({name} cannot be read: {exc})") from None
        self._expanded += total
        return b"".join(chunks)

    def _too_large(self) -> LoadError:
        return LoadError(
            self.path, f"expands to more than {EXPANDED_LIMIT // (1 << 20)} MB once unpacked: refused (a zip bomb?)"
        )


def parse_xml(data: bytes, path: str, what: str) -> Element:
    """The element tree of ``data``; LoadError for XML that is malformed or declares entities.

    Names come as ElementTree writes them: ``{namespace}local``.
    """
    builder = TreeBuilder()
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def named(name: str) -> str:
        return "{" + name if "}" in name else name

    def refuse_entities(*_: object) -> None:
        raise _Refused("declares XML entities (entity expansion is refused)")

    def refuse_external(*_: object) -> int:
        raise _Refused("refers to an external XML entity (refused)")

    parser.EntityDeclHandler = refuse_entities
    parser.UnparsedEntityDeclHandler = refuse_entities
    parser.ExternalEntityRefHandler = refuse_external
    parser.StartElementHandler = lambda name, attributes: builder.start(
        named(name), {named(key): value for key, value in attributes.items()}
    )
    parser.EndElementHandler = lambda name: builder.end(named(name))
    parser.CharacterDataHandler = builder.data
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except _Refused as exc:
        raise LoadError(path, f"is not a {what} Duijiao will open: its XML {exc}") from None
    except expat.ExpatError as exc:
        raise LoadError(path, f"is a damaged {what} (its XML cannot be read: {exc})") from None
    return builder.close()


class _Refused(Exception):
    pass


def local(tag: object) -> str:
    """An element's name without its namespace (``{…}p`` → ``p``)."""
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""
