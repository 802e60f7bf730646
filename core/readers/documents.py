"""Any file a proofreader is handed, read as text: a text file as it is, a document by its format's reader.

The format is told by the file's content, not its name (a Word document
renamed ``.txt`` still opens; a picture renamed ``.docx`` is said to be one).
A document's text is what its reader extracts (headings as markdown ``#``
lines): it is the base of "reject every change", and the clean copy is
written from it as text; the document itself is never written.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from core.readers.blocks import Blocks
from core.readers.guarded import Package, parse_xml
from core.readers.ocr_xml import read_alto, read_page_xml
from core.readers.opendocument import read_odt
from core.readers.web import is_hocr, read_hocr, read_html
from core.readers.word import read_docx
from core.text.textio import DEFAULT_SIZE_LIMIT, DecodedText, LoadError, decode_bytes, read_regular_file

FORMAT_NAMES = {
    "docx": "Word document",
    "odt": "OpenDocument text",
    "html": "web page",
    "hocr": "hOCR file",
    "alto": "ALTO XML file",
    "page": "PAGE XML file",
    "pdf": "PDF",
}
_NAMED = {
    ".docx": "docx",
    ".odt": "odt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".hocr": "hocr",
    ".pdf": "pdf",
}
READABLE_SUFFIXES = (".txt", ".md", ".markdown", *_NAMED, ".xml")
"""What the open dialog lists (the format is told by content whatever the name)."""
_LOOKS_LIKE = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office file (.doc): save it as .docx first"),
    (b"{\\rtf", "an RTF document: save it as .docx first"),
)
_ROOT = re.compile(rb"<(?![?!])(?:[\w.-]+:)?([\w.-]+)")
_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<!doctype\s+html|\s*<html", re.IGNORECASE | re.DOTALL)
_PDF_HEADER = re.compile(rb"%PDF-[12]\.\d")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)

PdfReader = Callable[[str, bytes], Blocks]
pdf_reader: PdfReader | None = None
"""The PDF reader, set by the launcher when Qt's PDF module is there (``core`` never imports Qt)."""


def load_text(
    path: str | os.PathLike[str], encoding: str | None = None, size_limit: int = DEFAULT_SIZE_LIMIT
) -> DecodedText:
    """The text of ``path``: a text file decoded (``encoding`` forced, else detected), a document read by
    its format's reader; LoadError naming the file and the problem otherwise."""
    data = read_regular_file(path, size_limit)
    name = os.fspath(path)
    found = detect(name, data)
    if found is None:
        return decode_bytes(name, data, encoding)
    blocks, encoding_read = _read(found, name, data, encoding)
    text = blocks.text()
    if not text.strip():
        raise LoadError(name, f"is a {FORMAT_NAMES[found]} with no text in it")
    return DecodedText(name, text, "utf-8", b"", "\n", source_format=found + encoding_read, notes=tuple(blocks.notes))


def detect(path: str, data: bytes) -> str | None:
    """The document format of ``data`` (a key of ``FORMAT_NAMES``), or None for a text file.

    LoadError where the name promises a document the content is not, or the
    content is a package or an XML that Duijiao does not read.
    """
    named = _NAMED.get(Path(path).suffix.lower())
    head = data[:4096]
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _package_format(path, data)
    if _PDF_HEADER.search(data[:1024]):  # the header may follow up to 1 KB of anything
        return "pdf"
    text_head = _xml_head(head)
    root = _ROOT.search(text_head)
    root_name = root.group(1).decode("ascii", "replace") if root else ""
    if root_name.lower() == "alto":
        return "alto"
    if root_name == "PcGts":
        return "page"
    if _HTML_START.match(text_head) or (named in ("html", "hocr") and root_name.lower() in ("html", "head", "body")):
        return "hocr" if is_hocr(data[: 1 << 20].decode("utf-8", "replace")) else "html"
    if named in ("docx", "odt", "pdf") or (named in ("html", "hocr") and b"\x00" in head):
        looks = next((what for magic, what in _LOOKS_LIKE if head.startswith(magic)), "not one")
        raise LoadError(path, f"is named {Path(path).suffix} but is not a {FORMAT_NAMES[named]} (it is {looks})")
    if Path(path).suffix.lower() == ".xml" and root_name:
        raise LoadError(
            path, f"is an XML file Duijiao does not read (its root is <{root_name}>; it reads ALTO and PAGE XML)"
        )
    return None


def _xml_head(head: bytes) -> bytes:
    """The start of a file as bytes a pattern can read: UTF-16 turned to UTF-8, a BOM dropped."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace").encode("utf-8")
    return head.removeprefix(b"\xef\xbb\xbf")


def _package_format(path: str, data: bytes) -> str:
    named = _NAMED.get(Path(path).suffix.lower(), "")
    package = Package(path, data, FORMAT_NAMES[named] if named in ("docx", "odt") else "zip package")
    if "word/document.xml" in package.names:
        return "docx"
    if "content.xml" in package.names:
        mimetype = package.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in package.names else ""
        if mimetype in ("", "application/vnd.oasis.opendocument.text"):
            return "odt"
        raise LoadError(path, f"is an OpenDocument file of another kind ({mimetype}), not a text document")
    kind = (
        "an Excel workbook"
        if "xl/workbook.xml" in package.names
        else "a PowerPoint presentation"
        if "ppt/presentation.xml" in package.names
        else "a zip archive"
    )
    raise LoadError(path, f"is {kind}, not a document Duijiao reads (.docx, .odt)")


def _read(found: str, path: str, data: bytes, encoding: str | None) -> tuple[Blocks, str]:
    """The blocks of a document, and the encoding its text was read in where that is the file's own
    (a web page's: ", gb18030"), else ''."""
    if found == "docx":
        return read_docx(path, data), ""
    if found == "odt":
        return read_odt(path, data), ""
    if found in ("alto", "page"):
        root = parse_xml(data, path, FORMAT_NAMES[found])
        if found == "alto":
            return read_alto(root), ""
        return read_page_xml(root), ""
    if found == "pdf":
        if pdf_reader is None:
            raise LoadError(path, "is a PDF: reading one needs Qt's PDF module (pip install 'duijiao[pdf]')")
        return pdf_reader(path, data), ""
    declared = _CHARSET.search(data[:4096])
    chosen = encoding or (declared.group(1).decode("ascii", "replace").lower() if declared else None)
    try:
        decoded = decode_bytes(path, data, chosen)
    except LoadError:
        if encoding:
            raise
        decoded = decode_bytes(path, data)  # a page whose meta says one encoding and whose bytes another
    reader = read_hocr if found == "hocr" else read_html
    return reader(decoded.text), f", {decoded.encoding}"


def read_as(decoded: DecodedText) -> str:
    """What a side was read from, as the status bar says it: a text file's encoding, else the document's
    format (and a web page's encoding)."""
    return decoded.source_format or decoded.encoding
