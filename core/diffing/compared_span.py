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
from core.text.headlines import shares_most
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


def headline_alone(
    text: str, article: Article, other_text: str, facing: Article, other_part: tuple[int, int] | None
) -> bool:
    """Whether ``article``'s headline (in ``text``) faces text the other version runs on from before.

    ``facing`` is the article it is paired with in ``other_text``, ``other_part``
    the range of its content paired, if only a part is. So a jumped story's
    rest under its jump headline faces the middle of the whole story in the
    other version; so too a headline facing an article (or its first part) the
    other version types untitled and does not open with it. A headline the
    other version's untitled text opens with is compared, as text one version
    set apart.
    """
    if article.title_end == article.content_start:
        return False
    heading = letters(article.title)[:12]
    facing_content = other_text[facing.content_start : facing.content_end]
    if other_part is not None:
        if not (start := other_part[0]) and facing.title_end > facing.content_start:
            return False  # facing the first part of a titled article: its headline is there to compare
    elif facing.title_end == facing.content_start:
        start = 0  # a whole article the other version types untitled
    elif shares_most(heading, letters(facing.title)[:12]):
        return False  # the same headline, an edit of it, or a part OCR read: compared
    else:  # a title line with nothing of it (a section head, a kicker set as the title): its body then
        start = after_title(other_text, facing) - facing.content_start
    opening = letters(facing_content[start : start + 4 * len(article.title) + 8])[: len(heading) + 4]
    # Alike (an OCR slip or two apart): the other text opens with the headline after all.
    return bool(heading) and SequenceMatcher(None, heading, opening, autojunk=False).ratio() < 0.6
