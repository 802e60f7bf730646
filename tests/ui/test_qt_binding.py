"""The Qt binding itself: a release that corrupts reference counts would crash proofreaders mid-review."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(int)


def test_emitting_signals_does_not_eat_references_to_true(qtbot):
    emitter = _Emitter()
    emitter.changed.connect(lambda _: None)
    before = sys.getrefcount(True)
    for value in range(200):
        emitter.changed.emit(value)
    # PySide6 6.12.0 drops one reference per emission: after ~1,500 moves between
    # changes the interpreter deallocates True and aborts.
    assert sys.getrefcount(True) >= before - 5
