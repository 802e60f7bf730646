"""The comparison as JSON, as ``compare --json`` prints it: a pair per line, by the C encoder.

An indented ``json.dump`` goes through the pure-Python encoder (at 200 times
the sample that was 3 million small writes), so each pair is encoded alone
and written at once, never the whole document held in memory. On a big issue
worker processes are forked as soon as the right side is split: they index
it for the pairing while this process splits the left, then score the left's
candidates, index the issue for the flags while this process pairs the
articles, and diff, flag and encode runs of pairs while this one writes the
ones before them.
"""

from __future__ import annotations

import json
import json.encoder
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TextIO

from core.checks.suggest import IssueEvidence, Suggestion
from core.comparison import Comparison, Version, agreed_versions, article_texts, compare_versions, version_from_text
from core.diffing.diff import DiffOptions
from core.diffing.flags import IssueFlagger
from core.model import Article, Document, Hunk, HunkClass, Pair, Side
from core.pairing.assignment import ArticleText, Candidates
from core.runtime.workers import ForkPool, worker_count
from core.text.normalize import letters
from core.text.structure import StructureEdits
from core.text.textio import DecodedText

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write_json(comparison: Comparison, stream: TextIO, lines: Iterable[str] | None = None) -> None:
    """Write ``comparison`` as JSON; ``lines``, each pair's JSON in order, when computed elsewhere."""
    stream.write(
        '{"left":'
        + _encode(_side_json(comparison, Side.LEFT))
        + ',\n"right":'
        + _encode(_side_json(comparison, Side.RIGHT))
        + ',\n"pairs":['
    )
    if lines is None:
        evidence = IssueEvidence(comparison)
        lines = (_pair_line(comparison, pair, evidence) for pair in comparison.pairs)
    for number, line in enumerate(lines):
        stream.write(("\n" if number == 0 else ",\n") + line)
    stream.write("\n]}\n")


def compare_to_json(
    left: DecodedText, right: DecodedText, options: DiffOptions, stream: TextIO, workers: int | None = None
) -> None:
    """Split, pair and diff the two decoded texts, and write the comparison as JSON.

    ``workers`` processes (None: as suits this machine and the issue) share
    the work as the module says; the output is the same either way.
    """
    right_side = version_from_text(right)
    if workers is None:
        # The left is not split yet (it is split while the workers index the right): the
        # right side's articles tell whether the issue is big enough.
        workers = worker_count(len(right_side.articles))
    if workers <= 1:
        write_json(compare_versions(version_from_text(left), right_side, options, diff_all=False, workers=0), stream)
        return
    with ForkPool(_Workspace(left, right_side, options), workers, warm=_index_right) as pool:
        # While the workers index the right as split alone, this process splits the left and
        # finds where the two versions' structures agree; a right that this changes is sent again.
        left_side, agreed_right = agreed_versions(version_from_text(left), right_side)
        if agreed_right.hints:
            right_side = agreed_right
            pool.send_each(_take_right, (right_side.articles, right_side.hints))
        pool.send_each(_take_left, (left_side.articles, left_side.document.format, left_side.hints))
        edges = list(pool.ordered_map(_edges, len(left_side.articles)))
        # While this process pairs, the workers make the flags' index and the suggestions' counts.
        pool.send_each(_prepare_issue, None)
        comparison = compare_versions(
            left_side, right_side, options, diff_all=False, workers=0, edges=edges, agree=False
        )
        pool.send_each(_take_pairs, comparison.pairs)
        write_json(comparison, stream, pool.ordered_map(_encoded_pairs, len(comparison.pairs)))


@dataclass
class _Workspace:
    """A worker's own copy of the comparison it serves: inherited at the fork, then sent or made there."""

    left_text: DecodedText
    right: Version
    options: DiffOptions
    candidates: Candidates | None = None
    left: Version | None = None
    left_texts: list[ArticleText] = field(default_factory=list)
    left_letters: list[str | None] = field(default_factory=list)  # those this worker made for pairing
    flagger: IssueFlagger | None = None
    evidence: IssueEvidence | None = None
    comparison: Comparison | None = None


def _index_right(work: _Workspace) -> None:
    """As the worker starts: the right side's articles indexed for the pairing's candidate search."""
    work.candidates = Candidates(article_texts(work.right))


def _take_right(work: _Workspace, split: tuple[tuple[Article, ...], StructureEdits]) -> None:
    """The right side split again where the left's structure showed it (rare): indexed again."""
    articles, hints = split
    document = Document(work.right.document.text, articles, work.right.document.format)
    work.right = Version(work.right.decoded, document, work.right.edits, hints)
    _index_right(work)


