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
import pickle
from collections.abc import Iterable
from typing import TextIO, cast

from core.compare import Comparison, Side, article_texts, compare_sides, side_from_text
from core.diff import DiffOptions
from core.flags import IssueFlagger
from core.model import Document, Pair
from core.pairing import Candidates
from core.parallel import EarlyPool, worker_count
from core.suggest import IssueEvidence, Suggestion
from core.textio import DecodedText

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write_json(comparison: Comparison, stream: TextIO, lines: Iterable[str] | None = None) -> None:
    """Write ``comparison`` as JSON; ``lines``, each pair's JSON in order, when computed elsewhere."""
    stream.write(
        '{"left":'
        + _encode(_side_json(comparison, "left"))
        + ',\n"right":'
        + _encode(_side_json(comparison, "right"))
        + ',\n"pairs":['
    )
    if lines is None:
        evidence = IssueEvidence(comparison)
        lines = (_encode(_pair_json(comparison, pair, evidence)) for pair in comparison.pairs)
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
    right_side = side_from_text(right)
    if workers is None:
        # The left is not split yet (it is split while the workers index the right): the
        # right side's articles tell whether the issue is big enough.
        workers = worker_count(len(right_side.articles))
    if workers <= 1:
        write_json(compare_sides(side_from_text(left), right_side, options, diff_all=False, workers=0), stream)
        return
    with EarlyPool((left, right_side, options), workers, warm=_index_right) as pool:
        left_side = side_from_text(left)
        # Each task carries the left's articles (pickled once here, unpickled once a worker):
        # the workers were forked before the left was split.
        left_articles = pickle.dumps((left_side.articles, left_side.document.format), pickle.HIGHEST_PROTOCOL)
        edges = list(pool.ordered_map(_edges, left_articles, len(left_side.articles)))
        # While this process pairs, the workers make the flags' index and the suggestions' counts.
        pool.run_each(_prepare_issue, left_articles)
        comparison = compare_sides(left_side, right_side, options, diff_all=False, workers=0, edges=edges)
        pairs = pickle.dumps(comparison.pairs, pickle.HIGHEST_PROTOCOL)
        lines = pool.ordered_map(_encoded_pairs, (left_articles, pairs), len(comparison.pairs))
        write_json(comparison, stream, lines)


# In a worker: what it builds once for the comparison it serves (keyed by the shared sides'
# identity, though a worker only ever serves one comparison).
_candidates: dict[int, Candidates] = {}
_left_sides: dict[int, Side] = {}
_pairs: dict[int, list[Pair]] = {}
_flaggers: dict[int, IssueFlagger] = {}
_evidence: dict[int, IssueEvidence] = {}
_Shared = tuple[DecodedText, Side, DiffOptions]


def _index_right(shared: object) -> None:
    """As the worker starts: the right side's articles indexed for the pairing's candidate search."""
    _left, right, _options = cast(_Shared, shared)
    _candidates[id(shared)] = Candidates(article_texts(right))


def _left_side(shared: object, left_articles: bytes) -> Side:
    """The left side as the parent split it, from the articles it sent."""
    if id(shared) not in _left_sides:
        decoded = cast(_Shared, shared)[0]
        articles, fmt = pickle.loads(left_articles)
        _left_sides[id(shared)] = Side(decoded, Document(decoded.text, articles, fmt))
    return _left_sides[id(shared)]


def _edges(shared: object, left_articles: object, indices: list[int]) -> list[dict[int, float]]:
    articles = article_texts(_left_side(shared, cast(bytes, left_articles)))
    found = _candidates[id(shared)]
    return [found.edges_of(articles[i], i / max(len(articles), 1)) for i in indices]


def _prepare_issue(shared: object, left_articles: object, _indices: list[int]) -> list[None]:
    """The flags' index of the issue, made once per worker (and the evidence its suggestions weigh)."""
    if id(shared) not in _evidence:
        _left, right, options = cast(_Shared, shared)
        comparison = Comparison(_left_side(shared, cast(bytes, left_articles)), right, [], options)
        flagger = comparison.flagger()
        flagger.prepare()
        _flaggers[id(shared)] = flagger
        _evidence[id(shared)] = IssueEvidence(comparison)  # its counts are made as the changes ask
    return []


def _encoded_pairs(shared: object, arguments: object, indices: list[int]) -> list[str]:
    left_articles, pickled_pairs = cast(tuple[bytes, bytes], arguments)
    _prepare_issue(shared, left_articles, [])
    _left, right, options = cast(_Shared, shared)
    if id(shared) not in _pairs:
        _pairs[id(shared)] = pickle.loads(pickled_pairs)
    pairs = _pairs[id(shared)]
    comparison = Comparison(
        _left_side(shared, left_articles), right, list(pairs), options, {}, {}, _flaggers[id(shared)]
    )
    evidence = _evidence[id(shared)].about(comparison)
    return [_encode(_pair_json(comparison, pairs[i], evidence)) for i in indices]


def _side_json(comparison: Comparison, name: str) -> dict[str, object]:
    each = comparison.side(name)
    return {
        "path": each.path,
        "encoding": each.decoded.encoding,
        "encoding_unsure": each.decoded.unsure,
        "bom": bool(each.decoded.bom),
        "newline": {"\n": "LF", "\r\n": "CRLF", "\r": "CR"}[each.decoded.newline],
        "format": each.document.format,
        "articles": [
            {"title": a.title, "start": a.start, "end": a.end, "length": a.content_end - a.content_start}
            for a in each.articles
        ],
    }


def _pair_json(comparison: Comparison, p: Pair, evidence: IssueEvidence) -> dict[str, object]:
    left_title = comparison.left.articles[p.left].title if p.left is not None else None
    right_title = comparison.right.articles[p.right].title if p.right is not None else None
    return {
        "left": p.left,
        "right": p.right,
        "left_title": left_title,
        "right_title": right_title,
        "similarity": round(p.similarity, 4),
        "flags": [f.to_json() for f in comparison.pair_flags(p)],
        "left_part": list(p.left_part) if p.left_part else None,
        "right_part": list(p.right_part) if p.right_part else None,
        "hunks": [
            {
                "id": h.id,
                "class": h.kind.value,
                "left": h.left,
                "right": h.right,
                "left_start": h.left_start,
                "left_end": h.left_end,
                "right_start": h.right_start,
                "right_end": h.right_end,
                "flags": [f.to_json() for f in h.flags],
                "suggestion": _suggestion_json(evidence.suggest(p, h)),
            }
            for h in comparison.hunks(p)
        ],
    }


def _suggestion_json(suggestion: Suggestion | None) -> dict[str, object] | None:
    return None if suggestion is None else suggestion.to_json()
