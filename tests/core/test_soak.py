"""A long random review, and random files thrown at the command line: nothing is lost, nothing escapes.

The state machine makes decisions, batches, undoes and redoes them, saves and
restores the session and re-pairs articles, checking after every step that
reject-all gives the base file byte for byte, that accept-all gives the other
side's text for every pair, that the counts agree with the decisions, and that
a saved session restores the same state. ``DUIJIAO_SOAK_STEPS`` sets its
length (about 1,000 steps by default; 10,000 were run before landing).
"""

from __future__ import annotations

import contextlib
import io
import os
import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from core.cli import main as cli_main
from core.comparison import compare_files
from core.diffing.hunks import is_number_change
from core.model import HunkClass, Pair
from core.output.render import clean_copy
from core.review.decisions import ACCEPT, ARTICLE, PENDING, REJECT, ReviewModel, custom, pair_key
from core.storage.session import SessionError, capture, read_session, restore, save_session

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LEFT, RIGHT = FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt"
_STEPS = int(os.environ.get("DUIJIAO_SOAK_STEPS", "1000"))
_COMPARISON = compare_files(LEFT, RIGHT, workers=0)


class Review(RuleBasedStateMachine):
    """A proofreader who never stops: decisions, batches, undo, redo, sessions, re-pairing."""

    @initialize(base=st.sampled_from(["left", "right"]))
    def start(self, base: str) -> None:
        self.model = ReviewModel(_COMPARISON, base)
        self.undo: list[list[tuple[Pair, str, object]]] = []
        self.redo: list[tuple[list[tuple[Pair, str]], object]] = []
        self.folder = Path(os.environ.get("TMPDIR", "/tmp"))

    def _changes(self) -> list[tuple[Pair, str]]:
        return self.model.changes()

    @rule(pick=st.integers(0, 10_000), how=st.sampled_from(["accept", "reject", "custom", "pending"]))
    def decide_one(self, pick: int, how: str) -> None:
        changes = self._changes()
        change = changes[pick % len(changes)]
        decision = {"accept": ACCEPT, "reject": REJECT, "pending": PENDING, "custom": custom(f"改{pick}")}[how]
        self.undo.append(self.model.decide_many([change], decision))
        self.redo.clear()

    @rule(pick=st.integers(0, 10_000), accept=st.booleans())
    def batch_article(self, pick: int, accept: bool) -> None:
        pairs = self.model.ordered_pairs()
        pair = pairs[pick % len(pairs)]
        undecided = list(self.model.undecided(pair))
        assert undecided == [c for c in self.model.changes(pair) if not self.model.decision(*c).decided]
        self.undo.append(self.model.decide_many(undecided, ACCEPT if accept else REJECT))
        self.redo.clear()

    @rule(kind=st.sampled_from([HunkClass.PUNCTUATION, HunkClass.WHITESPACE, HunkClass.TEXT]))
    def batch_class(self, kind: HunkClass) -> None:
        batch = list(self.model.undecided_of_class(kind))
        assert not any(is_number_change(h) for p, c in batch for h in self.model.comparison.hunks(p) if h.id == c)
        self.undo.append(self.model.decide_many(batch, ACCEPT))
        self.redo.clear()

    @precondition(lambda self: bool(self.undo))
    @rule()
    def undo_last(self) -> None:
        step = self.undo.pop()
        redo = [((pair, change), self.model.decision(pair, change)) for pair, change, _ in step]
        self.model.decide_each(step[::-1])  # as the window's undo does
        self.redo.append(redo)

    @precondition(lambda self: bool(self.redo))
    @rule()
    def redo_last(self) -> None:
        step = self.redo.pop()
        self.undo.append(
            [(pair, change, self.model.decide(pair, change, decision)) for (pair, change), decision in step]
        )

    @rule()
    def save_and_restore(self) -> None:
        path = self.folder / f"soak-{os.getpid()}.duijiao.json"
        save_session(path, capture(self.model))
        fresh = ReviewModel(self.model.comparison, self.model.base)
        report = restore(read_session(path), fresh)
        path.unlink()
        assert not report.dropped
        assert fresh.decisions == self.model.decisions

    @rule(pick=st.integers(0, 10_000))
    def unpair_and_pair_back(self, pick: int) -> None:
        comparison = self.model.comparison
        whole = [
            p
            for p in comparison.pairs
            if p.left is not None and p.right is not None and p.left_part is None and p.right_part is None
        ]
        pair = whole[pick % len(whole)]
        apart = [p for p in comparison.pairs if p != pair] + [Pair(pair.left, None, 0.0), Pair(None, pair.right, 0.0)]
        kept = {k: v for k, v in self.model.decisions.items() if k[0] != pair_key(pair)}
        self.model = ReviewModel(comparison.with_pairs(apart), self.model.base)
        self.model.adopt(kept)
        self.model = ReviewModel(comparison, self.model.base)  # and back, as the undo of a re-pairing does
        self.model.adopt(kept)
        self.undo.clear()
        self.redo.clear()

    @invariant()
    def the_indexes_agree_with_counting_afresh(self) -> None:
        if not hasattr(self, "model"):
            return
        model = self.model
        everything = model.changes()
        undecided = [c for c in everything if not model.decision(*c).decided]
        for pair in model.comparison.pairs:
            ids = model.change_ids(pair)
            assert model.progress(pair) == (sum(model.decision(pair, c).decided for c in ids), len(ids))
        assert model.progress() == (len(everything) - len(undecided), len(everything))
        # Next undecided from a few places, against a walk of the whole issue.
        for at in (0, len(everything) // 3, len(everything) - 1):
            pair, change = everything[at]
            later = [c for c in everything[at + 1 :] + everything[: at + 1] if not model.decision(*c).decided]
            expected = later[0] if later else None
            got = model.next_undecided(pair, change)
            assert (got and (pair_key(got[0]), got[1])) == (expected and (pair_key(expected[0]), expected[1]))

    @invariant()
    def nothing_is_lost(self) -> None:
        if not hasattr(self, "model"):
            return
        comparison, base = self.model.comparison, self.model.base
        decided, total = self.model.progress()
        valid = {(pair_key(p), c) for p, c in self.model.changes()}
        assert decided == len([k for k, d in self.model.decisions.items() if d.decided and k in valid])
        assert total == len(valid)
        rejecting = ReviewModel(comparison, base)
        rejecting.decide_many(rejecting.changes(), REJECT)
        assert clean_copy(rejecting) == comparison.version(base).document.text
        accepting = ReviewModel(comparison, base)
        accepting.decide_many(accepting.changes(), ACCEPT)
        other = base.other
        for pair in comparison.pairs:
            if pair.left is not None and pair.right is not None:
                assert accepting.resolved_content(pair) == comparison.text(pair, other)


Review.TestCase.settings = settings(
    max_examples=max(1, _STEPS // 50), stateful_step_count=50, deadline=None, suppress_health_check=list(HealthCheck)
)
test_a_long_random_review_loses_nothing = Review.TestCase


_SAMPLE = LEFT.read_bytes()


@st.composite
def damaged_files(draw) -> bytes:
    """Random bytes, or the sample with bytes cut, doubled, flipped or spliced in."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=400))
    data = bytearray(_SAMPLE)
    rng = random.Random(draw(st.integers(0, 2**32)))
    for _ in range(draw(st.integers(1, 12))):
        at = rng.randrange(len(data) or 1)
        roll = rng.random()
        if roll < 0.3:
            del data[at : at + rng.randint(1, 40)]
        elif roll < 0.6:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif roll < 0.8 and data:
            data[at % len(data)] ^= 1 << rng.randrange(8)
        else:
            data[at:at] = data[max(0, at - 60) : at]
    return bytes(data)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(damaged_files(), damaged_files(), st.sampled_from([None, "utf-8", "gb18030", "utf-16", "latin-1"]))
def test_random_and_damaged_files_end_in_output_or_one_error_line(tmp_path, left, right, encoding):
    left_path, right_path, out = tmp_path / "left.txt", tmp_path / "right.txt", tmp_path / "clean.txt"
    left_path.write_bytes(left)
    right_path.write_bytes(right)
    forced = ["--left-encoding", encoding] if encoding else []
    for args in (
        ["compare", left_path, right_path, "--json", *forced],
        ["merge", left_path, right_path, "--accept-all", "-o", out, *forced],
        ["merge", left_path, right_path, "--reject-all", "-o", out, *forced],
    ):
        stdout, stderr = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            status = cli_main([str(a) for a in args])  # any exception but the tool's own fails the test
        errors = [line for line in stderr.getvalue().splitlines() if line.startswith("error: ")]
        assert (status == 0 and not errors) or (status == 2 and len(errors) == 1), stderr.getvalue()
        if status == 0 and args[0] == "merge" and "--reject-all" in args:
            assert out.read_bytes() == left


def test_the_soak_review_reaches_every_kind_of_step():
    # A guard on the guard: the sample has changes of each kind the rules decide.
    model = ReviewModel(_COMPARISON)
    assert len(model.changes()) > 300 and any(c == ARTICLE for _, c in model.changes())


_SESSION = None


def _saved_session_json() -> dict:
    global _SESSION
    if _SESSION is None:
        model = ReviewModel(_COMPARISON)
        model.decide_many(model.changes()[::7], ACCEPT)
        _SESSION = capture(model, manual_pairs=True).to_json()
        _SESSION["left"]["path"], _SESSION["right"]["path"] = str(LEFT), str(RIGHT)
    return _SESSION


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_JUNK = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def damaged_sessions(draw) -> str:
    """A real session with fields deleted, retyped or replaced by junk, or its JSON text cut short."""
    import copy
    import json

    data = copy.deepcopy(_saved_session_json())
    for _ in range(draw(st.integers(1, 4))):
        holder = data
        path = []
        while isinstance(holder, dict | list) and holder and draw(st.booleans()):
            key = draw(st.sampled_from(sorted(holder) if isinstance(holder, dict) else list(range(len(holder)))))
            path.append(key)
            if not isinstance(holder[key], dict | list):
                break
            holder = holder[key]
        if not path:
            continue
        parent = data
        for key in path[:-1]:
            parent = parent[key]
        if draw(st.booleans()):
            parent[path[-1]] = draw(_JUNK)
        elif isinstance(parent, dict):
            del parent[path[-1]]
    text = json.dumps(data, ensure_ascii=False)
    if draw(st.integers(0, 9)) == 0:
        text = text[: draw(st.integers(0, len(text)))]
    return text


@settings(
    max_examples=int(os.environ.get("DUIJIAO_SESSION_FUZZ", "80")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(damaged_sessions())
def test_a_damaged_session_is_refused_in_one_line_or_applied_safely(tmp_path, text):
    session = tmp_path / "review.duijiao.json"
    session.write_text(text, encoding="utf-8")
    out = tmp_path / "clean.txt"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = cli_main(["merge", str(LEFT), str(RIGHT), "--session", str(session), "-o", str(out)])
    errors = [line for line in stderr.getvalue().splitlines() if line.startswith("error: ")]
    assert (status == 0 and not errors) or (status == 2 and len(errors) == 1), stderr.getvalue()
    for lenient in (True, False):
        with contextlib.suppress(SessionError):
            read_session(session, lenient=lenient)