def _take_left(work: _Workspace, split: tuple[tuple[Article, ...], str, StructureEdits]) -> None:
    """The left side as this process split it (the worker was forked before)."""
    articles, fmt, hints = split
    work.left = Version(work.left_text, Document(work.left_text.text, articles, fmt), hints=hints)
    work.left_texts = article_texts(work.left)
    work.left_letters = [None] * len(articles)


def _edges(work: _Workspace, indices: list[int]) -> list[dict[int, float]]:
    assert work.left is not None and work.candidates is not None
    articles = work.left_texts
    found = []
    for i in indices:
        work.left_letters[i] = article_letters = letters(articles[i].content)
        found.append(work.candidates.edges_of(articles[i], i / max(len(articles), 1), article_letters))
    return found


def _prepare_issue(work: _Workspace, _nothing: None) -> None:
    """The flags' index of the issue (and the evidence its suggestions weigh), made once per worker."""
    assert work.left is not None
    comparison = Comparison(work.left, work.right, [], work.options)
    work.flagger = comparison.flagger()
    assert work.candidates is not None
    work.flagger.prepare({Side.LEFT: work.left_letters, Side.RIGHT: work.candidates.letters})
    work.evidence = IssueEvidence(comparison)  # its counts are made as the changes ask


def _take_pairs(work: _Workspace, pairs: list[Pair]) -> None:
    assert work.left is not None and work.flagger is not None and work.evidence is not None
    work.comparison = Comparison(work.left, work.right, pairs, work.options, {}, {}, work.flagger)
    work.evidence = work.evidence.about(work.comparison)


def _encoded_pairs(work: _Workspace, indices: list[int]) -> list[str]:
    comparison, evidence = work.comparison, work.evidence
    assert comparison is not None and evidence is not None
    return [_pair_line(comparison, comparison.pairs[i], evidence) for i in indices]


def _side_json(comparison: Comparison, side: Side) -> dict[str, object]:
    each = comparison.version(side)
    return {
        "path": each.path,
        "encoding": each.decoded.encoding,
        "encoding_unsure": each.decoded.unsure,
        "bom": bool(each.decoded.bom),
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[each.decoded.newline],
        "format": each.document.format,
        "read_from": each.decoded.source_format or "text",
        "articles": [
            {"title": a.title, "start": a.start, "end": a.end, "length": a.content_end - a.content_start}
            for a in each.articles
        ],
    }


def _pair_line(comparison: Comparison, p: Pair, evidence: IssueEvidence) -> str:
    """The JSON of one pair: its fields by the C encoder, its hunks as ``_hunk_json`` writes them."""
    left_title = comparison.left.articles[p.left].title if p.left is not None else None
    right_title = comparison.right.articles[p.right].title if p.right is not None else None
    fields = _encode(
        {
            "left": p.left,
            "right": p.right,
            "left_title": left_title,
            "right_title": right_title,
            "similarity": round(p.similarity, 4),
            "flags": [f.to_json() for f in comparison.pair_flags(p)],
            "left_part": list(p.left_part) if p.left_part else None,
            "right_part": list(p.right_part) if p.right_part else None,
            "structure_from_other": [side.value for side in comparison.structure_from_other(p)],
        }
    )
    hunks = ",".join([_hunk_json(h, evidence.suggest(p, h)) for h in comparison.hunks(p)])
    return f'{fields[:-1]},"hunks":[{hunks}]}}'


def _hunk_json(h: Hunk, suggestion: Suggestion | None) -> str:
    """One hunk's JSON, as ``_encode`` would write its dict (tests hold the two equal), a few times faster.

    An issue has tens of thousands of hunks: a dict each and the encoder walking
    it took as long as suggesting a side for every one; most share one
    suggestion (a comma's width), whose JSON is written once.
    """
    return (
        f'{{"id":{_string(h.id)},"class":{_CLASS_JSON[h.kind]},"left":{_string(h.left)},"right":{_string(h.right)},'
        f'"left_start":{h.left_start:d},"left_end":{h.left_end:d},'
        f'"right_start":{h.right_start:d},"right_end":{h.right_end:d},'
        f'"flags":{_encode([f.to_json() for f in h.flags]) if h.flags else "[]"},'
        f'"suggestion":{"null" if suggestion is None else _suggestion_json(suggestion)}}}'
    )


_string = json.encoder.encode_basestring  # what the encoder writes strings with (ensure_ascii=False)
_CLASS_JSON = {kind: _string(kind.value) for kind in HunkClass}


@lru_cache(maxsize=4096)  # many changes of an issue share one suggestion (a comma's width)
def _suggestion_json(suggestion: Suggestion) -> str:
    return _encode(suggestion.to_json())
