"""Pairing articles across the two sides: candidates from shared n-grams, then an optimal assignment.

1. Each article becomes a set of character n-grams of its letters and
   ideographs (spaces, punctuation and width ignored, so layout does not
   count): bigrams for CJK text, 4-grams for Latin scripts.
2. Candidates come from an inverted index over a sample of those n-grams, so
   1,000 articles a side never means a million comparisons.
3. A candidate's similarity mixes Dice overlap with containment (so a
   truncated article still pairs with its whole partner); when both have
   titles, alike titles lift it (unlike ones never lower it below the content's).
4. The pairs maximise the total similarity (a min-cost assignment solved by
   successive shortest paths), rather than letting the first article take
   the partner a later one needed more.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from core.model import Pair, Side
from core.pairing.embedded_items import attach_short_pieces
from core.pairing.split_articles import split_partners
from core.runtime.workers import map_in_workers, worker_count
from core.text.normalize import CJK_CHAR, letters, sampled_class

DEFAULT_THRESHOLD = 0.35
"""Below this similarity two articles are not the same story."""

_CANDIDATES_PER_ARTICLE = 8
_TITLE_WEIGHT = 0.3
_FALLBACK_VOTERS = 6
_PLACE_NUDGE = 1e-4
_SMALL_ARTICLE = 24  # n-grams below which containment is discounted (it proves little)


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What pairing needs of an article: its display title and its compared text."""

    title: str
    content: str


@dataclass(frozen=True, slots=True)
class _Profile:
    grams: frozenset[str]  # a content-defined sample of the n-grams (all, for a short text)
    title: frozenset[str]  # bigrams of the title's letters, for similarity
    title_keys: frozenset[str]  # its trigrams, rarer, for finding candidates


@lru_cache(maxsize=2)
def _sampled_grams(size: int) -> re.Pattern[str]:
    """N-grams of ``size`` starting at one code point in three: built on first use, not at import."""
    return re.compile(f"(?=({sampled_class(3)}.{{{size - 1}}}))")


_ALL_GRAMS = {size: re.compile(f"(?=(.{{{size}}}))") for size in (2, 3, 4)}


def _profile(article: ArticleText, content_letters: str | None = None) -> _Profile:
    body = letters(article.content) if content_letters is None else content_letters
    head = body[:300]
    size = 2 if CJK_CHAR.subn("", head)[1] * 3 >= len(head) else 4  # counted without a string per character
    # findall runs in C; a sample a third the size is as telling and far cheaper to hold.
    grams = frozenset(_sampled_grams(size).findall(body))
    if len(grams) < _SMALL_ARTICLE:
        grams = frozenset(_ALL_GRAMS[size].findall(body)) or frozenset([body] if body else [])
    title = letters(article.title)
    keys = frozenset(_ALL_GRAMS[3].findall(title)) or frozenset([title] if title else [])
    return _Profile(grams, frozenset(_ALL_GRAMS[2].findall(title)) or keys, keys)


def similarity(left: ArticleText, right: ArticleText) -> float:
    """How alike two articles are, from 0 (nothing shared) to 1 (the same text).

    >>> a = ArticleText("我区加强体育场所 疫情防控力度", "为进一步加强体育场所疫情防控，我区持续督导检查。")
    >>> b = ArticleText("我区加强体育场所疫情防控力度", "为进一步加强体育场所疫情防控,我区持续督导检查。")
    >>> round(similarity(a, b), 2)
    1.0
    """
    return _similarity(_profile(left), _profile(right))


def _similarity(left: _Profile, right: _Profile) -> float:
    if not left.grams or not right.grams:
        content = 1.0 if left.grams == right.grams and left.title == right.title else 0.0
    else:
        shared = len(left.grams & right.grams)
        smaller = min(len(left.grams), len(right.grams))
        dice = 2 * shared / (len(left.grams) + len(right.grams))
        containment = shared / smaller * min(1.0, smaller / _SMALL_ARTICLE)
        content = (dice + max(dice, containment)) / 2
    if left.title and right.title:
        # Alike titles lift a pair (notices with near-identical bodies differ by title),
        # but unlike ones never sink it: a title may be misread (a code fence, a byline,
        # an article's first words garbled by OCR) where the content still agrees.
        title = 2 * len(left.title & right.title) / (len(left.title) + len(right.title))
        return max(content, (1 - _TITLE_WEIGHT) * content + _TITLE_WEIGHT * title)
    return content


