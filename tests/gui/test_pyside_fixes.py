"""The work-arounds for PySide's own bugs hold: thousands of emits leave True alone."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import inspector_app.gui  # noqa: F401 - applies the fixes
from inspector_app.gui.shell import pyside_fixes


class Emitter(QObject):
    bare = Signal()
    with_value = Signal(object)


def test_emit_keeps_the_references_of_true_and_false() -> None:
    emitter = Emitter()
    received: list[object] = []
    emitter.with_value.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(5000):
        emitter.bare.emit()
        emitter.with_value.emit(1)
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before
    assert len(received) == 5000
    assert not pyside_fixes.emit_loses_a_reference()  # fixed, or never broken
