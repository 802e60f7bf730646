"""Worker processes forked before their work is known, fed through pipes: Duijiao's one worker pool.

``compare --json`` forks its workers as soon as one side is split, so they
index it while the parent splits the other. ``concurrent.futures`` would do,
but at a cost paid on every run of the command: its imports (multiprocessing,
logging, sockets) and its threads take longer than the whole comparison of a
small issue, and its queue gives no way to hand each worker one copy of the
data the later tasks share. Here the parent talks to each worker over two
pipes of its own, in length-prefixed pickles:

* the workers inherit ``shared`` (a workspace: say, the split sides) and run
  ``warm`` on it as they start;
* ``send_each(function, value)`` has every worker run ``function(shared,
  value)`` once, before its later tasks (one copy of ``value`` each, pickled
  once);
* ``ordered_map(task, count)`` hands out runs of consecutive indices to
  whichever worker is free (``task(shared, indices)``, one value per index)
  and yields the values in order, as they come.

A worker's ``shared`` is its own copy: what a function stores there, later
tasks of that worker find.

``map_in_workers`` and ``ordered_map`` below run a closure over big data
this way (the workers inherit the closure), and ``worker_count`` says how many
workers suit a job here: none where this process may not fork.

A task that raises raises in the parent. A worker that dies (killed, or out
of memory) is neither a hang nor an error: the pool stops its other workers
and the parent does what is left itself, after running ``warm`` and every
``send_each`` on its own ``shared`` as the workers did. Needs ``os.fork`` and a process with no other thread (see
``may_fork``): a lock another thread held at the fork would stay held in the
worker for ever. The window's process always has other threads, so it never
forks; the command line does.
"""

from __future__ import annotations

import os
import pickle
import select
import signal
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

Task = Callable[[Any, list[int]], list[Any]]
"""``task(shared, indices)``: one value per index."""

_HEADER = struct.Struct("<Q")
_IN_FLIGHT = 2  # messages a worker holds: the next one is there when it finishes one
_SMALL = 4096  # a message this short fits a pipe however full: it may wait behind a busy worker
_PIPE_BYTES = 1 << 20  # a run's values fit without the worker waiting for the parent to read

# The parent's ends of every pool's pipes: a worker closes all of them, or a pipe it holds
# open would never read as closed to the worker at its other end.
_PARENT_ENDS: set[int] = set()
_PARENT_ENDS_LOCK = threading.Lock()


MIN_PAIRS = 400
"""Below this many items (article pairs, articles), starting workers costs more than it saves."""


def available() -> bool:
    """Whether this platform can fork workers."""
    return hasattr(os, "fork")


def thread_count() -> int:
    """The threads of this process, those Python did not start (Qt's, say) included where the system tells."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return threading.active_count()


def may_fork() -> bool:
    """Whether workers may be forked here and now: ``fork`` exists and no other thread runs."""
    return available() and thread_count() == 1


def worker_count(items: int) -> int:
    """How many worker processes suit a job of ``items`` items here (0: do it in this process)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    if items < MIN_PAIRS or cores < 2 or not may_fork():
        return 0
    return min(cores, 4)


class ForkRefused(RuntimeError):
    """Workers were asked for where this process may not fork (see ``may_fork``)."""


class WorkerFailed(RuntimeError):
    """A worker process stopped without answering (killed, or out of memory)."""


@dataclass
class _Worker:
    pid: int
    tasks: int  # the parent's end of the pipe it reads messages from
    replies: int  # the parent's end of the pipe it answers on
    backlog: deque[bytes] = field(default_factory=deque)  # from send_each, not yet sent
    in_flight: deque[int | None] = field(default_factory=deque)  # run numbers (None: a send_each)