def pair_articles(
    left: Sequence[ArticleText],
    right: Sequence[ArticleText],
    threshold: float = DEFAULT_THRESHOLD,
    workers: int | None = None,
    edges: list[dict[int, float]] | None = None,
) -> list[Pair]:
    """Pair the articles of two versions of an issue.

    Every left index and every right index appears in exactly one returned
    pair; an article with no partner at or above ``threshold`` comes back
    one-sided. Pairs are ordered by left index, right-only ones after them.
    ``workers`` processes share the scoring of a big issue (None: as suits it);
    ``edges``, each left article's candidates scored elsewhere (see
    ``Candidates``), stand in for the scoring.
    """
    if edges is None:
        workers = worker_count(len(left)) if workers is None else workers
        edges = _candidate_edges(left, Candidates(right, threshold), workers)
    matched = _assign(len(left), edges, len(right))
    pairs = [
        Pair(i, matched[i], edges[i][matched[i]]) if i in matched else Pair(i, None, 0.0) for i in range(len(left))
    ]
    taken = set(matched.values())
    pairs.extend(Pair(None, j, 0.0) for j in range(len(right)) if j not in taken)
    candidates: dict[tuple[Side, int], set[int]] = {}
    for i, partners in enumerate(edges):
        candidates[(Side.LEFT, i)] = set(partners)
        for j in partners:
            candidates.setdefault((Side.RIGHT, j), set()).add(i)
    left_texts, right_texts = [a.content for a in left], [a.content for a in right]
    pairs = split_partners(left_texts, right_texts, pairs, candidates)
    pairs = attach_short_pieces(left_texts, right_texts, pairs)
    return sorted(
        pairs,
        key=lambda p: (
            p.left is None,
            p.left if p.left is not None else p.right,
            (p.left_part or (0, 0))[0],
            p.right if p.right is not None else -1,
        ),
    )


class Candidates:
    """The right side's articles indexed by their n-grams: each left article's plausible partners, scored.

    Built from the right side alone, so a worker process can build its own
    while another does something else, and then score any slice of the left.
    """

    def __init__(self, right: Sequence[ArticleText], threshold: float = DEFAULT_THRESHOLD) -> None:
        self.letters = [letters(a.content) for a in right]  # kept: the splice index wants them too
        self.right = [_profile(a, body) for a, body in zip(right, self.letters, strict=True)]
        self.threshold = threshold
        self.index: dict[str, list[int]] = {}
        self.titles: dict[frozenset[str], list[int]] = {}
        self.title_index: dict[str, list[int]] = {}
        for j, profile in enumerate(self.right):
            for gram in profile.grams:
                self.index.setdefault(gram, []).append(j)
            if profile.title:
                self.titles.setdefault(profile.title, []).append(j)
            for gram in profile.title_keys:
                self.title_index.setdefault(gram, []).append(j)
        # An n-gram in many articles ("疫情", "the ") says little about which one.
        self.common = max(16, int(len(self.right) ** 0.5))

    def edges_of(self, article: ArticleText, place: float, content_letters: str | None = None) -> dict[int, float]:
        """The right articles ``article`` (at ``place``, 0 to 1, in its side) may pair with, and how well.

        ``content_letters``: ``letters(article.content)``, where the caller has them.
        """
        profile = _profile(article, content_letters)
        votes: Counter[int] = Counter()
        for source, grams, weight in ((self.index, profile.grams, 1), (self.title_index, profile.title_keys, 3)):
            postings = [source[g] for g in grams if g in source]
            # The rare n-grams vote; when every one is common (a page of near-identical
            # notices), the rarest few still do, so no article goes without candidates.
            rare = [p for p in postings if len(p) <= self.common] or heapq.nsmallest(
                _FALLBACK_VOTERS, postings, key=len
            )
            votes.update(chain.from_iterable(rare * weight))  # one call, counted in C
        candidates = _top_candidates(votes, place, len(self.right))
        candidates.update(self.titles.get(profile.title, ()))
        if not votes and len(self.right) <= _CANDIDATES_PER_ARTICLE * 4:
            candidates.update(range(len(self.right)))  # tiny issues: just try everything
        scored = {j: _similarity(profile, self.right[j]) for j in candidates}
        return {j: score for j, score in scored.items() if score >= self.threshold}


