"""Article boundaries where the two versions put the same text after different neighbours.

Within one story the two versions keep their paragraphs in the same order;
only whole stories come in another order. So where a line of one version
follows a line the other version has elsewhere, in another article, and the
other version has that line after a third text this version also has
elsewhere, the line has moved with its story: a story starts there. Two
pages without blank lines or datelines that run an uncredited story on after
different neighbours both hold it inside another story; each is cut where the
other's order shows it (else accept-all would move the story to the other
version's place).

Lines are told by the letters (``normalize.letters``) at their start and end,
each found once in the other version, so a stock phrase or a line the OCR
spoiled says nothing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from core.model import Document
from core.text.furniture import furniture
from core.text.headlines import is_byline, looks_like_title
from core.text.normalize import letters
from core.text.punctuation import closes_line
from core.text.structure import StructureEdits

_KEY = 10  # letters at a line's start or end that name it
_EDGE = 4 * _KEY  # characters read at each end of a line for them
_LINE = re.compile(r"[^\r\n]+")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int  # offset of the line in its document
    article: int  # the article holding it
    first: bool  # whether it is the first line of text of its article
    heads: tuple[str, ...]  # its first letters, in two windows (an OCR slip in one leaves the other)
    tails: tuple[str, ...]  # its last letters, likewise (each reversed, from its end)
    text: str


class _Lines:
    """A document's lines of text inside articles, and where each line's first and last letters are found."""

    def __init__(self, document: Document) -> None:
        self.lines: list[_Line] = []
        self.by_head: dict[str, list[int]] = defaultdict(list)
        self.by_tail: dict[str, list[int]] = defaultdict(list)  # (a tail's letters reversed)
        by_head, by_tail = self.by_head, self.by_tail
        text = document.text
        for index, article in enumerate(document.articles):
            first_line = True
            for match in _LINE.finditer(text, article.content_start, article.content_end):
                line = match.group()
                if line.isspace() or furniture(line) is not None:
                    continue  # a jump line or a page marker is no story's text
                heads, tails = _line_keys(line)
                number = len(self.lines)
                for key in heads:
                    by_head[key].append(number)
                for key in tails:
                    by_tail[key].append(number)
                self.lines.append(_Line(match.start(), index, first_line, heads, tails, line))
                first_line = False

    def once(self, index: dict[str, list[int]], keys: tuple[str, ...]) -> int | None:
        """The line the first of ``keys`` found names, if it names just one."""
        for key in keys:
            found = index.get(key)
            if found:
                return found[0] if len(found) == 1 else None
        return None


def _line_keys(line: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The windows of ``line``'s first letters and of its last (reversed), which name it."""
    if len(line) <= 2 * _EDGE:
        first = last = letters(line)
    else:
        first, last = letters(line[:_EDGE]), letters(line[-_EDGE:])
    return _windows(first[: 2 * _KEY]), _windows(last[-2 * _KEY :][::-1])


def _windows(letters: str) -> tuple[str, ...]:
    """The two windows of ``letters`` that name a line (as many as it has letters for)."""
    if len(letters) >= 2 * _KEY:
        return letters[:_KEY], letters[_KEY:]
    return (letters[:_KEY],) if len(letters) >= _KEY else ()


def moved_hints(left: Document, right: Document, _cache: object = None) -> tuple[StructureEdits, StructureEdits]:
    """The lines where each version should start an article because the other has that text after other
    neighbours, in another article (see the module). ``_cache`` goes unused: the call is shaped as
    ``agreed_structure``'s hints are, so ``agreed_versions`` runs them all alike."""
    if not (_ends_apart(left, right) or _ends_apart(right, left)):
        return StructureEdits(), StructureEdits()
    lines = _Lines(left), _Lines(right)
    hints = []
    for this, other in ((lines[0], lines[1]), (lines[1], lines[0])):
        edits = StructureEdits()
        for start, titled in _moved_starts(this, other):
            edits = edits.then("title" if titled else "split", start)
        hints.append(edits)
    return hints[0], hints[1]