class ForkPool:
    """``workers`` forked processes sharing ``shared``; use as a context manager."""

    def __init__(self, shared: object, workers: int, warm: Callable[[Any], None] | None = None) -> None:
        if workers and not may_fork():
            raise ForkRefused(f"cannot fork {workers} workers here: {thread_count()} threads run (or no os.fork)")
        self._shared = shared
        self._warm = warm
        self._sent: list[tuple[Callable[[Any, Any], object], object]] = []  # to replay if a worker dies
        self.alone = False  # a worker died: the parent does the rest itself
        self._workers: list[_Worker] = []
        try:
            for _ in range(workers):
                self._workers.append(self._fork(warm))
        except BaseException:
            self.close(kill=True)
            raise

    def _fork(self, warm: Callable[[Any], None] | None) -> _Worker:
        tasks_read, tasks_write = os.pipe()
        replies_read, replies_write = os.pipe()
        for pipe in (tasks_write, replies_write):
            _enlarge(pipe)
        with _PARENT_ENDS_LOCK:
            _PARENT_ENDS.update((tasks_write, replies_read))
            others = set(_PARENT_ENDS)
        try:
            pid = os.fork()
        except OSError:
            with _PARENT_ENDS_LOCK:
                _PARENT_ENDS.difference_update((tasks_write, replies_read))
            for fd in (tasks_read, tasks_write, replies_read, replies_write):
                os.close(fd)
            raise
        if pid == 0:  # the worker: it never returns from here
            try:
                for fd in others:  # this worker's own parent ends among them
                    os.close(fd)
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
                self._serve(warm, tasks_read, replies_write)
            finally:
                os._exit(0)
        os.close(tasks_read)
        os.close(replies_write)
        return _Worker(pid, tasks_write, replies_read)

    def _serve(self, warm: Callable[[Any], None] | None, tasks: int, replies: int) -> None:
        failure: BaseException | None = None
        try:
            if warm is not None:
                warm(self._shared)
        except Exception as exc:
            failure = exc  # said in answer to the first message
        while True:
            try:
                message = _receive(tasks)
            except EOFError:
                return  # the parent closed the pipe: no more work
            try:
                if failure is not None:
                    raise failure
                function, argument = pickle.loads(message)
                reply: tuple[bool, object] = (True, function(self._shared, argument))
            except Exception as exc:
                import traceback

                exc.add_note(f"in worker process {os.getpid()}:\n" + "".join(traceback.format_exception(exc)))
                reply = (False, exc)
            _send(replies, _portable(reply))

    # -- the parent's side ---------------------------------------------------------------------

    def send_each(self, function: Callable[[Any, Any], object], value: object) -> None:
        """Have each worker run ``function(shared, value)`` once, before its later tasks (not waited for)."""
        if self.alone:
            function(self._shared, value)
            return
        self._sent.append((function, value))
        message = pickle.dumps((function, value), pickle.HIGHEST_PROTOCOL)
        for worker in self._workers:
            worker.backlog.append(message)
        try:
            self._dispatch(deque(), None)
        except WorkerFailed:
            self._go_alone()

    def ordered_map(self, task: Task, count: int) -> Iterator[Any]:
        """``task`` over ``range(count)`` in runs of consecutive indices, its values yielded in order."""
        every_run = runs(count, max(1, len(self._workers)))
        waiting = deque(enumerate(every_run))
        done: dict[int, list[Any]] = {}
        next_run = 0
        while next_run < len(every_run):
            if self.alone:
                values = done.pop(next_run, None)
                yield from task(self._shared, every_run[next_run]) if values is None else values
                next_run += 1
                continue
            try:
                self._dispatch(waiting, task)
                self._collect(done)
                self._dispatch(waiting, task)  # the freed workers start before this process writes
            except WorkerFailed:
                self._go_alone()
            while next_run in done:
                values = done.pop(next_run)
                next_run += 1
                yield from values

    def _go_alone(self) -> None:
        """A worker died: stop the others and bring this process's ``shared`` to where theirs were."""
        self.close(kill=True)
        self.alone = True
        if self._warm is not None:
            self._warm(self._shared)
        for function, value in self._sent:
            function(self._shared, value)
        self._sent = []

    def _dispatch(self, waiting: deque[tuple[int, list[int]]], task: Task | None) -> None:
        for worker in self._workers:
            while len(worker.in_flight) < _IN_FLIGHT:
                if worker.backlog:
                    message, number = worker.backlog[0], None
                elif waiting and task is not None:
                    number, indices = waiting[0]
                    message = pickle.dumps((task, indices), pickle.HIGHEST_PROTOCOL)
                else:
                    break
                # A long message goes only to a worker waiting for one: a worker busy writing its
                # answer would not read it, and both ends could wait for ever.
                if len(message) > _SMALL and worker.in_flight:
                    break
                (worker.backlog if number is None else waiting).popleft()
                _send_to(worker, message)
                worker.in_flight.append(number)

    def _collect(self, done: dict[int, list[Any]]) -> None:
        """Read at least one answer (waiting for it); a worker's error is raised here."""
        busy = {worker.replies: worker for worker in self._workers if worker.in_flight}
        if not busy:
            return
        ready, _, _ = select.select(list(busy), [], [])
        for fd in ready:
            worker = busy[fd]
            try:
                ok, value = pickle.loads(_receive(fd))
            except EOFError:
                raise WorkerFailed(f"worker process {worker.pid} stopped without answering") from None
            number = worker.in_flight.popleft()
            if not ok:
                raise value
            if number is not None:
                done[number] = value

    def close(self, kill: bool = False) -> None:
        """Let the workers finish and go (``kill``: stop them now); waits for every one."""
        for worker in self._workers:
            os.close(worker.tasks)  # a worker ends when its pipe does
            if kill:
                os.kill(worker.pid, signal.SIGKILL)  # not yet waited for, so still there to signal
        for worker in self._workers:
            os.close(worker.replies)  # a worker still writing gets EPIPE and goes
            os.waitpid(worker.pid, 0)
        with _PARENT_ENDS_LOCK:
            _PARENT_ENDS.difference_update(fd for worker in self._workers for fd in (worker.tasks, worker.replies))
        self._workers = []

    def __enter__(self) -> ForkPool:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        # On an error (or a consumer that stopped early) the workers' answers are of no use.
        self.close(kill=exc_type is not None or any(w.in_flight for w in self._workers))


