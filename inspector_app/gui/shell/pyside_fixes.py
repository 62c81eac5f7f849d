"""Work-arounds for bugs of the PySide6 release in use, each switched on only when a probe at
import time shows the bug, so a fixed release runs untouched.

- PySide6 6.12.0: `SignalInstance.emit()` returns True without the reference it owes, so every
  emit made from Python takes one reference from True; after a few thousand emits Python 3.11
  aborts ("bool_dealloc: deallocating True or False"). The patched emit gives the reference
  back. (6.11 is not affected.)
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

PROBES = 16


class _Probe(QObject):
    fired = Signal()


def emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(PROBES):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    if lost >= PROBES:  # give back what the probe took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


def _fixed_emit(original: Callable[..., Any]) -> Callable[..., Any]:
    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
        return result

    emit.fixed_by_inspector_app = True  # type: ignore[attr-defined]
    return emit


def apply() -> None:
    """Patch what the probes find broken; calling it twice changes nothing."""
    if getattr(SignalInstance.emit, "fixed_by_inspector_app", False):
        return
    if emit_loses_a_reference():
        SignalInstance.emit = _fixed_emit(SignalInstance.emit)  # type: ignore[method-assign]
