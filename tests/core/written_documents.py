"""A markdown text written as each document format Duijiao reads, by hand (not by the product's code).

Each writer makes the smallest file its format's producers would accept:
headings as the format marks them, paragraphs, and the line structure OCR
formats have (lines of a few words, the words as boxes).
"""

from __future__ import annotations

import io
import re
import zipfile
from html import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def markdown_blocks(text: str) -> list[tuple[int, str]]:
    """(heading level, or 0 for a paragraph; text) of each block of a markdown text."""
    found = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        chunk = chunk.strip("\n")
        heading = re.match(r"(#{1,6})[ \t]+(.*)", chunk)
        if heading:
            found.append((len(heading.group(1)), heading.group(2).strip()))
        elif chunk.strip():
            found.append((0, chunk))
    return found


def zipped(parts: dict[str, str | bytes], stored_first: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        if stored_first:
            package.writestr(zipfile.ZipInfo(stored_first), parts[stored_first], zipfile.ZIP_STORED)
        for name, content in parts.items():
            if name != stored_first:  # (a fixed date, so the same parts always make the same bytes)
                package.writestr(zipfile.ZipInfo(name), content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def docx(text: str) -> bytes:
    body = []
    for level, block in markdown_blocks(text):
        style = f'<w:pPr><w:pStyle w:val="Heading{level}"/></w:pPr>' if level else ""
        runs = "<w:r><w:br/></w:r>".join(
            f'<w:r><w:t xml:space="preserve">{escape(line, quote=False)}</w:t></w:r>' for line in block.split("\n")
        )
        body.append(f"<w:p>{style}{runs}</w:p>")
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/></w:style>'
            for n in range(1, 7)
        )
        + "</w:styles>"
    )
    return zipped(
        {
            "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
            "word/document.xml": document,
            "word/styles.xml": styles,
        }
    )


def odt(text: str) -> bytes:
    body = []
    for level, block in markdown_blocks(text):
        inner = "<text:line-break/>".join(escape(line, quote=False) for line in block.split("\n"))
        body.append(f'<text:h text:outline-level="{level}">{inner}</text:h>' if level else f"<text:p>{inner}</text:p>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        + "".join(body)
        + "</office:text></office:body></office:document-content>"
    )
    return zipped({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": content}, "mimetype")


def html(text: str) -> bytes:
    body = []
    for level, block in markdown_blocks(text):
        inner = "<br>\n".join(escape(line) for line in block.split("\n"))
        body.append(f"<h{level}>{inner}</h{level}>" if level else f"<p>\n  {inner}\n</p>")
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>电子版</title>'
        "<style>p { margin: 0 }</style><script>var x = '<p>不是正文</p>';</script></head><body>\n"
        '<nav><a href="/">首页</a> | <a href="/2">第二版</a></nav>\n<main>\n'
        + "\n".join(body)
        + "\n</main>\n<footer>版权所有</footer></body></html>\n"
    ).encode("utf-8")


def _lines(block: str, width: int = 18) -> list[str]:
    """A paragraph cut into printed lines of about ``width`` characters (at a space in Latin text)."""
    lines = []
    for source in block.split("\n"):
        while len(source) > width:
            cut = source.rfind(" ", 0, width) if " " in source[:width] else width
            cut = cut if cut > 0 else width
            lines.append(source[:cut].strip())
            source = source[cut:].strip()
        if source:
            lines.append(source)
    return lines


def _words(line: str) -> list[str]:
    """A line's word boxes: Latin words at spaces, Chinese text in boxes of a few characters."""
    return [piece for word in line.split(" ") for piece in re.findall(r".{1,4}", word)] if line else []


def hocr(text: str) -> bytes:
    out = ['<html><head><meta name="ocr-system" content="tesseract 5"/></head><body><div class="ocr_page">']
    for index, (level, block) in enumerate(markdown_blocks(text)):
        kind = "ocr_header" if level else "ocr_line"
        lines = "".join(
            f'<span class="{kind}">'
            + " ".join(f'<span class="ocrx_word">{escape(word)}</span>' for word in _words(line))
            + "</span>\n"
            for line in _lines(block)
        )
        out.append(f'<div class="ocr_carea" id="block_{index}"><p class="ocr_par">{lines}</p></div>')
    out.append("</div></body></html>\n")
    return "".join(out).encode("utf-8")


def alto(text: str) -> bytes:
    blocks = []
    for index, (level, block) in enumerate(markdown_blocks(text)):
        style = "TS2" if level else "TS1"
        lines = []
        for line in _lines(block):
            words = "<SP/>".join(f'<String CONTENT="{escape(word)}"/>' for word in line.split(" "))
            lines.append(f"<TextLine>{words}</TextLine>")
        blocks.append(f'<TextBlock ID="B{index}" STYLEREFS="{style}">{"".join(lines)}</TextBlock>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Styles>'
        '<TextStyle ID="TS1" FONTSIZE="9"/><TextStyle ID="TS2" FONTSIZE="16"/></Styles><Layout><Page><PrintSpace>'
        + "".join(blocks)
        + "</PrintSpace></Page></Layout></alto>"
    ).encode("utf-8")


def page_xml(text: str) -> bytes:
    """PAGE XML with its regions written in reverse and put right by the reading order."""
    found = list(enumerate(markdown_blocks(text)))
    regions = []
    for index, (level, block) in reversed(found):
        lines = "".join(
            f"<TextLine><TextEquiv><Unicode>{escape(line)}</Unicode></TextEquiv></TextLine>" for line in _lines(block)
        )
        kind = ' type="heading"' if level else ' type="paragraph"'
        regions.append(f'<TextRegion id="r{index}"{kind}>{lines}</TextRegion>')
    order = "".join(f'<RegionRefIndexed index="{index}" regionRef="r{index}"/>' for index, _ in found)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page>'
        f'<ReadingOrder><OrderedGroup id="g">{order}</OrderedGroup></ReadingOrder>'
        + "".join(regions)
        + "</Page></PcGts>"
    ).encode("utf-8")


WRITERS = {"docx": docx, "odt": odt, "html": html, "hocr": hocr, "alto": alto, "page": page_xml}
SUFFIXES = {"docx": ".docx", "odt": ".odt", "html": ".html", "hocr": ".hocr", "alto": ".xml", "page": ".xml"}
