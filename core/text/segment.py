"""Splitting a decoded issue into articles, losslessly.

Layouts recognised:

* **markdown**: ``#`` and ``##`` headings start articles (when a file uses only
  deeper headings, its shallowest level does);
* **plain, titles set off**: a headline (one to a few short lines without
  sentence-ending punctuation) stands alone between blank lines above its
  body, and a byline in parentheses such as ``(融媒体 裴崇旭)`` closes an
  article;
* **plain, one block per item**: a blank line separates items and none falls
  inside one, each item opening with its headline and byline lines (``荷蘭跳舞``
  / ``（丹翁）`` / body, one line per paragraph) or standing untitled (a note
  opening with ◘ or ▲, a caption, a notice). A page is read this way when its
  blocks open with headlines more often than headlines stand alone;
* plain text with neither (OCR of Latin-script papers, say): one article per
  blank-line separated block.

In every plain layout, a headline followed by its byline in the middle of a
block (typed straight after the previous article's last line) starts an
article too. A byline may be a parenthesised name, a modern credit line
(``本报记者 张三``, ``记者 张三 通讯员 李四``) or a dateline
(``新华社北京11月16日电``); a short name at an article's end (``天笑``) is not a
title.

Whatever the layout, the pieces tile the text: the preamble and the article
regions concatenate back to it exactly, so nothing can be lost on export.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from core.model import Article, Document
from core.text.punctuation import CLOSING, PARAGRAPH_END, PAUSE, PROSE_END, ends_with
from core.text.structure import StructureEdits, apply_edits

_HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_HEADING_ANYWHERE = re.compile(r"(?:\A|(?<=[\r\n]))#{1,6}[ \t]+(?=\S)")
_EMPHASIS = re.compile(r"^[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}$")
_PARENTHESISED = r"[(（][^()（）\n]{1,40}[)）]"
_BYLINE = re.compile(rf"{_PARENTHESISED}(?:[ \t\u3000]*{_PARENTHESISED}){{0,3}}")
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# Modern credit lines: 本报记者 张三, 记者 张三 通讯员 李四, 融媒体记者 王五.
_CREDIT = re.compile(
    rf"(?:(?:本[报報]|融媒体|特约|實習|实习|见习|見習)?(?:记者|記者|通讯员|通訊員|评论员|評論員)"
    rf"[ \t\u3000]*{_NAME}(?:[ 、\t\u3000]+{_NAME})*[ \t\u3000]*)+"
)
# A dateline such as 东昌府讯 or 新华社北京11月17日电 opens a body; it is never a title.
_DATELINE = re.compile(r".{0,20}(讯|訊|\d+日电|社电|日電|社電)")
# Marks that open or close an untitled note or a caption (◘…◘, ▲…, ◀…▶).
_NOTE_MARKS = frozenset("◘▲△◆◇■□●○★☆◀▶►◄")
_MAX_TITLE_CHARS = 48
_MAX_HEADLINE_LINES = 4
_UNTITLED_NAME_CHARS = 24
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


class _Line(NamedTuple):  # a tuple: made for every line of an issue, and a dataclass is slower to make
    start: int  # offset of the line's first character
    text_end: int  # offset just past the line's last non-newline character
    end: int  # offset just past its line break

    def text(self, source: str) -> str:
        return source[self.start : self.text_end]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _lines(text: str) -> list[_Line]:
    """Lines with their offsets; only \\n, \\r\\n and \\r break lines.

    >>> [tuple(line) for text in ("a\\r\\nb\\rc\\n\\nd", "", "a\\n") for line in _lines(text)]
    [(0, 1, 3), (3, 4, 5), (5, 6, 7), (7, 7, 8), (8, 9, 9), (0, 0, 0), (0, 1, 2)]
    """
    lines: list[_Line] = []
    start = 0
    for line_break in _LINE_BREAK.finditer(text):
        lines.append(_Line(start, line_break.start(), line_break.end()))
        start = line_break.end()
    if start < len(text) or not lines:
        lines.append(_Line(start, len(text), len(text)))
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


def is_byline(line: str) -> bool:
    """A credit line: a short name in parentheses, a reporter's credit, or a dateline alone.

    >>> [is_byline(x) for x in ["（丹翁）", "（一枝）（鷦寄）", "本报记者 张三", "新华社北京11月16日电"]]
    [True, True, True, True]
    >>> [is_byline(x) for x in ["(融媒体 裴崇旭)之后还有字", "天笑", "记者节"]]
    [False, False, False]
    """
    stripped = line.strip()
    return bool(stripped) and (
        _BYLINE.fullmatch(stripped) is not None
        or _CREDIT.fullmatch(stripped) is not None
        or _DATELINE.fullmatch(stripped) is not None
    )


def _looks_like_title(line: str, strict: bool = False) -> bool:
    """Whether ``line`` could be (part of) a headline.

    ``strict`` is for a headline with its body right under it, no blank line
    between: a Latin-script line must then be in capitals, since a hard-wrapped
    column's lines are just as short as a headline.
    """
    stripped = line.strip()
    if not stripped or is_byline(stripped) or stripped[0] in _NOTE_MARKS:
        return False  # a note or a caption (◘…◘) stands untitled
    if _visible_length(stripped) > _MAX_TITLE_CHARS or _visible_length(stripped) < 2:
        return False
    if "。" in stripped or ends_with(stripped, PROSE_END):
        return False
    # Headlines rarely hold a whole clause list; a line with several commas is prose.
    if sum(stripped.count(c) for c in "，,") >= 2:
        return False
    if strict:
        latin = _LATIN_LETTER.findall(stripped)
        if latin and len(latin) * 2 > _visible_length(stripped) and any(c.islower() for c in latin):
            return False
    # A title has letters or ideographs, not just numbers and marks (a page number, a rule).
    return any(unicodedata.category(c).startswith("L") for c in stripped)


def detect_format(text: str) -> str:
    """``"markdown"`` when the text has ATX headings, else ``"plain"``."""
    # The pattern's look-behind is tried at every offset; most plain texts have no "#" at all.
    return "markdown" if "#" in text and _HEADING_ANYWHERE.search(text) else "plain"


def split_issue(text: str, fmt: str | None = None, edits: StructureEdits | None = None) -> Document:
    """Split ``text`` into a preamble and articles.

    ``fmt`` is ``"markdown"``, ``"plain"`` or None to detect it; ``edits`` are
    the proofreader's corrections (see ``core.text.structure``), applied last.

    >>> doc = split_issue("# 标题一\\n\\n正文。\\n\\n# 标题二\\n\\n正文二。\\n")
    >>> [a.title for a in doc.articles]
    ['标题一', '标题二']
    >>> doc.content(doc.articles[0])
    '标题一\\n\\n正文。'
    """
    fmt = fmt or detect_format(text)
    lines = _lines(text)
    starts = list(_markdown_starts(text, lines)) if fmt == "markdown" else _plain_starts(text, lines)
    starts = _with_notes(text, lines, starts)
    if edits:
        corrected = apply_edits(
            dict(starts), [line.start for line in lines], edits, [_looks_like_title(line.text(text)) for line in lines]
        )
        starts = sorted(corrected.items())
    return Document(text, tuple(_build_articles(text, lines, starts)), fmt)


def _markdown_starts(text: str, lines: list[_Line]) -> Iterator[tuple[int, int]]:
    """Lines that start articles, each with its number of title lines (1 for a heading)."""
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
        yield next(i for i in range(first) if not _is_blank(lines[i].text(text))), 0
    for i in heading_lines:
        yield i, 1


def _with_notes(text: str, lines: list[_Line], starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``starts`` plus untitled notes and captions (◘…, ▲…, ◀…▶) set off after an article's text.

    A titled article whose text opens with such a mark is a column of notes
    under one headline, and keeps them.
    """
    if not starts:
        return starts
    opening = [_opening_mark(line.text(text)) for line in lines]
    blank = [_is_blank(line.text(text)) for line in lines]
    result = []
    for k, (first, title_lines) in enumerate(starts):
        result.append((first, title_lines))
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        body = first + title_lines
        while body < end and (blank[body] or is_byline(lines[body].text(text))):
            body += 1
        if body >= end or (title_lines and opening[body]):
            continue
        for i in range(body + 1, end):
            if opening[i] and blank[i - 1]:
                result.append((i, 0))
    return result


