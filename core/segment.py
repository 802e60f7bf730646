"""Splitting a decoded issue into articles, losslessly.

Two layouts are recognised:

* **markdown**: ``#`` and ``##`` headings start articles (when a file uses only
  deeper headings, its shallowest level does);
* **plain**: a title is a short line without sentence-ending punctuation, set
  off by blank lines, and a byline in parentheses such as ``(融媒体 裴崇旭)``
  closes an article. Plain text with no such titles (OCR of Latin-script
  papers, say) falls back to one article per blank-line separated block.

Whatever the layout, the pieces tile the text: the preamble and the article
regions concatenate back to it exactly, so nothing can be lost on export.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from core.model import Article, Document

_HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_HEADING_ANYWHERE = re.compile(r"(?:\A|(?<=[\r\n]))#{1,6}[ \t]+(?=\S)")
_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
_BYLINE = re.compile(r"[(（][^()（）\n]{1,40}[)）]")
# A dateline such as 东昌府讯 or 新华社北京11月17日电 opens a body; it is never a title.
_DATELINE = re.compile(r".{0,20}(讯|\d+日电|社电)")
_SENTENCE_END = frozenset("。！？!?；;，,、：:…．.")
_CLOSING_QUOTES = frozenset("”’\"'」』》）)]】")
_MAX_TITLE_CHARS = 48
_UNTITLED_NAME_CHARS = 24


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line's first character
    text_end: int  # offset just past the line's last non-newline character
    end: int  # offset just past its line break

    def text(self, source: str) -> str:
        return source[self.start : self.text_end]


def _lines(text: str) -> list[_Line]:
    """Lines with their offsets; only \\n, \\r\\n and \\r break lines."""
    lines = []
    for match in re.finditer(r"[^\r\n]*(\r\n|\r|\n|$)", text):
        if match.start() == len(text) and lines:
            break
        break_len = len(match.group(1))
        lines.append(_Line(match.start(), match.end() - break_len, match.end()))
        if match.end() == len(text):
            break
    return lines


def _is_blank(line: str) -> bool:
    return not line.strip()


def clean_title(raw: str) -> str:
    """A title for display and pairing: trimmed, layout spaces between CJK removed.

    >>> clean_title("区综合行政执法局 开展重点街巷及便民市场 专项督导检查活动 ")
    '区综合行政执法局开展重点街巷及便民市场专项督导检查活动'
    >>> clean_title("  The   Cairo  Daily ")
    'The Cairo Daily'
    >>> clean_title("**区民政局组织收看**")
    '区民政局组织收看'
    """
    # Emphasis marks around a whole title (a markdown export without headings) are layout too.
    words = _EMPHASIS.sub("", raw.strip()).split()
    if not words:
        return ""
    joined = words[0]
    for word in words[1:]:
        if _is_wide(joined[-1]) or _is_wide(word[0]):
            joined += word
        else:
            joined += " " + word
    return joined


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _visible_length(line: str) -> int:
    return len("".join(line.split()))


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip()
    while stripped and stripped[-1] in _CLOSING_QUOTES:
        # A closing quote or bracket only ends a sentence when punctuation precedes it,
        # but a title may legitimately end in a quote (“前哨”防线 does not; “双统筹” does).
        stripped = stripped[:-1]
        if stripped and stripped[-1] in _SENTENCE_END:
            return True
        return False
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def is_byline(line: str) -> bool:
    """A short line wholly in parentheses, like ``(融媒体 裴崇旭)`` or ``（区民政局）``."""
    return _BYLINE.fullmatch(line.strip()) is not None


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    if not stripped or is_byline(stripped) or _DATELINE.fullmatch(stripped):
        return False
    if _visible_length(stripped) > _MAX_TITLE_CHARS or _visible_length(stripped) < 2:
        return False
    if "。" in stripped or _ends_sentence(stripped):
        return False
    # Headlines rarely hold a whole clause list; a line with several commas is prose.
    if sum(stripped.count(c) for c in "，,") >= 2:
        return False
    # A title has letters or ideographs, not just numbers and marks (a page number, a rule).
    return any(unicodedata.category(c).startswith("L") for c in stripped)


def detect_format(text: str) -> str:
    """``"markdown"`` when the text has ATX headings, else ``"plain"``."""
    return "markdown" if _HEADING_ANYWHERE.search(text) else "plain"


def split_issue(text: str, fmt: str | None = None) -> Document:
    """Split ``text`` into a preamble and articles.

    ``fmt`` is ``"markdown"``, ``"plain"`` or None to detect it.

    >>> doc = split_issue("# 标题一\\n\\n正文。\\n\\n# 标题二\\n\\n正文二。\\n")
    >>> [a.title for a in doc.articles]
    ['标题一', '标题二']
    >>> doc.content(doc.articles[0])
    '标题一\\n\\n正文。'
    """
    fmt = fmt or detect_format(text)
    lines = _lines(text)
    if fmt == "markdown":
        starts = list(_markdown_starts(text, lines))
    else:
        starts = list(_plain_starts(text, lines))
        if not any(has_title for _, has_title in starts):
            starts = list(_block_starts(text, lines))
    return Document(text, tuple(_build_articles(text, lines, starts)), fmt)


def _markdown_starts(text: str, lines: list[_Line]) -> Iterator[tuple[int, bool]]:
    """Indexes of lines that start articles, each with whether it is a title line."""
    levels = {}
    for i, line in enumerate(lines):
        match = _HEADING.match(text, line.start, line.text_end)
        if match:
            levels[i] = len(match.group(1))
    if not levels:
        return
    split_levels = {1, 2} & set(levels.values()) or {min(levels.values())}
    heading_lines = [i for i, level in levels.items() if level in split_levels]
    # Text before the first heading is an untitled article, unless it is only blank.
    first = heading_lines[0]
    if any(not _is_blank(lines[i].text(text)) for i in range(first)):
        yield next(i for i in range(first) if not _is_blank(lines[i].text(text))), False
    for i in heading_lines:
        yield i, True


def _plain_starts(text: str, lines: list[_Line]) -> Iterator[tuple[int, bool]]:
    """Title lines, and the first line after a byline when it is not one."""
    blank = [_is_blank(line.text(text)) for line in lines]
    last_content = max((i for i, b in enumerate(blank) if not b), default=-1)
    previous_byline = False
    previous_title = False
    previous_content: int | None = None  # index of the last non-blank line seen
    for i, line in enumerate(lines):
        if blank[i]:
            continue
        content = line.text(text)
        set_off_before = i == 0 or blank[i - 1] or previous_byline
        set_off_after = i + 1 < len(lines) and blank[i + 1]
        has_more = i < last_content
        # A title is followed by a body, so the line right after one is body text.
        is_title = (
            set_off_before
            and has_more
            and not previous_title
            and _looks_like_title(content)
            and (set_off_after or previous_byline)
        )
        if is_title:
            yield i, True
        elif previous_byline or previous_content is None:
            yield i, False
        previous_title = is_title
        previous_byline = is_byline(content)
        previous_content = i


def _block_starts(text: str, lines: list[_Line]) -> Iterator[tuple[int, bool]]:
    """Each block of non-blank lines after a blank line starts an untitled article."""
    after_blank = True
    for i, line in enumerate(lines):
        if _is_blank(line.text(text)):
            after_blank = True
        elif after_blank:
            after_blank = False
            yield i, False


def _build_articles(
    text: str, lines: list[_Line], starts: list[tuple[int, bool]]
) -> Iterator[Article]:
    for index, (line_no, has_title) in enumerate(starts):
        next_line = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        region_start = lines[line_no].start
        region_end = lines[next_line].start if next_line < len(lines) else len(text)
        last = next_line - 1
        while last > line_no and _is_blank(lines[last].text(text)):
            last -= 1
        content_end = lines[last].text_end
        first = lines[line_no]
        if has_title:
            marker = _HEADING.match(text, first.start, first.text_end)
            content_start = marker.end() if marker else first.start
            title_end = first.text_end
            title = clean_title(text[content_start:title_end].rstrip("#"))
        else:
            content_start = title_end = first.start
            title = _first_words(text[content_start:content_end])
        yield Article(index, title, region_start, region_end, content_start, content_end, title_end)


def _first_words(body: str) -> str:
    """A name for an untitled article: the start of its first line."""
    first_line = clean_title(body.strip().split("\n", 1)[0])
    if len(first_line) <= _UNTITLED_NAME_CHARS:
        return first_line
    cut = first_line[:_UNTITLED_NAME_CHARS]
    head, space, _ = cut.rpartition(" ")
    if space and len(head) >= _UNTITLED_NAME_CHARS // 2:
        cut = head
    return cut + "…"
