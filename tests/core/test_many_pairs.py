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


@needs_fork
def test_json_is_the_same_when_the_left_version_recuts_the_right():
    # The workers index the right as split alone; the left's structure then cuts it again,
    # and they take the new articles: the JSON is the one of a single process.
    import io

    from core.output.json_output import compare_to_json
    from core.text.textio import DecodedText

    reports = [  # (headlines no longer than subheads: alone, the run-on right cannot tell them)
        ("供暖完工", "记者昨日从市住建局获悉，老城区供暖管网改造工程已于本月初全面完工。"),
        ("食堂开门", "一份荤菜、两份素菜、一碗米饭，只要十二元，前来就餐的老人络绎不绝。"),
        ("河道清淤", "眼下正值枯水期，全区河道清淤工程抓住有利时机加快推进，机械轰鸣。"),
    ]
    reports = [(f"{title}（{k}）", f"第{k}期：{body}") for k in range(3) for title, body in reports]
    left = "".join(f"{title}\n\n{body}\n\n" for title, body in reports)
    right = "".join(f"{title}\n{body.replace('，', ',')}\n" for title, body in reports)
    outputs = []
    for workers in (0, 2):
        stream = io.StringIO()
        decoded = [DecodedText(name, text, "utf-8", b"", "\n") for name, text in (("l", left), ("r", right))]
        compare_to_json(*decoded, DiffOptions(), stream, workers=workers)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1]
    assert '"structure_from_other":["right"]' in outputs[0]
