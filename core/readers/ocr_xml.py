"""The text of OCR files in the archives' XML formats: ALTO (most national-library newspaper archives) and
PAGE (the PRImA format of transcription and OCR tools).

ALTO: each ``TextBlock`` a paragraph of its ``TextLine`` s, each line its
``String@CONTENT`` words (``SP`` spaces; a ``HYP`` at a line's end joins the
word broken there); blocks in the file's order, which is its reading order.
A block set in type clearly larger than the page's body (its ``TextStyle``
font size), or tagged as a heading, is a heading; so is the short first
block of each article where the file groups its blocks into articles
(``StructureTag`` s of type article, through ``TAGREFS``).

PAGE: each ``TextRegion`` in the ``ReadingOrder`` (else in the file's
order) a paragraph: the region's own text if it has one, else its lines'.
A region of type ``heading`` is a heading.
"""

from __future__ import annotations

import statistics
from xml.etree.ElementTree import Element

from core.readers.blocks import Blocks, joined, joined_lines
from core.readers.guarded import local

_SENTENCE_ENDS = (".", "。", "!", "！", "?", "？", ":", "：", ",", "，", ";", "；")
HEADING_SIZE = 1.3
"""Times the body's font size from which a block reads as a heading."""


def read_alto(root: Element) -> Blocks:
    sizes = {
        style.get("ID", ""): _number(style.get("FONTSIZE")) for style in root.iter() if local(style.tag) == "TextStyle"
    }
    headed_tags = {
        tag.get("ID", "")
        for tag in root.iter()
        if local(tag.tag) in ("StructureTag", "LayoutTag", "OtherTag")
        and any(word in (tag.get("LABEL", "") + tag.get("TYPE", "")).lower() for word in ("head", "title"))
    }
    articles = {
        tag.get("ID", "")
        for tag in root.iter()
        if local(tag.tag) == "StructureTag" and "article" in (tag.get("TYPE", "") + tag.get("LABEL", "")).lower()
    }
    found = []
    article = None
    for block in (e for e in root.iter() if local(e.tag) == "TextBlock"):
        lines = [_alto_line(line) for line in block if local(line.tag) == "TextLine"]
        text, glued = "", False
        for words, hyphen in lines:
            line = joined(words)
            # A HYP says the word goes on at the next line's start; a hyphen in the text may say the same.
            text = text + line if glued else joined_lines([text, line]) if text else line
            glued = hyphen
        size = _block_size(block, sizes)
        refs = set(block.get("TAGREFS", "").split())
        tagged = bool(refs & headed_tags)
        # An article the file groups its blocks into opens with its headline: a short first block, said so.
        grouped = next(iter(sorted(refs & articles)), None)
        if grouped is not None and grouped != article and len(text) <= 80 and not text.endswith(_SENTENCE_ENDS):
            tagged = True
        article = grouped if grouped is not None else article
        found.append((text, size, tagged))
    body = [size for text, size, _ in found if size and len(text) >= 40]
    median = statistics.median(body) if body else None
    blocks = Blocks()
    for text, size, tagged in found:
        if tagged or (median and size and size >= HEADING_SIZE * median and len(text) <= 200):
            blocks.heading(text)
        else:
            blocks.paragraph(text)
    return blocks


def _alto_line(line: Element) -> tuple[list[str], bool]:
    """A line's words, and whether it ends in a hyphen (``HYP``): words apart where an ``SP`` stands
    between them, or, in a file that writes no ``SP`` (many do not), where a gap opens between their boxes
    (none before a comma set in a box of its own)."""
    parts = [part for part in line if local(part.tag) in ("String", "SP", "HYP")]
    spaced = any(local(part.tag) == "SP" for part in parts)
    heights = [_number(part.get("HEIGHT")) or 0.0 for part in parts if local(part.tag) == "String"]
    gap_limit = 0.25 * max(heights, default=0.0)
    words: list[str] = []
    hyphen = False
    glued = False
    last_end: float | None = None
    for part in parts:
        name = local(part.tag)
        if name == "String":
            content = part.get("CONTENT", "")
            start, width = _number(part.get("HPOS")), _number(part.get("WIDTH"))
            if not spaced:  # no SP in the file: the boxes say where the spaces are
                glued = start is not None and last_end is not None and gap_limit > 0 and start - last_end < gap_limit
            if glued and words:
                words[-1] += content
            else:
                words.append(content)
            glued = spaced  # with SP, the next word is glued unless an SP comes between
            last_end = start + width if start is not None and width is not None else None
            hyphen = False
        elif name == "SP":
            glued = False
        elif name == "HYP":
            hyphen = True
    return words, hyphen


def _block_size(block: Element, sizes: dict[str, float | None]) -> float | None:
    """The font size most of a block's words are set in (a word's own style, else its line's or block's)."""
    found = []
    for line in block:
        for word in line:
            for owner in (word, line, block):
                refs = [sizes.get(ref) for ref in owner.get("STYLEREFS", "").split() if sizes.get(ref)]
                if refs:
                    found.append(refs[0])
                    break
    return statistics.median([size for size in found if size]) if found else None


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def read_page_xml(root: Element) -> Blocks:
    regions = {e.get("id", ""): e for e in root.iter() if local(e.tag) == "TextRegion"}
    nested = {
        inner.get("id", "")
        for region in regions.values()
        for inner in region.iter()
        if inner is not region and local(inner.tag) == "TextRegion"
    }
    order = [ref for ref in _reading_order(root) if ref in regions]
    listed = set(order)
    # Regions the order leaves out (all of them, without one) follow in the file's order; a region inside
    # another is read with it.
    order += [name for name in regions if name not in listed and name not in nested]
    blocks = Blocks()
    for name in order:
        region = regions[name]
        text = _page_text(region)
        if region.get("type") == "heading":
            blocks.heading(text)
        else:
            blocks.paragraph(text)
    return blocks


def _reading_order(root: Element) -> list[str]:
    """The region ids of the ``ReadingOrder``, ordered groups by index, nested groups in place."""
    for order in (e for e in root.iter() if local(e.tag) == "ReadingOrder"):
        return _refs(order)
    return []


def _refs(group: Element) -> list[str]:
    members = [child for child in group if local(child.tag) != "Labels"]
    if any(child.get("index") is not None for child in members):
        members.sort(key=lambda child: int(child.get("index", "0") or 0))
    found = []
    for child in members:
        if child.get("regionRef"):
            found.append(child.get("regionRef", ""))
        found += _refs(child)
    return found


def _page_text(region: Element) -> str:
    """A region's text: its own ``TextEquiv`` if it has one, else its lines' (else its inner regions')."""
    own = _equiv(region)
    if own is not None:
        return joined_lines(own.splitlines())
    lines = []
    for child in region:
        if local(child.tag) == "TextLine":
            line = _equiv(child)
            if line is None:
                line = joined([_equiv(word) or "" for word in child if local(word.tag) == "Word"])
            lines.append(line)
    if not lines:
        return "\n\n".join(_page_text(child) for child in region if local(child.tag) == "TextRegion")
    return joined_lines([line for line in lines if line])


def _equiv(element: Element) -> str | None:
    """The ``TextEquiv/Unicode`` of ``element`` itself (the one of lowest index), or None."""
    equivs = [child for child in element if local(child.tag) == "TextEquiv"]
    if not equivs:
        return None
    equivs.sort(key=lambda e: int(e.get("index", "0") or 0))
    for child in equivs[0]:
        if local(child.tag) == "Unicode":
            return child.text or ""
    return None
