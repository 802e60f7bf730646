"""The corrections handed back as a Word document with tracked changes, for an editor in Word or WPS.

The document's text is the base version; every difference between it and
the clean copy is a tracked revision (a deletion and an insertion, by the
proofreader as author), so accepting every revision gives the clean copy and
rejecting every one gives the base text. The revisions are found by diffing
the base text against the clean copy (the product's own diff, per character
in Chinese, per word in Latin script), whatever decisions and structure
corrections made it. Paragraph breaks the proofreader added or removed are
revisions of their own (an inserted or deleted paragraph mark). Headings
(``#`` lines) are set in heading styles; when the base is itself a Word
document, its styles come along and each paragraph keeps its style.
"""

from __future__ import annotations

import contextlib
import getpass
import io
import re
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.sax.saxutils import escape

from core.diffing.diff import diff_texts
from core.output.render import clean_copy
from core.readers.word import word_styles
from core.review.decisions import ReviewModel
from core.text.textio import LoadError, read_regular_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_STARTS = "\ue000\ue001\ue002\ue003\ue004\ue005\ue006"  # a paragraph's opening, by heading level (0: body)
_HEADING = re.compile(r"#{1,6}(?=[ \t])")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def paragraph_text(text: str) -> str:
    """``text`` as paragraphs: blank lines between them, a line break inside, no spaces at line ends.

    This is what a Word document holds and gives back: the clean copy read
    from the exported document equals this of the clean copy.
    """
    paragraphs = []
    for chunk in re.split(r"\n[ \t\u3000]*\n|\r\n[ \t\u3000]*\r\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip(" ") for line in chunk.split("\n")]
        kept = "\n".join(line for line in lines if line)
        if kept.strip():
            paragraphs.append(kept)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def default_author() -> str:
    """The name tracked changes are signed with unless the proofreader gives one: the system's user name."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no user name in the environment or the password database
        return "Duijiao"


def tracked_docx(model: ReviewModel, author: str) -> bytes:
    """The ``.docx`` of ``model``'s base text with every correction of the clean copy tracked by ``author``."""
    version = model.comparison.version(model.base)
    styles: bytes | None = None
    base_styles: list[str] = []
    if version.decoded.source_format == "docx":
        # The base's own styles, and each of its paragraphs' (its text's paragraphs, in order); if it was
        # moved or damaged since it was opened, the text is all there still, in default styles.
        with contextlib.suppress(LoadError):
            styles, base_styles = word_styles(version.path, read_regular_file(version.path))
    return tracked_document(version.decoded.text, clean_copy(model), author, styles, base_styles)


def tracked_document(
    base: str, clean: str, author: str, styles: bytes | None = None, base_styles: list[str] | None = None
) -> bytes:
    """The ``.docx`` of ``base`` with the corrections that make it ``clean`` tracked by ``author``; in
    ``styles`` (a ``word/styles.xml``), each base paragraph in its ``base_styles``, when given."""
    written = _written_paragraphs(paragraph_text(base), paragraph_text(clean))
    when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    writer = _Writer(escape(author or "Duijiao", {'"': "&quot;"}), when, base_styles or [])
    body = "".join(writer.paragraph(paragraph) for paragraph in written)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{body}'
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    return _package(document, styles or _default_styles())


Segment = tuple[str, str]  # ("=" same, "-" deleted, "+" inserted; the text)


@dataclass
class _Paragraph:
    """A paragraph of the tracked document: its text's segments, and what each view makes of its mark.

    A paragraph whose mark a view does not have joins the next one there, and
    the joined paragraph keeps the style of the mark that stays (the last
    one's), as Word joins paragraphs; ``accepted`` and ``rejected`` are the
    heading levels (0: body text) of what the paragraph ends in each view.
    """

    segments: list[Segment]
    mark: str = "="  # the kind of its paragraph mark
    accepted: int = 0
    rejected: int = 0
    base_index: int = -1  # the base paragraph it ends, with its mark (-1: none, an inserted mark)


def _written_paragraphs(base: str, clean: str) -> list[_Paragraph]:
    """The paragraphs of the tracked document of ``base`` corrected to ``clean`` (both paragraph texts).

    Each paragraph opens with a token for its break and heading level, one
    unit for the diff: a heading mark and the break before it are changed
    together, never a heading's ``##`` kept for the paragraph after it.
    """
    before, after = _tokens(base), _tokens(clean)
    segments: list[Segment] = []
    at = 0
    for hunk in diff_texts(before, after):
        segments += [("=", before[at : hunk.left_start]), ("-", hunk.left), ("+", hunk.right)]
        at = hunk.left_end
    segments.append(("=", before[at:]))
    written: list[_Paragraph] = []
    levels: list[tuple[str, int]] = []  # each paragraph's opening token: (kind, level)
    for kind, text in segments:
        for piece in re.split(f"([{_STARTS}])", text):
            if piece and piece in _STARTS:
                written.append(_Paragraph([]))
                levels.append((kind, _STARTS.index(piece)))
            elif piece:
                written[-1].segments.append((kind, piece))
    for paragraph, (kind, _) in zip(written, levels[1:], strict=False):
        paragraph.mark = kind  # the break after a paragraph is the token of the next one
    _settle_levels(written, levels)
    return written


def _tokens(text: str) -> str:
    """``text`` with each paragraph opened by its token (``_STARTS``: its heading level) and no ``#``."""
    out = []
    for paragraph in text.rstrip("\n").split("\n\n") if text else []:
        heading = _HEADING.match(paragraph)
        level = len(heading.group()) if heading else 0
        out.append(_STARTS[level] + (paragraph[level + 1 :] if level else paragraph))
    return "".join(out)


def _settle_levels(written: list[_Paragraph], levels: list[tuple[str, int]]) -> None:
    """Give each paragraph the heading level its mark carries in each view, and its base paragraph."""
    for view, gone in (("accepted", "-"), ("rejected", "+")):
        opening = None
        base = 0
        for paragraph, (kind, level) in zip(written, levels, strict=True):
            if opening is None and kind != gone:
                opening = level  # the group's first token the view has sets its level
            if paragraph.mark != gone:  # the group ends here: this paragraph's mark holds its style
                setattr(paragraph, view, opening or 0)
                opening = None
                if view == "rejected":
                    paragraph.base_index = base
                    base += 1


class _Writer:
    def __init__(self, author: str, when: str, base_styles: list[str]) -> None:
        self.author, self.when = author, when
        self.base_styles = base_styles
        self.revision = 0

    def _mark(self, tag: str) -> str:
        self.revision += 1
        return f'<w:{tag} w:id="{self.revision}" w:author="{self.author}" w:date="{self.when}"'

    def _style(self, level: int, base_index: int, base_level: int) -> str:
        """The style of a paragraph of ``level``: the base paragraph's where it is the same kind."""
        own = self.base_styles[base_index] if 0 <= base_index < len(self.base_styles) else ""
        if own and level == base_level:
            return own
        return f"Heading{level}" if level else ""

    def paragraph(self, paragraph: _Paragraph) -> str:
        # A mark the accepted text has carries its style; a mark only the base has, the base's.
        if paragraph.mark == "-":
            style, level = self._style(paragraph.rejected, paragraph.base_index, paragraph.rejected), paragraph.rejected
        else:
            level = paragraph.accepted
            style = self._style(level, paragraph.base_index, paragraph.rejected)
        # In the order the schema gives them: style, outline level, the mark's revision, the style's change.
        properties = (f'<w:pStyle w:val="{escape(style)}"/>' if style else "") + (
            f'<w:outlineLvl w:val="{level - 1}"/>' if level else ""
        )
        if paragraph.mark != "=":
            properties += f"<w:rPr>{self._mark('del' if paragraph.mark == '-' else 'ins')}/></w:rPr>"
        elif paragraph.rejected != paragraph.accepted:  # a heading made body text, or the other way
            old = self._style(paragraph.rejected, paragraph.base_index, paragraph.rejected)
            old_properties = (f'<w:pStyle w:val="{escape(old)}"/>' if old else "") + (
                f'<w:outlineLvl w:val="{paragraph.rejected - 1}"/>' if paragraph.rejected else ""
            )
            properties += f"{self._mark('pPrChange')}><w:pPr>{old_properties}</w:pPr></w:pPrChange>"
        runs = "".join(self._runs(kind, text) for kind, text in paragraph.segments if text)
        return f"<w:p>{'<w:pPr>' + properties + '</w:pPr>' if properties else ''}{runs}</w:p>"

    def _runs(self, kind: str, text: str) -> str:
        tag = "w:delText" if kind == "-" else "w:t"
        parts = []
        for piece in re.split(r"(\n|\t)", _NOT_XML.sub("", text)):
            if piece == "\n":
                parts.append("<w:br/>")
            elif piece == "\t":
                parts.append("<w:tab/>")
            elif piece:
                parts.append(f'<{tag} xml:space="preserve">{escape(piece)}</{tag}>')
        run = f"<w:r>{''.join(parts)}</w:r>"
        if kind == "=":
            return run
        return f"{self._mark('del' if kind == '-' else 'ins')}>{run}</w:{'del' if kind == '-' else 'ins'}>"


def _default_styles() -> bytes:
    headings = "".join(
        f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="{n - 1}"/>'
        f'</w:pPr><w:rPr><w:b/><w:sz w:val="{36 - 4 * n}"/></w:rPr></w:style>'
        for n in range(1, 7)
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        f"{headings}</w:styles>"
    ).encode()


def _package(document: str, styles: bytes) -> bytes:
    # Tracking stays on: what the editor changes next is tracked too.
    settings = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}">'
        "<w:trackRevisions/></w:settings>"
    )
    parts: dict[str, str | bytes] = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{_MAIN}.document.main+xml"/>'
            f'<Override PartName="/word/styles.xml" ContentType="{_MAIN}.styles+xml"/>'
            f'<Override PartName="/word/settings.xml" ContentType="{_MAIN}.settings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>'
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/></Relationships>'
        ),
        "word/document.xml": document,
        "word/styles.xml": styles,
        "word/settings.xml": settings,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    return buffer.getvalue()
