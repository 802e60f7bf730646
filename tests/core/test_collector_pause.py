"""The collector rests while an issue is built, then skips what was built, and resumes as it was."""

from __future__ import annotations

import gc
import weakref

from core.runtime.collector_pause import collector_paused


class _Node:
    def __init__(self) -> None:
        self.partner: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.partner, b.partner = b, a  # only the cyclic collector can free these two
    return weakref.ref(a)


def test_the_collector_rests_inside_nested_blocks_and_resumes_after_the_last():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # a second job at once
            assert not gc.isenabled()
        assert not gc.isenabled()  # the first is still building
    assert gc.isenabled()


def test_what_was_built_is_frozen_and_freed_again_once_unfrozen():
    with collector_paused():
        built = _cycle()
    gc.collect()
    assert built() is not None  # frozen: the collector skips it (reference counting alone cannot free it)
    gc.unfreeze()  # as the next issue's build does
    gc.collect()
    assert built() is None


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
