"""The majority as a suggestion: where a strict majority of the versions read a change one way, that is the
side to take ("2 of 3 versions read 员"); elsewhere the issue's own evidence speaks, as for two versions."""

from __future__ import annotations

from core.checks.suggest import IssueEvidence, Suggestion
from core.model import Hunk, Pair, Side
from core.versions.candidate import CollatedReview


class MajorityEvidence(IssueEvidence):
    """``IssueEvidence`` of a collated review, the majority's vote first."""

    def __init__(self, review: CollatedReview) -> None:
        super().__init__(review.comparison)
        self.review = review

    def suggest(self, pair: Pair, hunk: Hunk) -> Suggestion | None:
        found = self.review.site_of(pair, hunk)
        if found is not None and found[1].reading is not None:
            decided = found[1]
            # The candidate (right) reads as the majority; the base (left) may be the majority itself.
            side = Side.RIGHT if decided.reading == hunk.right else Side.LEFT
            return self.said(
                side,
                "majority",
                f"{decided.count} of {decided.voters} versions read {decided.reading or '(nothing)'}",
                (str(decided.count), str(decided.voters), decided.reading or "∅"),
            )
        return super().suggest(pair, hunk)
