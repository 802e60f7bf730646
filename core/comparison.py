"""The comparison of two files: both sides split, their articles paired, hunks on demand."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from core.diffing.compared_span import blank_run_end, compared_start
from core.diffing.diff import DiffOptions, diff_texts
from core.diffing.flags import IssueFlagger
from core.diffing.many_pairs import diff_in_order
from core.model import SIDES, Article, Document, Flag, Hunk, Pair, Side
from core.pairing.assignment import ArticleText, pair_articles
from core.readers.documents import load_text
from core.runtime.workers import worker_count
from core.runtime.yielding import pause
from core.text.agreed_structure import OpeningsCache, cut_hints, join_hints
from core.text.furniture import without_furniture_lines
from core.text.moved_text import moved_hints
from core.text.segment import split_issue
from core.text.structure import StructureEdits
from core.text.textio import DecodedText

ProgressCallback = Callable[[str, float], None]
"""Called with a stage name and the fraction done (0..1) of the whole comparison."""


class Cancelled(Exception):
    """The caller asked to stop a long comparison."""


@dataclass(frozen=True, slots=True)
class Version:
    """One version of the issue (one input file): its decoded text and its articles."""

    decoded: DecodedText
    document: Document
    edits: StructureEdits = field(default_factory=StructureEdits)  # the proofreader's corrections to its structure
    hints: StructureEdits = field(default_factory=StructureEdits)  # those taken from the other version's structure

    @property
    def path(self) -> str:
        return self.decoded.path

    @property
    def articles(self) -> tuple[Article, ...]:
        return self.document.articles

    def content(self, index: int) -> str:
        """The comparable text of article ``index``."""
        return self.document.content(self.document.articles[index])


@dataclass(slots=True)
class Comparison:
    """Two versions, the pairing of their articles, and the hunks of each pair.

    Hunks are computed per pair on first request and cached, so the window can
    show the first article before the last one is diffed. The caches are
    filled from several threads (the window's, the loading job's, the autosave
    writer's) without a lock, which is safe because a fill is one dict store of
    a value every thread computes alike from the same texts: a race only
    computes a value twice (``tests/core/test_comparison.py`` races them).
    """

    left: Version
    right: Version
    pairs: list[Pair]
    options: DiffOptions = field(default_factory=DiffOptions)
    _hunks: dict[tuple[object, ...], list[Hunk]] = field(default_factory=dict)
    _flagged: dict[tuple[object, ...], list[Hunk]] = field(default_factory=dict)
    _flagger: IssueFlagger | None = None

    def version(self, side: Side) -> Version:
        """The version on ``side``."""
        return self.left if side == Side.LEFT else self.right

    def text(self, pair: Pair, side: Side) -> str | None:
        """The compared text of ``pair`` on ``side`` (its part, for a continued article)."""
        span = self.span(pair, side)
        return None if span is None else self.version(side).document.text[span[0] : span[1]]

    def span(self, pair: Pair, side: Side) -> tuple[int, int] | None:
        """Where ``text(pair, side)`` lies in that version's document, or None when the pair lacks it.

        A part is its range of the article's content, a whole article its
        content. Where the other side holds this text as a middle part of a
        bigger article, the text is widened: by its heading mark when text comes
        before that part there, and by the blank lines after it when text
        follows. A passage the other version types mid-article then lines up
        with the heading and the item break this version has, so taking the
        other version's text brings them along.
        """
        index = pair.index(side)
        if index is None:
            return None
        document = self.version(side).document
        article = document.articles[index]
        length = article.content_end - article.content_start
        part = pair.part(side) or (0, length)
        start, end = article.content_start + part[0], article.content_start + part[1]
        other_part, other_index = pair.part(side.other), pair.index(side.other)
        compared_from = (
            compared_start(
                document.text,
                article,
                self.version(side.other).document.text,
                self.version(side.other).articles[other_index],
                other_part,
            )
            if pair.part(side) is None and other_index is not None
            else None
        )
        if compared_from is not None:
            start = compared_from
        elif other_part is not None and other_index is not None:
            if part[0] == 0 < other_part[0] and "\n" not in document.text[article.start : start]:
                start = article.start  # the heading mark (## ) before the title
            if part[1] == length and other_part[1] < len(self.version(side.other).content(other_index)):
                end = blank_run_end(document.text, end, article.end)
        return start, end

    def hunks(self, pair: Pair) -> list[Hunk]:
        """The differences inside ``pair``; empty for a one-sided article.

        Offsets index ``text(pair, Side.LEFT)`` and ``text(pair, Side.RIGHT)``.
        """
        if pair.left is None or pair.right is None:
            return []
        key = (pair.left, pair.right, pair.left_part, pair.right_part)
        if key not in self._flagged:
            left, right = self.text(pair, Side.LEFT) or "", self.text(pair, Side.RIGHT) or ""
            if key not in self._hunks:
                self._hunks[key] = diff_texts(left, right, self.options)
            self._flagged[key] = self.flagger().flag_hunks(pair.left, pair.right, left, right, self._hunks[key])
        return self._flagged[key]

    def flagger(self) -> IssueFlagger:
        """The proofreading flagger of this issue (built once, on first use)."""
        if self._flagger is None:
            self._flagger = IssueFlagger(
                [self.left.content(i) for i in range(len(self.left.articles))],
                [self.right.content(i) for i in range(len(self.right.articles))],
                [a.title for a in self.left.articles],
                [a.title for a in self.right.articles],
            )
        return self._flagger

    def pair_flags(self, pair: Pair) -> tuple[Flag, ...]:
        """Article-level flags of ``pair`` (a truncation, say)."""
        return self.flagger().pair_flags(
            pair.left, pair.right, self.text(pair, Side.LEFT), self.text(pair, Side.RIGHT), self.hunks(pair)
        )

    def all_flags(self, pair: Pair) -> list[Flag]:
        """The pair's own flags and its hunks' flags."""
        return [*self.pair_flags(pair), *(f for h in self.hunks(pair) for f in h.flags)]

    def has_hunks(self, pair: Pair) -> bool:
        """Whether ``pair`` is diffed and flagged already."""
        return (pair.left, pair.right, pair.left_part, pair.right_part) in self._flagged

    def use_changes(self, pair: Pair, hunks: list[Hunk]) -> None:
        """Take ``hunks`` as the changes of ``pair`` instead of its diff (flagged on first use, as a diff is):
        a collation of three versions or more makes them from the places any version differs."""
        self._hunks[(pair.left, pair.right, pair.left_part, pair.right_part)] = hunks

    def store_hunks(self, pair: Pair, hunks: list[Hunk]) -> None:
        """Keep hunks diffed and flagged elsewhere (by worker processes) for ``pair``."""
        key = (pair.left, pair.right, pair.left_part, pair.right_part)
        self._hunks[key] = self._flagged[key] = hunks

    def reuse_diffs(self, other: Comparison, pairs: Iterable[tuple[Pair, Pair]]) -> None:
        """Take ``other``'s diffs of the pairs that compare the very same texts here: ``(theirs, ours)``.

        Used after a structure correction, which leaves most pairs as they
        were: they are not diffed again. (Not their flags: those name articles
        by number, which the correction may have changed.) The two must be of
        the same files under the same options.
        """
        if other.options != self.options:
            return
        for theirs, ours in pairs:
            found = other._hunks.get((theirs.left, theirs.right, theirs.left_part, theirs.right_part))
            if found is not None:
                self._hunks.setdefault((ours.left, ours.right, ours.left_part, ours.right_part), found)

    def with_options(self, options: DiffOptions) -> Comparison:
        """The same pairing diffed under other options."""
        return Comparison(self.left, self.right, list(self.pairs), options)

    def restructured(self, side: Side, edits: StructureEdits) -> Comparison:
        """The version on ``side`` split again under the proofreader's ``edits``, and the articles paired anew."""
        return self.restructured_sides({side: edits})

    def restructured_sides(self, edits: Mapping[Side, StructureEdits]) -> Comparison:
        """Each version named in ``edits`` split again under its edits, and the articles paired anew (once)."""
        versions = {Side.LEFT: self.left, Side.RIGHT: self.right}
        for side, corrections in edits.items():
            versions[side] = version_from_text(versions[side].decoded, versions[side].document.format, corrections)
        return compare_versions(versions[Side.LEFT], versions[Side.RIGHT], self.options, diff_all=False, workers=0)

    def with_pairs(self, pairs: Sequence[Pair]) -> Comparison:
        """The same sides under another pairing (after a manual re-pairing); keeps cached hunks."""
        return Comparison(
            self.left, self.right, list(pairs), self.options, dict(self._hunks), dict(self._flagged), self._flagger
        )

    def title(self, pair: Pair) -> str:
        """A display title for ``pair``: the left title, else the right one.

        For one part of a bigger article, the whole article it pairs with names
        the pair better than the bigger article's own title.
        """
        if pair.left is not None and (pair.left_part is None or pair.right is None):
            return self.left.articles[pair.left].title
        assert pair.right is not None
        return self.right.articles[pair.right].title

    def structure_from_other(self, pair: Pair) -> tuple[Side, ...]:
        """The sides whose article in ``pair`` starts or runs on where the other version's structure said.

        These boundaries were not this version's own (see ``agreed_versions``):
        the rows the proofreader should check, and correct with split and join.
        """
        sides = []
        for side in SIDES:
            index, version = pair.index(side), self.version(side)
            if index is None or not version.hints:
                continue
            article = version.articles[index]
            if any(article.start <= offset < article.end for _, offset in version.hints.edits):
                sides.append(side)
        return tuple(sides)

    def part_of(self, pair: Pair) -> tuple[Side, int, int, int] | None:
        """For a pair holding part of an article: (side, article index, which part from 1, how many).

        The rows of one split article name each other this way.
        """
        for side in SIDES:
            part, index = pair.part(side), pair.index(side)
            if part is None or index is None:
                continue
            starts = sorted((p.part(side) or (0, 0))[0] for p in self.pairs if p.index(side) == index)
            return side, index, starts.index(part[0]) + 1, len(starts)
        return None


def article_texts(side: Version) -> list[ArticleText]:
    """What pairing needs of each article of ``side``: its title, and its text with furniture blanked.

    A jump line or a record's metadata inside an article says nothing about
    which story it is (two continued pieces share ``(Continued from Page 1)``);
    blanking it, not cutting it, keeps every offset of the text.
    """
    return [ArticleText(a.title, without_furniture_lines(side.document.content(a))) for a in side.articles]


def version_from_text(decoded: DecodedText, fmt: str | None = None, edits: StructureEdits | None = None) -> Version:
    """Split an already decoded text into a side (with the proofreader's structure corrections)."""
    return Version(decoded, split_issue(decoded.text, fmt, edits), edits or StructureEdits())


def agreed_versions(left: Version, right: Version) -> tuple[Version, Version]:
    """The two versions split again where their texts show the other's article boundaries hold.

    The corrections this finds (``core.text.agreed_structure``: joins, then
    cuts where the other starts an article; ``core.text.moved_text``: cuts
    where a story follows other neighbours there) come before the
    proofreader's own, which keep the last word.
    """
    versions = [left, right]
    found = [StructureEdits(), StructureEdits()]
    cache = OpeningsCache()
    for hints_of in (join_hints, cut_hints, moved_hints):
        hints = hints_of(versions[0].document, versions[1].document, cache)
        for number, hint in enumerate(hints):
            if hint:
                found[number] = StructureEdits((*found[number].edits, *hint.edits))
                version = versions[number]
                edits = StructureEdits((*found[number].edits, *version.edits.edits))
                document = split_issue(version.decoded.text, version.document.format, edits)
                versions[number] = Version(version.decoded, document, version.edits, found[number])
    return versions[0], versions[1]


def compare_versions(
    left: Version,
    right: Version,
    options: DiffOptions | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    diff_all: bool = True,
    workers: int | None = None,
    edges: list[dict[int, float]] | None = None,
    agree: bool = True,
) -> Comparison:
    """Pair the articles of two sides and (unless ``diff_all`` is False) diff every pair.

    The sides are first split where both versions' texts agree (see
    ``agreed_versions``) unless ``agree`` is False (they were already).
    ``edges`` are the pairing's candidates scored elsewhere (see
    ``pairing.Candidates``), for sides agreed already. ``workers`` processes
    diff a big issue (None: as many as suit this machine and the issue's size;
    0 or 1: in this process).
    """
    report = progress or (lambda stage, fraction: None)
    is_cancelled = cancelled or (lambda: False)
    if agree and edges is None:
        left, right = agreed_versions(left, right)
    report("pairing", 0.3)
    pairs = pair_articles(article_texts(left), article_texts(right), workers=workers, edges=edges)
    comparison = Comparison(left, right, pairs, options or DiffOptions())
    if diff_all:
        _diff_every_pair(comparison, report, is_cancelled, workers)
    report("done", 1.0)
    return comparison


def _diff_every_pair(
    comparison: Comparison,
    report: ProgressCallback,
    is_cancelled: Callable[[], bool],
    workers: int | None,
) -> None:
    for _ in diffed_in_order(comparison, workers, report, is_cancelled):
        pass


def diffed_in_order(
    comparison: Comparison,
    workers: int | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[Pair]:
    """Every pair of ``comparison``, in order, each as soon as it is diffed and flagged.

    With worker processes (``workers`` None: as suits this machine and the
    issue) the consumer works on the first pairs while the workers diff the
    later ones. Raises ``Cancelled`` when ``cancelled`` says so.
    """
    report = progress or (lambda stage, fraction: None)
    is_cancelled = cancelled or (lambda: False)
    pairs = [p for p in comparison.pairs if p.left is not None and p.right is not None]
    workers = worker_count(len(pairs)) if workers is None else workers
    if workers > 1:
        texts = [(comparison.text(p, Side.LEFT) or "", comparison.text(p, Side.RIGHT) or "") for p in pairs]
        flagger = comparison.flagger()
        flagger.prepare()  # index once here, so every worker inherits it

        def annotate(number: int, hunks: list[Hunk]) -> list[Hunk]:
            pair = pairs[number]
            assert pair.left is not None and pair.right is not None  # two-sided, as chosen above
            return flagger.flag_hunks(pair.left, pair.right, *texts[number], hunks)

        results = diff_in_order(texts, comparison.options, workers, annotate)
    else:
        results = None
    done = 0
    for pair in comparison.pairs:
        if pair.left is not None and pair.right is not None:
            if results is None:
                comparison.hunks(pair)
            else:
                while not comparison.has_hunks(pair):
                    index, hunks = next(results)
                    comparison.store_hunks(pairs[index], hunks)
            done += 1
            if done % 64 == 0 or done == len(pairs):
                report("diffing", 0.4 + 0.6 * done / max(len(pairs), 1))
            pause()  # a background thread makes way for the window here (see core.runtime.yielding)
            if is_cancelled():
                raise Cancelled
        yield pair


def diff_every_pair(
    comparison: Comparison,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = 0,
) -> None:
    """Diff and flag every pair of ``comparison`` now (a background job, after the list is shown)."""
    _diff_every_pair(comparison, progress or (lambda stage, fraction: None), cancelled or (lambda: False), workers)


def compare_files(
    left_path: str | os.PathLike[str],
    right_path: str | os.PathLike[str],
    *,
    left_encoding: str | None = None,
    right_encoding: str | None = None,
    options: DiffOptions | None = None,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    workers: int | None = None,
    diff_all: bool = True,
) -> Comparison:
    """Load, split, pair and (unless ``diff_all`` is False) diff two files; ``LoadError`` for a bad input."""
    report = progress or (lambda stage, fraction: None)
    is_cancelled = cancelled or (lambda: False)
    report("loading", 0.0)
    left = version_from_text(load_text(left_path, left_encoding))
    if is_cancelled():
        raise Cancelled
    report("loading", 0.1)
    right = version_from_text(load_text(right_path, right_encoding))
    if is_cancelled():
        raise Cancelled
    report("splitting", 0.2)
    return compare_versions(left, right, options, progress, cancelled, diff_all=diff_all, workers=workers)
