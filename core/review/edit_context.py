"""What the proofreader sees when typing their own text for a change: both versions, the text around it, a start."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import SIDES, Pair, Side
from core.review.decisions import ARTICLE, Choice, ReviewModel


@dataclass(frozen=True, slots=True)
class EditContext:
    """Both versions of one change, the base text before and after it, and the text an edit starts from."""

    versions: dict[Side, str]
    before: str
    after: str
    start: str


def edit_context(model: ReviewModel, pair: Pair, change_id: str) -> EditContext:
    """The context for typing one's own text for change ``change_id`` of ``pair``.

    The edit starts from the text the clean copy has there now: the
    proofreader's own if they typed some before, else what the decision (or,
    undecided, the base) gives. For a one-sided article as a whole, the
    versions are the two articles and there is no text around.

    >>> from core.comparison import compare_versions, version_from_text
    >>> from core.text.textio import DecodedText
    >>> def version(text):
    ...     return version_from_text(DecodedText("x.txt", text, "utf-8", b"", "\\n"))
    >>> model = ReviewModel(compare_versions(version("他说己经来了。\\n"), version("他说已经来了。\\n")))
    >>> pair = model.comparison.pairs[0]
    >>> [hunk] = model.comparison.hunks(pair)
    >>> found = edit_context(model, pair, hunk.id)
    >>> found.versions[Side.LEFT], found.versions[Side.RIGHT], found.before, found.after, found.start
    ('己', '已', '他说', '经来了。', '己')
    """
    comparison = model.comparison
    current = model.decision(pair, change_id)
    if change_id == ARTICLE:
        start = current.text or comparison.text(pair, model.other) or comparison.text(pair, model.base) or ""
        versions = {side: comparison.text(pair, side) or "" for side in SIDES}
        return EditContext(versions, "", "", start)
    hunk = next(h for h in comparison.hunks(pair) if h.id == change_id)
    start = current.text if current.choice is Choice.CUSTOM else model.resolve_hunk(pair, hunk)
    base_text = comparison.text(pair, model.base) or ""
    at = hunk.span(model.base)
    versions = {Side.LEFT: hunk.left, Side.RIGHT: hunk.right}
    return EditContext(versions, base_text[: at[0]], base_text[at[1] :], start)