def _call_shared(task: Callable[[list[int]], list[Any]], indices: list[int]) -> list[Any]:
    return task(indices)


def ordered_map(task: Callable[[list[int]], list[Any]], count: int, workers: int) -> Iterator[Any]:
    """``task(indices)`` over ``range(count)`` in ``workers`` forked workers, one value per index, in order.

    ``task`` may be a closure over big data: the workers inherit it at the
    fork rather than receive it, so only the values travel. The consumer works
    on the first values while the workers compute the later ones; closing the
    iterator early stops the workers.
    """
    with ForkPool(task, workers) as pool:
        yield from pool.ordered_map(_call_shared, count)


def map_in_workers(task: Callable[[list[int]], list[Any]], count: int, workers: int) -> list[Any]:
    """The values of ``ordered_map``, as one list."""
    return list(ordered_map(task, count, workers))


def _send_to(worker: _Worker, message: bytes) -> None:
    try:
        _send(worker.tasks, message)
    except BrokenPipeError:
        raise WorkerFailed(f"worker process {worker.pid} stopped without answering") from None


def runs(count: int, workers: int) -> list[list[int]]:
    """``range(count)`` cut into runs of consecutive indices, shrinking towards the end.

    Each run is a share of what is left, so the workers finish close together
    (one last long run would leave the others idle), and never under 4.
    """
    cut = []
    start = 0
    while start < count:
        size = max(4, (count - start) // (workers * 3))
        cut.append(list(range(start, min(start + size, count))))
        start += size
    return cut


def _portable(reply: tuple[bool, object]) -> bytes:
    try:
        return pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # an exception or value that does not pickle: say what it was
        return pickle.dumps((False, RuntimeError(f"{reply[1]!r} cannot be sent from a worker: {exc}")))


def _send(fd: int, payload: bytes) -> None:
    data = memoryview(_HEADER.pack(len(payload)) + payload)
    while data:
        data = data[os.write(fd, data) :]


def _receive(fd: int) -> bytearray:
    (size,) = _HEADER.unpack(_read(fd, _HEADER.size))
    return _read(fd, size)


def _read(fd: int, size: int) -> bytearray:
    data = bytearray()
    while len(data) < size:
        chunk = os.read(fd, min(size - len(data), _PIPE_BYTES))
        if not chunk:
            raise EOFError
        data += chunk
    return data


def _enlarge(fd: int) -> None:
    """A bigger pipe buffer where Linux allows one (F_SETPIPE_SZ); elsewhere the default does."""
    try:
        import fcntl

        fcntl.fcntl(fd, getattr(fcntl, "F_SETPIPE_SZ", 1031), _PIPE_BYTES)
    except (ImportError, OSError):
        pass
