"""Where the articles start on a page of printed columns: an OCR that gives one line per column.

On such a page most lines of text are short and stop mid-sentence, so line
breaks and blank lines say nothing: the column cut every line. The lines are
first joined into runs (a line that fills the column and stops mid-sentence
runs on into the next, unless it is a headline in capitals or the next opens
with a dateline, a bullet, a caption mark or a kicker's dash; and so does a
line the next goes on from with a comma or a closing bracket), then an
article starts at

* a headline: a run of a few lines that ends no sentence or reads as a title,
  whole or as junk, with any kicker run after it (the story's text follows);
* a bullet (``■ ● ◆``) opening a brief;
* a run opening with a dateline after one that finished a sentence (a report
  with no headline);
* the first run of the page.

A credit (``（本报记者 王五 通讯员 赵六）``, cut by the column or not) ends its
article and a caption (``▲…``) stays in it.
"""

from __future__ import annotations

from core.text.headlines import BULLETS, in_capitals, is_byline, looks_like_title, opens_with_dateline
from core.text.lines import Page, visible_length, wide_share
from core.text.punctuation import PARAGRAPH_END, ends_with

CONTINUING = tuple("，、。；：！？）》」』】”’,;:)")
"""Marks that only follow text: a line opening with one goes on from the line before."""
COLUMN_SHARE = 0.6
"""Share of a page's lines of text that must be short and stop mid-sentence for it to read as printed columns."""
COLUMN_WIDTH = 40  # characters a printed column's line has at most
_CAPTION_MARKS = ("▲", "△")
_MAX_HEADLINE_LINES = 3
_NARROWEST = 6  # characters the narrowest printed column holds


def printed_columns(page: Page) -> bool:
    """Whether ``page`` gives each line of a printed column as a paragraph of its own: at least 20 lines
    of text, mostly short, cut mid-sentence and set off by blank lines (where lines run on without blank
    lines, a line break already makes no article).

    >>> printed_columns(Page("".join(f"第{k}行文字没有写完\\n\\n" for k in range(30))))
    True
    >>> printed_columns(Page("".join(f"第{k}行文字没有写完\\n" for k in range(30))))
    False
    >>> printed_columns(Page("".join(f"第{k}段文字写完了。\\n\\n" for k in range(30))))
    False
    """
    return _in_columns(page.content, [i for i in range(len(page.lines)) if page.is_text(i)])


def lines_in_columns(content: list[str]) -> bool:
    """``printed_columns`` for lines alone (page furniture counted as text)."""
    return _in_columns(content, [i for i, line in enumerate(content) if line.strip()])


def _in_columns(content: list[str], text_lines: list[int]) -> bool:
    share = COLUMN_SHARE * len(text_lines)
    set_off = sum(1 for i in text_lines if i + 1 < len(content) and not content[i + 1].strip())
    return len(text_lines) >= 20 and set_off >= share and len(_cut_lines(content, text_lines)) >= share


def column_starts(page: Page) -> list[tuple[int, int]]:
    """Where the articles of a page of printed columns start: (line index, number of title lines)."""
    text_lines = [i for i in range(len(page.lines)) if page.is_text(i)]
    runs = _runs(page, text_lines)
    starts: list[tuple[int, int]] = []
    headline_open = False  # the run before ended no sentence: a headline or its kicker, the text to come
    for run in runs:
        text = "".join(page.content[i].strip() for i in run)
        finished = _finished(text)
        if is_byline(text) or text.startswith(_CAPTION_MARKS):
            headline_open = False
            continue
        bullet = text[:1] in BULLETS
        headline = not bullet and len(run) <= _MAX_HEADLINE_LINES and (not finished or looks_like_title(text))
        if bullet or not starts or (not headline_open and (headline or opens_with_dateline(text))):
            starts.append((run[0], len(run) if headline else 0))
        headline_open = headline
    return starts


def _cut_lines(content: list[str], text_lines: list[int]) -> set[int]:
    """The lines of text short enough for a printed column that stop mid-sentence (a credit ends its text)."""
    return {
        i
        for i in text_lines
        if visible_length(content[i]) <= COLUMN_WIDTH and not _finished(content[i]) and not is_byline(content[i])
    }


def _runs(page: Page, text_lines: list[int]) -> list[list[int]]:
    """The lines of text joined where a column cut them: each run is one stretch of running text."""
    cut = _cut_lines(page.content, text_lines)
    widths = [visible_length(page.content[i]) for i in text_lines]
    runs: list[list[int]] = []
    for k, i in enumerate(text_lines):
        line = page.content[i].strip()
        opens = opens_with_dateline(line) or line[:1] in BULLETS or line.startswith((*_CAPTION_MARKS, "——"))
        before = page.content[text_lines[k - 1]] if k else ""
        if (
            runs
            and (
                (
                    text_lines[k - 1] in cut
                    and (_fills(widths, k - 1, wide_share(before) > 0.5) or (i in cut and _as_wide(widths, k - 1)))
                    and not opens
                    and not in_capitals(before, line)
                    and not is_byline(before)  # (a credit the column cut runs on as a bracket left open)
                    and not (k >= 3 and _closing_credit(page, text_lines[k - 3 : k - 1]) and looks_like_title(before))
                )
                or line.startswith(CONTINUING)
                or _left_open(page.content[text_lines[k - 1]])
            )
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _finished(line: str) -> bool:
    """Whether ``line`` ends a sentence or a clause (a quotation or bracket closing after its mark too:
    ``…双胜利。”``, not a quoted term, ``…“高效统筹”``, which the next line may go on from)."""
    return ends_with(line.rstrip(), PARAGRAPH_END)


def _closing_credit(page: Page, lines: list[int]) -> bool:
    """Whether the second of two lines is a credit closing the text of the first (a finished sentence):
    what follows it starts the next story, its headline a line of its own, however wide."""
    above, credit = (page.content[i].strip() for i in lines)
    return is_byline(credit) and _finished(above) and not above.startswith(_CAPTION_MARKS)


def _fills(widths: list[int], k: int, ideographs: bool) -> bool:
    """Whether line ``k`` is about as wide as the column it stands in (the median of the lines around it:
    articles may be set in columns of different widths, and a headline or a paragraph's end is no guide),
    no narrower, and for a line of ``ideographs`` no wider."""
    around = sorted(widths[max(0, k - 4) : k + 5])
    column = around[len(around) // 2]
    if widths[k] < column - max(1, column // 6):
        return False
    # Ideographs are set one to a square, so a line of them much wider than the column is set across
    # columns: a headline, not a column's line. Latin letters vary in width: their count says less.
    return not ideographs or widths[k] <= column + max(1, column // 8)


def _as_wide(widths: list[int], k: int) -> bool:
    """Whether line ``k`` is as wide as the next, a line's worth of text or more: both fill a column
    narrower than those around it (briefs set in a narrow column)."""
    return widths[k] >= _NARROWEST and abs(widths[k] - widths[k + 1]) <= 1


def _left_open(line: str) -> bool:
    """Whether ``line`` opens a bracket it does not close (a credit or a title the column broke)."""
    return any(line.count(opener) > line.count(closer) for opener, closer in (("（", "）"), ("(", ")"), ("《", "》")))
