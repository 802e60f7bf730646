"""Where the articles of a plain text start: headlines set off, items one to a block, titles typed mid-block."""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.text.furniture import Furniture, furniture
from core.text.headlines import (
    BULLETS,
    DATELINE,
    NOTE_MARKS,
    in_capitals,
    is_byline,
    looks_like_title,
    opens_with_dateline,
)
from core.text.lines import Page, visible_length, wide_share
from core.text.punctuation import PARAGRAPH_END, PAUSE, closes_line, ends_with

_MAX_HEADLINE_LINES = 4
_LONG_HEADLINE = 9  # characters a Chinese subhead rarely reaches and a story's headline mostly does
_NUMBERED = re.compile(r"[（(]?[一二三四五六七八九十0-9]+[）)、.．]")
KICKER_DASHES = ("——", "──", "－－", "—")


def plain_starts(page: Page) -> list[tuple[int, int]]:
    """Where the articles of a plain text start: (line index, number of title lines)."""
    reader = _PlainReader(page)
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
    found = dict(sorted(set(starts) | set(reader.glued_starts(blocks))))
    for line, title_lines in reader.report_starts(blocks):
        found.setdefault(line, title_lines)
    return reader.with_bodies_under_titles(sorted(found.items()))


@dataclass(frozen=True, slots=True)
class _Headline:
    lines: int  # how many lines the headline takes
    follows: str  # "end" (nothing after it in its block), "byline" or "body"


