"""Diffing in worker processes gives exactly what diffing in this process gives."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from core.compare import compare_files
from core.diff import DiffOptions, diff_texts
from core.parallel import diff_many, worker_count

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_worker_processes_match_the_serial_diff():
    comparison = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
    pairs = [p for p in comparison.pairs if p.left is not None and p.right is not None]
    texts = [(comparison.text(p, "left"), comparison.text(p, "right")) for p in pairs]
    seen = []
    parallel = diff_many(texts, DiffOptions(), workers=2, done=seen.append)
    assert parallel == [diff_texts(a, b) for a, b in texts]
    assert seen[-1] == len(texts)
    forced = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=2)
    assert [forced.hunks(p) for p in pairs] == [comparison.hunks(p) for p in pairs]


def test_small_issues_stay_in_process():
    assert worker_count(12) == 0


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_comparisons_running_at_once_each_get_their_own_results():
    # Five comparisons in five threads of one process, each with worker processes: a job
    # kept in one module-level slot handed some of them another's texts.
    from concurrent.futures import ThreadPoolExecutor

    from core.parallel import map_in_workers

    base = [(f"第{k}篇文章的正文，今天天气很好。", f"第{k}篇文章的正文，今天天气不错。") for k in range(40)]
    jobs = [[(a + str(j), b + str(j * 7)) for a, b in base] for j in range(5)]

    def run(texts):
        diffs = diff_many(texts, DiffOptions(), workers=2)
        lengths = map_in_workers(lambda indices: [len(texts[i][0]) for i in indices], len(texts), 2)
        return diffs, lengths

    with ThreadPoolExecutor(max_workers=5) as pool:
        results = list(pool.map(run, jobs))
    for texts, (diffs, lengths) in zip(jobs, results, strict=True):
        assert diffs == [diff_texts(a, b) for a, b in texts]
        assert lengths == [len(a) for a, _ in texts]


def test_the_collector_rests_while_an_issue_is_built_and_skips_it_afterwards():
    import gc

    from core.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a second job at once
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first is still building
        built = [[i] for i in range(1000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() >= len(built)
    gc.unfreeze()


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_pairs_come_diffed_in_order_while_the_workers_go_on():
    from core.compare import diffed_in_order

    serial = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", workers=0)
    streamed = compare_files(FIXTURES / "plain-export.txt", FIXTURES / "markdown-export.txt", diff_all=False)
    seen = []
    for pair in diffed_in_order(streamed, workers=2):
        assert streamed.has_hunks(pair) or pair.left is None or pair.right is None  # diffed when it comes
        seen.append(pair)
    assert seen == streamed.pairs == serial.pairs
    assert [streamed.hunks(p) for p in seen] == [serial.hunks(p) for p in seen]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_json_from_early_workers_is_the_json_of_one_process():
    import io

    from core.json_output import compare_to_json
    from core.textio import load

    outputs = []
    for workers in (0, 2):
        left = load(FIXTURES / "plain-export.txt")
        right = load(FIXTURES / "markdown-export.txt")
        stream = io.StringIO()
        compare_to_json(left, right, DiffOptions(), stream, workers=workers)
        outputs.append(stream.getvalue())
    assert outputs[0] == outputs[1] and '"hunks":[{' in outputs[0]
