"""Diffing many article pairs on several processor cores.

A 200-times issue has thousands of pairs and each diff is pure Python, so one
core is the limit; forked worker processes share the texts copy-on-write and
send back only the hunks. Used only where ``fork`` exists and the issue is
big enough to repay starting the workers.
"""

from __future__ import annotations

import itertools
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from core.diff import DiffOptions, diff_texts
from core.fork_pool import runs
from core.model import Flag, Hunk, HunkClass

if TYPE_CHECKING:
    from concurrent.futures import Future  # imported for real only where workers are used

MIN_PAIRS = 400
"""Below this many pairs, starting workers costs more than it saves."""

Annotate = Callable[[int, list[Hunk]], list[Hunk]]
_DiffWork = tuple[Sequence[tuple[str, str]], DiffOptions, Annotate | None]
"""Called in the worker with a pair's number and hunks; returns them annotated (flagged)."""

# Work for forked workers, by job number: a worker inherits the table when it is forked and
# looks its own job up, so comparisons running at once in one process never see each
# other's texts (one module-level slot gave one comparison another's results).
_REGISTRY: dict[int, object] = {}
_NUMBERS = itertools.count()
_LOCK = threading.Lock()


@contextmanager
def _registered(work: object) -> Iterator[int]:
    with _LOCK:
        number = next(_NUMBERS)
        _REGISTRY[number] = work
    try:
        yield number
    finally:
        with _LOCK:
            _REGISTRY.pop(number, None)


_Row = tuple[str, int, int, int, int, str, tuple[Flag, ...]]


def _diff_slice(job: int, indices: list[int]) -> list[list[_Row]]:  # runs in a worker
    # Plain tuples without the texts: pickling Hunk objects cost more than the diffs saved.
    texts, options, annotate = cast(_DiffWork, _REGISTRY[job])
    rows = []
    for i in indices:
        left, right = texts[i]
        hunks = diff_texts(left, right, options)
        if annotate is not None:
            hunks = annotate(i, hunks)
        rows.append(
            [(h.id, h.left_start, h.left_end, h.right_start, h.right_end, h.kind.value, h.flags) for h in hunks]
        )
    return rows


def _hunks(rows: list[_Row], left: str, right: str) -> list[Hunk]:
    return [
        Hunk(name, l0, l1, r0, r1, left[l0:l1], right[r0:r1], HunkClass(kind), flags)
        for name, l0, l1, r0, r1, kind, flags in rows
    ]


def worker_count(pair_count: int) -> int:
    """How many worker processes suit ``pair_count`` pairs here (0: diff in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if pair_count < MIN_PAIRS or cores < 2 or not hasattr(os, "fork"):
        return 0
    return min(cores, 4)


def diff_many(
    texts: Sequence[tuple[str, str]],
    options: DiffOptions,
    workers: int,
    done: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    annotate: Annotate | None = None,
) -> list[list[Hunk]] | None:
    """The hunks of each (left, right) text pair, or None when cancelled.

    ``done`` is told how many pairs are finished as slices come back.
    """
    results: list[list[Hunk]] = []
    for index, hunks in diff_in_order(texts, options, workers, annotate):
        results.append(hunks)
        if done and (index + 1 == len(texts) or index % 64 == 63):
            done(index + 1)
        if cancelled and cancelled():
            return None
    return results


def diff_in_order(
    texts: Sequence[tuple[str, str]], options: DiffOptions, workers: int, annotate: Annotate | None = None
) -> Iterator[tuple[int, list[Hunk]]]:
    """(index, hunks) of each text pair, in order, as the workers finish them (see ``ordered_map``)."""
    with _registered((texts, options, annotate)) as job:
        rows = ordered_map(partial(_diff_slice, job), len(texts), workers)
        for index, each in enumerate(rows):
            yield index, _hunks(each, *texts[index])


def ordered_map(task: Callable[[list[int]], list[Any]], count: int, workers: int) -> Iterator[Any]:
    """``task`` over ``range(count)`` in forked workers, one value per index, yielded in order.

    The workers take runs of consecutive indices, so whoever consumes this (the
    command line writing JSON) works on the first values while the workers
    compute the later ones. ``task`` may be a closure over big data: forked
    workers inherit it rather than receive it. Closing the iterator early
    stops the workers.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with _registered(task) as job:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            yield from _in_order([pool.submit(_run_task, job, run) for run in runs(count, workers)])


def _in_order(futures: list[Future[list[Any]]]) -> Iterator[Any]:
    """The values of ``futures``, in order, as they come; the ones not started are cancelled if left early."""
    try:
        for future in futures:
            yield from future.result()
    finally:
        for future in futures:
            future.cancel()


def _run_task(job: int, indices: list[int]) -> list[Any]:
    return cast(Callable[[list[int]], list[Any]], _REGISTRY[job])(indices)


def map_in_workers(task: Callable[[list[int]], list[Any]], count: int, workers: int) -> list[Any]:
    """``task`` over ``range(count)`` in forked workers; ``task(indices)`` returns one value per index.

    The task may be a closure over big data: forked workers inherit it rather
    than receive it, so only the (small) values travel back.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    slices = [list(range(k, count, workers * 4)) for k in range(workers * 4)]
    results: list[Any] = [None] * count
    with (
        _registered(task) as job,
        ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool,
    ):
        for indices, values in zip(slices, pool.map(partial(_run_task, job), slices), strict=True):
            for index, value in zip(indices, values, strict=True):
                results[index] = value
    return results
