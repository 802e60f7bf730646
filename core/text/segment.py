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
  blank-line separated block;
* **printed columns**: an OCR giving each line of a narrow column as a
  paragraph of its own, mostly stopping mid-sentence: the lines are read back
  into running text first (``core.text.column_layout``).

In every plain layout, a headline followed by its byline in the middle of a
block (typed straight after the previous article's last line) starts an
article too. A byline may be a parenthesised name, a modern credit line
(``本报记者 张三``, ``记者 张三 通讯员 李四``) or a dateline
(``新华社北京11月16日电``); a short name at an article's end (``天笑``) is not a
title.

A line that closes a bracket or quote the text before it left open (``…《经``
/ ``济日报》``) never starts an article, whatever the layout suggests, and a
section head the page repeats (``本地新闻`` over a headline or an untitled
report) is page furniture, in no title.

Whatever the layout, the pieces tile the text: the preamble and the article
regions concatenate back to it exactly, so nothing can be lost on export.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.model import Article, Document
from core.text.column_layout import column_starts, printed_columns
from core.text.furniture import TRAILING, Furniture
from core.text.headlines import clean_title, is_byline, looks_like_title, opening_mark, section_heads
from core.text.lines import Page, visible_length
from core.text.plain_layout import plain_starts, record_starts
from core.text.punctuation import closes_line
from core.text.structure import StructureEdits, apply_edits

__all__ = ["clean_title", "detect_format", "is_byline", "split_issue"]

_HEADING = re.compile(r"(#{1,6})[ \t]+(?=\S)")
_HEADING_ANYWHERE = re.compile(r"(?:\A|(?<=[\r\n]))#{1,6}[ \t]+(?=\S)")
_UNTITLED_NAME_CHARS = 24


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
    page = Page(text)
    lines = page.lines
    columns = printed_columns(page)
    if fmt == "markdown":
        starts = list(_markdown_starts(page))
    else:
        plain = column_starts(page) if columns else plain_starts(page)
        starts = _under_section_heads(page, _outside_brackets(page, record_starts(page) or plain))
    starts = _settled(page, starts if columns else _with_notes(page, starts))
    if edits:
        corrected = apply_edits(
            dict(starts), [line.start for line in lines], edits, [looks_like_title(line.text(text)) for line in lines]
        )
        starts = _settled(page, sorted(corrected.items()))
    return Document(text, tuple(_build_articles(page, starts)), fmt)


def _under_section_heads(page: Page, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``starts`` with section heads (``headlines.section_heads``) as page furniture, out of every title:
    each goes with the article under it, whose headline (if any) is the line below."""
    heads = section_heads(page.content)
    for line in heads:
        page.kinds[line] = Furniture.PAGE
    starts = [(line, count - 1 if line in heads and count else count) for line, count in starts]
    # A section head the text before runs up to, a finished sentence above it: an article starts there too.
    titles = {line + k for line, count in starts for k in range(max(count, 1))}
    for line in sorted(heads - titles):
        if any(c.islower() for c in page.content[line]):
            continue  # a Latin section head is set in capitals; a repeated short word of a column is none
        above = next((k for k in range(line - 1, -1, -1) if not page.blank[k]), None)
        if above is not None and closes_line(page.content[above]):
            starts.append((line, _headline_under(page, line)))
    return sorted(starts)


def _headline_under(page: Page, head: int) -> int:
    """Whether the line under section head ``head`` is its article's headline (1) or its text (0): one that
    reads as a title over a longer line."""
    under = [k for k in range(head + 1, min(head + 4, len(page.lines))) if not page.blank[k]][:2]
    if len(under) < 2 or not looks_like_title(page.content[under[0]], True):
        return 0
    return int(visible_length(page.content[under[1]]) > visible_length(page.content[under[0]]) + 4)


_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"), ("「", "」"), ("【", "】"))


def _outside_brackets(page: Page, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``starts`` without those that close a bracket or quote the text before them left open: a line that
    finishes ``…《经`` with ``济日报》`` goes on from it, wherever a printed column broke it.

    >>> page = "市政新闻要点\\n\\n市政府召开会议。《经\\n\\n济日报》\\n\\n天气预报说明\\n\\n本市明日有雨。\\n"
    >>> [a.title for a in split_issue(page, "plain").articles]
    ['市政新闻要点', '天气预报说明']
    """
    kept: list[tuple[int, int]] = []
    for k, (line, title_lines) in enumerate(starts):
        if kept:
            before = page.text[page.lines[kept[-1][0]].start : page.lines[line].start]
            here = page.content[line]
            if any(
                before.count(opener) > before.count(closer) and 0 <= here.find(closer) < _first(here, opener)
                for opener, closer in _PAIRS
            ):
                # The article starts at the next line of text instead (before the next start).
                end = starts[k + 1][0] if k + 1 < len(starts) else len(page.lines)
                line = next((i for i in range(line + 1, end) if not page.blank[i]), end)
                if line == end:
                    continue
        kept.append((line, title_lines))
    return kept


def _first(text: str, mark: str) -> int:
    at = text.find(mark)
    return len(text) if at < 0 else at


def _settled(page: Page, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``starts`` with page furniture in article frames: each article opens with the furniture that introduces it.

    A start whose lines hold no text (a page marker set off on its own, a rule)
    is dropped, and the furniture before an article's first text line, up to
    the text or the closing jump line of the article before, opens it. The
    title lines of a start count from its first line of text.
    """
    kept = []
    for k, (line, title_lines) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(page.lines)
        if page.first_text(line, end) is not None:
            kept.append((line, title_lines))
    settled = []
    floor = 0
    for line, title_lines in kept:
        top = line
        i = line - 1
        while i >= floor and (page.blank[i] or (page.kinds[i] is not None and page.kinds[i] not in TRAILING)):
            if not page.blank[i]:
                top = i
            i -= 1
        settled.append((top, title_lines))
        floor = line + 1
    return settled


def _markdown_starts(page: Page) -> Iterator[tuple[int, int]]:
    """Lines that start articles, each with its number of title lines (1 for a heading)."""
    text, lines = page.text, page.lines
    levels = {}
    for i, line in enumerate(lines):
        match = _HEADING.match(text, line.start, line.text_end)
        if match:
            levels[i] = len(match.group(1))
    if not levels:
        return
    split_levels = {1, 2} & set(levels.values()) or {min(levels.values())}
    heading_lines = [i for i, level in levels.items() if level in split_levels]
    # Text before the first heading is an untitled article, unless it is only blank or furniture.
    first_text = page.first_text(0, heading_lines[0])
    if first_text is not None:
        yield first_text, 0
    for i in heading_lines:
        yield i, 1


def _with_notes(page: Page, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``starts`` plus untitled notes and captions (◘…, ▲…, ◀…▶) set off after an article's text.

    A titled article whose text opens with such a mark is a column of notes
    under one headline, and keeps them. (Not on a page of printed columns: every
    line is set off there, so a mark opens nothing; a caption sits inside its story.)
    """
    if not starts:
        return starts
    opening = [opening_mark(c) for c in page.content]
    blank = page.blank
    result = []
    for k, (first, title_lines) in enumerate(starts):
        result.append((first, title_lines))
        end = starts[k + 1][0] if k + 1 < len(starts) else len(page.lines)
        body = (page.first_text(first, end) or first) + title_lines
        while body < end and (blank[body] or is_byline(page.content[body])):
            body += 1
        if body >= end or (title_lines and opening[body]):
            continue
        for i in range(body + 1, end):
            if opening[i] and blank[i - 1]:
                result.append((i, 0))
    return result


def _build_articles(page: Page, starts: list[tuple[int, int]]) -> Iterator[Article]:
    text, lines = page.text, page.lines
    for index, (region_line, title_lines) in enumerate(starts):
        next_line = starts[index + 1][0] if index + 1 < len(starts) else len(lines)
        region_start = lines[region_line].start
        region_end = lines[next_line].start if next_line < len(lines) else len(text)
        # Furniture before the first line of text and after the last stays in the frame.
        line_no = page.first_text(region_line, next_line)
        line_no = region_line if line_no is None else line_no
        last = next_line - 1
        while last > line_no and not page.is_text(last):
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
