"""Several versions of one issue collated on a base: each article of the base with its counterpart in every
other version, their differences as sites with a reading from each, and the copy the majority makes.

Each other version is paired with the base as two versions are (pieces of a
continued article linked, articles in another order found); an article is
then aligned in all the versions that have it whole, and a version that
lacks it, or has it cut differently, abstains there. With two versions this
is the two-way comparison, site for change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property

from core.comparison import Comparison, Version, compare_versions
from core.diffing.diff import DiffOptions
from core.model import Side
from core.versions.alignment import Site, align
from core.versions.vote import Vote, copies, settle


@dataclass(frozen=True, slots=True)
class CollatedArticle:
    """One article of the base with each version's text of it and the sites where they differ."""

    base_index: int
    title: str
    span: tuple[int, int]  # where the compared text lies in the base document
    texts: tuple[str | None, ...]  # each version's text of it (index 0, the base's; None: not there whole)
    sites: tuple[Site, ...]


@dataclass(frozen=True, slots=True)
class MissingArticle:
    """An article the base lacks and a majority of the versions have: its title, where it goes in the
    base document, its text (as the second version has it) and the versions that have it (their indexes)."""

    title: str
    where: int
    text: str
    versions: tuple[int, ...]


class Collation:
    """The versions of one issue, the first of ``versions`` the base (see the module)."""

    def __init__(self, versions: Sequence[Version], options: DiffOptions | None = None) -> None:
        if len(versions) < 2:
            raise ValueError("a collation needs two versions or more")
        self.versions = tuple(versions)
        self.options = options or DiffOptions()
        base = self.versions[0]
        self.comparisons: tuple[Comparison, ...] = tuple(
            compare_versions(base, other, self.options, diff_all=False) for other in self.versions[1:]
        )

    @property
    def base(self) -> Version:
        return self.versions[0]

    @cached_property
    def same_as(self) -> list[int]:
        """For each version, the first with the same text (itself when none before has): copies vote once."""
        return copies([version.decoded.text for version in self.versions])

    @cached_property
    def articles(self) -> tuple[CollatedArticle, ...]:
        """Every article of the base, aligned in the versions that have it (whole, or in pieces)."""
        found = []
        for index in range(len(self.base.articles)):
            span = None
            texts: list[str | None] = []
            for comparison in self.comparisons:
                counterpart = _counterpart(comparison, index)
                if counterpart is None:
                    texts.append(None)  # missing, or in part only: it abstains
                    continue
                pair_span, text = counterpart
                span = span or pair_span
                texts.append(text if pair_span == span else None)
            if span is None:
                article = self.base.articles[index]
                span = (article.content_start, article.content_end)
            base_text = self.base.document.text[span[0] : span[1]]
            found.append(
                CollatedArticle(
                    index,
                    self.base.articles[index].title,
                    span,
                    (base_text, *texts),
                    # Three or more versions align character by character: the review's diff joins and shifts
                    # changes for a reader (a repeated 办”“ may pull a change sideways), which splits a vote.
                    tuple(align(base_text, texts, self.options, by_character=len(self.versions) > 2)),
                )
            )
        return tuple(found)

    @cached_property
    def missing_from_base(self) -> tuple[MissingArticle, ...]:
        """Articles the base lacks that a strict majority of the versions have (the second version's text of
        each, found in the others by its likeness), with where each goes in the base: after the base article
        its predecessor in the second version pairs with."""
        first = self.comparisons[0]
        second = first.right
        paired = {p.right: p.left for p in first.pairs if p.left is not None and p.right is not None}
        lacking = {
            k: [c.right.content(p.right) for p in c.pairs if p.left is None and p.right is not None]
            for k, c in enumerate(self.comparisons[1:], start=2)
        }
        found = []
        for pair in first.pairs:
            if pair.left is not None or pair.right is None:
                continue
            content = second.content(pair.right)
            having = [1] + [k for k, others in lacking.items() if any(_alike(content, o) for o in others)]
            if 2 * len(having) <= len(self.versions):
                continue
            # After the base article its nearest predecessor in the second version pairs with.
            nearest = max((i for i in paired if i < pair.right), default=None)
            articles = self.base.articles
            if nearest is not None:
                where = articles[paired[nearest]].end
            else:
                where = articles[0].start if articles else len(self.base.document.text)
            article = second.articles[pair.right]
            text = second.document.text[article.start : article.end].replace("\r\n", "\n")
            found.append(MissingArticle(article.title, where, text, tuple(having)))
        return tuple(found)

    def votes(self, article: CollatedArticle) -> list[Vote]:
        return [settle(site, self.same_as) for site in article.sites]

    def majority_copy(self) -> str:
        """The base text with every site a strict majority decides read as the majority reads it, and the
        articles only a majority has put in; the rest, and everything outside the compared articles, as the
        base has it (so with no majority anywhere, the base text exactly)."""
        return self.spliced(lambda site, decided: decided.reading)

    def spliced(self, reading_of: Callable[[Site, Vote], str | None]) -> str:
        """The base text with each site read as ``reading_of`` says (None: the base's own), and the articles
        only a majority has put in where their neighbours put them."""
        text = self.base.document.text
        edits = []
        for article in self.articles:
            for site, decided in zip(article.sites, self.votes(article), strict=True):
                reading = reading_of(site, decided)
                if reading is not None:
                    edits.append((article.span[0] + site.start, article.span[0] + site.end, reading))
        newline = self.base.decoded.newline
        for missing in self.missing_from_base:  # set off by a blank line, as articles are
            body = missing.text.rstrip("\n").replace("\n", newline)
            edits.append((missing.where, missing.where, f"{body}{newline}{newline}"))
        out = []
        at = 0
        for start, end, reading in sorted(edits, key=lambda edit: (edit[0], edit[1])):
            out += [text[at:start], reading]
            at = end
        out.append(text[at:])
        return "".join(out)

    def to_json(self) -> dict[str, object]:
        """Every version, and each article's sites with every reading and the vote."""
        return {
            "versions": [
                {
                    "path": version.path,
                    "encoding": version.decoded.encoding,
                    "read_from": version.decoded.source_format or "text",
                    "copy_of": None if copied == index else copied,
                }
                for index, (version, copied) in enumerate(zip(self.versions, self.same_as, strict=True))
            ],
            "base": 0,
            "missing_from_base": [
                {"title": missing.title, "versions": [1 + index for index in missing.versions]}
                for missing in self.missing_from_base
            ],
            "articles": [
                {
                    "title": article.title,
                    "present": [text is not None for text in article.texts],
                    "sites": [
                        {
                            "start": site.start,
                            "end": site.end,
                            "readings": list(site.readings),
                            "vote": {"reading": decided.reading, "count": decided.count, "voters": decided.voters},
                        }
                        for site, decided in zip(article.sites, self.votes(article), strict=True)
                    ],
                }
                for article in self.articles
            ],
        }


