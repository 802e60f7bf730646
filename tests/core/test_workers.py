"""The command line's pool of forked workers: order, one copy each, errors and deaths, no hang, nothing left."""

from __future__ import annotations

import itertools
import os
import signal
import time

import pytest

from core.runtime import workers as fork_pool
from core.runtime.workers import ForkPool

pytestmark = pytest.mark.skipif(not fork_pool.available(), reason="needs os.fork")


def _open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd")) if os.path.isdir("/proc/self/fd") else set()


def _square_with_pid(shared: dict[str, object], indices: list[int]) -> list[tuple[int, int]]:
    return [(i * i, os.getpid()) for i in indices]


def _remember(shared: dict[str, list[object]], value: object) -> None:
    shared.setdefault("got", []).append(value)


def _what_was_sent(shared: dict[str, object], indices: list[int]) -> list[object]:
    return [(shared.get("warm"), list(shared.get("got", []))) for _ in indices]  # type: ignore[call-overload]


def _warm(shared: dict[str, object]) -> None:
    shared["warm"] = os.getpid()


def _fail_at_seven(shared: object, indices: list[int]) -> list[int]:
    if 7 in indices:
        raise ValueError("seven")
    return indices


PARENT = os.getpid()  # the workers inherit it


def _die_at_seven(shared: object, indices: list[int]) -> list[int]:
    if 7 in indices and os.getpid() != PARENT:  # as the system kills a worker for memory
        os.kill(os.getpid(), signal.SIGKILL)
    return indices


def _sent_and_die_at_seven(shared: dict[str, object], indices: list[int]) -> list[object]:
    _die_at_seven(shared, indices)
    return _what_was_sent(shared, indices)


def _big(shared: object, indices: list[int]) -> list[str]:
    return ["字" * 200_000 for _ in indices]


def _slow(shared: object, indices: list[int]) -> list[int]:
    time.sleep(0.05)
    return indices


@pytest.mark.parametrize("workers", [1, 2, 3])
@pytest.mark.parametrize("count", [0, 1, 7, 1000])
def test_values_come_in_order_from_several_processes(workers, count):
    with ForkPool({}, workers) as pool:
        values = list(pool.ordered_map(_square_with_pid, count))
    assert [v for v, _ in values] == [i * i for i in range(count)]
    if count >= 1000:
        assert len({pid for _, pid in values}) == workers  # every worker took part
    assert os.getpid() not in {pid for _, pid in values}


def test_each_worker_gets_one_copy_of_what_is_sent_before_its_later_tasks():
    with ForkPool({}, 3, warm=_warm) as pool:
        pool.send_each(_remember, "first")
        pool.send_each(_remember, {"second": list(range(100_000))})  # longer than a pipe's buffer
        seen = list(pool.ordered_map(_what_was_sent, 300))
    assert {len(got) for _, got in seen} == {2}
    assert all(got[0] == "first" and len(got[1]["second"]) == 100_000 for _, got in seen)
    assert len({warm for warm, _ in seen}) == 3 and None not in {warm for warm, _ in seen}


def test_an_error_in_a_task_is_raised_here_and_the_pool_still_closes():
    before = _open_fds()
    with pytest.raises(ValueError, match="seven") as raised, ForkPool({}, 2) as pool:
        list(pool.ordered_map(_fail_at_seven, 100))
    assert any("in worker process" in note for note in raised.value.__notes__)
    assert _open_fds() == before


def test_a_worker_that_dies_leaves_the_rest_to_this_process_which_gives_the_same_values():
    before = _open_fds()
    with ForkPool({}, 2) as pool:
        assert list(pool.ordered_map(_die_at_seven, 100)) == list(range(100))
        assert pool.alone
        assert list(pool.ordered_map(_die_at_seven, 10)) == list(range(10))  # later maps too
    assert _open_fds() == before
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # every worker was waited for: none left behind


def test_this_process_redoes_what_the_workers_were_sent_before_doing_their_work():
    with ForkPool({}, 3, warm=_warm) as pool:
        pool.send_each(_remember, "first")
        seen = list(pool.ordered_map(_sent_and_die_at_seven, 300))
        pool.send_each(_remember, "after")
        later = list(pool.ordered_map(_what_was_sent, 5))
    assert len(seen) == 300 and all(got == ["first"] and warm is not None for warm, got in seen)
    assert all(got == ["first", "after"] and warm == PARENT for warm, got in later)


def _slow_logged(log: str, indices: list[int]) -> list[int]:
    with open(log, "a", encoding="utf-8") as stream:
        stream.write(f"{indices[0]}\n")
    time.sleep(0.05)
    return indices


def test_stopping_early_stops_the_workers_at_once(tmp_path):
    before = _open_fds()
    log = tmp_path / "runs.log"
    log.touch()
    with ForkPool(str(log), 2) as pool:
        for value in pool.ordered_map(_slow_logged, 400):
            if value == 0:
                break
    started = log.read_text(encoding="utf-8").split()
    assert len(started) <= 2 * 2 + 1  # the runs in flight at the stop, not the rest of the 400 indices'
    assert len(fork_pool.runs(400, 2)) > 10
    assert _open_fds() == before
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # the workers are gone


def test_long_answers_and_long_messages_do_not_block_either_side(monkeypatch):
    monkeypatch.setattr(fork_pool, "_enlarge", lambda fd: None)  # the platform's small pipes
    with ForkPool({}, 2) as pool:
        pool.send_each(_remember, "x" * 3_000_000)
        values = list(pool.ordered_map(_big, 40))
        squares = list(pool.ordered_map(_square_with_pid, 100_000))  # runs of many indices: long messages
    assert len(values) == 40 and all(len(v) == 200_000 for v in values)
    assert [v for v, _ in squares] == [i * i for i in range(100_000)]


def test_two_pools_at_once_each_close():
    before = _open_fds()
    with ForkPool({}, 2) as outer:
        with ForkPool({}, 2) as inner:
            assert list(inner.ordered_map(_square_with_pid, 50))[-1][0] == 49 * 49
        assert list(outer.ordered_map(_square_with_pid, 50))[-1][0] == 49 * 49
    assert _open_fds() == before


def test_runs_cover_every_index_once_and_shrink():
    for count in (0, 1, 5, 650, 2600):
        runs = fork_pool.runs(count, 2)
        assert [i for run in runs for i in run] == list(range(count))
        assert all(len(a) >= len(b) for a, b in itertools.pairwise(runs))


def _unpicklable(shared: object, indices: list[int]) -> list[object]:
    return [lambda i=i: i for i in indices]  # a function made here: pickle cannot name it


def test_a_value_that_cannot_be_sent_back_is_an_error_naming_it():
    with pytest.raises(RuntimeError, match="cannot be sent from a worker"), ForkPool({}, 2) as pool:
        list(pool.ordered_map(_unpicklable, 10))