class _PlainReader:
    """Line-level judgements about a plain text: blank, byline, headline, prose."""

    def __init__(self, page: Page) -> None:
        self.text, self.lines, self.content, self.blank = page.text, page.lines, page.content, page.blank
        lines = self.lines
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
            while run <= last and visible_length(self.content[run]) == 1:
                run += 1
            if run - i >= 2:  # a title typed one character per line
                i, units = run, units + 1
                continue
            if looks_like_title(self.content[i], strict=in_block):
                i, units = i + 1, units + 1
                continue
            break
        if units == 0:
            return None
        if units > 1 and any(c in PAUSE for k in range(first, i) for c in self.content[k]):
            return None  # commas in a run of short lines: a wrapped paragraph, not a headline
        if i > last:
            return _Headline(i - first, "end")
        if units == _MAX_HEADLINE_LINES and looks_like_title(self.content[i], strict=in_block):
            return None
        if furniture(self.content[i]) is Furniture.JUMP_OUT:
            return None  # a story's last line before its jump (下转第4版), not a headline
        if is_byline(self.content[i]):
            return _Headline(i - first, "byline")
        # A headline is shorter than the paragraph under it; a hard-wrapped column's
        # first line is as long as the next one.
        longest = max(visible_length(self.content[k]) for k in range(first, i))
        body = visible_length(self.content[i])
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
        return closes_line(line) or (bool(line) and (line[-1] in NOTE_MARKS or is_byline(line)))

    def item_starts(self, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Every block is an item; its opening headline, if any, is its title."""
        starts = []
        for first, last in blocks:
            headline = self.opening_headline(first, last)
            starts.append((first, headline.lines if headline else 0))
        return starts

    def in_capitals(self, first: int, count: int, body: int) -> bool:
        """Whether lines ``first`` on (``count`` of them) are a Latin headline in capitals above line ``body``."""
        return in_capitals(" ".join(self.content[first : first + count]), self.content[body])

    def glued_starts(self, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Titles typed straight after the previous article: a headline and its byline mid-block, a
        headline in capitals, or with its dashed kicker, above a longer line, or one under a brief (a
        bulleted item is one paragraph: what reads as a headline after it opens the next story)."""
        starts = []
        for first, last in blocks:
            i = first + 1
            while i < last:
                headline = self.headline(i, last, in_block=True) if self.closes(i - 1) else None
                typed_on = headline is not None and (
                    headline.follows == "byline"
                    or (headline.follows == "body" and self.in_capitals(i, headline.lines, i + headline.lines))
                    or (headline.follows == "body" and self.with_kicker(i, headline.lines))
                    or (headline.follows == "body" and headline.lines == 1 and self.long_headline(i))
                    or (headline.follows == "body" and self.content[i - 1].lstrip()[:1] in BULLETS)
                )
                if typed_on and headline is not None and not self.opening_credit(i - 1):
                    starts.append((i, headline.lines))
                    i += headline.lines + 1
                else:
                    i += 1
        return starts

    def long_headline(self, i: int) -> bool:
        """Whether line ``i`` reads as a story's headline over the text under it, not a subhead inside a
        story: a line of ideographs with no pause or stop in it, too long for a subhead, not numbered, over
        a paragraph at least twice as long."""
        line = self.content[i].strip()
        visible = "".join(line.split())
        if len(visible) < _LONG_HEADLINE or any(c in PAUSE or c in PARAGRAPH_END for c in visible):
            return False
        if _NUMBERED.match(visible) or wide_share(visible) < 0.75:
            return False
        return visible_length(self.content[i + 1]) >= 2 * len(visible)

    def with_kicker(self, first: int, count: int) -> bool:
        """Whether lines ``first`` on (``count`` of them) are a headline over its kicker, the kicker's line
        opening with a dash (``——记…``): a subhead inside a story has none."""
        opening = self.content[first].lstrip()
        return (
            count >= 2
            and not opening.startswith(KICKER_DASHES)
            and (self.content[first + count - 1].lstrip().startswith(KICKER_DASHES))
        )

    def opening_credit(self, i: int) -> bool:
        """Whether line ``i`` is a credit under a headline (``荷蘭跳舞`` / ``（丹翁）``), not one closing the text
        before it (``…than was expected.`` / ``(From our Correspondent)``)."""
        if not is_byline(self.content[i]):
            return False
        above = next((k for k in range(i - 1, -1, -1) if not self.blank[k]), None)
        if above is None:
            return True
        line = self.content[above].strip()
        # A source line (《经济日报》) ends a reprinted article's text, as a finished sentence does.
        return not ends_with(line, PARAGRAPH_END) and not (line.startswith("《") and line.endswith("》"))

    def after_closing_credit(self, i: int) -> bool:
        """Whether line ``i`` is text right after a credit that closes the article before it: one under a
        finished sentence, not under a caption (``▲…``) whose photographer it names."""
        line = self.content[i]
        if i < 2 or is_byline(line) or furniture(line) is not None or not is_byline(self.content[i - 1]):
            return False
        above = self.content[i - 2].strip()
        return not self.opening_credit(i - 1) and not self.blank[i - 2] and above[:1] not in NOTE_MARKS

    def with_bodies_under_titles(self, starts: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``starts`` without an untitled start right under a headline and its credit lines: that is its body."""
        kept: list[tuple[int, int]] = []
        for line, title_lines in starts:
            if kept and title_lines == 0 and kept[-1][1]:
                under = range(kept[-1][0] + kept[-1][1], line)
                if all(self.blank[k] or is_byline(self.content[k]) for k in under):
                    continue
            kept.append((line, title_lines))
        return kept

    def report_starts(self, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Reports typed one after another inside a block: each opens with a run-in dateline or a bullet.

        A page with no blank line anywhere still starts a report on a new line
        with where and when it was filed (``本报北京9月29日电``, ``LONDON, June
        21.—``), its headline, if any, on the lines just above; a column of
        briefs opens each with a bullet (■). Text right after a credit that closes the report before
        starts one too, headline or not.
        """
        starts = []
        for first, last in blocks:
            for i in range(first + 1, last + 1):
                bullet = self.content[i].lstrip()[:1] in BULLETS
                if self.after_closing_credit(i):
                    headline = self.headline(i, last, in_block=True)
                    starts.append((i, headline.lines if headline is not None else 0))
                    continue
                if not bullet and not opens_with_dateline(self.content[i]):
                    continue
                top = i
                while top > first and i - top < (1 if bullet else 3) and looks_like_title(self.content[top - 1], True):
                    top -= 1
                if top < i:
                    if top == first or self.closes(top - 1):
                        starts.append((top, i - top))
                    continue
                above = self.content[i - 1]
                if is_byline(above) and i - 2 >= first and looks_like_title(self.content[i - 2]):
                    continue  # title / byline / body: the article starts at its title
                if ends_with(above.rstrip(), PARAGRAPH_END) or is_byline(above):
                    starts.append((i, 0))
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
            credit = is_byline(content)
            if (previous_byline and not credit) or not seen_content:
                starts.append((i, 0))  # (a second credit line under the first closes the same article)
            previous_title = False
            # A dateline opens a body; only a credit can close an article.
            previous_byline = credit and not DATELINE.fullmatch(content.strip()) and i != opening_byline_at
            seen_content = True
            i += 1
        return starts


def record_starts(page: Page) -> list[tuple[int, int]]:
    """Where the records of a database export start: at each rule, when the rules open records.

    A rule opens a record when metadata (an article number, a ``paper | date |
    page`` line) follows it, as in the exports of newspaper databases; inside a
    record blank lines separate paragraphs, not articles. Title lines count from
    the record's first line of text. Empty when the text is not such an export.
    """
    kinds, lines = page.kinds, page.lines
    rules = [i for i, kind in enumerate(kinds) if kind is Furniture.RULE]
    opening = [i for i in rules if any(kind is Furniture.METADATA for kind in kinds[i + 1 : i + 4])]
    if len(opening) < 2 or len(opening) * 2 < len(rules):
        return []
    reader = _PlainReader(page)
    starts = []
    first_text = next((i for i, kind in enumerate(kinds) if kind is None and not reader.blank[i]), len(lines))
    if first_text < rules[0]:
        starts.append((first_text, 0))  # text before the first record
    for k, rule in enumerate(rules):
        end = rules[k + 1] if k + 1 < len(rules) else len(lines)
        body = next((i for i in range(rule + 1, end) if kinds[i] is None and not reader.blank[i]), None)
        if body is None:
            continue
        headline = reader.headline(body, reader.block_last[body], in_block=False)
        starts.append((rule, headline.lines if headline is not None else 0))
    return starts
