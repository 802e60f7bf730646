"""Diffing in worker processes gives exactly what diffing in this process gives, and forks only where it may."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from core.comparison import compare_files
from core.diffing.diff import DiffOptions, diff_texts
from core.diffing.many_pairs import diff_in_order
from core.model import Side
from core.runtime.workers import ForkRefused, available, may_fork, worker_count

needs_fork = pytest.mark.skipif(not available(), reason="needs os.fork")

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@needs_fork
def test_worker_processes_match_the_serial_diff():
    comparison = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
    pairs = [p for p in comparison.pairs if p.left is not None and p.right is not None]
    texts = [(comparison.text(p, Side.LEFT), comparison.text(p, Side.RIGHT)) for p in pairs]
    in_workers = list(diff_in_order(texts, DiffOptions(), workers=2))
    assert [index for index, _ in in_workers] == list(range(len(texts)))
    assert [hunks for _, hunks in in_workers] == [diff_texts(a, b) for a, b in texts]
    forced = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=2)
    assert [forced.hunks(p) for p in pairs] == [comparison.hunks(p) for p in pairs]


def test_small_issues_stay_in_process():
    assert worker_count(12) == 0


@needs_fork
def test_no_worker_is_forked_while_another_thread_runs():
    # A lock held by another thread at the fork would stay held in the worker for ever.
    assert may_fork()  # the tests of core run in a process of one thread
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        assert not may_fork()
        assert worker_count(10_000) == 0
        with pytest.raises(ForkRefused):
            list(diff_in_order([("甲", "乙")], DiffOptions(), workers=2))
    finally:
        release.set()
        other.join()
    # join() returns when the thread's Python work is done; the system lists it a moment longer.
    deadline = time.monotonic() + 2
    while not may_fork() and time.monotonic() < deadline:
        time.sleep(0.005)
    assert may_fork()


@needs_fork
def test_pairs_come_diffed_in_order_while_the_workers_go_on():
    from core.comparison import diffed_in_order

    serial = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
    streamed = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", diff_all=False)
    seen = []
    for pair in diffed_in_order(streamed, workers=2):
        assert streamed.has_hunks(pair) or pair.left is None or pair.right is None  # diffed when it comes
        seen.append(pair)
    assert seen == streamed.pairs == serial.pairs
    assert [streamed.hunks(p) for p in seen] == [serial.hunks(p) for p in seen]


@needs_fork
def test_json_from_early_workers_is_the_json_of_one_process():
    import io

    from core.output.json_output import compare_to_json
    from core.text.textio import load

    outputs = []
    for workers in (0, 2):
        left = load(FIXTURES / "plain-export.txt")
        right = load(FIXTURES / "markdown-export.txt")
        stream = io.StringIO()
        compare_to_json(left, right, DiffOptions(), stream, workers=workers)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1] and '"hunks":[{' in outputs[0]
