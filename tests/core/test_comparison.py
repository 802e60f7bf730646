"""The comparison's lazy caches, filled from several threads at once, give what one thread gives.

The window's thread, the loading job and the autosave writer all ask a
``Comparison`` for hunks and flags; the first to ask fills the cache without
a lock (see its docstring). Racing them, with the interpreter switching
threads as often as it can, must give every thread the serial result.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from core.comparison import Comparison, compare_files
from core.model import Side

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _fresh() -> Comparison:
    return compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", diff_all=False, workers=0)


def test_threads_racing_to_fill_the_caches_all_get_the_serial_result():
    serial = _fresh()
    expected = [(serial.hunks(p), serial.pair_flags(p)) for p in serial.pairs]
    racing = _fresh()
    assert not any(racing.has_hunks(p) for p in racing.pairs if p.left is not None and p.right is not None)
    start = threading.Barrier(4)
    results: dict[int, list[object]] = {}
    failures: list[BaseException] = []

    def ask(number: int) -> None:
        try:
            start.wait()
            order = racing.pairs if number % 2 else list(reversed(racing.pairs))  # meet in the middle
            got = {id(p): (racing.hunks(p), racing.pair_flags(p)) for p in order}
            results[number] = [got[id(p)] for p in racing.pairs]
        except BaseException as exc:  # seen by the test, not lost in the thread
            failures.append(exc)

    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
    finally:
        sys.setswitchinterval(before)
    assert not failures
    assert [results[n] for n in range(4)] == [expected] * 4
    assert racing.flagger() is racing.flagger()  # settled on one flagger, whichever thread made it


def test_a_version_and_its_texts_are_found_by_side():
    comparison = _fresh()
    assert comparison.version(Side.LEFT) is comparison.left and comparison.version(Side.RIGHT) is comparison.right
    pair = next(p for p in comparison.pairs if p.left is not None and p.right is not None)
    for side in (Side.LEFT, Side.RIGHT):
        span = comparison.span(pair, side)
        assert span is not None
        assert comparison.text(pair, side) == comparison.version(side).document.text[span[0] : span[1]]
    for hunk in comparison.hunks(pair):
        for side in (Side.LEFT, Side.RIGHT):
            start, end = hunk.span(side)
            assert (comparison.text(pair, side) or "")[start:end] == hunk.text(side)
