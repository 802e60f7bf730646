"""The text every reader makes: headings as markdown ``#`` lines, paragraphs apart by a blank line.

That is what the segmenter already takes from a markdown export, so a
document's headings start its articles and everything after (pairing,
diffing, review, sessions) works unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_CJK = r"\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"  # ideographs, kana, their marks, full-width forms
_BESIDE_CJK = r"“”‘’—…·\d"  # set without a space next to a Chinese character
_SPACE_BETWEEN_CJK = re.compile(
    rf"(?<=[{_CJK}]) (?=[{_CJK}{_BESIDE_CJK}])|(?<=[{_BESIDE_CJK}]) (?=[{_CJK}])|(?<=[—…]) (?=[—…])"
)
_BLANKS = re.compile(r"[ \t\r\n\f\v]+")
_BREAK = r"[ \t\r\f\v]*\n[ \t\r\n\f\v]*"  # layout whitespace with a line break in it
_BREAK_BY_CJK = re.compile(rf"(?<=[{_CJK}]){_BREAK}(?=[{_CJK}{_BESIDE_CJK}])|(?<=[{_BESIDE_CJK}]){_BREAK}(?=[{_CJK}])")
_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010\u00ac]$")


def joined(pieces: list[str]) -> str:
    """Words or lines read one by one, joined as they would be printed: by a space, except beside a
    Chinese character (a Chinese line break or word box is no space, nor before a digit or a quote mark).

    Only where pieces meet: a space inside a piece (a title's layout space) stays.

    >>> joined(["The", "council"]), joined(["市政府", "昨日"]), joined(["1930", "年"]), joined(["他说", "“好”"])
    ('The council', '市政府昨日', '1930年', '他说“好”')
    >>> joined(["区退役军人事务局 开展", "志愿服务行动"])
    '区退役军人事务局 开展志愿服务行动'
    """
    text = ""
    for piece in pieces:
        if not piece:
            continue
        if not text or _SPACE_BETWEEN_CJK.search(f"{text[-1]} {piece[0]}"):
            text += piece  # the first piece, or where no space is printed between the two
        else:
            text += " " + piece
    return text


def joined_lines(lines: list[str]) -> str:
    """The lines of one paragraph as one text: joined as printed, and a word that a hyphen broke at a
    line's end joined again where the next line goes on in lower case.

    >>> joined_lines(["The coun-", "cil met", "on Mon-", "Day"]), joined_lines(["市政府昨", "日召開"])
    ('The council met on Mon- Day', '市政府昨日召開')
    """
    text = ""
    for line in lines:
        broken = _LINE_END_HYPHEN.search(text) and line[:1].islower()
        text = text[:-1] + line if broken else joined([text, line])
    return text


def collapsed(text: str) -> str:
    """``text`` as a browser shows it: a source line break beside Chinese text is nothing, any other run
    of layout whitespace (not a full-width space) one space.

    >>> collapsed("市政府\\n  昨日召开   会议"), collapsed("本报记者 张三"), collapsed("the\\n council")
    ('市政府昨日召开 会议', '本报记者 张三', 'the council')
    """
    return _BLANKS.sub(" ", _BREAK_BY_CJK.sub("", text))


def unspaced(text: str) -> str:
    """``text`` with runs of whitespace as one space, and none beside a Chinese character (a space a PDF's
    text layer puts where glyphs stand apart)."""
    return _SPACE_BETWEEN_CJK.sub("", _BLANKS.sub(" ", text))


NOTES = {
    "revisions": "it holds tracked changes not yet accepted: their text is read as accepted",
    "footnotes": "its {} footnotes are left out",
    "endnotes": "its {} endnotes are left out",
    "comments": "its {} comments are left out",
    "furniture": "its {} running heads and page numbers are left out",
}
"""What a reader may say of a document, in English (the window says it in its own language)."""


def note_text(kind: str, count: int) -> str:
    return NOTES[kind].format(count)


@dataclass
class Blocks:
    """Headings and paragraphs in reading order, and notes on what was left out or doubted."""

    parts: list[str] = field(default_factory=list)
    notes: list[tuple[str, int]] = field(default_factory=list)  # (what, how many): see ``NOTES``
    styles: list[str] = field(default_factory=list)  # each part's paragraph style in its document, if any

    def heading(self, text: str, level: int = 1, style: str = "") -> None:
        text = joined(text.split("\n")).strip()
        if text:
            self.parts.append("#" * max(1, min(level, 6)) + " " + text)
            self.styles.append(style)

    def paragraph(self, text: str, style: str = "") -> None:
        lines = [line.strip(" ") for line in text.strip("\n").split("\n")]
        text = "\n".join(line for line in lines if line)
        if text.strip():
            # A paragraph that opens with "#" would read as a heading: an escape keeps it text.
            self.parts.append("\\" + text if re.match(r"#{1,6}[ \t]", text) else text)
            self.styles.append(style)

    def note(self, kind: str, count: int = 0) -> None:
        """Say that the document held ``count`` of something left out (a key of ``NOTES``)."""
        if kind not in NOTES:
            raise ValueError(f"no note {kind!r}")
        if all(kind != noted for noted, _ in self.notes):
            self.notes.append((kind, count))

    def text(self) -> str:
        return "\n\n".join(self.parts) + "\n" if self.parts else ""
