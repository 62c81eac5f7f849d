"""Failures as a person meets them: the environment's (a plain message saying what to do) and
bugs (the crash dialog with details to copy, also written to the error log)."""

from __future__ import annotations

import stat
import sys

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal, qCritical
from PySide6.QtGui import QGuiApplication

from inspector_app.domain.errors import AppError, EnvironmentProblem
from inspector_app.gui.shell.crash import CrashHandler, log_path
from inspector_app.gui.shell.crash_dialog import CrashDialog
from tests.gui.fakes import FakeDialogs


@pytest.fixture
def handler(qapp):
    dialogs = FakeDialogs()
    made = CrashHandler(dialogs, lambda: None, lambda: "en")
    made.install()
    yield made
    made.uninstall()


def test_an_environment_problem_is_a_plain_message_with_what_to_do(handler):
    try:
        raise EnvironmentProblem("db.locked")
    except EnvironmentProblem:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert handler.dialogs.shown == [
        (
            "warn",
            "This cannot be done",
            "The database is busy: another window or program is writing to it. Try again in a minute; nothing was changed.",
        )
    ]
    assert handler.dialogs.crashes == []


def test_a_refusal_in_russian(qapp):
    dialogs = FakeDialogs()
    handler = CrashHandler(dialogs, lambda: None, lambda: "ru")
    handler.show(AppError("db.disk_full"))
    assert dialogs.shown[0][2].startswith("Диск заполнен")


def test_a_bug_shows_the_crash_dialog_and_is_logged(handler):
    try:
        {}["missing"]
    except KeyError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert handler.dialogs.shown == []
    [(summary, details)] = handler.dialogs.crashes
    assert "What you saved before is safe" in summary
    assert str(log_path()) in summary
    assert "builtins.KeyError" in details and "'missing'" not in details  # no data quoted
    assert "inspector-app 0.1.0" in details
    assert "builtins.KeyError" in log_path().read_text("utf-8")
    assert stat.S_IMODE(log_path().stat().st_mode) == 0o600  # a traceback may quote people


class Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture  # as in the application: PySide calls sys.excepthook
def test_an_exception_in_a_slot_reaches_the_crash_dialog(qtbot, handler):
    emitter = Emitter()

    def broken() -> None:
        raise ValueError("raised in a slot")

    emitter.fired.connect(broken)
    emitter.fired.emit()
    [(_summary, details)] = handler.dialogs.crashes
    assert "builtins.ValueError" in details
    assert "builtins.ValueError: " not in details  # the message, which may quote data, is not
    assert "in broken" in details


def test_a_critical_message_of_qt_shows_the_crash_dialog(qtbot, handler):
    qCritical("deliberate critical message of a test")
    qtbot.waitUntil(lambda: handler.dialogs.crashes != [])
    assert "Qt: deliberate critical message of a test" in handler.dialogs.crashes[0][1]


def test_uninstall_gives_back_the_previous_hooks(qapp):
    before = sys.excepthook
    made = CrashHandler(FakeDialogs(), lambda: None, lambda: "en")
    made.install()
    assert sys.excepthook == made.excepthook
    made.uninstall()
    assert sys.excepthook is before


def test_the_crash_dialog_copies_its_details(qtbot):
    dialog = CrashDialog("Something went wrong.", "Traceback (most recent call last): ...")
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.details.isReadOnly()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Traceback (most recent call last): ..."
    QTimer.singleShot(0, dialog.reject)