def _ends_apart(this: Document, other: Document) -> bool:
    """Whether some article of ``this`` opens where an article of ``other`` opens and ends where another
    ends: what a story run on after another in ``this`` shows at its ends. Cheap (two lines an article),
    so the line-by-line look is skipped for the many issues that have none."""
    openings: dict[str, list[int]] = defaultdict(list)
    endings: dict[str, list[int]] = defaultdict(list)
    for index, article in enumerate(other.articles):
        first, last = _end_keys(other.text, article.content_start, article.content_end)
        for key in first:
            openings[key].append(index)
        for key in last:
            endings[key].append(index)
    for article in this.articles:
        first, last = _end_keys(this.text, article.content_start, article.content_end)
        opens = next((found for key in first if len(found := openings.get(key, [])) == 1), None)
        ends = next((found for key in last if len(found := endings.get(key, [])) == 1), None)
        if opens and ends and opens != ends:
            return True
    return False


def _end_keys(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The head windows of the first line of ``text[start:end]`` and the tail windows of its last."""
    first_end = text.find("\n", start, end)
    last_start = max(start, text.rfind("\n", start, end) + 1)
    return _line_keys(text[start : end if first_end < 0 else first_end])[0], _line_keys(text[last_start:end])[1]


def _moved_starts(this: _Lines, other: _Lines) -> list[tuple[int, bool]]:
    """Lines of ``this`` whose story starts there, as the other version's order shows; with whether each
    looks like a headline."""
    starts = []
    for number in range(1, len(this.lines)):
        above, line = this.lines[number - 1], this.lines[number]
        if line.first or above.article != line.article:
            continue  # an article starts there already
        if not _closes(above.text) or is_byline(line.text):
            continue  # a column broken mid-sentence, a headline's next line, a credit: no story starts there
        there = other.once(other.by_head, line.heads)
        if there is None and not line.heads:
            there = _short_line_there(this, number, other)  # a short headline, found by its text's line
        before_here = other.once(other.by_tail, above.tails)
        if there is None or before_here is None or there == 0 or other.lines[there].first:
            continue  # not found, or an article starts there in the other version (cut_hints sees to that)
        if other.lines[there].article == other.lines[before_here].article:
            continue  # the other version holds both in one story
        # The story goes on there as here, or ends there as here (a heading both versions have twice,
        # with other words under each, says nothing).
        below = number + 1
        if below >= len(this.lines) or this.lines[below].article != line.article:
            if not _last_of_article(other, there):
                continue
        elif other.once(other.by_head, this.lines[below].heads) not in range(there + 1, there + 3):
            continue
        # And what the other version has above it (a story's end, not a jump headline), this version has
        # elsewhere: a move, not an insertion.
        if not _closes(other.lines[there - 1].text):
            continue
        before_there = this.once(this.by_tail, other.lines[there - 1].tails)
        if before_there is None or this.lines[before_there].article == line.article:
            continue  # (above it here, or higher in its story: lines set in between, a caption, say)
        starts.append((line.start, looks_like_title(line.text, True)))
    return starts


def _short_line_there(this: _Lines, number: int, other: _Lines) -> int | None:
    """Where ``other`` has line ``number`` of ``this``, too short to name itself: the line above the one
    that has the next line's words, if it reads the same."""
    below = number + 1
    if below >= len(this.lines) or this.lines[below].article != this.lines[number].article:
        return None
    under = other.once(other.by_head, this.lines[below].heads)
    if not under or "".join(other.lines[under - 1].text.split()) != "".join(this.lines[number].text.split()):
        return None
    return under - 1


def _last_of_article(lines: _Lines, number: int) -> bool:
    return number + 1 >= len(lines.lines) or lines.lines[number + 1].article != lines.lines[number].article


def _closes(line: str) -> bool:
    return closes_line(line) or is_byline(line.rstrip())
