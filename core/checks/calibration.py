"""How sure a suggestion is: the share of its kind found right on real pages, not a number chosen by hand.

Each rule names the evidence it went by with a *key*: its source, and where
the source has grades, how strong the evidence was (``print-form`` where the
issue writes the old forms throughout, ``print-form/mixed`` where it writes
both). A key's confidence is the share of its suggestions found right on the
pages counted (``python bench/suggestions.py --fit`` counts them, each page
both ways round, and writes ``calibration_counts.py``), drawn towards the
rule's prior by ``PRIOR_WEIGHT`` suggestions' worth: a key seen a handful of
times says little more than its prior, one seen hundreds of times says what
was found. The benchmark checks the result leave-one-page-out: fitted without
a page, the stated confidence is what that page then finds.

A batch ("take every confident suggestion") takes a suggestion stated at least
``CONFIDENT`` sure, except from a source whose evidence cannot tell a right
answer from a plausible wrong one, however often it was right on the pages
counted (``NEVER_IN_A_BATCH``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from core.checks.calibration_counts import COUNTS

CONFIDENT = 0.97
"""A suggestion stated at least this sure is one a batch takes: the batch is then right 97 % of the time."""
PRIOR_WEIGHT = 10
"""Suggestions' worth of evidence a rule's prior counts for against what the pages show."""

PRIORS: Mapping[str, float] = {
    # What each rule was judged worth when it was written, before any page was counted.
    "placeholder": 0.8,
    "splice": 0.9,
    "repeat": 0.9,
    "truncation": 0.9,
    "print-form": 0.97,
    "print-form/mixed": 0.85,
    "convention": 0.95,
    "convention/few": 0.9,
    "script": 0.95,
    "script/mixed": 0.9,
    "width": 0.97,
    "width/unsaid": 0.93,
    "width/half": 0.9,
    "number-form": 0.9,
    "number": 0.6,
    "context": 0.95,
    "spelling": 0.88,
    "majority": 0.97,  # two of three independent versions agreeing (core.versions)
    "decisions": 0.97,
    "decisions/few": 0.93,
}

NEVER_IN_A_BATCH: Mapping[str, str] = {
    "placeholder": "the character facing the mark may be a reading or a guess: only the print can tell",
    "number": "a wrong number in print is the costliest error: each is decided alone",
    "spelling": "an OCR engine misreads one word the same way all through a page (found right 90 % on one paper)",
}


def source_of(key: str) -> str:
    """The source of an evidence key (``print-form/mixed`` → ``print-form``)."""
    return key.partition("/")[0]


class Calibration:
    """The confidence of each evidence key, from (found right, made) counts and the priors."""

    def __init__(self, counts: Mapping[str, tuple[int, int]] = COUNTS) -> None:
        self.counts = dict(counts)

    @classmethod
    def fitted(cls, tallies: Iterable[Mapping[str, tuple[int, int]]]) -> Calibration:
        """The calibration the (right, made) counts of several pages add up to."""
        total: dict[str, tuple[int, int]] = {}
        for tally in tallies:
            for key, (right, made) in tally.items():
                before = total.get(key, (0, 0))
                total[key] = (before[0] + right, before[1] + made)
        return cls(total)

    def confidence(self, key: str) -> float:
        """How often a suggestion of ``key`` is right: what the pages found, drawn towards the prior.

        >>> Calibration({"width": (0, 0)}).confidence("width")
        0.97
        >>> round(Calibration({"number": (5, 10)}).confidence("number"), 2)
        0.55
        """
        right, made = self.counts.get(key, (0, 0))
        prior = PRIORS[key]
        return (right + PRIOR_WEIGHT * prior) / (made + PRIOR_WEIGHT)

    @staticmethod
    def batch_takes(key: str, confidence: float) -> bool:
        """Whether "take every confident suggestion" takes one of ``key`` stated ``confidence`` sure."""
        return confidence >= CONFIDENT and source_of(key) not in NEVER_IN_A_BATCH


DEFAULT = Calibration()