def _opening_mark(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and stripped[0] in _NOTE_MARKS


def _plain_starts(text: str, lines: list[_Line]) -> list[tuple[int, int]]:
    """Where the articles of a plain text start: (line index, number of title lines)."""
    reader = _PlainReader(text, lines)
    blocks = reader.blocks()
    in_block = sum(1 for first, last in blocks if reader.opening_headline(first, last) is not None)
    set_off = sum(
        1 for k, (first, last) in enumerate(blocks) if k + 1 < len(blocks) and reader.headline_alone(first, last)
    )
    # Blocks are whole items when their headlines sit inside them (title / byline / body,
    # one blank line between items) more often than alone above a body.
    if in_block > set_off:
        starts = reader.item_starts(blocks)
    else:
        starts = reader.title_starts()
        if not any(count for _, count in starts):
            starts = [(first, 0) for first, _ in blocks]
    return sorted(set(starts) | set(reader.glued_starts(blocks)))


@dataclass(frozen=True, slots=True)
class _Headline:
    lines: int  # how many lines the headline takes
    follows: str  # "end" (nothing after it in its block), "byline" or "body"


class _PlainReader:
    """Line-level judgements about a plain text: blank, byline, headline, prose."""

    def __init__(self, text: str, lines: list[_Line]) -> None:
        self.text = text
        self.lines = lines
        self.content = [line.text(text) for line in lines]
        self.blank = [_is_blank(c) for c in self.content]
        # For each line, the last line of its block (found once, not rescanned from every line).
        self.block_last = list(range(len(lines)))
        for i in range(len(lines) - 2, -1, -1):
            if not self.blank[i] and not self.blank[i + 1]:
                self.block_last[i] = self.block_last[i + 1]

    def blocks(self) -> list[tuple[int, int]]:
        """(first, last) line indexes of each run of non-blank lines."""
        blocks: list[tuple[int, int]] = []
        for i, blank in enumerate(self.blank):
            if blank:
                continue
            if blocks and blocks[-1][1] == i - 1:
                blocks[-1] = (blocks[-1][0], i)
            else:
                blocks.append((i, i))
        return blocks

    def headline(self, first: int, last: int, in_block: bool) -> _Headline | None:
        """The headline starting at line ``first`` of a block ending at ``last``, if one does.

        A headline is one to a few title-like lines (a kicker or subtitle included),
        or a title typed one character per line. A longer run of short lines is
        verse or hard-wrapped text, not a headline.
        """
        i = first
        units = 0
        while i <= last and units < _MAX_HEADLINE_LINES:
            run = i
            while run <= last and _visible_length(self.content[run]) == 1:
                run += 1
            if run - i >= 2:  # a title typed one character per line
                i, units = run, units + 1
                continue
            if _looks_like_title(self.content[i], strict=in_block):
                i, units = i + 1, units + 1
                continue
            break
        if units == 0:
            return None
        if units > 1 and any(c in PAUSE for k in range(first, i) for c in self.content[k]):
            return None  # commas in a run of short lines: a wrapped paragraph, not a headline
        if i > last:
            return _Headline(i - first, "end")
        if units == _MAX_HEADLINE_LINES and _looks_like_title(self.content[i], strict=in_block):
            return None
        if is_byline(self.content[i]):
            return _Headline(i - first, "byline")
        # A headline is shorter than the paragraph under it; a hard-wrapped column's
        # first line is as long as the next one.
        longest = max(_visible_length(self.content[k]) for k in range(first, i))
        body = _visible_length(self.content[i])
        if in_block and (body < longest * 1.5 or body < longest + 4):
            return None
        return _Headline(i - first, "body")

    def opening_headline(self, first: int, last: int) -> _Headline | None:
        """A headline opening a block that goes on with a byline or a body."""
        headline = self.headline(first, last, in_block=True)
        return headline if headline is not None and headline.follows != "end" else None

    def headline_alone(self, first: int, last: int) -> bool:
        """Whether the block is nothing but a headline (set off above its body)."""
        headline = self.headline(first, last, in_block=False)
        return headline is not None and headline.follows == "end"

    def closes(self, i: int) -> bool:
        """Whether line ``i`` can end an article: a full stop, a byline, a closing mark."""
        line = self.content[i].rstrip()
        return bool(line) and (
            ends_with(line, PARAGRAPH_END) or line[-1] in CLOSING or line[-1] in _NOTE_MARKS or is_byline(line)
        )

    def item_starts(self, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Every block is an item; its opening headline, if any, is its title."""
        starts = []
        for first, last in blocks:
            headline = self.opening_headline(first, last)
            starts.append((first, headline.lines if headline else 0))
        return starts

    def glued_starts(self, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Titles typed straight after the previous article: a headline and its byline mid-block."""
        starts = []
        for first, last in blocks:
            i = first + 1
            while i < last:
                headline = self.headline(i, last, in_block=True) if self.closes(i - 1) else None
                if headline is not None and headline.follows == "byline" and not is_byline(self.content[i - 1]):
                    starts.append((i, headline.lines))
                    i += headline.lines + 1
                else:
                    i += 1
        return starts

    def title_starts(self) -> list[tuple[int, int]]:
        """Titles set off by blank lines (or followed by a byline); a closing byline ends an article."""
        starts: list[tuple[int, int]] = []
        last_content = max((i for i, b in enumerate(self.blank) if not b), default=-1)
        previous_byline = False  # the last non-blank line was a byline closing an article
        previous_title = False
        opening_byline_at = -1  # a byline right under a headline opens its article
        seen_content = False
        i = 0
        while i < len(self.lines):
            if self.blank[i]:
                i += 1
                continue
            content = self.content[i]
            set_off_before = i == 0 or self.blank[i - 1] or previous_byline
            block_last = self.block_last[i]
            headline = None
            if set_off_before and i < last_content and not previous_title:
                headline = self.headline(i, block_last, in_block=False)
                if headline is not None and headline.follows == "body" and not previous_byline:
                    headline = None  # a short first line of a paragraph block
                if headline is not None and headline.follows == "byline":
                    headline = self.headline(i, block_last, in_block=True) or headline
            if headline is not None:
                starts.append((i, headline.lines))
                # The byline right under a headline (or set off below it) opens the article.
                opening_byline_at = i + headline.lines
                while opening_byline_at < len(self.lines) and self.blank[opening_byline_at]:
                    opening_byline_at += 1
                previous_title = headline.follows == "end"
                previous_byline = False
                seen_content = True
                i += headline.lines
                continue
            if previous_byline or not seen_content:
                starts.append((i, 0))
            previous_title = False
            # A dateline opens a body; only a credit can close an article.
            previous_byline = is_byline(content) and not _DATELINE.fullmatch(content.strip()) and i != opening_byline_at
            seen_content = True
            i += 1
        return starts


def _build_articles(text: str, lines: list[_Line], starts: list[tuple[int, int]]) -> Iterator[Article]:
    for index, (line_no, title_lines) in enumerate(starts):
        next_line = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        region_start = lines[line_no].start
        region_end = lines[next_line].start if next_line < len(lines) else len(text)
        last = next_line - 1
        while last > line_no and _is_blank(lines[last].text(text)):
            last -= 1
        content_end = lines[last].text_end
        first = lines[line_no]
        if title_lines:
            marker = _HEADING.match(text, first.start, first.text_end)
            content_start = marker.end() if marker else first.start
            title_end = lines[min(line_no + title_lines - 1, last)].text_end
            raw = text[content_start:title_end]
            title = clean_title(" ".join(line.rstrip("#") for line in raw.splitlines()))
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
