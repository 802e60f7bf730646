"""The decisions a batch takes from the issue's confident suggestions (see ``core.checks.suggest``)."""

from __future__ import annotations

from collections.abc import Iterator

from core.checks.suggest import IssueEvidence
from core.diffing.hunks import is_number_change
from core.model import Pair
from core.review.decisions import ACCEPT, ARTICLE, REJECT, Decision, ReviewModel
from core.review.lessons import Lessons


def confident_decisions(
    model: ReviewModel, evidence: IssueEvidence, pair: Pair | None = None, lessons: Lessons | None = None
) -> Iterator[tuple[Pair, str, Decision]]:
    """A decision for each undecided change of ``pair`` (None: the issue) with a confident suggestion.

    Found lazily, for a batch applied a slice at a time. A change of a number
    is never among them, however sure: each is decided alone. What the
    proofreader's own decisions taught (``lessons``) comes before the rest.
    """
    comparison = model.comparison
    for each, change_id in model.undecided(pair):
        if change_id == ARTICLE:
            continue
        hunk = next(h for h in comparison.hunks(each) if h.id == change_id)
        if is_number_change(hunk):
            continue
        suggestion = (lessons.suggest(each, hunk) if lessons is not None else None) or evidence.suggest(each, hunk)
        if suggestion is not None and suggestion.confident:
            yield each, change_id, ACCEPT if suggestion.side == model.other else REJECT
