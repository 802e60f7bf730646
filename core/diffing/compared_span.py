"""Which part of a paired article is compared: a headline only one version types is layout, not text.

A jumped story's rest, under its jump headline, faces the middle of the whole
story in the other version; a page that runs its reports without headlines
faces a titled article with its body; a layout that sets a kicker as the title
faces the headline above that kicker. In each case the headline is this
version's structure: kept out of the comparison, so taking the other
version's text keeps it on its line.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from core.model import Article
from core.text.headlines import alike, shares_most
from core.text.normalize import letters


def blank_run_end(text: str, start: int, stop: int) -> int:
    """Where the blank lines from ``start`` end, before ``stop``: a jump line after them stays in the frame."""
    end = start
    while end < stop and text[end] in "\r\n \t\u3000":
        end += 1
    return end


def after_title(text: str, article: Article) -> int:
    """Where ``article``'s body starts: past its title and the line breaks after it."""
    return blank_run_end(text, article.title_end, article.content_end)


def compared_start(
    text: str, article: Article, other_text: str, facing: Article, other_part: tuple[int, int] | None
) -> int | None:
    """Where the compared text of ``article`` (in ``text``) starts when its headline, or its first lines,
    are this version's layout; None when its headline is compared.

    ``facing`` is the article it is paired with in ``other_text``, ``other_part``
    the range of its content paired, if only a part is. A headline facing text
    the other version runs on from before (a jumped story's rest under its jump
    headline, facing the middle of the whole story) is layout; so is one facing
    an article, or its first part, the other version types untitled and does
    not open with it. A headline the other version's untitled text opens with
    is compared, as text one version set apart. Where the other version's title
    is a later line of this one's (a kicker it sets as its title), the lines
    above that line are layout and the rest compared.
    """
    if article.title_end == article.content_start:
        return None
    heading = letters(article.title)[:12]
    facing_content = other_text[facing.content_start : facing.content_end]
    if other_part is not None and other_part[0] > 0:
        start = other_part[0]  # facing the middle of an article there
    elif facing.title_end == facing.content_start:
        start = 0  # a whole article (or its first part) the other version types untitled
    elif alike(letters(article.title), letters(facing.title)):
        return None  # the same headline, its lines broken elsewhere maybe
    else:
        # One's title a later line of the other's opening (its kicker): the lines above it are that
        # version's own.
        for offset, line in _opening_lines(text, article)[1:]:
            if alike(letters(line), letters(facing.title)):
                return offset
        if any(alike(letters(article.title), letters(line)) for _, line in _opening_lines(other_text, facing)[1:]):
            return None
        if shares_most(heading, letters(facing.title)[:12]):
            return None  # the same headline, an edit of it, or a part OCR read: compared
        if other_part is not None:
            return None  # facing the first part of a titled article: its headline is there to compare
        # A title line with nothing of it (a section head, a kicker set as the title): its body then.
        start = after_title(other_text, facing) - facing.content_start
    opening = letters(facing_content[start : start + 4 * len(article.title) + 8])[: len(heading) + 4]
    # Alike (an OCR slip or two apart): the other text opens with the headline after all.
    if heading and SequenceMatcher(None, heading, opening, autojunk=False).ratio() < 0.6:
        return after_title(text, article)
    return None


def _opening_lines(text: str, article: Article) -> list[tuple[int, str]]:
    """The lines of ``article``'s title and the first line under it, each with the offset it starts at
    (blank lines aside)."""
    lines, at = [], article.content_start
    for line in text[article.content_start : article.content_end].split("\n"):
        if line.strip():
            lines.append((at, line))
            if at >= article.title_end:
                break
        at += len(line) + 1
    return lines
