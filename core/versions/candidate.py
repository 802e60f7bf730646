"""Three or more versions reviewed as two: the base against a *candidate* the collation makes, each change
one site, with every version's reading of it at hand.

The candidate is the base with each site read as the majority reads it, and
where no reading wins, as the first other version that differs there; the
two-way review of the base against it takes the sites themselves as its
changes (not a diff of the two, which could join or cut them otherwise). So
the window, its keys, undo, batches, sessions and the clean copy work as for
two files; the majority's changes are suggestions a batch takes; and each
change carries the readings of all the versions, each taken with one key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.comparison import Comparison, Version, compare_versions, version_from_text
from core.diffing.hunks import make_hunks
from core.model import Hunk, Pair, Side
from core.text.textio import DecodedText
from core.versions.alignment import Site
from core.versions.collation import Collation
from core.versions.vote import Vote


def chosen(site: Site, decided: Vote) -> str | None:
    """The candidate's reading of ``site``: the majority's, else the first other version's that differs."""
    if decided.reading is not None:
        return decided.reading
    base = site.readings[0]
    return next((r for r in site.readings[1:] if r is not None and r != base), None)


def candidate_text(collation: Collation) -> str:
    """The base text with every site read as ``chosen`` reads it (so every site is a change against it), and
    the articles only a majority has (so each is an article to take or leave)."""
    return collation.spliced(chosen)


@dataclass
class CollatedReview:
    """The two-way comparison of the base against the candidate, and each change's site and vote."""

    collation: Collation
    comparison: Comparison
    sites: dict[tuple[int, str], tuple[Site, Vote]] = field(default_factory=dict)  # (base span start, change id)

    def site_of(self, pair: Pair, hunk: Hunk) -> tuple[Site, Vote] | None:
        """The site a change of ``pair`` is, and the vote on it (None: not a site, or the pair was diffed)."""
        span = self.comparison.span(pair, Side.LEFT)
        return None if span is None else self.sites.get((span[0], hunk.id))

    def reading(self, pair: Pair, hunk: Hunk, version: int) -> str | None:
        """What version ``version`` (0, the base) reads at a change; None where it has nothing to take."""
        found = self.site_of(pair, hunk)
        if found is None or not 0 <= version < len(found[0].readings):
            return None
        return found[0].readings[version]


def review_of(collation: Collation, candidate_path: str) -> CollatedReview:
    """The review of ``collation``'s base against its candidate (named ``candidate_path``)."""
    base = collation.base
    decoded = DecodedText(candidate_path, candidate_text(collation), "utf-8", b"", base.decoded.newline)
    candidate: Version = version_from_text(decoded)
    comparison = compare_versions(base, candidate, collation.options, diff_all=False)
    review = CollatedReview(collation, comparison)
    by_span = {article.span: article for article in collation.articles}
    for pair in comparison.pairs:
        span = comparison.span(pair, Side.LEFT) if pair.right is not None else None
        article = by_span.get(span) if span is not None else None
        if span is None or article is None:
            continue  # an article the candidate cuts otherwise: its diff stands
        left, right = comparison.text(pair, Side.LEFT) or "", comparison.text(pair, Side.RIGHT) or ""
        edits: list[tuple[int, int, int, int]] = []
        taken: list[tuple[Site, Vote]] = []
        pieces: list[str] = []
        at = 0
        for site, decided in zip(article.sites, collation.votes(article), strict=True):
            reading = chosen(site, decided)
            if reading is None or reading == site.readings[0]:
                continue  # the base reads as the majority: nothing to change there
            start = sum(map(len, pieces)) + site.start - at  # where the site falls in the candidate
            edits.append((site.start, site.end, start, start + len(reading)))
            taken.append((site, decided))
            pieces += [left[at : site.start], reading]
            at = site.end
        if "".join([*pieces, left[at:]]) != right:
            continue  # not the base with the sites read in: its diff stands
        hunks = make_hunks(left, right, edits)
        comparison.use_changes(pair, hunks)
        for hunk, found in zip(hunks, taken, strict=True):
            review.sites[(span[0], hunk.id)] = found
    return review