def _candidate_edges(left: Sequence[ArticleText], found: Candidates, workers: int = 0) -> list[dict[int, float]]:
    """For each left article, its plausible partners and their similarities.

    With ``workers``, forked processes profile and score slices of the left
    articles; they inherit the right side's index and send back small dicts.
    """

    def edges_of(i: int) -> dict[int, float]:
        return found.edges_of(left[i], i / max(len(left), 1))

    if workers > 1:
        return map_in_workers(lambda indices: [edges_of(i) for i in indices], len(left), workers)
    return [edges_of(i) for i in range(len(left))]


def _top_candidates(votes: Counter[int], place: float, right_count: int) -> set[int]:
    """The most-voted right articles; ties (identical notices) go to the nearest place."""
    ranked = votes.most_common()
    if len(ranked) <= _CANDIDATES_PER_ARTICLE:
        return {j for j, _ in ranked}
    cutoff = ranked[_CANDIDATES_PER_ARTICLE - 1][1]
    chosen = {j for j, count in ranked if count > cutoff}
    tied = [j for j, count in ranked if count == cutoff]
    tied.sort(key=lambda j: abs(j / max(right_count, 1) - place))
    chosen.update(tied[: _CANDIDATES_PER_ARTICLE - len(chosen)])
    return chosen


def _assign(left_count: int, edges: list[dict[int, float]], right_count: int | None = None) -> dict[int, int]:
    """The matching of left to right indexes that maximises total similarity.

    Min-cost assignment by successive shortest augmenting paths (Dijkstra
    over reduced costs): an edge costs ``1 - similarity`` and staying
    unmatched costs 1, so every match is preferred to none and the total
    similarity is maximal. Searches stop at the first free partner, so
    uncontested articles cost a handful of steps.
    """
    # Between equally similar partners, prefer the one at the same relative place:
    # a nudge far below any real difference in similarity.
    scale = max(right_count or 1, 1)

    def cost(i: int, j: int) -> float:
        return 1.0 - edges[i][j] + _PLACE_NUDGE * abs(j / scale - i / max(left_count, 1))

    match_of_right: dict[int, int] = {}
    match_of_left: dict[int, int] = {}
    potential: dict[tuple[str, int], float] = {}

    def pot(node: tuple[str, int]) -> float:
        return potential.get(node, 0.0)

    for source in range(left_count):
        start = ("L", source)
        distance = {start: 0.0}
        previous: dict[tuple[str, int], tuple[str, int]] = {}
        settled: set[tuple[str, int]] = set()
        heap: list[tuple[float, tuple[str, int]]] = [(0.0, start)]
        target = None
        while heap:
            dist, node = heapq.heappop(heap)
            if node in settled:
                continue
            settled.add(node)
            kind, index = node
            if kind == "D":
                target = node
                break
            if kind == "R":
                owner = match_of_right.get(index)
                if owner is None:
                    target = node
                    break
                nexts = [(("L", owner), -cost(owner, index))]
                from_node = node
            else:
                current = match_of_left.get(index)
                nexts = [(("R", j), cost(index, j)) for j in edges[index] if j != current]
                # Any article on the path may give way and stay unmatched.
                nexts.append((("D", index), 1.0 + _PLACE_NUDGE))
                from_node = node
            for to, step in nexts:
                reduced = max(0.0, step + pot(from_node) - pot(to))
                candidate = dist + reduced
                if to not in settled and candidate < distance.get(to, float("inf")) - 1e-12:
                    distance[to] = candidate
                    previous[to] = from_node
                    heapq.heappush(heap, (candidate, to))
        assert target is not None  # the source's own "unmatched" option is always free
        reach = distance[target]
        for node in settled:
            if distance[node] < reach:
                potential[node] = pot(node) - (reach - distance[node])
        # Flip the matches along the path back to the source.
        node = target
        while node != start:
            before = previous[node]
            if node[0] == "R" and before[0] == "L":
                match_of_right[node[1]] = before[1]
                match_of_left[before[1]] = node[1]
            elif node[0] == "D":
                match_of_left.pop(before[1], None)
            node = before
    return {i: j for i, j in match_of_left.items()}
