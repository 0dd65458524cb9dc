"""The Qt binding itself, where a defect of one release would take the desk down after hours of use."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    carrying = Signal(object)


def test_emitting_a_signal_leaks_no_reference_to_true_none_or_the_argument(qapp):
    """PySide6 6.12.0's ``emit()`` dropped a reference to True on every call: after as many emits as
    True had references (a few thousand in this app: a busy day of saves and reloads) the process
    aborted with "bool_dealloc". pyproject.toml excludes that release; this test catches the next one."""
    e = _Emitter()
    got: list = []
    e.plain.connect(lambda: got.append(1))
    e.carrying.connect(got.append)
    payload = frozenset({"visit"})
    before = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None), sys.getrefcount(payload)
    for _ in range(200):
        e.plain.emit()
        e.carrying.emit(None)
        e.carrying.emit(payload)
    got.clear()
    after = sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None), sys.getrefcount(payload)
    assert all(a >= b - 5 for a, b in zip(after, before, strict=True)), (before, after)