def _counterpart(comparison: Comparison, index: int) -> tuple[tuple[int, int], str] | None:
    """Where base article ``index`` is compared in ``comparison`` and the other version's text of it: its
    counterpart, or its pieces' counterparts one after another (the base's own text between them, blank
    lines or a jump line); None where any piece of it has none there."""
    pairs = sorted(
        (p for p in comparison.pairs if p.left == index), key=lambda p: comparison.span(p, Side.LEFT) or (0, 0)
    )
    if not pairs or any(p.right is None for p in pairs):
        return None
    base = comparison.left.document.text
    spans = [comparison.span(p, Side.LEFT) for p in pairs]
    texts = [comparison.text(p, Side.RIGHT) for p in pairs]
    if any(span is None for span in spans) or any(text is None for text in texts):
        return None
    pieces = []
    for at, (span, text) in enumerate(zip(spans, texts, strict=True)):
        assert span is not None and text is not None
        if at:
            before = spans[at - 1]
            assert before is not None
            if before[1] > span[0]:
                return None  # pieces that overlap: no one text of the article there
            pieces.append(base[before[1] : span[0]])
        pieces.append(text)
    first, last = spans[0], spans[-1]
    assert first is not None and last is not None
    return (first[0], last[1]), "".join(pieces)


def _alike(one: str, other: str) -> bool:
    """Whether two versions' texts of an article are the same article (most of their characters in common)."""
    if min(len(one), len(other)) < 0.5 * max(len(one), len(other)):
        return False
    return SequenceMatcher(None, one, other, autojunk=False).quick_ratio() >= 0.6 and (
        SequenceMatcher(None, one, other, autojunk=False).ratio() >= 0.6
    )
