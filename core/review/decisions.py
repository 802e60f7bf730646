"""The proofreader's decisions on every change, and the clean text they resolve to."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

from core.comparison import Comparison
from core.diffing.hunks import is_number_change
from core.model import SIDES, Hunk, HunkClass, Pair, Side
from core.review.reading_order import ReadingOrder


class Choice(Enum):
    """What the proofreader said about one change."""

    PENDING = "pending"  # undecided: resolves to the base text
    ACCEPT = "accept"  # take the other side's text
    REJECT = "reject"  # keep the base side's text
    CUSTOM = "custom"  # use text the proofreader typed


@dataclass(frozen=True, slots=True)
class Decision:
    """A choice, with the typed text when the choice is CUSTOM."""

    choice: Choice = Choice.PENDING
    text: str = ""

    @property
    def decided(self) -> bool:
        return self.choice is not Choice.PENDING


PENDING = Decision()
ACCEPT = Decision(Choice.ACCEPT)
REJECT = Decision(Choice.REJECT)


def custom(text: str) -> Decision:
    """A decision to use ``text`` in place of the change."""
    return Decision(Choice.CUSTOM, text)


ARTICLE = ""
"""The hunk id standing for a one-sided article as a whole."""


def pair_key(pair: Pair) -> str:
    """A stable name for a pair within one comparison, e.g. ``"3:-"`` for left-only 3."""
    left = "-" if pair.left is None else str(pair.left)
    right = "-" if pair.right is None else str(pair.right)
    key = f"{left}:{right}"
    for name, part in (("l", pair.left_part), ("r", pair.right_part)):
        if part is not None:
            key += f":{name}{part[0]}-{part[1]}"
    return key


def order_pairs(pairs: list[Pair], base: Side) -> list[Pair]:
    """``pairs`` in the base side's order.

    An article only the other side has goes right after the pair holding its
    nearest preceding article on that side (or first, when it has none), which
    is where its neighbours put it.
    """
    other = base.other
    with_base = sorted(
        (p for p in pairs if p.index(base) is not None), key=lambda p: (p.index(base), (p.part(base) or (0, 0))[0])
    )
    only_other = sorted(
        (p for p in pairs if p.index(base) is None), key=lambda p: p.index(other) or 0
    )  # never None: one-sided
    # Sort keys: a base pair's place; an inserted article's is its neighbour's key extended by
    # its own number, so it sorts right after that neighbour (and after what was put there before).
    keys: dict[int, tuple[int, ...]] = {id(p): (at,) for at, p in enumerate(with_base)}
    last_key: dict[int, tuple[int, ...]] = {}  # other-side article -> the latest key holding it
    for pair in with_base:
        other_index = pair.index(other)
        if other_index is not None:
            last_key[other_index] = keys[id(pair)]
    known = sorted(last_key)
    for pair in only_other:
        index = pair.index(other)
        assert index is not None  # one-sided on the other side, as chosen above
        below = bisect_left(known, index)
        keys[id(pair)] = (last_key[known[below - 1]] if below else (-1,)) + (index,)
        last_key[index] = keys[id(pair)]
        insort(known, index)
    return sorted([*with_base, *only_other], key=lambda p: keys[id(p)])


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class ReviewModel:
    """Decisions keyed by (pair key, hunk id), over a comparison with a chosen base side.

    Undecided changes resolve to the base side, so a fresh model renders the
    base file unchanged, byte for byte.
    """

    def __init__(self, comparison: Comparison, base: Side = Side.LEFT) -> None:
        if base not in SIDES:
            raise ValueError(f"base must be 'left' or 'right', not {base!r}")
        self.comparison = comparison
        self.base = Side(base)
        self._decisions: dict[tuple[str, str], Decision] = {}
        # Indexes a decision updates at once, so no question of the view walks the issue:
        self._ids: dict[str, frozenset[str]] = {}  # pair key -> its change ids
        self._decided_in: Counter[str] = Counter()  # pair key -> decided changes of it
        self._total: int | None = None  # changes in the issue, counted once
        self._order: ReadingOrder | None = None  # every change in reading order, built on first use
        self._changed: set[tuple[str, str]] = set()  # decided or taken back since ``take_changed``
        self.history: list[tuple[str, str]] = []  # every change decided or taken back, in order (lessons read it)
        # True while a background job is still diffing the issue: the whole-issue indexes then
        # come from it (take_indexes) rather than being built here, pair by pair, at a keypress.
        self.pending_indexes = False

    @property
    def decisions(self) -> Mapping[tuple[str, str], Decision]:
        """Every decision made, by (pair key, change id); read-only (``decide`` keeps the indexes)."""
        return MappingProxyType(self._decisions)

    @property
    def other(self) -> Side:
        """The side whose text a change takes when accepted."""
        return self.base.other

    def ordered_pairs(self) -> list[Pair]:
        """The pairs in the base side's order (see ``order_pairs``)."""
        return order_pairs(self.comparison.pairs, self.base)

    def change_ids(self, pair: Pair) -> list[str]:
        """The ids of the changes a proofreader decides in ``pair``."""
        if pair.left is None or pair.right is None:
            return [ARTICLE]
        return [hunk.id for hunk in self.comparison.hunks(pair)]

    def decision(self, pair: Pair, change_id: str) -> Decision:
        return self._decisions.get((pair_key(pair), change_id), PENDING)

    def decide(self, pair: Pair, change_id: str, decision: Decision) -> Decision:
        """Record ``decision`` and return the one it replaces (for undo)."""
        return self.decide_each([(pair, change_id, decision)])[0][2]

    def prepare(self) -> None:
        """Build the indexes now (a loading thread calls this, so the first keypress is quick)."""
        self.progress()
        self._reading_order()

    def take_indexes(self, prepared: ReviewModel) -> None:
        """Take the whole-issue indexes ``prepared`` built (same comparison and base) for this review."""
        if prepared.comparison is not self.comparison or prepared.base != self.base or prepared._order is None:
            return
        order = prepared._order
        for key in self._decisions:  # what was decided while it was being built
            order.mark(key, undecided=False, deferred=True)
        order.rebuild()
        self._ids.update(prepared._ids)
        self._total, self._order = prepared._total, order
        self.pending_indexes = False

    @property
    def indexes_ready(self) -> bool:
        """Whether whole-issue counts can be had at once (every pair diffed and counted)."""
        return self._order is not None or not self.pending_indexes

    def _reading_order(self) -> ReadingOrder:
        if self._order is None:
            self._order = ReadingOrder(
                [(p, pair_key(p), self.change_ids(p)) for p in self.ordered_pairs()], self._decisions
            )
        return self._order

    def adopt(self, decisions: Mapping[tuple[str, str], Decision]) -> None:
        """Take ``decisions`` (by pair key and change id), as a session or another model had them."""
        by_key = {pair_key(p): p for p in self.comparison.pairs}
        for (key, change_id), decision in decisions.items():
            pair = by_key.get(key)
            if pair is not None:
                self.decide(pair, change_id, decision)
            elif decision.decided:
                self._decisions[(key, change_id)] = decision  # of no pair now: kept, never counted

    @property
    def unsaved(self) -> int:
        """How many changes were decided or taken back since the last ``take_changed``/``forget_changed``."""
        return len(self._changed)

    def forget_changed(self) -> None:
        """Start counting changes afresh (everything was saved whole)."""
        self._changed = set()

    def take_changed(self) -> dict[tuple[str, str], Decision]:
        """Each (pair key, change id) decided or taken back since the last call, with its decision now.

        What an autosave journal appends (an undecided change comes back PENDING).
        """
        changed, self._changed = self._changed, set()
        return {slot: self._decisions.get(slot, PENDING) for slot in changed}

    def _ids_of(self, pair: Pair, key: str) -> frozenset[str]:
        if key not in self._ids:
            self._ids[key] = frozenset(self.change_ids(pair))
        return self._ids[key]

    def decide_many(self, changes: list[tuple[Pair, str]], decision: Decision) -> list[tuple[Pair, str, Decision]]:
        """Record one decision for many changes; returns what each had before (for one undo step)."""
        return self.decide_each([(pair, change_id, decision) for pair, change_id in changes])

    def decide_each(self, items: list[tuple[Pair, str, Decision]]) -> list[tuple[Pair, str, Decision]]:
        """Record a decision for each change (an undo puts back many at once); returns what each had.

        The same as ``decide`` for each, with an article's key and ids looked up
        once per run of its changes: a batch of 70,000 takes a fraction of a second.
        """
        before = []
        last: Pair | None = None
        key = ""
        ids: frozenset[str] = frozenset()
        decisions, counts, order, changed = self._decisions, self._decided_in, self._order, self._changed
        history = self.history
        # A big batch sets the order's flags and rebuilds its tree once, in O(n).
        bulk = order is not None and len(items) > len(order.changes) // 16
        for pair, change_id, decision in items:
            if pair is not last:
                last, key = pair, pair_key(pair)
                ids = self._ids_of(pair, key)
            slot = (key, change_id)
            previous = decisions.get(slot, PENDING)
            changed.add(slot)
            history.append(slot)
            if decision.decided:
                decisions[slot] = decision
            else:
                decisions.pop(slot, None)
            if previous.decided != decision.decided and change_id in ids:
                counts[key] += 1 if decision.decided else -1
                if order is not None:
                    order.mark(slot, undecided=not decision.decided, deferred=bulk)
            before.append((pair, change_id, previous))
        if bulk and order is not None:
            order.rebuild()
        return before

    def undecided_of_class(self, kind: HunkClass) -> Iterator[tuple[Pair, str]]:
        """The undecided changes of class ``kind`` in reading order, for one batch (lazily: a
        batch over a whole issue is applied a slice at a time).

        A change of a number or a date is never among them, whatever its class:
        a wrong number in print is the costliest error, so each is decided alone.
        """
        decisions = self._decisions
        for pair in self.ordered_pairs():
            if pair.left is None or pair.right is None:
                continue
            key = pair_key(pair)
            yield from (
                (pair, hunk.id)
                for hunk in self.comparison.hunks(pair)
                if hunk.kind is kind and (key, hunk.id) not in decisions and not is_number_change(hunk)
            )

    def undecided(self, pair: Pair | None = None) -> Iterator[tuple[Pair, str]]:
        """The undecided changes of ``pair``, or of the whole issue in reading order (lazily).

        What a batch over an article or the rest of the issue takes: a decision
        already made, a hand-typed fix above all, is never undone by a batch.
        """
        decisions = self._decisions
        for each in [pair] if pair is not None else self.ordered_pairs():
            key = pair_key(each)
            yield from ((each, change_id) for change_id in self.change_ids(each) if (key, change_id) not in decisions)

    def changes(self, pair: Pair | None = None) -> list[tuple[Pair, str]]:
        """Every (pair, change id) of ``pair``, or of the whole issue in the base side's order."""
        pairs = [pair] if pair is not None else self.ordered_pairs()
        return [(each, change_id) for each in pairs for change_id in self.change_ids(each)]

    def next_undecided(self, pair: Pair, change_id: str | None) -> tuple[Pair, str] | None:
        """The first undecided change after ``change_id`` of ``pair`` (wrapping round the issue).

        With ``change_id`` None the search starts at the beginning of ``pair``.
        """
        if self._order is None and self.pending_indexes:
            return self._scan_for_undecided(pair, change_id)
        order = self._reading_order()
        key = pair_key(pair)
        if change_id is None:
            start = order.first_of.get(key, 0)
        else:
            at = order.position.get((key, change_id))
            start = 0 if at is None else at + 1
        found = order.undecided_from(start)
        if found is None:
            found = order.undecided_from(0)
        return None if found is None else order.changes[found]

    def _scan_for_undecided(self, pair: Pair, change_id: str | None) -> tuple[Pair, str] | None:
        """``next_undecided`` by walking the articles from ``pair`` on, diffing only those it reaches."""
        pairs = self.ordered_pairs()
        key = pair_key(pair)
        start = next((at for at, p in enumerate(pairs) if pair_key(p) == key), 0)
        for step in range(len(pairs) + 1):
            each = pairs[(start + step) % len(pairs)]
            ids = self.change_ids(each)
            if step == 0 and change_id is not None and change_id in ids:
                ids = ids[ids.index(change_id) + 1 :]
            elif step == len(pairs) and change_id is not None:
                ids = ids[: ids.index(change_id) + 1] if change_id in ids else ids
            for each_id in ids:
                if not self.decision(each, each_id).decided:
                    return each, each_id
        return None

    def progress(self, pair: Pair | None = None) -> tuple[int, int]:
        """(decided, total) changes in ``pair``, or in the whole issue."""
        if pair is not None:
            key = pair_key(pair)
            return self._decided_in[key], len(self._ids_of(pair, key))
        if self._total is None:
            self._total = sum(len(self._ids_of(p, pair_key(p))) for p in self.comparison.pairs)
        return sum(self._decided_in.values()), self._total

    @property
    def newline(self) -> str:
        """The base file's line break, which the clean copy keeps."""
        return self.comparison.version(self.base).decoded.newline

    def from_other(self, text: str) -> str:
        """Text taken from the other side, written with the base file's line breaks."""
        return _LINE_BREAK.sub(self.newline, text)

    def resolve_hunk(self, pair: Pair, hunk: Hunk) -> str:
        """The text that replaces ``hunk`` in the clean copy."""
        decision = self.decision(pair, hunk.id)
        if decision.choice is Choice.ACCEPT:
            return self.from_other(hunk.text(self.other))
        if decision.choice is Choice.CUSTOM:
            return self.from_other(decision.text)
        return hunk.text(self.base)

    def resolved_content(self, pair: Pair) -> str | None:
        """The clean title-and-body of ``pair``, or None when it is left out."""
        pieces = self.resolved_pieces(pair)
        return None if pieces is None else "".join(text for text, _ in pieces)

    def resolved_pieces(self, pair: Pair) -> list[tuple[str, Choice | None]] | None:
        """The clean text of ``pair`` in pieces, each with the choice that made it (None: the same in both).

        What the clean view marks: the base text where a change is undecided
        (PENDING) or kept (REJECT), the other side's where it was taken
        (ACCEPT), the proofreader's own (CUSTOM). None when the article is left out.
        """
        base_index = pair.index(self.base)
        other_index = pair.index(self.other)
        article = self.decision(pair, ARTICLE)
        if other_index is None or base_index is None:
            # One side only: taking the other side drops a base-only article and brings in an other-only one.
            if article.choice is Choice.CUSTOM:
                return [(self.from_other(article.text), Choice.CUSTOM)]
            taken = (article.choice is Choice.ACCEPT) == (base_index is None)
            if not taken:
                return None
            text = self.comparison.text(pair, self.base if other_index is None else self.other) or ""
            return [(text if other_index is None else self.from_other(text), article.choice)]
        base_text = self.comparison.text(pair, self.base) or ""
        pieces: list[tuple[str, Choice | None]] = []
        position = 0
        for hunk in self.comparison.hunks(pair):
            start, end = hunk.span(self.base)
            pieces.append((base_text[position:start], None))
            pieces.append((self.resolve_hunk(pair, hunk), self.decision(pair, hunk.id).choice))
            position = end
        pieces.append((base_text[position:], None))
        return [(text, choice) for text, choice in pieces if text or choice is not None]
